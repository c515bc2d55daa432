/**
 * The command line's lines in German ({@link CliWords}), loaded only for `--locale de` (or `de-AT`,
 * `de-CH`, ...). Terms as in the German locale's glossary (docs/localization.md).
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { CliWords } from './en.js';

const w = figureWords('de');

const errors = (n: number): string => w.plural(n, { one: '# Fehler', other: '# Fehler' });
const warnings = (n: number): string => w.plural(n, { one: '# Warnung', other: '# Warnungen' });
const notes = (n: number): string => w.plural(n, { one: '# Hinweis', other: '# Hinweise' });
const issues = (n: number): string => w.plural(n, { one: '# Problem', other: '# Probleme' });

/** The command line's lines in German. */
export const CLI_WORDS_DE: CliWords = {
  validate: {
    valid: (file, warningCount, infos) => `${file}: gültiger Plan, keine Fehler${warningCount + infos > 0 ? ` (${warnings(warningCount)}, ${notes(infos)})` : ''}`,
    invalid: (file, errorCount, warningCount) => `${file}: ${errors(errorCount)}, ${warnings(warningCount)}`,
    doesNotParse: (file, count) => `${file}: nicht als Plan erkannt (${issues(count)})`,
    notParsed: '(nicht als Plan erkannt)',
    fix: (fix) => `Abhilfe: ${fix}`,
    summary: (files, counts, notParsed, unreadable, unmatched) => {
      const problems =
        counts.errors === 0
          ? `keine Fehler${counts.warnings + counts.infos > 0 ? ` (${warnings(counts.warnings)}, ${notes(counts.infos)})` : ''}`
          : `${errors(counts.errors)}, ${warnings(counts.warnings)}, ${notes(counts.infos)}`;
      const parts = [
        notParsed > 0 ? `${w.count(notParsed)} nicht als Plan erkannt` : '',
        unreadable > 0 ? `${w.count(unreadable)} ${w.plural(unreadable, { one: 'kann', other: 'können' })} nicht gelesen werden` : '',
        unmatched > 0 ? w.plural(unmatched, { one: '# Muster trifft auf keine Datei zu', other: '# Muster treffen auf keine Datei zu' }) : '',
      ].filter(Boolean);
      return `${w.plural(files, { one: '# Datei', other: '# Dateien' })}: ${problems}${parts.length > 0 ? `; ${parts.join(', ')}` : ''}`;
    },
    tooManyWarnings: (warningCount, max) => `zu viele Warnungen: ${w.count(warningCount)}, mehr als --max-warnings ${max}`,
  },
  evaluate: {
    heading: (id, term, employee, role) => `${id}: ${term}, ${employee} (${role})`,
    asOf: (asOf, defaulted) => `Ausgewertet zum ${asOf}${defaulted ? ' (heute; für einen anderen Tag --as-of JJJJ-MM-TT angeben)' : ''}.`,
    goals: 'Ziele:',
    goal: (status, title) => `  [${status}] ${title}`,
    goalFigures: (observed, baseline, target, attainment, trend) =>
      `      gemessen ${observed}; Ausgangswert ${baseline}, Zielwert ${target}; Zielerreichung ${attainment}${trend ? `; Entwicklung ${trend.toLowerCase()}` : ''}`,
    noGoals: '  (keine Ziele)',
    triad: (code, message) => `Fähigkeiten, Verhalten, Ergebnisse: ${code}. ${message}`,
    score: (score, progress) => `Punktzahl: ${score}. ${progress}.`,
    commitments: (checkIns, documented, support) => `Feedbackgespräche: ${checkIns}, ${w.count(documented)} dokumentiert. Unterstützung: ${support}.`,
    coverage: (coverage) => `Datenabdeckung: ${coverage}.`,
    recommendation: (outcome, reading) => `Empfehlung: ${outcome} (${reading}). Begründung:`,
    reason: (n, message) => `  ${w.count(n)}. ${message}`,
    issues: (count) => `Hinweise zu den Daten (${w.count(count)}):`,
    issue: (code, at, message) => `  ${code} bei ${at}: ${message}`,
    warnings: (count) => `Warnungen (${w.count(count)}):`,
    none: '-',
  },
  wrote: (file, bytes) => `${file} geschrieben (${w.plural(bytes, { one: '# Byte', other: '# Bytes' })})`,
};
