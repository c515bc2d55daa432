/**
 * Where a sentence names how a date is written, a locale names it one way in every catalog: the
 * parse issue of a bad date, the lifecycle's unusable `asOf`, the fairness analysis's bad `asOf`
 * the policy's holidays, and the command line's hint for `--as-of` (de said JJJJ-MM-TT in three and
 * YYYY-MM-DD in the parse catalog).
 */
import { describe, expect, it } from 'vitest';
import { findCliWords } from '../../src/cli/language.js';
import type { Locale } from '../../src/index.js';
import { ar } from '../../src/locales/ar/index.js';
import { de } from '../../src/locales/de/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { fr } from '../../src/locales/fr/index.js';

type Words = (facts: Record<string, unknown>) => string;

/** The four sentences that name the date format, worded by `locale`'s own catalogs. */
function sentences(locale: Locale): readonly string[] {
  const m = locale.messages as unknown as {
    parse: Record<string, Words>;
    lifecycle: { rejections: Record<string, Words> };
    fairness: { issues: Record<string, Words> };
    policy: { issues: Record<string, Words> };
  };
  return [
    m.parse['invalid_date']!({ where: 'startDate', received: '"2026-02-30"' }),
    m.lifecycle.rejections['invalid_context']!({ field: 'asOf' }),
    m.fairness.issues['as_of_invalid']!({ received: '"soon"' }),
    m.policy.issues['policy_invalid']!({ kind: 'invalid', field: 'holidays', expected: { type: 'holidays' }, received: '7' }),
  ];
}

const FORMAT = /\b[A-Z]{4}-[A-Z]{2}-[A-Z]{2}\b/g;

describe('the date format in a sentence', () => {
  it.each([
    [en, 'YYYY-MM-DD'],
    [de, 'JJJJ-MM-TT'],
    [fr, 'AAAA-MM-JJ'],
    [es, 'AAAA-MM-DD'],
    [ar, 'YYYY-MM-DD'],
  ] as const)('$0.code names it $1 in every catalog', async (locale, format) => {
    const cli = (await findCliWords(locale.code)).evaluate.asOf('2026-04-06', true);
    const all = [...sentences(locale), cli];
    for (const [i, sentence] of all.entries()) expect(sentence.match(FORMAT) ?? [], `sentence ${i}: ${sentence}`).toEqual([format]);
  });
});
