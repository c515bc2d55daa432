/**
 * The command line's own lines in the chosen language (src/cli/words/): every language has every
 * line of English, of the same kind; the summary's counts take each language's plural forms; lines
 * pinned by hand per language; English (no --locale, --locale en, a locale without words) byte for
 * byte as before; and each language's words are a file loaded only when it is asked for.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/index.js';
import { findCliWords } from '../../../src/cli/language.js';
import { CLI_WORDS_EN } from '../../../src/cli/words/en.js';
import { formatCount } from '../../../src/issues/plural.js';
import { FIXTURES } from '../../support/fixtures.js';
import { weeklyObservations } from '../../support/scenario.js';
import { SUCCESS_RULES } from '../../render/evaluated-plan.js';
import { memoryIo } from '../memory-io.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const LANGUAGES = ['de', 'fr', 'es', 'ar'] as const;

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8')) as Record<string, unknown>;
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const files: Record<string, string> = {
  'plan.json': pretty(fixture),
  /** One warning (no HR partner). */
  'warning.json': pretty({ ...fixture, hrPartner: undefined }),
  /** One error (no support) and one warning. */
  'errors.json': pretty({ ...fixture, hrPartner: undefined, support: [] }),
  /** Not a plan: five required fields missing. */
  'broken.json': '{"schemaVersion": 1}',
  'obs.json': JSON.stringify(weeklyObservations('2026-01-05', 13, SUCCESS_RULES)),
};

async function run(argv: string[]) {
  const world = memoryIo(files);
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr() };
}

const lines = (text: string) => text.split('\n');
/** Every file at once, one missing and a pattern that names none: the summary with all its parts. */
const EVERYTHING = ['validate', 'plan.json', 'warning.json', 'errors.json', 'broken.json', 'missing.json', 'none-*.json', '--max-warnings', '0'];
const EVALUATE = ['evaluate', 'plan.json', '--observations', 'obs.json', '--as-of', '2026-04-06'];

/** Every key of a catalog, at any depth, with the kind of its value. */
function shape(value: unknown, prefix = ''): [string, string][] {
  if (typeof value !== 'object' || value === null) return [[prefix, typeof value]];
  return Object.entries(value).flatMap(([key, inner]) => shape(inner, prefix ? `${prefix}.${key}` : key));
}

describe('CliWords: every language has every line of English', () => {
  it.each(LANGUAGES)('%s: every key of English, of the same kind (a function or a string), and no other', async (language) => {
    const words = await findCliWords(language);
    expect(words).not.toBe(CLI_WORDS_EN);
    expect(shape(words)).toEqual(shape(CLI_WORDS_EN));
    expect(shape(CLI_WORDS_EN).length).toBe(24);
  });

  it.each(LANGUAGES)('%s: every line differs from English', async (language) => {
    const words = await findCliWords(language);
    const samples: [string, string, string][] = [
      ['valid', words.validate.valid('p.json', 1, 2), CLI_WORDS_EN.validate.valid('p.json', 1, 2)],
      ['invalid', words.validate.invalid('p.json', 2, 1), CLI_WORDS_EN.validate.invalid('p.json', 2, 1)],
      ['doesNotParse', words.validate.doesNotParse('p.json', 3), CLI_WORDS_EN.validate.doesNotParse('p.json', 3)],
      ['notParsed', words.validate.notParsed, CLI_WORDS_EN.validate.notParsed],
      ['fix', words.validate.fix('X'), CLI_WORDS_EN.validate.fix('X')],
      ['tooManyWarnings', words.validate.tooManyWarnings(3, 2), CLI_WORDS_EN.validate.tooManyWarnings(3, 2)],
      ['wrote', words.wrote('a.md', 3), CLI_WORDS_EN.wrote('a.md', 3)],
      ['asOf', words.evaluate.asOf('2026-01-05', true), CLI_WORDS_EN.evaluate.asOf('2026-01-05', true)],
      ['goals', words.evaluate.goals, CLI_WORDS_EN.evaluate.goals],
      ['goalFigures', words.evaluate.goalFigures('1', '2', '3', '4', 'Up'), CLI_WORDS_EN.evaluate.goalFigures('1', '2', '3', '4', 'Up')],
      ['noGoals', words.evaluate.noGoals, CLI_WORDS_EN.evaluate.noGoals],
      ['triad', words.evaluate.triad('A', 'B'), CLI_WORDS_EN.evaluate.triad('A', 'B')],
      ['score', words.evaluate.score('A', 'B'), CLI_WORDS_EN.evaluate.score('A', 'B')],
      ['commitments', words.evaluate.commitments('A', 2, 'B'), CLI_WORDS_EN.evaluate.commitments('A', 2, 'B')],
      ['coverage', words.evaluate.coverage('A'), CLI_WORDS_EN.evaluate.coverage('A')],
      ['recommendation', words.evaluate.recommendation('A', 'B'), CLI_WORDS_EN.evaluate.recommendation('A', 'B')],
      ['issues', words.evaluate.issues(2), CLI_WORDS_EN.evaluate.issues(2)],
      ['issue', words.evaluate.issue('code', 'goals[0]', 'M'), CLI_WORDS_EN.evaluate.issue('code', 'goals[0]', 'M')],
      ['warnings', words.evaluate.warnings(2), CLI_WORDS_EN.evaluate.warnings(2)],
    ];
    for (const [key, translated, english] of samples) expect(translated, key).not.toBe(english);
  });
});

/** English words of the summary line; `error` is Spanish too ("1 error"). */
const ENGLISH_WORDS = /\b(files?|errors?|warnings?|notes?|patterns?|names?|parse|cannot|be read|does|do)\b/i;
const SHARED: Readonly<Record<string, RegExp>> = { es: /\berror\b/g };

describe('the summary line counts in each language (Intl.PluralRules)', () => {
  const COUNTS = [0, 1, 2, 3, 11, 100];
  it.each(LANGUAGES)('%s: at 0, 1, 2, 3, 11 and 100, no English word left and the number shown', async (language) => {
    const words = await findCliWords(language);
    for (const n of COUNTS) {
      for (const counts of [{ errors: n, warnings: n, infos: n }, { errors: 0, warnings: n, infos: n }]) {
        const line = words.validate.summary(n, counts, n, n, n);
        expect(line.replace(SHARED[language] ?? /(?!)/g, ''), `${language} ${n}: ${line}`).not.toMatch(ENGLISH_WORDS);
        // the count in the language's digits; Arabic names one and two in words (واحد, the dual)
        if (language === 'ar' && (n === 1 || n === 2)) expect(line).toMatch(n === 1 ? /^ملف واحد: / : /^ملفان: /);
        else expect(line.startsWith(`${formatCount(language, n)} `), `${language} ${n}: ${line}`).toBe(true);
        for (const other of [words.validate.valid('p.json', n, n), words.validate.invalid('p.json', n + 1, n), words.wrote('a.md', n)]) {
          expect(other.replace(SHARED[language] ?? /(?!)/g, ''), other).not.toMatch(ENGLISH_WORDS);
        }
      }
    }
    // one and other read differently
    const forms = (n: number) => words.validate.summary(n, { errors: n, warnings: n, infos: n }, n, n, n).replaceAll(formatCount(language, n), '#');
    expect(forms(1)).not.toBe(forms(100));
  });

  it('Arabic: the six categories of a counted noun (zero, one, two, few, many, other)', async () => {
    const ar = await findCliWords('ar');
    const files = COUNTS.map((n) => ar.validate.summary(n, { errors: 0, warnings: 0, infos: 0 }, 0, 0, 0));
    expect(files).toEqual(['0 ملف: لا أخطاء', 'ملف واحد: لا أخطاء', 'ملفان: لا أخطاء', '3 ملفات: لا أخطاء', '11 ملفًا: لا أخطاء', '100 ملف: لا أخطاء']);
    const errors = COUNTS.map((n) => ar.validate.invalid('p.json', n, 0));
    expect(errors).toEqual([
      'p.json: 0 خطأ، 0 تحذير',
      'p.json: خطأ واحد، 0 تحذير',
      'p.json: خطآن، 0 تحذير',
      'p.json: 3 أخطاء، 0 تحذير',
      'p.json: 11 خطأً، 0 تحذير',
      'p.json: 100 خطأ، 0 تحذير',
    ]);
    expect(ar.validate.valid('p.json', 2, 11)).toBe('p.json: خطة صالحة، لا أخطاء (تحذيران، 11 ملاحظة)');
    expect(ar.validate.summary(4, { errors: 0, warnings: 0, infos: 0 }, 2, 3, 2)).toBe(
      '4 ملفات: لا أخطاء؛ تعذّر التعرف على ملفين كخطة، تعذّرت قراءة 3 ملفات، نمطان لا يطابقان أي ملف',
    );
  });

  it('French puts 0 and 1 in `one`', async () => {
    const fr = await findCliWords('fr');
    expect(fr.validate.invalid('p.json', 0, 1)).toBe('p.json\u00a0: 0 erreur, 1 avertissement');
    expect(fr.validate.invalid('p.json', 2, 3)).toBe('p.json\u00a0: 2 erreurs, 3 avertissements');
  });
});

describe('pinned by hand: the lines a person reads, per language', () => {
  it('German', async () => {
    expect((await run(['validate', 'plan.json', '--locale', 'de'])).stdout).toBe('plan.json: gültiger Plan, keine Fehler\n');
    expect(lines((await run(['validate', 'warning.json', '--locale', 'de'])).stdout)).toContain('warning.json: gültiger Plan, keine Fehler (1 Warnung, 0 Hinweise)');
    const all = await run([...EVERYTHING, '--locale', 'de']);
    expect(all.code).toBe(2);
    expect(lines(all.stdout)).toContain('broken.json (nicht als Plan erkannt)');
    expect(lines(all.stdout)).toContain(
      '5 Dateien: 6 Fehler, 2 Warnungen, 0 Hinweise; 1 nicht als Plan erkannt, 1 kann nicht gelesen werden, 1 Muster trifft auf keine Datei zu',
    );
    expect(lines(all.stdout)).toContain('zu viele Warnungen: 2, mehr als --max-warnings 0');
    expect(all.stdout).toContain('                Abhilfe: Benennen Sie die HR-Ansprechperson, die den Plan prüft.');
    const evaluated = lines((await run([...EVALUATE, '--locale', 'de'])).stdout);
    expect(evaluated).toContain('Ziele:');
    expect(evaluated).toContain('Empfehlung: Zu wenige Belege für eine Entscheidung (läuft nicht). Begründung:');
    expect(evaluated).toContain('Feedbackgespräche: 0 von 0 fälligen geführt, 0 dokumentiert. Unterstützung: 0 von 0 fälligen durchgeführt.');
  });

  it('French', async () => {
    expect((await run(['validate', 'plan.json', '--locale', 'fr'])).stdout).toBe('plan.json\u00a0: plan valide, aucune erreur\n');
    expect(lines((await run(['validate', 'errors.json', '--locale', 'fr'])).stdout)).toContain('errors.json\u00a0: 1 erreur, 1 avertissement');
    expect(lines((await run([...EVERYTHING, '--locale', 'fr'])).stdout)).toContain(
      '5 fichiers\u00a0: 6 erreurs, 2 avertissements, 0 remarque\u00a0; 1 non reconnu comme plan, 1 ne peut pas être lu, 1 motif ne correspond à aucun fichier',
    );
    const evaluated = lines((await run([...EVALUATE, '--locale', 'fr'])).stdout);
    expect(evaluated).toContain('Recommandation\u00a0: Éléments insuffisants pour décider (plan non actif). Motifs\u00a0:');
  });

  it('Spanish', async () => {
    expect((await run(['validate', 'plan.json', '--locale', 'es'])).stdout).toBe('plan.json: plan válido, sin errores\n');
    expect(lines((await run(['validate', 'broken.json', '--locale', 'es'])).stdout)).toContain('broken.json: no se reconoce como plan (5 problemas)');
    expect(lines((await run([...EVERYTHING, '--locale', 'es'])).stdout)).toContain(
      '5 archivos: 6 errores, 2 advertencias, 0 notas; 1 no se reconoce como plan, 1 no se puede leer, 1 patrón no coincide con ningún archivo',
    );
    const evaluated = lines((await run([...EVALUATE, '--locale', 'es'])).stdout);
    expect(evaluated).toContain('Recomendación: Evidencias insuficientes para decidir (plan no en vigor). Motivos:');
  });

  it('Arabic (file names, codes and option names as they are)', async () => {
    expect((await run(['validate', 'plan.json', '--locale', 'ar'])).stdout).toBe('plan.json: خطة صالحة، لا أخطاء\n');
    expect(lines((await run(['validate', 'errors.json', '--locale', 'ar'])).stdout)).toContain('errors.json: خطأ واحد، تحذير واحد');
    const all = lines((await run([...EVERYTHING, '--locale', 'ar'])).stdout);
    expect(all).toContain('5 ملفات: 6 أخطاء، تحذيران، 0 ملاحظة؛ تعذّر التعرف على ملف واحد كخطة، تعذّرت قراءة ملف واحد، نمط واحد لا يطابق أي ملف');
    expect(all).toContain('عدد التحذيرات أكبر من المسموح: 2، أي أكثر من --max-warnings 0');
    const evaluated = lines((await run([...EVALUATE, '--locale', 'ar'])).stdout);
    expect(evaluated).toContain('التوصية: الأدلة غير كافية للبت (غير سارية). الأسباب:');
  });

  it('render --out: "wrote" in the language, the bytes counted in its plural', async () => {
    const wrote = async (locale: string) => (await run(['render', 'plan.json', '--out', 'plan.md', '--as-of', '2026-01-20', '--locale', locale])).stderr;
    expect(await wrote('de')).toMatch(/^plan\.md geschrieben \(\d{1,2}\.\d{3} Bytes\)\n$/);
    expect(await wrote('fr')).toMatch(/^plan\.md écrit \(\d{1,2}\u202f\d{3} octets\)\n$/);
    expect(await wrote('es')).toMatch(/^plan\.md escrito \(\d{1,2}\.\d{3} bytes\)\n$/);
    expect(await wrote('ar')).toMatch(/^كُتب plan\.md \(\d{1,2},\d{3} (بايتًا|بايت)\)\n$/);
    expect(await wrote('en')).toMatch(/^wrote plan\.md \(\d+ bytes\)\n$/);
  });
});

describe('evaluate --locale', () => {
  it('the JSON sentences (reasons, status notes, the triad) in the language; codes and figures as in English', async () => {
    const english = JSON.parse((await run([...EVALUATE, '--json'])).stdout);
    const german = JSON.parse((await run([...EVALUATE, '--json', '--locale', 'de'])).stdout);
    expect(german.summary.recommendation.outcome).toBe(english.summary.recommendation.outcome);
    expect(german.summary.recommendation.reasons.map((r: { code: string }) => r.code)).toEqual(english.summary.recommendation.reasons.map((r: { code: string }) => r.code));
    expect(german.summary.score).toEqual(english.summary.score);
    expect(german.summary.recommendation.reasons[0].message).toMatch(/^Der Plan läuft nicht: /);
    expect(german.summary.triad.message).not.toBe(english.summary.triad.message);
  });

  it('a region gives its language (de-CH: German words), a date-fns locale without words keeps English (nl); an unknown tag is a usage error (exit 2)', async () => {
    expect(lines((await run([...EVALUATE, '--locale', 'de-CH'])).stdout)).toContain('Ziele:');
    expect(lines((await run(['validate', 'warning.json', '--locale', 'de-CH'])).stdout)).toContain('warning.json: gültiger Plan, keine Fehler (1 Warnung, 0 Hinweise)');
    const dutch = await run([...EVALUATE, '--locale', 'nl']);
    expect(lines(dutch.stdout)).toContain('Goals:');
    expect(lines(dutch.stdout)).toContain('Recommendation: Not enough evidence to decide (not running). Why:');
    const unknown = await run([...EVALUATE, '--locale', 'xx-YY']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('improvement-plan: --locale "xx-YY" is neither a language the library ships (en, de, fr, es, ar) nor a date-fns locale (try en-GB, nl, pt-BR)\n');
    // usage errors and help stay English
    expect((await run(['evaluate', 'plan.json', '--as-of', 'tomorrow', '--locale', 'de'])).stderr).toContain('--as-of must be a calendar date');
    expect((await run(['evaluate', '--help'])).stdout).toMatch(/--locale <tag>\s+the language of the text and of the sentences/);
  });
});

describe('English as before, byte for byte', () => {
  const runs = [
    ['validate', 'plan.json'],
    ['validate', 'warning.json'],
    ['validate', 'errors.json'],
    ['validate', 'broken.json'],
    EVERYTHING,
    EVALUATE,
    [...EVALUATE, '--json'],
    ['evaluate', 'plan.json', '--observations', 'obs.json'],
    ['render', 'plan.json', '--out', 'plan.md', '--as-of', '2026-01-20'],
  ];
  it.each(runs.map((argv) => [argv.join(' '), argv] as const))('%s: --locale en and a locale without words (nl, for the lines) print what no --locale prints', async (_name, argv) => {
    const plain = await run([...argv]);
    expect(await run([...argv, '--locale', 'en'])).toEqual(plain);
    if (argv[0] === 'validate') expect(await run([...argv, '--locale', 'nl'])).toEqual(plain);
  });

  it('findCliWords: English for no tag, en, en-GB and a date-fns locale without words', async () => {
    for (const tag of [undefined, 'en', 'en-GB', 'nl', 'pt-BR']) expect(await findCliWords(tag)).toBe(CLI_WORDS_EN);
    for (const tag of ['de-CH', 'DE', 'fr_CA', 'ar-EG']) expect(await findCliWords(tag)).not.toBe(CLI_WORDS_EN);
  });
});

/** Every source file reachable from `entries` by static imports (type-only imports skipped). */
function staticFiles(entries: readonly string[]): string[] {
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (match[1] === undefined && match[2]!.startsWith('.')) visit(resolve(dirname(file), match[2]!.replace(/\.js$/, '.ts')));
    }
  };
  for (const entry of entries) visit(join(root, entry));
  return [...files].map((file) => relative(root, file));
}

describe('a language is loaded only when asked for', () => {
  it('the start-up, the validate, render and evaluate runs and the languages module import no language of src/cli/words/ statically', () => {
    const loaded = staticFiles(['src/cli/bin.ts', 'src/cli/validate/run.ts', 'src/cli/commands/render-run.ts', 'src/cli/commands/evaluate-run.ts', 'src/cli/language.ts', 'src/cli/evaluation-text.ts']);
    expect(loaded).toContain('src/cli/words/en.ts');
    expect(loaded.filter((file) => /^src\/cli\/words\/(?!en\.ts$)/.test(file))).toEqual([]);
  });
});
