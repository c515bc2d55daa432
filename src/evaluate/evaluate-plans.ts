import type { Observation, Plan } from '../schema/types.js';
import { evaluateInRun, prepareEvaluation, type EvaluatePlanOptions, type EvaluationRun } from './evaluate-plan.js';
import type { PlanEvaluation } from './types.js';

/** Options of {@link evaluatePlans}: one `asOf` and one policy for every plan. */
export interface EvaluatePlansOptions extends EvaluatePlanOptions {
  /**
   * The separate observation feed of a plan (what {@link evaluatePlan} takes as its second
   * argument), called once per plan just before it is evaluated. Without it, each plan is
   * evaluated on its own `plan.observations`.
   */
  readonly observationsFor?: (plan: Plan) => Iterable<Observation> | null | undefined;
}

/** Options of {@link evaluatePlansAsync}: the feed may come from an asynchronous source. */
export interface EvaluatePlansAsyncOptions extends EvaluatePlanOptions {
  /** The separate observation feed of a plan, or a promise of it (a query per plan, for example). */
  readonly observationsFor?: (plan: Plan) => Iterable<Observation> | null | undefined | PromiseLike<Iterable<Observation> | null | undefined>;
}

/**
 * How one plan of a batch is evaluated in the batch's run: {@link evaluateInRun} for the full
 * result, `figuresInRun` (figures.ts) for the figures.
 *
 * @internal
 */
export type EvaluateInRun<T> = (plan: Plan, observations: Iterable<Observation> | null | undefined, run: EvaluationRun) => T;

/**
 * The plans' results, one at a time, as they are asked for.
 *
 * @internal
 */
export function* evaluateEach<T>(
  plans: Iterable<Plan>,
  run: EvaluationRun,
  feedOf: EvaluatePlansOptions['observationsFor'],
  evaluate: EvaluateInRun<T>,
): Generator<T, void, undefined> {
  for (const plan of plans) yield evaluate(plan, feedOf?.(plan), run);
}

/**
 * The asynchronous twin of evaluateEach.
 *
 * @internal
 */
export async function* evaluateEachAsync<T>(
  plans: AsyncIterable<Plan> | Iterable<Plan>,
  run: EvaluationRun,
  feedOf: EvaluatePlansAsyncOptions['observationsFor'],
  evaluate: EvaluateInRun<T>,
): AsyncGenerator<T, void, undefined> {
  for await (const plan of plans) yield evaluate(plan, feedOf ? await feedOf(plan) : undefined, run);
}

/**
 * Evaluate many plans lazily, one at a time, in the order they come: a generator that pulls the
 * next plan only when the next result is asked for, so an organisation larger than memory can
 * stream through it (plans from a cursor or a file, results written out as they come). `asOf` is
 * checked and the policy resolved once for the whole batch; each result equals what
 * {@link evaluatePlan} gives for that plan. Plans are independent: split a large batch across
 * worker threads or a batch engine (docs/performance.md).
 *
 * @throws RangeError at once (not on the first result) when `asOf` is not a calendar date.
 * @example
 * ```ts
 * for (const evaluation of evaluatePlans(activePlans(), { asOf: '2026-04-06', observationsFor: (plan) => crm.feed(plan.employee.id) })) {
 *   dashboard.write(evaluation.planId, evaluation.score.value); // => one row per plan, as each is evaluated
 * }
 * [...evaluatePlans([plan], { asOf: '2026-04-06' })][0].score.value; // => 72.5, as evaluatePlan(plan, null, { asOf: '2026-04-06' })
 * ```
 */
export function evaluatePlans(plans: Iterable<Plan>, options: EvaluatePlansOptions): Generator<PlanEvaluation, void, undefined> {
  return evaluateEach(plans, prepareEvaluation(options), options.observationsFor, evaluateInRun);
}

/**
 * The asynchronous twin of {@link evaluatePlans}, for plans that arrive from an asynchronous
 * source (a database cursor, a stream of NDJSON lines): `for await` over the results. The next
 * plan is pulled only when the next result is asked for, and the feed of each plan may be a
 * promise.
 *
 * @throws RangeError at once when `asOf` is not a calendar date.
 * @example
 * ```ts
 * for await (const evaluation of evaluatePlansAsync(cursor, { asOf: '2026-04-06', observationsFor: (plan) => crm.fetchFeed(plan.id) })) {
 *   await sink.write(evaluation); // => one evaluation at a time, never the whole organisation in memory
 * }
 * ```
 */
export function evaluatePlansAsync(plans: AsyncIterable<Plan> | Iterable<Plan>, options: EvaluatePlansAsyncOptions): AsyncGenerator<PlanEvaluation, void, undefined> {
  return evaluateEachAsync(plans, prepareEvaluation(options), options.observationsFor, evaluateInRun);
}
