/**
 * L'évaluation de l'opportunité d'un plan, en français : pourquoi il est (ou n'est pas encore)
 * temps d'ouvrir un plan.
 *
 * @module
 */
import type { Catalog } from '../../issues/issue.js';
import { figureWords } from '../../issues/figures.js';
import type { ReadinessAbout, ReadinessFactsByCode, ReadinessPeriodFacts } from '../../readiness/messages.js';

const w = figureWords('fr');
/** La personne, en début de phrase (sans nom : le salarié). */
const who = (f: ReadinessAbout): string => f.rep ?? 'Le salarié';
/** La même personne, dans la phrase. */
const them = (f: ReadinessAbout): string => f.rep ?? 'le salarié';
/** « 2026-04 : 80 pour un niveau attendu de 100 ; … ». */
const figures = (periods: readonly ReadinessPeriodFacts[], f: ReadinessAbout): string =>
  periods.map((p) => `${p.key}\u00a0: ${w.value(p.current, f.unit)} pour ${w.value(p.standard, f.unit)} attendus`).join('\u00a0; ');
const SEVERITY = { none: 'aucun écart', minor: 'un écart faible', moderate: 'un écart modéré', severe: 'un écart important' } as const;
const conversations = (n: number): string =>
  w.plural(n, { one: '# entretien informel de coaching documenté', other: '# entretiens informels de coaching documentés' });
const coached = (f: ReadinessFactsByCode['coaching_documented']): string => (f.dates.length > 0 ? w.list(f.dates) : `depuis le ${f.since}`);

/** Les motifs de l'évaluation de l'opportunité d'un plan, en français. */
export const READINESS_MESSAGES_FR: Catalog<ReadinessFactsByCode> = {
  sustained_pattern: (f) =>
    `${who(f)} est en dessous du niveau attendu sur ${f.metric} depuis ${w.plural(f.count, { one: '# période', other: '# périodes consécutives' })} jusqu'à aujourd'hui (${figures(f.periods, f)})\u00a0: une tendance durable, étayée par les données.`,
  pattern_not_sustained: (f) =>
    `${who(f)} n'est en dessous du niveau attendu sur ${f.metric} que sur ${f.count === 1 ? 'la dernière période' : `les ${w.count(f.count)} dernières périodes`} (${figures(f.periods, f)})\u00a0; il faut ${w.count(f.needed)} périodes consécutives pour parler de tendance, pas une seule mauvaise période.`,
  no_current_gap: (f) =>
    `${who(f)} n'est pas en dessous du niveau attendu sur ${f.metric} lors de la dernière période renseignée (${figures([f.period], f)}, ${SEVERITY[f.severity]})\u00a0; il n'y a pas d'écart actuel justifiant un plan.`,
  pattern_interrupted: (f) =>
    `${who(f)} a été en dessous du niveau attendu sur ${f.metric} pendant ${w.plural(f.count, { one: '# période', other: '# périodes consécutives' })} (${figures(f.periods, f)}), mais pas lors de la dernière période\u00a0; poursuivez le coaching et vérifiez que le redressement se confirme.`,
  insufficient_data: (f) =>
    `Aucune période ne comporte à la fois une valeur et un niveau attendu pour ${them(f)} sur ${f.metric} (jusqu'au ${f.asOf}${f.afterRampUp ? ", après la période d'intégration" : ''})\u00a0; un plan a besoin de données.`,
  coaching_documented: (f) => `${conversations(f.count)} sur la période examinée (${coached(f)}), soit au moins les ${w.count(f.needed)} requis.`,
  coaching_insufficient: (f) =>
    `Seulement ${conversations(f.count)} sur la période examinée (${coached(f)})\u00a0; il en faut ${w.count(f.needed)} avant un plan formel.`,
  past_ramp_up: (f) => `${who(f)} a pris ses fonctions le ${f.date} et a terminé sa période d'intégration le ${f.rampUpEnds}.`,
  still_ramping: (f) =>
    `${who(f)} a pris ses fonctions le ${f.date} et est en période d'intégration jusqu'au ${f.rampUpEnds}\u00a0; accompagnez l'intégration plutôt que d'ouvrir un plan.`,
  role_start_unknown: (f) => `La date de prise de fonctions de ${them(f)} n'est pas renseignée\u00a0: on ne peut donc pas exclure une période d'intégration.`,
  no_system_factor: (f) =>
    `Aucun facteur systémique enregistré touchant ${f.metric} ne recoupe la tendance${
      f.factorIds.length > 0
        ? ` (les facteurs ${w.list(f.factorIds)} n'en expliquent qu'une partie\u00a0; ${w.plural(f.unexplained, { one: '# période récente est', other: '# périodes récentes sont' })} en dessous du niveau attendu sans facteur)`
        : ''
    }.`,
  system_factor_explains_gap: (f) =>
    `Des facteurs systémiques enregistrés (${f.factors.map((factor) => `${factor.id}\u00a0: ${factor.description}`).join('\u00a0; ')}) recoupent les périodes où ${them(f)} était en dessous du niveau attendu sur ${f.metric}\u00a0: l'écart peut venir du système, non de la personne. Traitez-les d'abord.`,
};
