/**
 * The SMART policy's defaults as plain, frozen data, without zod: the lint of the command line's
 * `validate` reads them without building any policy schema. {@link SMART_POLICY} is defined with
 * this very object (`SMART_POLICY.defaults === SMART_DEFAULTS`).
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../frozen/deep-freeze.js';

/** The SMART policy's defaults. @internal */
export const SMART_DEFAULTS = deepFreeze({
  realisticImprovement: 1.5,
  impossibleImprovement: 9,
  realisticRatioHeadroom: 0.75,
  maxRubricLevels: 2,
  historyPeriods: 6,
  beyondBestMargin: 0.25,
  beyondStandardMargin: 0.1,
});
