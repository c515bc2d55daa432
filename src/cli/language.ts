/**
 * The language of `--locale <tag>` (`render`, `validate`, `evaluate`): a shipped locale, or a
 * date-fns locale for dates and numbers only, and the command line's own lines in it
 * ({@link findCliWords}). Loaded when an option names one.
 *
 * @module
 */
import type { DateLocale } from '../render/date-locale.js';
import type { RenderLocale } from '../render/options.js';
import type { Locale } from '../locales/locale.js';
import { CLI_WORDS_EN, type CliWords } from './words/en.js';

/**
 * A date-fns locale by BCP 47 tag (`en-GB`, `de`, `pt-BR`), as named in date-fns' table of
 * locales (`enGB`, `de`, `ptBR`; the tag itself is tried too). Only the one module asked for is
 * loaded, by path (`date-fns/locale/en-GB`): loading the whole table took most of the tool's
 * start-up (issue 21).
 */
export async function findLocale(tag: string): Promise<DateLocale | undefined> {
  const key = tag.replace(/[-_](\w+)/, (_m, region: string) => region.toUpperCase());
  return (await localeNamed(key)) ?? (key === tag ? undefined : await localeNamed(tag));
}

/** The locale date-fns exports as `name` (`enGB`), from its own module (`date-fns/locale/en-GB`). */
async function localeNamed(name: string): Promise<DateLocale | undefined> {
  // an export name only: never a path
  if (!/^[a-z]+(?:[A-Z][A-Za-z]*)?$/.test(name)) return undefined;
  const file = name === 'beTarask' ? 'be-tarask' : name.replace(/^([a-z]+)([A-Z])/, '$1-$2');
  let module: object;
  try {
    module = (await import(`date-fns/locale/${file}`)) as object;
  } catch {
    return undefined;
  }
  const table = module as Readonly<Record<string, DateLocale>>;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** The language of a BCP 47 tag, lower case (`de` of `de-CH`), if it starts with one. */
function languageOf(tag: string): string | undefined {
  return /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(tag)?.[1]?.toLowerCase();
}

/** The languages the library ships (`improvement-plan/locales/*`), each loaded on demand, a file of the executable's own. */
const SHIPPED: Readonly<Record<string, () => Promise<Locale>>> = {
  en: async () => (await import('../locales/en/index.js')).en,
  de: async () => (await import('../locales/de/index.js')).de,
  fr: async () => (await import('../locales/fr/index.js')).fr,
  es: async () => (await import('../locales/es/index.js')).es,
  ar: async () => (await import('../locales/ar/index.js')).ar,
};

/**
 * The language of `--locale <tag>`: a shipped locale for its language (`de`, `fr-CA`: the words,
 * with the tag's own dates and numbers when it names a region date-fns knows), else a date-fns
 * locale for dates and numbers only, the words staying English (`nl`, `pt-BR`).
 */
export async function findLanguage(tag: string): Promise<RenderLocale | DateLocale | undefined> {
  const language = languageOf(tag);
  const load = language !== undefined && Object.hasOwn(SHIPPED, language) ? SHIPPED[language] : undefined;
  if (load === undefined) return findLocale(tag);
  const locale = await load();
  if (tag === language || tag === locale.code) return locale;
  const dates = await findLocale(tag);
  return { ...locale, code: tag, numberLocale: tag, ...(dates === undefined ? {} : { dateLocale: dates }) };
}

/** The command line's own lines by language, each a file of the executable's own, loaded on demand (English is the tool's own). */
const CLI_WORDS: Readonly<Record<string, () => Promise<CliWords>>> = {
  de: async () => (await import('./words/de.js')).CLI_WORDS_DE,
  fr: async () => (await import('./words/fr.js')).CLI_WORDS_FR,
  es: async () => (await import('./words/es.js')).CLI_WORDS_ES,
  ar: async () => (await import('./words/ar.js')).CLI_WORDS_AR,
};

/**
 * The command line's own lines (`validate`'s verdicts and summary, `evaluate`'s text, `wrote`) for
 * `--locale <tag>`: the words of the tag's language when the library ships it (`de`, `de-CH`),
 * else English (`en`, `en-GB`, and a date-fns locale without words: `nl`, `pt-BR`). Only the one
 * language asked for is loaded.
 */
export async function findCliWords(tag: string | undefined): Promise<CliWords> {
  const language = tag === undefined ? undefined : languageOf(tag);
  const load = language !== undefined && Object.hasOwn(CLI_WORDS, language) ? CLI_WORDS[language] : undefined;
  return load === undefined ? CLI_WORDS_EN : load();
}
