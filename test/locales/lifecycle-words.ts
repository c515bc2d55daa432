/**
 * The lifecycle's words in every shipped language, checked on the rejections and effects a test
 * produces: each is worded again from its stored JSON by each locale, and must be a real sentence,
 * not the English one, showing the same ids and dates. The model-based lifecycle test feeds it
 * every rejection and effect of its runs, so the check reaches the codes those runs reach.
 */
import { rewordEffects, rewordRejection, type LifecycleEffect, type LifecycleRejection } from '../../src/index.js';
import { sentenceProblems } from './data-shown.js';
import { SHIPPED_LOCALES } from './shipped.js';

const OTHERS = SHIPPED_LOCALES.filter((l) => l.name !== 'en');

/** What the checks found: problems (kept to the first of each kind) and the codes each locale worded. */
export const lifecycleWords = { problems: new Set<string>(), codes: new Map<string, Set<string>>(OTHERS.map((l) => [l.name, new Set<string>()])) };

const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Word a rejection in every shipped language from its stored JSON. */
export function checkRejectionWords(rejection: LifecycleRejection): void {
  for (const { name, locale } of OTHERS) {
    const translated = rewordRejection(stored(rejection), locale);
    // a nested issue is named by its code and path in other languages (docs/localization.md): its own facts are not required
    const { first: _first, ...shown } = rejection.facts as unknown as Readonly<Record<string, unknown>>;
    for (const problem of sentenceProblems(`${name} rejections.${rejection.code}`, rejection.message, translated.message, shown)) lifecycleWords.problems.add(problem);
    if (translated.code !== rejection.code || JSON.stringify(translated.facts) !== JSON.stringify(rejection.facts)) lifecycleWords.problems.add(`${name} ${rejection.code}: code or facts changed`);
    lifecycleWords.codes.get(name)!.add(`rejections.${rejection.code}`);
  }
}

/** Word reminders and notices in every shipped language from their stored JSON. */
export function checkEffectWords(effects: readonly LifecycleEffect[]): void {
  if (effects.length === 0) return;
  for (const { name, locale } of OTHERS) {
    const translated = rewordEffects(stored(effects), locale);
    effects.forEach((effect, i) => {
      const { message, ...facts } = effect;
      for (const problem of sentenceProblems(`${name} effects.${effect.type}`, message, translated[i]?.message, facts)) lifecycleWords.problems.add(problem);
      lifecycleWords.codes.get(name)!.add(`effects.${effect.type}`);
    });
  }
}
