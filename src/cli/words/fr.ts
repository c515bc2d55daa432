/**
 * The command line's lines in French ({@link CliWords}), loaded only for `--locale fr` (or `fr-CA`,
 * ...). Terms as in the French locale's glossary (docs/localization.md); a no-break space before
 * the colon, as the French catalogs write it.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { CliWords } from './en.js';

const w = figureWords('fr');

// French puts 0 and 1 in `one`: « 0 erreur », « 1 erreur », « 2 erreurs ».
const errors = (n: number): string => w.plural(n, { one: '# erreur', other: '# erreurs' });
const warnings = (n: number): string => w.plural(n, { one: '# avertissement', other: '# avertissements' });
const notes = (n: number): string => w.plural(n, { one: '# remarque', other: '# remarques' });
const issues = (n: number): string => w.plural(n, { one: '# problème', other: '# problèmes' });

/** The command line's lines in French. */
export const CLI_WORDS_FR: CliWords = {
  validate: {
    valid: (file, warningCount, infos) => `${file}\u00a0: plan valide, aucune erreur${warningCount + infos > 0 ? ` (${warnings(warningCount)}, ${notes(infos)})` : ''}`,
    invalid: (file, errorCount, warningCount) => `${file}\u00a0: ${errors(errorCount)}, ${warnings(warningCount)}`,
    doesNotParse: (file, count) => `${file}\u00a0: non reconnu comme plan (${issues(count)})`,
    notParsed: '(non reconnu comme plan)',
    fix: (fix) => `correction\u00a0: ${fix}`,
    summary: (files, counts, notParsed, unreadable, unmatched) => {
      const problems =
        counts.errors === 0
          ? `aucune erreur${counts.warnings + counts.infos > 0 ? ` (${warnings(counts.warnings)}, ${notes(counts.infos)})` : ''}`
          : `${errors(counts.errors)}, ${warnings(counts.warnings)}, ${notes(counts.infos)}`;
      const parts = [
        notParsed > 0 ? w.plural(notParsed, { one: '# non reconnu comme plan', other: '# non reconnus comme plan' }) : '',
        unreadable > 0 ? w.plural(unreadable, { one: '# ne peut pas être lu', other: '# ne peuvent pas être lus' }) : '',
        unmatched > 0 ? w.plural(unmatched, { one: '# motif ne correspond à aucun fichier', other: '# motifs ne correspondent à aucun fichier' }) : '',
      ].filter(Boolean);
      return `${w.plural(files, { one: '# fichier', other: '# fichiers' })}\u00a0: ${problems}${parts.length > 0 ? `\u00a0; ${parts.join(', ')}` : ''}`;
    },
    tooManyWarnings: (warningCount, max) => `trop d'avertissements\u00a0: ${w.count(warningCount)}, plus que --max-warnings ${max}`,
  },
  evaluate: {
    heading: (id, term, employee, role) => `${id}\u00a0: ${term}, ${employee} (${role})`,
    asOf: (asOf, defaulted) => `Évaluation au ${asOf}${defaulted ? " (aujourd'hui\u00a0; indiquez --as-of AAAA-MM-JJ pour un autre jour)" : ''}.`,
    goals: 'Objectifs\u00a0:',
    goal: (status, title) => `  [${status}] ${title}`,
    goalFigures: (observed, baseline, target, attainment, trend) =>
      `      constaté ${observed}\u00a0; niveau initial ${baseline}, cible ${target}\u00a0; taux d'atteinte ${attainment}${trend ? `\u00a0; tendance ${trend.toLowerCase()}` : ''}`,
    noGoals: '  (aucun objectif)',
    triad: (code, message) => `Compétences, comportements, résultats\u00a0: ${code}. ${message}`,
    score: (score, progress) => `Score\u00a0: ${score}. ${progress}.`,
    commitments: (checkIns, documented, support) =>
      `Points de suivi\u00a0: ${checkIns}, ${w.plural(documented, { one: '# documenté', other: '# documentés' })}. Accompagnement\u00a0: ${support}.`,
    coverage: (coverage) => `Couverture des données\u00a0: ${coverage}.`,
    recommendation: (outcome, reading) => `Recommandation\u00a0: ${outcome} (${reading}). Motifs\u00a0:`,
    reason: (n, message) => `  ${w.count(n)}. ${message}`,
    issues: (count) => `Remarques sur les données (${w.count(count)})\u00a0:`,
    issue: (code, at, message) => `  ${code} à ${at}\u00a0: ${message}`,
    warnings: (count) => `Avertissements (${w.count(count)})\u00a0:`,
    none: '-',
  },
  wrote: (file, bytes) => `${file} écrit (${w.plural(bytes, { one: '# octet', other: '# octets' })})`,
};
