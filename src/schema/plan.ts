import * as z from 'zod';
import { ObservationSchema } from './entities.js';
import type { PlanIssueCode } from './codes.js';
import { checkIntegrity } from './integrity.js';
import { LIMITS } from './limits.js';
import { PlanShape, type PlanShapeOutput } from './plan-shape.js';
import type { PlanIssueFactsInput } from './messages.js';
import { pushIssue } from './primitives.js';

interface IntegrityContext {
  value: PlanShapeOutput;
  issues: unknown[];
}

/**
 * {@link checkIntegrity} as a zod check on {@link PlanShape}: the fields with an issue so far
 * count as not parsed. (Here, beside the schema, so that the integrity rules themselves build no
 * zod schema: the fast paths of a parse run them without zod.)
 */
function checkPlanIntegrity(ctx: IntegrityContext): void {
  // Not an object at all (its invalid_type issue is reported): no field parsed, nothing to judge.
  const value: unknown = ctx.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const failed = new Set<PropertyKey>();
  for (const issue of ctx.issues as { path?: PropertyKey[] }[]) {
    const key = issue.path?.[0];
    if (key !== undefined) failed.add(key);
  }
  checkIntegrity(ctx.value, (key) => !failed.has(key), <C extends PlanIssueCode>(code: C, path: readonly PropertyKey[], facts = {} as PlanIssueFactsInput<C>) => pushIssue(ctx, code, facts, path));
}

/**
 * A performance improvement plan: the interchange format, with every rule
 * (real dates, end after start, weights adding up to exactly 100, resolved
 * references, integral money, bounded sizes). The cross-field rules run in the same
 * pass as the fields: every field that parsed is judged, whatever else failed.
 */
export const PlanSchema = PlanShape.check(
  // `when`: the rules run even when some fields failed, on the fields that parsed.
  z.superRefine<PlanShapeOutput>((_value, ctx) => checkPlanIntegrity(ctx), { when: () => true }),
);

/** A separately supplied feed of observations (a CRM export). */
export const ObservationFeedSchema = z.array(ObservationSchema).max(LIMITS.feedObservations);
