/**
 * improvement-plan: performance improvement plans for B2B sales reps.
 *
 * Data flows one way, each layer importing only the layers under it (`npm run deps` checks it):
 *
 * 0. issues: the one issue shape and its message catalogs, under everything;
 * 1. frozen, dates, numbers, policy: the deep freeze of results, calendar dates, exact decimals, policy validation;
 * 2. schema: the plan as data;
 * 3. metrics (observations as series) and templates;
 * 4. checks: gaps -> goals -> lint, readiness, adapters; timeline (the plan's dates);
 * 5. lifecycle (runs the checks) and evaluate (reads observations): siblings, neither imports the other;
 * 6. team (team gaps, screening, consistency across roles), monitoring (relapse after the plan), fairness: services over evaluations;
 * 7. render: documents of plans, evaluations and fairness reviews;
 * 8. locales: languages (the `Locale` shape here; each language is its own subpath export, `improvement-plan/locales/de`).
 *
 * Every function is pure: "today" is an `asOf` argument and thresholds come in a policy object.
 *
 * @packageDocumentation
 */
export * from './issues/index.js';
export * from './schema/index.js';
export * from './dates/index.js';
export * from './metrics/index.js';
export * from './policy/index.js';

// checks (gaps, goals, lint, adapters, readiness)
export * from './gaps/index.js';
export * from './goals/index.js';
export * from './lint/index.js';
export * from './adapters/index.js';
export * from './readiness/index.js';

// timeline and lifecycle
export * from './timeline/index.js';
export * from './lifecycle/index.js';
export {
  planDecider,
  PlanDecisionError,
  type PlanDecisionErrorCode,
  type PlanDeciderCommand,
  type CreatePlanCommand,
  type ExecutePlanCommand,
  type PlanDeciderEvent,
  type PlanCreatedEvent,
  type PlanEntryRecordedEvent,
  type PlanDeciderState,
} from './lifecycle/decider.js';

// evaluate
export * from './evaluate/index.js';

// team analysis (team gaps, screening, consistency) and post-plan monitoring (relapse)
export * from './team/index.js';
export * from './monitoring/index.js';

// fairness across the organisation
export * from './fairness/index.js';

// render
export * from './render/index.js';
export * from './templates/index.js';

// languages (each locale is a subpath export of its own)
export { withMessages, type Locale, type LocaleMessages } from './locales/locale.js';
