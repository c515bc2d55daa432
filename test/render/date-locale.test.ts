import { format, type Locale } from 'date-fns';
import * as locales from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import type { DateLocale } from '../../src/index.js';
import { renderPlan, DEFAULT_RENDER_OPTIONS } from '../../src/render/index.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { parsePlan } from '../../src/index.js';

// DateLocale is declared in src (the published declarations must not load date-fns' typings,
// which break CommonJS node16 consumers): every locale date-fns ships must still be one.
// Compile-time: this assignment fails `tsc --noEmit` when date-fns' Locale stops fitting.
const ALL: Readonly<Record<string, DateLocale>> = locales;
// ...and the other way round (the library hands a DateLocale to date-fns' format): the members
// DateLocale declares are the ones format reads.
const FORMAT_READS = ['localize', 'formatLong'] as const satisfies readonly (keyof Locale & keyof DateLocale)[];

const MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

describe('DateLocale: the date-fns locale shape the library declares', () => {
  it(`every date-fns locale (${Object.keys(locales).length}) has the members DateLocale requires, as functions`, () => {
    const wanted = {
      localize: ['ordinalNumber', 'era', 'quarter', 'month', 'day', 'dayPeriod'],
      formatLong: ['date', 'time', 'dateTime'],
    } as const;
    for (const [name, locale] of Object.entries(ALL)) {
      for (const member of FORMAT_READS) {
        for (const fn of wanted[member]) expect(typeof (locale[member] as Record<string, unknown>)[fn], `${name}.${member}.${fn}`).toBe('function');
      }
      expect(typeof locale.code, `${name}.code`).toBe('string');
    }
  });

  it('a rendering with a date-fns locale writes the dates date-fns writes with it', () => {
    const result = parsePlan(readFixture(PLAN_FIXTURES[0]!));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const plan = result.plan;
    for (const name of ['de', 'fr', 'ja', 'arSA'] as const) {
      const locale = locales[name];
      const output = renderPlan(plan, { format: 'markdown', locale, dateFormat: 'd MMMM yyyy' });
      const [y, m, d] = plan.startDate.split('-').map(Number) as [number, number, number];
      const expected = format(new Date(y, m - 1, d), 'd MMMM yyyy', { locale });
      expect(output, name).toContain(expected);
      // the month name is the locale's, not the English one
      expect(MONTHS.map((month) => locale.localize.month(month))).toContain(expected.split(' ')[1]);
    }
  });

  it('the default is date-fns en-US', () => {
    expect(DEFAULT_RENDER_OPTIONS.locale).toBe(locales.enUS);
  });
});
