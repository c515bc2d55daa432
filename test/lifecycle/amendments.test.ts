/**
 * Audited amendments (issue 19, item 5): an amendment keeps what it changed (the goal or the
 * commitment before and after, in the plan's amendment record and so in the log entry's patches),
 * the documents say what changed, and `amend_plan` changes several goals and commitments at once,
 * atomically, so weights can be rebalanced on a running plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, renderPlan, replay, type Amendment, type Goal, type Plan, type PlanCommand, type PlanEvent } from '../../src/index.js';
import { runs } from '../support/runs.js';
import { accept, activePlan, EMPLOYEE, HR, MANAGER, refuse } from './helpers.js';

/** The weight a goal amendment record keeps before or after. */
const weightOf = (record: Amendment, side: 'before' | 'after'): number | undefined => (record.target === 'goal' ? record[side]?.weight : undefined);

const goal = (plan: Plan, id: string): Goal => {
  const found = plan.goals.find((g) => g.id === id);
  if (!found) throw new Error(`no goal ${id}`);
  return found;
};

describe('an amendment keeps before and after', () => {
  it('amend_goal records the goal as it was and as it is now, and the log entry holds both', () => {
    const plan = activePlan();
    const before = goal(plan, 'g-calls');
    const after = { ...before, target: 45 };
    const amended = accept(plan, { type: 'amend_goal', goal: after, reason: 'The territory grew.' }, MANAGER, '2026-01-20');
    const record = amended.plan.amendments.at(-1)!;
    expect(record).toMatchObject({ target: 'goal', targetId: 'g-calls', revision: plan.revision + 1, before, after });
    // the log entry's patches add that record: the entry keeps before and after
    const added = amended.entry!.patches.find((p) => p.path[0] === 'amendments');
    expect(added?.value).toMatchObject({ before: { target: before.target }, after: { target: 45 } });
  });

  it('amend_support records the commitment before and after; a new goal or commitment has no before', () => {
    const plan = activePlan();
    const before = plan.support[0]!;
    const after = { ...before, description: `${before.description}, 60 minutes` };
    const amended = accept(plan, { type: 'amend_support', commitment: after, reason: 'Longer reviews.' }, HR, '2026-01-20').plan;
    expect(amended.amendments.at(-1)).toMatchObject({ target: 'support', targetId: before.id, before, after });
    const added: Plan['support'][number] = { id: 'sup-shadowing', kind: 'shadowing', description: 'Shadow a senior rep on two calls', owner: 'mgr-dana', dueDates: ['2026-02-20'], goalIds: ['g-conversion'] };
    const withNew = accept(plan, { type: 'amend_support', commitment: added, reason: 'More practice.' }, HR, '2026-01-20').plan;
    expect(withNew.amendments.at(-1)).toMatchObject({ target: 'support', targetId: 'sup-shadowing', after: added });
    expect(withNew.amendments.at(-1)).not.toHaveProperty('before');
  });
});

describe('the amendment record is checked with the plan', () => {
  it('a record whose before or after is not the goal it names does not parse', () => {
    const plan = activePlan();
    const amended = accept(plan, { type: 'amend_goal', goal: { ...goal(plan, 'g-calls'), target: 45 }, reason: 'The territory grew.' }, MANAGER, '2026-01-20').plan;
    expect(parsePlan(amended).ok).toBe(true);
    const edited = JSON.parse(JSON.stringify(amended)) as { amendments: { before: { id: string } }[]; events: unknown[] };
    edited.amendments.at(-1)!.before.id = 'g-revenue';
    edited.events = [];
    const parsed = parsePlan(edited);
    expect(!parsed.ok && parsed.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['conflicting_fields', `amendments.${amended.amendments.length - 1}.before.id`]]);
  });
});

describe('amend_plan: several goals and commitments at once, atomically', () => {
  const rebalance = (plan: Plan): PlanCommand => ({
    type: 'amend_plan',
    reason: 'More weight on activity while the pipeline rebuilds.',
    goals: [
      { ...goal(plan, 'g-calls'), weight: 20 },
      { ...goal(plan, 'g-revenue'), weight: 20 },
    ],
  });

  it('rebalancing weights goal by goal breaks the 100% rule; one amend_plan does it in one revision', () => {
    const plan = activePlan();
    // 35 + 15 + 25 + 25: raising g-calls alone to 20 makes 105
    const single = refuse(plan, { type: 'amend_goal', goal: { ...goal(plan, 'g-calls'), weight: 20 }, reason: 'Rebalance.' }, MANAGER, '2026-01-20');
    expect(single.code).toBe('invalid_change');
    expect(single.issues?.[0]?.code).toBe('weights_sum');
    const amended = accept(plan, rebalance(plan), MANAGER, '2026-01-20');
    expect(amended.plan.goals.map((g) => g.weight)).toEqual([35, 20, 25, 20]);
    expect(amended.plan.revision).toBe(plan.revision + 1);
    expect(amended.plan.status).toBe('awaiting_acknowledgement');
    const records = amended.plan.amendments.slice(plan.amendments.length);
    expect(records.map((r) => [r.targetId, r.revision, weightOf(r, 'before'), weightOf(r, 'after')])).toEqual([
      ['g-calls', plan.revision + 1, 15, 20],
      ['g-revenue', plan.revision + 1, 25, 20],
    ]);
    expect(amended.events.map((e) => e.type)).toEqual(['plan_amended', 'plan_amended']);
    // one revision, one request for the two signatures
    expect(amended.effects.filter((e) => e.type === 'acknowledgement_requested')).toHaveLength(1);
    const signed = accept(accept(amended.plan, { type: 'acknowledge' }, MANAGER, '2026-01-21').plan, { type: 'acknowledge' }, EMPLOYEE, '2026-01-21').plan;
    expect(accept(signed, { type: 'activate' }, HR, '2026-01-22').plan.status).toBe('active');
  });

  it('changes goals and commitments together, and may add a goal while making room for its weight', () => {
    const plan = activePlan();
    const newGoal = { ...goal(plan, 'g-calls'), id: 'g-calls-connected', title: 'Hold 10 connected conversations per week', target: 10, baseline: 6, weight: 5 };
    const command: PlanCommand = {
      type: 'amend_plan',
      reason: 'Calls alone say too little.',
      goals: [{ ...goal(plan, 'g-calls'), weight: 10 }, newGoal],
      support: [{ ...plan.support[0]!, description: 'Weekly 60-minute call review with Dana' }],
    };
    const amended = accept(plan, command, MANAGER, '2026-01-20').plan;
    expect(amended.goals.map((g) => [g.id, g.weight])).toEqual([
      ['g-conversion', 35],
      ['g-calls', 10],
      ['g-discovery', 25],
      ['g-revenue', 25],
      ['g-calls-connected', 5],
    ]);
    expect(amended.amendments.slice(-3).map((r) => [r.target, r.targetId, r.before === undefined])).toEqual([
      ['goal', 'g-calls', false],
      ['goal', 'g-calls-connected', true],
      ['support', 'sup-call-review', false],
    ]);
  });

  it('refuses the whole batch, with nothing changed, on any fault', () => {
    const plan = activePlan();
    const calls = goal(plan, 'g-calls');
    const revenue = goal(plan, 'g-revenue');
    // weights that do not add up to 100 after the change
    const over = refuse(plan, { type: 'amend_plan', reason: 'x', goals: [{ ...calls, weight: 20 }, { ...revenue, weight: 25 }] }, MANAGER, '2026-01-20');
    expect([over.code, over.issues?.[0]?.code]).toEqual(['invalid_change', 'weights_sum']);
    // the same goal twice in one batch
    const twice = refuse(plan, { type: 'amend_plan', reason: 'x', goals: [{ ...calls, weight: 20 }, { ...calls, weight: 10 }] }, MANAGER, '2026-01-20');
    expect(twice.code).toBe('invalid_command');
    expect(twice.issues?.[0]).toMatchObject({ code: 'duplicate_id', path: ['goals', 1, 'id'] });
    // one good change and one bad reference: neither is made
    const badRef = refuse(plan, { type: 'amend_plan', reason: 'x', goals: [{ ...calls, weight: 20 }, { ...revenue, weight: 20, metricId: 'm-nope' }] }, MANAGER, '2026-01-20');
    expect(badRef.code).toBe('invalid_change');
    // nothing to change, or no reason
    expect(refuse(plan, { type: 'amend_plan', reason: 'x' } as PlanCommand, MANAGER, '2026-01-20').code).toBe('invalid_command');
    expect(refuse(plan, { type: 'amend_plan', reason: '  ', goals: [calls] }, MANAGER, '2026-01-20').code).toBe('reason_required');
    // the employee does not amend their own plan
    expect(refuse(plan, rebalance(plan), EMPLOYEE, '2026-01-20').code).toBe('wrong_role');
  });

  it('property: a batch of weights is accepted exactly when they add up to 100, and then every goal has its new weight', () => {
    const plan = activePlan();
    const old = plan.goals.map((g) => g.weight!);
    const anyWeights = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 4, maxLength: 4 });
    const balanced = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .filter(([a, b, c]) => a + b + c <= 100)
      .map(([a, b, c]) => [a, b, c, 100 - a - b - c]);
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(anyWeights, balanced), fc.subarray([0, 1, 2, 3]), (weights, extra) => {
        // every goal whose weight changes is in the batch, with some unchanged ones besides
        const chosen = [0, 1, 2, 3].filter((i) => weights[i] !== old[i] || extra.includes(i));
        if (chosen.length === 0) chosen.push(0);
        const command: PlanCommand = { type: 'amend_plan', reason: 'Rebalance.', goals: chosen.map((i) => ({ ...plan.goals[i]!, weight: weights[i]! })) };
        if (weights.reduce((a, b) => a + b, 0) === 100) {
          accepted += 1;
          const amended = accept(plan, command, MANAGER, '2026-01-20').plan;
          expect(amended.goals.map((g) => g.weight)).toEqual(weights);
          expect(amended.revision).toBe(plan.revision + 1);
          expect(amended.amendments.slice(plan.amendments.length).map((r) => [weightOf(r, 'before'), weightOf(r, 'after')])).toEqual(chosen.map((i) => [old[i], weights[i]]));
        } else {
          const refused = refuse(plan, command, MANAGER, '2026-01-20');
          expect([refused.code, refused.issues?.[0]?.code]).toEqual(['invalid_change', 'weights_sum']);
        }
      }),
      { numRuns: runs(60) },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('the documents show what changed', () => {
  it('both audiences read the goal, the change, the date and the revision', () => {
    const plan = activePlan();
    const command: PlanCommand = {
      type: 'amend_plan',
      reason: 'More weight on activity.',
      goals: [
        { ...goal(plan, 'g-calls'), weight: 20, target: 45 },
        { ...goal(plan, 'g-revenue'), weight: 20 },
      ],
    };
    const amended = accept(plan, command, MANAGER, '2026-01-20').plan;
    for (const audience of ['employee', 'hr'] as const) {
      // the Markdown as read (its escapes taken out)
      const text = renderPlan(amended, { format: 'markdown', audience, asOf: '2026-01-20' }).replace(/\\(.)/g, '$1');
      const calls = goal(plan, 'g-calls');
      expect(text, audience).toContain(`Goal '${calls.title}': target 40 -> 45 per week, weight 15% -> 20%`);
      expect(text, audience).toContain(`Goal '${goal(plan, 'g-revenue').title}': weight 25% -> 20%`);
      expect(text, audience).toContain(`Jan 20, 2026, ${plan.manager.name} amended ${calls.title} (revision ${plan.revision + 1}): More weight on activity. — Goal`);
    }
  });
});

describe('replay re-decides amendments', () => {
  it('rebuilds an amend_plan entry and rejects one whose before was forged', () => {
    const plan = activePlan();
    const amended = accept(plan, { type: 'amend_plan', reason: 'Rebalance.', goals: [{ ...goal(plan, 'g-calls'), weight: 20 }, { ...goal(plan, 'g-revenue'), weight: 20 }] }, MANAGER, '2026-01-20');
    const log = amended.plan.events.slice(plan.events.length);
    const rebuilt = replay(plan, log);
    expect(rebuilt.ok && rebuilt.plan).toStrictEqual(amended.plan);
    // a forger makes the record say the weight used to be 30
    const forged = JSON.parse(JSON.stringify(log)) as { patches: { path: (string | number)[]; value: { before: { weight: number } } }[] }[];
    const patch = forged[0]!.patches.find((p) => p.path[0] === 'amendments')!;
    expect(patch.value.before.weight).toBe(15);
    patch.value.before.weight = 30;
    const result = replay(plan, forged as unknown as PlanEvent[]);
    expect(result.ok).toBe(false);
    expect(!result.ok && [result.code, result.seq]).toEqual(['replay_entry_mismatch', plan.events.length]);
    expect(!result.ok && result.path.slice(0, 3)).toEqual(['events', plan.events.length, 'patches']);
  });
});
