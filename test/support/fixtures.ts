import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The project's own fixture folder. */
export const FIXTURES = join(here, '..', 'fixtures');

/** Read a JSON fixture as unknown input (what a host would pass in). */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as unknown;
}

/** The three example plans. */
export const PLAN_FIXTURES = ['plan-90-day-conversion.json', 'plan-30-day-activity.json', 'plan-60-day-skill.json'] as const;

/** The shared CRM sample, when the checkout has `../shared` beside it. */
export const CRM_SAMPLE_DIR = join(here, '..', '..', '..', 'shared', 'data', 'crm-sales-opportunities');

/** Whether the shared CRM sample is present. */
export const HAS_CRM_SAMPLE = existsSync(join(CRM_SAMPLE_DIR, 'sales_pipeline.csv'));

/** Deep-freeze-aware check: is every object reachable from `value` frozen? */
export function isDeepFrozen(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (!Object.isFrozen(node)) return false;
    for (const child of Object.values(node)) stack.push(child);
  }
  return true;
}
