/**
 * Values for the inputs a documentation snippet declares (see test/docs/snippets.test.ts).
 *
 * A snippet in README.md or docs/getting-started.md that works on data from elsewhere says so
 * with `declare const name: Type; // what it is`, which a reader sees and TypeScript checks.
 * When the test runs the snippet, that line becomes `const name: Type = inputs.name;` with the
 * value exported here under the same name: real data of the declared type (the fixtures), so
 * the snippet's `// =>` results are checked on what the comment describes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Observation } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';

/** A plan document from another system, as JSON text: a 90-day plan in draft, by mgr-dana for emp-1042, HR partner hr-priya. */
export const body: string = readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8');

/** The same plan document as the store's quick start in README.md receives it: JSON text of pip-2026-0007, a draft. */
export const planJson: string = body;

/** The rep's CRM figures during that plan (January to April 2026). */
export const crmFeed: Observation[] = JSON.parse(readFileSync(join(FIXTURES, 'observations-90-day.json'), 'utf8')) as Observation[];
