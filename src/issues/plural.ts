/**
 * Plurals and numbers in a language, for message catalogs: `Intl.PluralRules` picks the form
 * (Arabic has six: zero, one, two, few, many, other), `Intl.NumberFormat` writes the number.
 * Formatters are made once per language and kept.
 *
 * @module
 */

/**
 * The forms of a word or phrase by plural category. `other` is required (every language has it);
 * a category the language uses but the forms leave out falls back to `other`.
 */
export type PluralForms = { readonly other: string } & { readonly [K in Intl.LDMLPluralRule]?: string };

const rulesByLanguage = new Map<string, Intl.PluralRules>();
const numbersByLanguage = new Map<string, Intl.NumberFormat>();

function rulesOf(language: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/**
 * The form of `forms` a count takes in a language (`Intl.PluralRules`), `other` when the language's
 * category has no form of its own. A `#` in the form is replaced by the count, written in the
 * language's digits ({@link formatCount}).
 *
 * @example
 * ```ts
 * import { pluralForm } from 'improvement-plan';
 * pluralForm('en', 1, { one: '# day', other: '# days' }); // => "1 day"
 * pluralForm('de', 3, { one: '# Tag', other: '# Tage' }); // => "3 Tage"
 * pluralForm('ar', 2, { two: 'يومان', other: '# يوم' }); // => "يومان"
 * ```
 */
export function pluralForm(language: string, count: number, forms: PluralForms): string {
  const category = rulesOf(language).select(count);
  const form = forms[category] ?? forms.other;
  return form.includes('#') ? form.replaceAll('#', formatCount(language, count)) : form;
}

/**
 * A count written in a language's own way (`Intl.NumberFormat`): "1.000" in German, "١٬٠٠٠" in Arabic.
 *
 * @example
 * ```ts
 * import { formatCount } from 'improvement-plan';
 * formatCount('de', 1000); // => "1.000"
 * ```
 */
export function formatCount(language: string, count: number): string {
  let format = numbersByLanguage.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    numbersByLanguage.set(language, format);
  }
  return format.format(count);
}
