/**
 * A closed plan's documents and its basis, over generated closed plans (issue 19, item 4): every
 * copy shows the close and the evaluation's date and recommendation; only the manager's and HR's
 * copies show the evaluation's score and reasons, and the check-ins' private notes; a reason given
 * against the recommendation is named as a departure in every copy, a reason that follows it is
 * not; a close without a basis (recorded before bases were kept) shows neither basis line and no
 * "undefined". Expected lines are built from the plan's closure with the render messages and the
 * document's own formatter, then written as each format escapes text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, type CloseBasis, type Plan, type PlanInput } from '../../src/index.js';
import { escapeHtml, escapeMarkdown, RENDER_MESSAGES_EN, renderPlan, type RenderFormat } from '../../src/render/index.js';
import { makeFormatter } from '../../src/render/format.js';
import { resolveRenderOptions } from '../../src/render/options.js';
import { followsRecommendation } from '../../src/schema/follows-recommendation.js';
import { RECOMMENDED_OUTCOMES, REASON_CODES } from '../../src/schema/recommendation-codes.js';
import { livePlan, planLifeArbitrary } from '../../src/testing/lived-plan.js';
import { planArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';

const m = RENDER_MESSAGES_EN;
const FORMATS: readonly RenderFormat[] = ['markdown', 'html'];
const AUDIENCES = ['employee', 'manager', 'hr'] as const;

const basisArbitrary: fc.Arbitrary<Omit<CloseBasis, 'asOf'>> = fc.record({
  score: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
  recommendation: fc.constantFrom(...RECOMMENDED_OUTCOMES),
  reasonCodes: fc.subarray([...REASON_CODES]),
});

/** A generated plan lived to closed, monitoring or completed (never withdrawn), its closure given a generated basis (or none) and reason, its check-ins private notes that are unique tokens. */
const closedPlan = fc
  .tuple(
    planArbitrary({ withRecords: true }),
    planLifeArbitrary.map((life) => ({ ...life, withdrawn: false })),
    fc.constantFrom('closed', 'monitoring', 'completed' as const),
    fc.option(basisArbitrary, { nil: undefined }),
    fc.option(fc.constantFrom('The last four weeks were all at target.', 'Calls stayed below 40 a week.', '  '), { nil: undefined }),
    fc.uuid(),
  )
  .map(([draft, life, reach, basis, reason, token]) => {
    const lived = livePlan(draft, { ...life, reach });
    const closure = lived.closure!;
    const secrets = (lived.checkIns ?? []).map((_, i) => `private-note-${i}-${token}`);
    const input: PlanInput = {
      ...lived,
      checkIns: (lived.checkIns ?? []).map((c, i) => ({ ...c, privateNotes: `Manager only: ${secrets[i]}` })),
      closure: {
        outcome: closure.outcome,
        date: closure.date,
        by: closure.by,
        ...(reason === undefined ? {} : { reason }),
        ...(basis === undefined ? {} : { basis: { ...basis, asOf: closure.basis?.asOf ?? closure.date } }),
      },
    };
    const result = parsePlan(input);
    if (!result.ok) throw new Error(`closed plan does not parse: ${JSON.stringify(result.issues.slice(0, 3))}`);
    return { plan: result.plan, secrets };
  });

/** The expected lines of a plan's close, as plain text. */
function expectedLines(plan: Plan, format: RenderFormat) {
  const f = makeFormatter(resolveRenderOptions({ format }, plan.title));
  const closure = plan.closure!;
  const basis = closure.basis;
  const reason = closure.reason?.trim() ? closure.reason : undefined;
  return {
    basis: basis && m.closureBasis(f.date(basis.asOf), m.evaluation.outcome[basis.recommendation]),
    figures: basis && m.closureBasisFigures(f.number(basis.score), basis.reasonCodes.map((code) => m.reasonCode[code])),
    /** The figures' opening ("Score 41.5 of 100"), which must appear in no employee copy. */
    scoreOpening: basis && m.closureBasisFigures(f.number(basis.score), []).split(';')[0]!,
    departure: basis && reason && !followsRecommendation(closure.outcome, basis.recommendation) ? m.closureDeparture(reason) : undefined,
    reason,
  };
}

const written = (format: RenderFormat, line: string): string => (format === 'html' ? escapeHtml(line) : escapeMarkdown(line));

describe('the close and its basis in the documents (property over generated closed plans)', () => {
  it('only manager and HR read the score, the reasons and private notes; every copy reads the date, the recommendation and a departure', () => {
    const seen = { legacy: 0, departure: 0, follows: 0 };
    fc.assert(
      fc.property(closedPlan, fc.constantFrom(...FORMATS), ({ plan, secrets }, format) => {
        const lines = expectedLines(plan, format);
        if (!plan.closure?.basis) seen.legacy += 1;
        else if (lines.departure) seen.departure += 1;
        else seen.follows += 1;
        for (const audience of AUDIENCES) {
          const copy = renderPlan(plan, { format, audience });
          expect(copy).not.toContain('undefined');
          if (lines.basis) expect(copy, `${audience} copy shows the basis`).toContain(written(format, lines.basis));
          else expect(copy).not.toContain('Decided on the evaluation');
          if (lines.departure) expect(copy, `${audience} copy names the departure`).toContain(written(format, lines.departure));
          else expect(copy).not.toContain('Reason for departing');
          if (lines.reason) expect(copy).toContain(written(format, lines.reason));
          if (audience === 'employee') {
            if (lines.scoreOpening) expect(copy, 'employee copy shows the score').not.toContain(written(format, lines.scoreOpening));
            expect(copy).not.toContain('Score ');
            for (const secret of secrets) expect(copy).not.toContain(secret);
          } else {
            // the manager's and HR's copies do show them (so the test can see a leak)
            if (lines.figures) expect(copy, `${audience} copy shows the figures`).toContain(written(format, lines.figures));
            for (const secret of secrets) expect(copy).toContain(secret);
          }
        }
      }),
      { numRuns: runs(120) },
    );
    expect(seen.legacy).toBeGreaterThan(0);
    expect(seen.departure).toBeGreaterThan(0);
    expect(seen.follows).toBeGreaterThan(0);
  });
});
