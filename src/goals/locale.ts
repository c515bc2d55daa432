/**
 * The SMART check in a language: what it reads of a `Locale`.
 *
 * @module
 */
import { localePart } from '../issues/locale-part.js';
import type { PolicyCatalogsOverride } from '../policy/locale.js';
import { SMART_CATALOGS_EN, SMART_FIXES, SMART_MESSAGES, type SmartCatalogs } from './messages.js';

/** What `checkSmartGoal` and `lintPlan` read of a `Locale`: the SMART reasons' words and the policy issues' words (any left out are English). */
export interface SmartLocale {
  readonly messages?: { readonly smart?: SmartCatalogsOverride; readonly policy?: PolicyCatalogsOverride };
}

/** Some of the SMART check's words (a locale's, a host's): messages or fixes, any code; every word left out, or given broken, is English. */
export type SmartCatalogsOverride = { readonly [K in keyof SmartCatalogs]?: Partial<SmartCatalogs[K]> };

/** The locale's SMART catalogs over the English ones, word by word. @internal */
export function smartCatalogsOf(locale: SmartLocale | undefined): SmartCatalogs {
  const messages = localePart(locale, ['smart', 'messages'], SMART_MESSAGES);
  const fixes = localePart(locale, ['smart', 'fixes'], SMART_FIXES);
  return messages === undefined && fixes === undefined ? SMART_CATALOGS_EN : { messages: messages ?? SMART_MESSAGES, fixes: fixes ?? SMART_FIXES };
}
