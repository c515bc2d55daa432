import * as z from 'zod';
import { PlanSchema } from './plan.js';

/** The `$id` of the published JSON Schema. */
export const PLAN_JSON_SCHEMA_ID = 'https://improvement-plan.dev/schema/plan-v1.json';

/**
 * The plan interchange format as a JSON Schema (draft 2020-12), for systems written
 * in other languages. It describes the input side: fields with defaults are optional.
 * Dates carry a `pattern` accepting exactly the real calendar days (leap years included), so
 * validators without format support reject `2026-02-30` too. Cross-field rules (weights adding
 * up to 100, references, end after start, the status against its records) cannot be written in
 * JSON Schema; {@link parsePlan} checks them.
 *
 * @example
 * ```ts
 * const schema = planJsonSchema();
 * schema.$schema; // => "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PlanSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: generated['$schema'],
    $id: PLAN_JSON_SCHEMA_ID,
    title: 'Performance improvement plan',
    description: 'improvement-plan interchange format, schemaVersion 1.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
