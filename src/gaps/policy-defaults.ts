/**
 * The gap policy's defaults as plain, frozen data, without zod: the lint of the command line's
 * `validate` reads them without building any policy schema. {@link GAP_POLICY} is defined with
 * this very object (`GAP_POLICY.defaults === GAP_DEFAULTS`).
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../frozen/deep-freeze.js';

/** The gap policy's defaults. @internal */
export const GAP_DEFAULTS = deepFreeze({
  moderateAt: 0.1,
  shortfall: 0.1,
  severeAt: 0.3,
  teamStandard: 'mean',
  ratioTeamStandard: 'pooled',
  sustainedPeriods: 3,
  sustainedSeverity: 'moderate',
} as const);
