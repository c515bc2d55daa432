import { describe, expect, it } from 'vitest';
import { figureWords, formatCount, pluralForm } from '../../src/index.js';

const ARABIC_DAYS = { zero: 'لا أيام', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' } as const;

describe('pluralForm', () => {
  it.each([
    [0, 'لا أيام'],
    [1, 'يوم واحد'],
    [2, 'يومان'],
    [3, '3 أيام'],
    [11, '11 يومًا'],
    [100, '100 يوم'],
    [103, '103 أيام'],
    [111, '111 يومًا'],
  ])('Arabic: %i days read %s (all six categories)', (count, text) => {
    expect(pluralForm('ar', count, ARABIC_DAYS)).toBe(text);
  });

  it.each([
    ['de', 0, '0 Tage'],
    ['de', 1, '1 Tag'],
    ['de', 2, '2 Tage'],
    ['fr', 0, '0 jour'],
    ['fr', 1, '1 jour'],
    ['fr', 2, '2 jours'],
    ['es', 1, '1 día'],
    ['es', 11, '11 días'],
    ['en', 1, '1 day'],
    ['en', 100, '100 days'],
  ])('%s: %i reads %s', (language, count, text) => {
    const forms = { de: { one: '# Tag', other: '# Tage' }, fr: { one: '# jour', other: '# jours' }, es: { one: '# día', other: '# días' }, en: { one: '# day', other: '# days' } }[language as 'de'];
    expect(pluralForm(language, count, forms)).toBe(text);
  });

  it('falls back to other for a category the forms leave out', () => {
    expect(pluralForm('ar', 2, { one: 'x', other: '# أيام' })).toBe('2 أيام');
  });

  it('writes the count in the language and leaves a form without # as it is', () => {
    expect(pluralForm('de', 1000, { one: '# Tag', other: '# Tage' })).toBe('1.000 Tage');
    expect(pluralForm('ar', 2, { two: 'يومان', other: '#' })).toBe('يومان');
    expect(formatCount('fr', 1234)).toBe('1\u202f234');
  });
});

describe('figureWords', () => {
  it('writes shares, money, durations and lists in the language', () => {
    const de = figureWords('de');
    expect(de.percent(0.125)).toBe('12,5\u00a0%');
    expect(de.value(4_500_000, { unit: 'currency', currency: 'EUR' })).toBe('45.000,00\u00a0€');
    expect(de.value(24, { unit: 'duration', durationUnit: 'hours' })).toBe('24 Stunden');
    expect(de.value(0.4, { unit: 'ratio' })).toBe('40\u00a0%');
    expect(de.value(1234.567, { unit: 'count' })).toBe('1.234,57');
    expect(de.list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(figureWords('fr').list(['A', 'B'])).toBe('A et B');
    expect(figureWords('es').list(['A', 'B', 'C'])).toBe('A, B y C');
  });

  it('never throws on a currency Intl does not know or a figure that is not finite', () => {
    const fr = figureWords('fr');
    expect(fr.value(12345, { unit: 'currency', currency: 'NOT-A-CODE' })).toBe('NOT-A-CODE 123,45');
    expect(fr.plain(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(fr.percent(Number.NaN)).toBe('NaN');
    expect(fr.plain(-0.001)).toBe('0');
  });

  it('is made once per language', () => {
    expect(figureWords('es')).toBe(figureWords('es'));
    expect(Object.isFrozen(figureWords('es'))).toBe(true);
  });
});
