/**
 * A question every language's goal status notes ask.
 *
 * @internal
 * @module
 */
import type { GoalEvaluation } from './types.js';

/**
 * Whether a goal's expected-trajectory comparison reads its recent level (not the whole window so
 * far): the status note then says so. Every language's status notes ask the same question.
 *
 * @internal
 */
export function readsRecentLevel(goal: GoalEvaluation): boolean {
  return (goal.reading === 'window_level' || goal.reading === 'per_period') && goal.recent !== null && goal.recent.value !== null && goal.expected !== null && goal.expected.current === goal.recent.value;
}
