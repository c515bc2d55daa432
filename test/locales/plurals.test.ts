/**
 * Plural cases in every shipped locale: each sentence that counts something, for 0, 1, 2, 3, 11
 * and 100 items. The count is shown, written in the language, except where the language's form for
 * that count names it in words (Arabic "يوم واحد", "يومان"); counts of different plural categories
 * (`Intl.PluralRules`) read differently; nothing reads `undefined` or `NaN`.
 */
import { describe, expect, it } from 'vitest';
import { formatCount, type Locale } from '../../src/index.js';
import { SHIPPED_LOCALES } from './shipped.js';

const COUNTS = [0, 1, 2, 3, 11, 100] as const;

/** Each counted sentence, as a function of the count. */
const COUNTED: Readonly<Record<string, (locale: Locale, n: number) => string>> = {
  days: (l, n) => l.messages.render.days(n),
  extension: (l, n) => l.messages.render.extension(n, '⟦from⟧', '⟦to⟧', '⟦reason⟧'),
  sessions: (l, n) => l.messages.render.every('week', '⟦start⟧', n),
  delivered: (l, n) => l.messages.render.deliveredCount(n, 0, n),
  allGoals: (l, n) => l.messages.render.evaluation.allGoals(n),
  leave: (l, n) => l.messages.render.evaluation.leave(n, ['⟦span⟧']),
  pausedDays: (l, n) => l.messages.evaluate.warnings.paused_days_excluded({ count: n, pauses: [{ start: '2026-02-02', end: '2026-02-13', open: false }] }),
  moreIssues: (l, n) => l.messages.evaluate.issues.issues_truncated({ count: n }),
  peopleWithoutGroup: (l, n) => l.messages.fairness!.issues.group_missing({ count: n }),
  daysPastCalendar: (l, n) => l.messages.parse!.past_calendar_end({ where: 'durationDays', problem: { kind: 'days_past_calendar', days: n } }),
  smallGroups: (l, n) => l.messages.fairness!.report.audienceNote(n),
};

/** The categories whose form may name the count in words instead of digits. */
const IN_WORDS = new Set(['one', 'two']);

describe.each(SHIPPED_LOCALES)('plurals in $name', ({ locale }) => {
  const rules = new Intl.PluralRules(locale.code);

  it.each(Object.keys(COUNTED))('%s for 0, 1, 2, 3, 11 and 100', (name) => {
    const write = COUNTED[name]!;
    const texts = new Map<number, string>();
    for (const n of COUNTS) {
      const text = write(locale, n);
      expect(text, `${name}(${n})`).not.toMatch(/undefined|NaN|\[object/);
      expect(text.trim(), `${name}(${n})`).not.toBe('');
      if (!IN_WORDS.has(rules.select(n)) && n !== 0) expect(text, `${name}(${n}) shows the count`).toContain(formatCount(locale.code, n));
      texts.set(n, text);
    }
    // one and many read differently wherever the language tells them apart
    const strip = (text: string): string => text.replace(/[\d\u0660-\u0669.,\u202f\u00a0]+/g, '#');
    const byCategory = new Map<string, string>();
    for (const n of COUNTS) {
      const category = rules.select(n);
      if (!byCategory.has(category)) byCategory.set(category, strip(texts.get(n)!));
    }
    if (byCategory.has('one') && byCategory.has('other')) expect(byCategory.get('one'), `${name}: one and other`).not.toBe(byCategory.get('other'));
  });
});
