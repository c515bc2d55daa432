/**
 * The command line's lines in Spanish ({@link CliWords}), loaded only for `--locale es` (or `es-MX`,
 * ...). Terms as in the Spanish locale's glossary (docs/localization.md).
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { CliWords } from './en.js';

const w = figureWords('es');

const errors = (n: number): string => w.plural(n, { one: '# error', other: '# errores' });
const warnings = (n: number): string => w.plural(n, { one: '# advertencia', other: '# advertencias' });
const notes = (n: number): string => w.plural(n, { one: '# nota', other: '# notas' });
const issues = (n: number): string => w.plural(n, { one: '# problema', other: '# problemas' });

/** The command line's lines in Spanish. */
export const CLI_WORDS_ES: CliWords = {
  validate: {
    valid: (file, warningCount, infos) => `${file}: plan válido, sin errores${warningCount + infos > 0 ? ` (${warnings(warningCount)}, ${notes(infos)})` : ''}`,
    invalid: (file, errorCount, warningCount) => `${file}: ${errors(errorCount)}, ${warnings(warningCount)}`,
    doesNotParse: (file, count) => `${file}: no se reconoce como plan (${issues(count)})`,
    notParsed: '(no se reconoce como plan)',
    fix: (fix) => `solución: ${fix}`,
    summary: (files, counts, notParsed, unreadable, unmatched) => {
      const problems =
        counts.errors === 0
          ? `sin errores${counts.warnings + counts.infos > 0 ? ` (${warnings(counts.warnings)}, ${notes(counts.infos)})` : ''}`
          : `${errors(counts.errors)}, ${warnings(counts.warnings)}, ${notes(counts.infos)}`;
      const parts = [
        notParsed > 0 ? w.plural(notParsed, { one: '# no se reconoce como plan', other: '# no se reconocen como plan' }) : '',
        unreadable > 0 ? w.plural(unreadable, { one: '# no se puede leer', other: '# no se pueden leer' }) : '',
        unmatched > 0 ? w.plural(unmatched, { one: '# patrón no coincide con ningún archivo', other: '# patrones no coinciden con ningún archivo' }) : '',
      ].filter(Boolean);
      return `${w.plural(files, { one: '# archivo', other: '# archivos' })}: ${problems}${parts.length > 0 ? `; ${parts.join(', ')}` : ''}`;
    },
    tooManyWarnings: (warningCount, max) => `demasiadas advertencias: ${w.count(warningCount)}, más de las que permite --max-warnings ${max}`,
  },
  evaluate: {
    heading: (id, term, employee, role) => `${id}: ${term}, ${employee} (${role})`,
    asOf: (asOf, defaulted) => `Evaluación a fecha de ${asOf}${defaulted ? ' (hoy; indique --as-of AAAA-MM-DD para otro día)' : ''}.`,
    goals: 'Objetivos:',
    goal: (status, title) => `  [${status}] ${title}`,
    goalFigures: (observed, baseline, target, attainment, trend) =>
      `      valor observado ${observed}; valor de partida ${baseline}, valor objetivo ${target}; grado de consecución ${attainment}${trend ? `; tendencia: ${trend.toLowerCase()}` : ''}`,
    noGoals: '  (sin objetivos)',
    triad: (code, message) => `Habilidades, comportamiento, resultados: ${code}. ${message}`,
    score: (score, progress) => `Puntuación: ${score}. ${progress}.`,
    commitments: (checkIns, documented, support) =>
      `Reuniones de seguimiento: ${checkIns}, ${w.plural(documented, { one: '# documentada', other: '# documentadas' })}. Apoyo: ${support}.`,
    coverage: (coverage) => `Cobertura de datos: ${coverage}.`,
    recommendation: (outcome, reading) => `Recomendación: ${outcome} (${reading}). Motivos:`,
    reason: (n, message) => `  ${w.count(n)}. ${message}`,
    issues: (count) => `Notas sobre los datos (${w.count(count)}):`,
    issue: (code, at, message) => `  ${code} en ${at}: ${message}`,
    warnings: (count) => `Advertencias (${w.count(count)}):`,
    none: '-',
  },
  wrote: (file, bytes) => `${file} escrito (${w.plural(bytes, { one: '# byte', other: '# bytes' })})`,
};
