import * as z from 'zod';
import { ObservationSchema } from './entities.js';
import { checkPlanIntegrity } from './integrity.js';
import { LIMITS } from './limits.js';
import { PlanShape, type PlanShapeOutput } from './plan-shape.js';

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
