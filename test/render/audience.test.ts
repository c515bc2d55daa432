import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, shiftDate, type PlanInput } from '../../src/index.js';
import { renderPlan, type RenderFormat } from '../../src/render/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';

const FORMATS: readonly RenderFormat[] = ['markdown', 'html'];

/** A generated plan whose every private text is a unique token, so a leak cannot hide. */
const planWithSecrets = fc
  .tuple(planArbitrary({ withRecords: true }), fc.uuid(), fc.uuid(), fc.uuid(), fc.uuid())
  .map(([input, noteToken, reviewToken, metaToken, sharedToken]) => {
    const secrets = {
      notes: (input.checkIns ?? []).map((_, i) => `private-note-${i}-${noteToken}`),
      review: `review-note-${reviewToken}`,
      metadata: `meta-secret-${metaToken}`,
    };
    const plan: PlanInput = {
      ...input,
      checkIns: (input.checkIns ?? []).map((c, i) => ({ ...c, privateNotes: `Manager only: ${secrets.notes[i]}` })),
      // approved by HR: the plan now awaits acknowledgement (parsePlan checks the status against the reviews)
      status: 'awaiting_acknowledgement',
      reviews: [{ by: input.hrPartner?.id ?? input.manager.id, date: shiftDate(input.startDate, -2), decision: 'approved', notes: secrets.review }],
      metadata: { ...input.metadata, secret: { nested: secrets.metadata }, shared: `shared-${sharedToken}` },
    };
    const result = parsePlan(plan);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    return { plan: result.plan, secrets, shared: `shared-${sharedToken}` };
  });

describe('audience', () => {
  it("the employee's copy never contains a check-in's private notes, HR's review notes or host-private metadata", () => {
    fc.assert(
      fc.property(planWithSecrets, fc.constantFrom(...FORMATS), ({ plan, secrets, shared }, format) => {
        const options = { format, includeMetadata: true, privateMetadata: [['secret']], asOf: shiftDate(plan.startDate, 30) } as const;
        const employee = renderPlan(plan, { ...options, audience: 'employee' });
        for (const note of secrets.notes) expect(employee).not.toContain(note);
        expect(employee).not.toContain(secrets.review);
        expect(employee).not.toContain(secrets.metadata);
        expect(employee).toContain(shared);
        // ... while the manager's and HR's copies do contain them (the test can see a leak)
        for (const audience of ['manager', 'hr'] as const) {
          const copy = renderPlan(plan, { ...options, audience });
          for (const note of secrets.notes) expect(copy).toContain(note);
          expect(copy).toContain(secrets.review);
          expect(copy).toContain(secrets.metadata);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('no audience sees metadata unless the host asks for it', () => {
    fc.assert(
      fc.property(planWithSecrets, fc.constantFrom('employee', 'manager', 'hr' as const), ({ plan, secrets, shared }, audience) => {
        const copy = renderPlan(plan, { format: 'markdown', audience });
        expect(copy).not.toContain(secrets.metadata);
        expect(copy).not.toContain(shared);
      }),
      { numRuns: runs(50) },
    );
  });

  it('a private path hides everything under it and the value that contains it', () => {
    const input = {
      schemaVersion: 1,
      id: 'p-1',
      employee: { id: 'e-1', name: 'Sam Okafor', role: 'SDR' },
      manager: { id: 'm-1', name: 'Dana Whitfield' },
      createdOn: '2026-01-01',
      startDate: '2026-01-05',
      durationDays: 30,
      metadata: { review: { score: 'score-secret', public: 'visible-value' }, tags: ['tag-secret'], plain: 'plain-value' },
    };
    const result = parsePlan(input);
    if (!result.ok) throw new Error('fixture');
    const md = renderPlan(result.plan, { format: 'markdown', includeMetadata: true, privateMetadata: [['review', 'score'], ['tags', '0']] });
    expect(md).not.toContain('score-secret');
    expect(md).not.toContain('tag-secret');
    expect(md).toContain('- **review\\.public:** visible-value');
    expect(md).toContain('- **plain:** plain-value');
  });
});
