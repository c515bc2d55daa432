/**
 * A closed plan's documents show what the close rests on (issue 19, item 4): every copy the
 * outcome, the evaluation's date and its recommendation; the manager's and HR's copies its score
 * and reasons; the reason given, named as a departure when the outcome is not the one
 * recommended. Expected lines are written from the closure below and the English words.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, type CloseBasis, type Plan, type PlanInput } from '../../src/index.js';
import { renderPlan, type RenderFormat } from '../../src/render/index.js';
import { livedPlanInput } from './lived-plan.js';

type Closure = NonNullable<PlanInput['closure']>;

function closedPlan(closure: Closure): Plan {
  const result = parsePlan({ ...livedPlanInput(), status: 'closed', phase: undefined, closure });
  if (!result.ok) throw new Error(`closed plan does not parse: ${JSON.stringify(result.issues)}`);
  return result.plan;
}

const FORMATS: readonly RenderFormat[] = ['markdown', 'html'];
const basis: CloseBasis = { asOf: '2026-03-31', score: 41.5, recommendation: 'not_met', reasonCodes: ['required_goal_not_met', 'no_real_improvement'] };

describe('the close and its basis in the documents', () => {
  it('shows the basis date and recommendation to everyone, and the score and reasons to manager and HR', () => {
    const plan = closedPlan({ outcome: 'not_met', date: '2026-04-02', by: 'mgr-dana', reason: 'Calls stayed below 40 a week.', basis });
    for (const format of FORMATS) {
      const hr = renderPlan(plan, { format, audience: 'hr' });
      const manager = renderPlan(plan, { format, audience: 'manager' });
      const employee = renderPlan(plan, { format, audience: 'employee' });
      for (const copy of [hr, manager, employee]) {
        expect(copy).toContain('Not met, closed on Apr 2, 2026 by Dana Whitfield');
        expect(copy).toContain('Decided on the evaluation of Mar 31, 2026, which recommended: Not met.');
        expect(copy).toContain('Calls stayed below 40 a week.');
        expect(copy).not.toContain('Reason for departing');
      }
      for (const copy of [hr, manager]) expect(copy).toContain('Score 41.5 of 100; reasons: a required goal not met; no real improvement.');
      expect(employee).not.toContain('Score 41.5');
      expect(employee).not.toContain('no real improvement');
    }
  });

  it('names the reason as a departure when the outcome is not the recommended one', () => {
    const plan = closedPlan({
      outcome: 'successful',
      date: '2026-04-02',
      by: 'mgr-dana',
      reason: 'The last four weeks were all at target.',
      basis: { asOf: '2026-03-31', score: 68, recommendation: 'extend', reasonCodes: ['improvement_past_threshold'] },
    });
    for (const format of FORMATS) {
      const hr = renderPlan(plan, { format, audience: 'hr' });
      expect(hr).toContain('Decided on the evaluation of Mar 31, 2026, which recommended: Extend the plan.');
      expect(hr).toContain('Score 68 of 100; reasons: improvement past the threshold.');
      expect(hr).toContain('Reason for departing from the recommendation: The last four weeks were all at target.');
      const employee = renderPlan(plan, { format, audience: 'employee' });
      expect(employee).toContain('Reason for departing from the recommendation: The last four weeks were all at target.');
      expect(employee).not.toContain('Score 68');
    }
  });

  it('writes "none recorded" for a basis without reasons', () => {
    const plan = closedPlan({ outcome: 'successful', date: '2026-04-02', by: 'mgr-dana', basis: { asOf: '2026-04-01', score: 91, recommendation: 'successful', reasonCodes: [] } });
    expect(renderPlan(plan, { format: 'markdown', audience: 'hr' })).toContain('Score 91 of 100; reasons: none recorded.');
  });

  it('shows a close recorded before bases were kept with its reason only', () => {
    const plan = closedPlan({ outcome: 'not_met', date: '2026-04-02', by: 'mgr-dana', reason: 'Calls stayed below 40 a week.' });
    for (const format of FORMATS) {
      const hr = renderPlan(plan, { format, audience: 'hr' });
      expect(hr).toContain('Calls stayed below 40 a week.');
      expect(hr).not.toContain('Decided on the evaluation');
      expect(hr).not.toContain('undefined');
    }
  });
});
