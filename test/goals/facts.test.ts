import { describe, expect, it } from 'vitest';
import { checkSmartGoal, issueText, SMART_FIXES, SMART_MESSAGES, SMART_REASON_CODES, type Goal, type PlanInput, type SmartCheck } from '../../src/index.js';
import { leadToDemoPlanInput, planOf } from '../support/plans.js';

const LETTERS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

function withGoal(patch: Partial<Goal>, planPatch: Partial<PlanInput> = {}) {
  const input = leadToDemoPlanInput();
  const goals = input.goals!.map((goal, i) => (i === 0 ? { ...goal, ...patch } : goal));
  const plan = planOf({ ...input, ...planPatch, goals });
  return { plan, goal: plan.goals[0]! };
}

function reasonsOf(check: SmartCheck) {
  return LETTERS.flatMap((letter) => check[letter].reasons);
}

describe('SMART reasons are issues with facts', () => {
  it('the English catalogs cover every reason code', () => {
    expect(Object.keys(SMART_MESSAGES).sort()).toEqual([...SMART_REASON_CODES].sort());
    expect(Object.keys(SMART_FIXES).sort()).toEqual([...SMART_REASON_CODES].sort());
  });

  it('passing, warning and failing goals: message and fix are the catalogs applied to the facts, which survive JSON', () => {
    const cases = [
      withGoal({}),
      (({ plan, goal }) => ({ plan, goal: { ...goal, metricId: 'm-nope' } }))(withGoal({})),
      withGoal({ title: 'Do better at demos' }),
      withGoal({ window: { start: '2026-03-02', end: '2026-03-10' } }, { salesCycleDays: 60 }),
      withGoal({ gapIds: [] }),
    ];
    const seen = new Set<string>();
    for (const { plan, goal } of cases) {
      for (const reason of reasonsOf(checkSmartGoal(goal, plan))) {
        seen.add(reason.code);
        expect(issueText(reason, SMART_MESSAGES)).toBe(reason.message);
        expect(issueText(reason, SMART_FIXES)).toBe(reason.fix);
        expect(Object.isFrozen(reason.facts)).toBe(true);
        const stored = JSON.parse(JSON.stringify(reason)) as typeof reason;
        expect(issueText(stored, SMART_MESSAGES)).toBe(reason.message);
        expect(reason.message).toContain(reason.facts.goalId);
        expect(reason.message).toContain(reason.facts.title);
        // language-neutral: besides the names the plan gives (the goal's title, metric names, a
        // metric's source, vague phrases quoted from the title), every string is an id, a date or a code
        const walk = (value: unknown, key: string): void => {
          if (typeof value === 'string') {
            if (!['title', 'metric', 'gapMetric', 'through', 'source', 'phrases'].includes(key)) expect(value, `${reason.code}.${key}`).toMatch(/^[\w.:-]*$/);
          } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
          else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
        };
        walk(reason.facts, '');
      }
    }
    expect(seen.size).toBeGreaterThan(8);
    expect(seen).toContain('metric_unknown');
  });
});
