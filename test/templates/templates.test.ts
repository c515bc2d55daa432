import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ACCOUNT_EXECUTIVE_TEMPLATE,
  ACCOUNT_MANAGER_TEMPLATE,
  ROLE_TEMPLATES,
  SDR_TEMPLATE,
  lintPlan,
  parsePlan,
  planFromTemplate,
  plansFromTemplate,
  renderPlan,
  type PlanParseResult,
  type RoleTemplate,
  type TemplateAssignment,
} from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

const manager = { id: 'mgr-dana', name: 'Dana Whitfield', title: 'Sales Manager' };
const hrPartner = { id: 'hr-priya', name: 'Priya Natarajan' };
const defaults = { manager, hrPartner, startDate: '2026-03-02', createdOn: '2026-02-23' };

/** Current values that fall short of every standard of the template. */
function shortOfEveryStandard(template: RoleTemplate, share = 0.5): Record<string, number> {
  return Object.fromEntries(
    template.metrics.map((m) => {
      const value = m.direction === 'lower_is_better' ? m.standard * (1 + share) : m.standard * share;
      return [m.id, m.unit === 'currency' ? Math.round(value) : m.unit === 'ratio' ? Number(value.toFixed(2)) : m.unit === 'score' ? Math.max(1, Math.floor(value)) : Math.round(value)];
    }),
  );
}

function expectPlan(result: PlanParseResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.plan;
}

describe('role templates', () => {
  it('carry the spec\'s examples', () => {
    const sdr = SDR_TEMPLATE.goals.map((g) => [g.title, g.target, g.basis]);
    expect(sdr).toContainEqual(['Make 40 outbound calls per week', 40, 'per_week']);
    expect(sdr).toContainEqual(['Book 5 demos per week', 5, 'per_week']);
    expect(sdr).toContainEqual(['Create 10 qualified opportunities per month', 10, 'per_month']);
    const ae = Object.fromEntries(ACCOUNT_EXECUTIVE_TEMPLATE.goals.map((g) => [g.id, g]));
    expect(ae['g-new-business']).toMatchObject({ target: 7_500_000, windowDays: 60, basis: 'window' });
    expect(ae['g-quota']).toMatchObject({ target: 0.85 });
    expect(ae['g-crm']).toMatchObject({ target: 24, comparator: 'at_most' });
    expect(ae['g-assessment']).toMatchObject({ target: 0.9 });
    expect(ACCOUNT_MANAGER_TEMPLATE.goals.find((g) => g.id === 'g-retention')?.target).toBe(0.95);
  });

  it('are deeply frozen data, each with a leading indicator and weights adding up to 100', () => {
    for (const template of Object.values(ROLE_TEMPLATES)) {
      expect(isDeepFrozen(template)).toBe(true);
      const kinds = new Set(template.goals.map((g) => template.metrics.find((m) => m.id === g.metricId)?.kind));
      expect(kinds.has('activity') || kinds.has('behavior')).toBe(true);
      expect(template.goals.reduce((sum, g) => sum + (g.weight ?? 0), 0)).toBe(100);
    }
  });
});

describe('planFromTemplate', () => {
  it('makes a valid plan for one rep: baselines from current values, gaps where they fall short', () => {
    const plan = expectPlan(
      planFromTemplate(ACCOUNT_EXECUTIVE_TEMPLATE, {
        employee: { id: 'emp-9', name: 'Mei Tanaka', team: 'Mid-Market' },
        current: { 'm-new-business': 2_800_000, 'm-quota': 0.4, 'm-demos': 6, 'm-assessment': 0.78, 'm-crm-hygiene': 52 },
        evidence: { 'm-new-business': ['Q4 closed-won $28,000 against a $75,000 quota'] },
      }, defaults),
    );
    expect(plan.id).toBe('account-executive-emp-9');
    expect(plan.employee.role).toBe('Account Executive');
    expect(plan.startDate).toBe('2026-03-02');
    expect(plan.durationDays).toBe(60);
    const revenue = plan.goals.find((g) => g.id === 'g-new-business');
    expect(revenue).toMatchObject({ baseline: 2_800_000, target: 7_500_000, window: { start: '2026-03-02', end: '2026-04-30' } });
    expect(revenue?.milestones).toEqual([{ date: '2026-03-31', target: 3_000_000, label: 'Day 30' }]);
    // 6 demos a week already meets the standard of 5: no gap, so no demo goal (a goal must close
    // a gap), and the other goals' weights are rescaled to add up to exactly 100.
    expect(plan.gaps.map((g) => g.metricId).sort()).toEqual(['m-assessment', 'm-crm-hygiene', 'm-new-business', 'm-quota']);
    expect(plan.goals.map((g) => g.id)).not.toContain('g-demos');
    expect(plan.goals.every((g) => g.gapIds.length === 1)).toBe(true);
    expect(plan.goals.map((g) => g.weight)).toEqual([37.5, 25, 18.75, 18.75]);
    expect(plan.gaps.find((g) => g.metricId === 'm-new-business')?.evidence).toEqual(['Q4 closed-won $28,000 against a $75,000 quota']);
    // the manager owns the coaching
    expect(plan.support.find((s) => s.id === 'sup-coaching')?.owner).toBe('mgr-dana');
    expect(plan.support.find((s) => s.id === 'sup-product-training')?.dueDates).toEqual(['2026-03-08', '2026-03-15']);
    expect(plan.metadata).toEqual({ roleTemplate: 'account-executive' });
    // The template cannot know the root cause or the coaching so far: until the manager adds
    // them to the assignment, those are the only errors.
    expect(lintPlan(plan).filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['diagnostic_missing', 'prior_coaching_missing']);
    expect(renderPlan(plan, { format: 'markdown' })).toContain('Close $75,000 of new business in 60 days');
  });

  it('reports a missing current value or start date as issues on the assignment, never throws', () => {
    const result = planFromTemplate(SDR_TEMPLATE, { employee: { id: 'e-1', name: 'Sam Okafor' }, current: { 'm-calls': 20 }, targets: { 'g-nope': 3 } }, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    expect(where).toContain('required assignment.startDate');
    expect(where).toContain('required assignment.current.m-demos');
    expect(where).toContain('unknown_reference assignment.targets.g-nope');
    expect(where).not.toContain('required assignment.current.m-calls');
    expect(result.issues[0]?.message).toMatch(/assignment\.startDate is required/);
    // garbage in: an issue, not an exception
    const garbage = planFromTemplate(SDR_TEMPLATE, null as unknown as TemplateAssignment, defaults);
    expect(garbage.ok).toBe(false);
  });

  it('lets a missing manager surface as the plan issue it is', () => {
    const result = planFromTemplate(SDR_TEMPLATE, { employee: { id: 'e-1', name: 'Sam' }, current: shortOfEveryStandard(SDR_TEMPLATE) }, { startDate: '2026-03-02' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path.join('.'))).toContain('manager');
  });
});

describe('plansFromTemplate (bulk goal assignment)', () => {
  const reps = (count: number): TemplateAssignment[] =>
    Array.from({ length: count }, (_, i) => ({ employee: { id: `emp-${i}`, name: `Rep ${i}` }, current: shortOfEveryStandard(SDR_TEMPLATE, 0.3 + i * 0.1) }));

  it('makes one valid plan per rep, in order, with the same standards for everyone', () => {
    const results = plansFromTemplate(SDR_TEMPLATE, reps(4), defaults);
    expect(results.map((r) => r.employeeId)).toEqual(['emp-0', 'emp-1', 'emp-2', 'emp-3']);
    const plans = results.map((r) => expectPlan(r.result));
    for (const plan of plans) {
      expect(parsePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
      expect(plan.goals.map((g) => [g.id, g.target])).toEqual(plans[0]?.goals.map((g) => [g.id, g.target]));
      expect(plan.gaps.map((g) => g.standard)).toEqual(plans[0]?.gaps.map((g) => g.standard));
    }
    expect(new Set(plans.map((p) => p.id)).size).toBe(4);
    expect(isDeepFrozen(results)).toBe(true);
  });

  it('reports each bad rep on its own and keeps the others', () => {
    const list = reps(3);
    const broken: TemplateAssignment[] = [list[0]!, { employee: { id: 'emp-x', name: 'No figures' }, current: {} }, list[2]!, { ...list[0]!, employee: { id: 'emp-0', name: 'Twice' } }];
    const results = plansFromTemplate(SDR_TEMPLATE, broken, defaults);
    expect(results.map((r) => r.result.ok)).toEqual([true, false, true, false]);
    const duplicate = results[3]?.result;
    expect(duplicate && !duplicate.ok && duplicate.issues[0]?.code).toBe('duplicate_id');
    // the id quoted, as every other duplicate_id quotes it
    const planId = results[0]?.result.ok ? results[0].result.plan.id : '';
    expect(duplicate && !duplicate.ok && duplicate.issues[0]?.message).toContain(`"${planId}"`);
  });

  it('property: every template gives valid plans for any reps with figures, without touching its inputs', () => {
    const template = fc.constantFrom(...Object.values(ROLE_TEMPLATES));
    const share = fc.integer({ min: 10, max: 150 }).map((n) => n / 100);
    fc.assert(
      fc.property(template, fc.array(share, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3000 }), (t, shares, offset) => {
        const assignments = shares.map((s, i) => ({ employee: { id: `emp-${i}`, name: `Rep ${i}` }, current: shortOfEveryStandard(t, s) }));
        const before = JSON.stringify(assignments);
        const startDate = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
        const results = plansFromTemplate(t, assignments, { ...defaults, startDate, createdOn: startDate });
        expect(JSON.stringify(assignments)).toBe(before);
        for (const r of results) {
          const plan = expectPlan(r.result);
          expect(plan.employee.role).toBe(t.role);
          // a goal's gaps are exactly those where the rep falls short
          for (const goal of plan.goals) {
            const metric = t.metrics.find((m) => m.id === goal.metricId)!;
            const current = assignments[r.index]!.current[goal.metricId]!;
            const short = metric.direction === 'lower_is_better' ? current > metric.standard : current < metric.standard;
            expect(goal.gapIds.length).toBe(short ? 1 : 0);
          }
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('types', () => {
    expectTypeOf(plansFromTemplate).returns.toEqualTypeOf<readonly import('../../src/index.js').TemplatePlanResult[]>();
    expectTypeOf(planFromTemplate).returns.toEqualTypeOf<PlanParseResult>();
  });
});
