import * as z from 'zod';
import { ObservationSchema } from './entities.js';
import { checkPlanIntegrity } from './integrity.js';
import { LIMITS } from './limits.js';
import { PlanShape } from './plan-shape.js';

/**
 * A performance improvement plan: the interchange format, with every rule
 * (real dates, end after start, weights adding up to exactly 100, resolved
 * references, integral money, bounded sizes).
 */
export const PlanSchema = PlanShape.check(checkPlanIntegrity);

/** A separately supplied feed of observations (a CRM export). */
export const ObservationFeedSchema = z.array(ObservationSchema).max(LIMITS.feedObservations);
