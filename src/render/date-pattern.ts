/**
 * Checks on date-fns format patterns before date-fns sees them.
 *
 * date-fns treats `D…` (day of the year) and `Y…` (week-numbering year) tokens as likely
 * mistakes: unless opted in it throws for some of them and writes a warning to the console for
 * the others. A pure library must not write to the console, and `YYYY` or `DD` is nearly always a
 * typo for `yyyy` or `dd`, so renderings refuse these tokens themselves, with a message that says
 * which letter was meant.
 *
 * @internal
 * @module
 */
import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import type { DateLocale } from './date-locale.js';

/** date-fns's token pattern (its `format.js`): letter runs, quoted text, other characters. */
const DATE_TOKENS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;

/** The first `D…` or `Y…` token outside quotes in a date-fns pattern, if any. */
export function reservedDateToken(pattern: string): string | undefined {
  return (pattern.match(DATE_TOKENS) ?? []).find((token) => /^(D+|Y+)$/.test(token));
}

/** Why a reserved token is refused, and what was probably meant. */
export function reservedDateTokenReason(token: string): string {
  return token.startsWith('Y')
    ? `${token} is the week-numbering year; write ${token.toLowerCase()} for the calendar year`
    : `${token} is the day of the year; write d or dd for the day of the month`;
}

/**
 * What is wrong with a date-fns pattern, in words, or `undefined` when it formats: empty, a
 * reserved `Y…`/`D…` token, or a pattern date-fns refuses (an unescaped letter that is no
 * token). date-fns throws a `TypeError` for an empty pattern; this says so instead.
 */
export function dateFormatProblem(pattern: string, locale?: DateLocale): string | undefined {
  if (pattern === '') return 'the pattern is empty';
  const reserved = reservedDateToken(pattern);
  if (reserved !== undefined) return reservedDateTokenReason(reserved);
  try {
    // date-fns' format reads only the members DateLocale declares
    format(0, pattern, locale ? { locale: locale as unknown as Locale } : {});
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
