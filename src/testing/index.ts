/**
 * fast-check arbitraries for property-testing code that uses improvement-plan:
 * valid plans, valid observations, and plans with exactly one rule broken.
 * Requires `fast-check` (a peer dependency) in the consuming project.
 *
 * @packageDocumentation
 */
export { planArbitrary, metadataArbitrary, type PlanArbitraryOptions } from './plan-arbitrary.js';
export { observationsArbitrary, type ObservationsArbitraryOptions } from './observations-arbitrary.js';
export { brokenPlanArbitrary, BROKEN_PLAN_RULES, type BrokenPlan } from './broken-plan-arbitrary.js';
export { pitfallPlanArbitrary, PLAN_PITFALLS, type PitfallPlan } from './pitfall-plan-arbitrary.js';
