import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, type GoalCategory, type Plan } from '../../src/index.js';
import { GOAL_CATEGORIES } from '../../src/schema/codes.js';
import { GoalCategorySchema } from '../../src/schema/entities.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';

describe('category subtotals', () => {
  it("GOAL_CATEGORIES is the schema's enum, every option once", () => {
    expect(GOAL_CATEGORIES).toEqual(GoalCategorySchema.options);
    expect(new Set(GOAL_CATEGORIES).size).toBe(GOAL_CATEGORIES.length);
  });

  it('every category of the schema that a goal uses gets a subtotal, in the schema order, holding exactly its goals', () => {
    const seen = new Set<GoalCategory>();
    fc.assert(
      fc.property(evaluationCaseArbitrary({ feed: false }), fc.array(fc.constantFrom(...GOAL_CATEGORIES), { minLength: 1, maxLength: 5 }), ({ plan, asOf }, categories) => {
        // The same plan with its goals spread over every category of the schema.
        const spread: Plan = { ...plan, goals: plan.goals.map((goal, i) => ({ ...goal, category: categories[i % categories.length] as GoalCategory })) };
        const e = evaluatePlan(spread, [], { asOf });
        for (const goal of e.goals) seen.add(goal.category);
        const used = GOAL_CATEGORIES.filter((category) => e.goals.some((goal) => goal.category === category));
        expect(e.score.categories.map((c) => c.category)).toEqual(used);
        for (const subtotal of e.score.categories) {
          expect([...subtotal.goalIds].sort()).toEqual(e.goals.filter((goal) => goal.category === subtotal.category).map((goal) => goal.goalId).sort());
        }
      }),
      { numRuns: runs(60) },
    );
    // Over the runs, every category of the schema was used at least once.
    expect([...seen].sort()).toEqual([...GOAL_CATEGORIES].sort());
  });
});
