/**
 * improvement-plan: performance improvement plans for B2B sales reps.
 *
 * Data flows one way: schema -> checks -> lifecycle -> metrics -> evaluate -> render.
 * Every function is pure: "today" is an `asOf` argument and thresholds come in a policy object.
 *
 * @packageDocumentation
 */
export * from './schema/index.js';
export * from './dates/index.js';
export * from './metrics/index.js';

// checks (gaps, goals, lint, adapters, readiness)
export * from './lint/index.js';

// timeline and lifecycle
export * from './timeline/index.js';

// evaluate

// render
export * from './render/index.js';
export * from './templates/index.js';
