/**
 * La vérification SMART en français : chaque constat et ce qu'il faut modifier, motif par motif.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { SmartAbout, SmartBound, SmartCatalogs, SmartFactsByCode, SmartSpan } from '../../goals/messages.js';

const w = figureWords('fr');

const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;
const goal = (f: SmartAbout): string => `${quoted(f.title)} (${f.goalId})`;
const fig = (f: SmartAbout, value: number): string => (f.unit === undefined ? w.plain(value) : w.value(value, f.unit));
const span = (s: SmartSpan): string => `du ${s.start} au ${s.end}`;
const days = (n: number): string => w.plural(n, { one: '# jour', other: '# jours' });
/** Une variation dans l'unité de l'indicateur : les taux en points de pourcentage. */
const difference = (f: SmartAbout, change: number): string => {
  if (f.unit?.unit !== 'ratio') return fig(f, change);
  const points = change * 100;
  return `${w.plain(points)} ${w.plural(points, { one: 'point de pourcentage', other: 'points de pourcentage' })}`;
};
const changeOf = (f: SmartAbout & { readonly change: number; readonly relative?: number }): string =>
  f.relative === undefined ? difference(f, f.change) : `${difference(f, f.change)} (+${w.percent(f.relative)} du niveau initial)`;
function asked(f: SmartAbout & SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return w.plural(f.levels, { one: "# niveau de la grille d'évaluation", other: "# niveaux de la grille d'évaluation" });
    case 'own_best':
      return `${changeOf(f)}, soit ${w.percent(f.beyond)} au-delà du meilleur niveau récent du salarié (${fig(f, f.best)})`;
    case 'headroom':
      return `${changeOf(f)}, ce qui comblerait ${w.percent(f.headroom)} de la marge de progression jusqu'à ${w.percent(f.toward)}`;
    case 'relative':
      return changeOf(f);
  }
}
function bound(f: SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return w.plural(f.limit, { one: '# niveau', other: '# niveaux' });
    case 'own_best':
      return `${w.percent(f.limit)} au-delà du meilleur niveau du salarié`;
    case 'headroom':
      return `${w.percent(f.limit)} de la marge de progression`;
    case 'relative':
      return w.percent(f.limit);
  }
}
/** Pourquoi une valeur négative n'a pas de sens, selon la nature de l'unité. */
const NEGATIVE: Readonly<Record<string, string>> = {
  count: 'un nombre ne peut pas être négatif',
  currency: 'un montant ne peut pas être négatif',
  duration: 'une durée ne peut pas être négative',
  score: 'un score ne peut pas être négatif',
};
const negative = (kind: string): string => NEGATIVE[kind] ?? 'la valeur ne peut pas être négative';
const NOTHING = 'Aucune action requise.';

const SENTENCES: FindingSentencesByCode<SmartFactsByCode> = {
  metric_unknown: (f) => ({
    message: `L'objectif ${goal(f)} mesure l'indicateur ${quoted(f.metricId)}, que le plan ne définit pas.`,
    fix: "Définissez l'indicateur (unité, sens d'amélioration, mode d'agrégation, source de données) ou rattachez l'objectif à un indicateur existant.",
  }),
  vague_wording: (f) => ({
    message: `L'objectif ${goal(f)} est formulé de manière vague (${f.phrases.map(quoted).join(', ')}${f.quantified ? '' : ', sans aucun chiffre'})\u00a0: le salarié ne peut pas savoir précisément ce qui doit changer.`,
    fix: 'Précisez le comportement ou le résultat attendu et le chiffre à atteindre, par exemple «\u00a0Faire passer le taux de conversion des leads en démonstrations de 20\u00a0% à 23\u00a0% en 60\u00a0jours\u00a0».',
  }),
  title_without_target: (f) => ({
    message: `L'objectif ${goal(f)} n'indique pas sa cible (${fig(f, f.target)}) dans son intitulé.`,
    fix: "Inscrivez la cible chiffrée et la période dans l'intitulé de l'objectif, afin que le salarié sache exactement ce qui est attendu de lui.",
  }),
  target_against_direction: (f) => ({
    message: `L'objectif ${goal(f)} fixe une cible de ${fig(f, f.target)}, moins bonne que son niveau initial de ${fig(f, f.baseline)} pour ${f.metric} (${f.direction === 'lower_is_better' ? 'une valeur plus basse est meilleure' : 'une valeur plus élevée est meilleure'}).`,
    fix: "Fixez une cible qui améliore le niveau initial dans le sens de l'indicateur (ou qui lui est égale s'il s'agit de maintenir un niveau).",
  }),
  specific_target: (f) => ({ message: `L'objectif ${goal(f)} nomme son indicateur (${f.metric}) et une cible concrète de ${fig(f, f.target)}.`, fix: NOTHING }),
  metric_source_missing: (f) => ({
    message: `L'objectif ${goal(f)} est mesuré par l'indicateur ${f.metric}, qui n'a pas de source de données.`,
    fix: "Indiquez dans le champ `source` de l'indicateur d'où proviennent les chiffres (rapport CRM, système de téléphonie, analyses d'appels, évaluation).",
  }),
  target_outside_unit: (f) => ({
    message: `L'objectif ${goal(f)}\u00a0: ${f.field === 'target' ? 'la cible' : 'le niveau initial'} ${w.plain(f.value, 6)} n'est pas une valeur possible de ${f.metric} (${f.problem === 'ratio_range' ? 'un taux est une fraction comprise entre 0 et 1' : negative(f.unitKind)}).`,
    fix: "Exprimez les chiffres dans l'unité de l'indicateur\u00a0: les taux en fractions (0,15 pour 15\u00a0%), les montants en unités monétaires mineures entières, les nombres et les durées sans valeur négative.",
  }),
  skill_target_not_rubric: (f) => ({
    message: `L'objectif ${goal(f)} est un objectif de compétences, mais ${f.levels === undefined ? `son indicateur ${f.metric} n'a pas de grille d'évaluation` : `sa cible ${w.plain(f.target)} n'est pas un niveau de la grille d'évaluation (${f.levels.map((level) => w.plain(level)).join('\u00a0; ')})`}.`,
    fix: "Dotez l'indicateur de compétences d'une grille d'évaluation (des niveaux qui décrivent la compétence) et fixez la cible sur l'un de ses niveaux.",
  }),
  measurable_target: (f) => ({ message: `L'objectif ${goal(f)} a une cible de ${fig(f, f.target)} dans l'unité de l'indicateur ${f.metric}, mesurée à partir de la source ${f.source}.`, fix: NOTHING }),
  window_shorter_than_sales_cycle: (f) => ({
    message: `L'objectif ${goal(f)} est un objectif de résultat dont la période de mesure (${days(f.days)}) est plus courte que le cycle de vente du poste (${days(f.cycle)})\u00a0: les affaires engagées pendant le plan ne peuvent pas être conclues dans ce délai.`,
    fix: "Donnez à l'objectif de résultat une période de mesure au moins aussi longue que le cycle de vente, ou mesurez plutôt un indicateur avancé (rendez-vous, opportunités qualifiées).",
  }),
  sales_cycle_unknown: (f) => ({
    message: `L'objectif ${goal(f)} est un objectif de résultat, mais le plan n'indique pas le cycle de vente du poste\u00a0; sa période de mesure de ${days(f.days)} ne peut donc pas être appréciée.`,
    fix: 'Renseignez le cycle de vente habituel du poste dans `salesCycleDays`.',
  }),
  improvement_impossible: (f) => ({
    message: `L'objectif ${goal(f)} exige, par rapport à son niveau initial, une progression de ${asked(f)}, au-delà de toute amélioration réaliste (la limite est de ${bound(f)}).`,
    fix: "Fixez une cible que le salarié peut atteindre pendant la période de mesure, en réduisant l'écart par étapes grâce à des jalons.",
  }),
  improvement_unrealistic: (f) => ({
    message: `L'objectif ${goal(f)} exige, par rapport à son niveau initial, une progression de ${asked(f)}, soit davantage que la limite réaliste de ${bound(f)}.`,
    fix: "Confrontez la cible aux résultats passés du salarié et à ceux de l'équipe\u00a0; abaissez-la ou allongez la période de mesure si elle est hors de portée.",
  }),
  beyond_own_best: (f) => ({
    message: `L'objectif ${goal(f)} fixe une cible de ${fig(f, f.target)}, ${f.beyond === undefined ? 'supérieure au' : `${w.percent(f.beyond)} au-delà du`} meilleur niveau atteint récemment par le salarié (${fig(f, f.best)}).`,
    fix: 'Visez un niveau proche du meilleur niveau déjà atteint par le salarié, ou expliquez dans le plan pourquoi davantage est désormais réaliste.',
  }),
  target_beyond_standard: (f) => ({
    message: `L'objectif ${goal(f)} fixe une cible de ${fig(f, f.target)}, au-delà du niveau attendu de ${fig(f, f.standard)} qu'il doit permettre d'atteindre pour combler l'écart (écart ${f.gapId}).`,
    fix: "Un plan demande au salarié d'atteindre le niveau attendu, non de le dépasser\u00a0: fixez la cible au niveau attendu de l'écart ou à un niveau proche.",
  }),
  rubric_climb_too_steep: (f) => ({
    message: `L'objectif ${goal(f)} demande de progresser de ${w.plural(f.levels, { one: "# niveau de la grille d'évaluation", other: "# niveaux de la grille d'évaluation" })} en un seul plan (la limite réaliste est de ${w.plural(f.limit, { one: '# niveau', other: '# niveaux' })}).`,
    fix: 'Visez le niveau suivant, ou les deux suivants, et fixez un jalon ultérieur pour la suite.',
  }),
  within_sales_cycle: (f) => ({ message: `L'objectif ${goal(f)}\u00a0: la période de mesure de ${days(f.days)} couvre le cycle de vente du poste (${days(f.cycle)}).`, fix: NOTHING }),
  within_realistic_bound: (f) => ({ message: `L'objectif ${goal(f)} exige, par rapport à son niveau initial, une progression de ${asked(f)}, dans la limite réaliste de ${bound(f)}.`, fix: NOTHING }),
  reached_before: (f) => ({ message: `L'objectif ${goal(f)} fixe une cible de ${fig(f, f.target)}, un niveau que le salarié a déjà atteint récemment (meilleur niveau\u00a0: ${fig(f, f.best)}).`, fix: NOTHING }),
  improvement_not_judged: (f) => ({
    message: `L'objectif ${goal(f)}\u00a0: ${f.change === undefined ? "la cible n'exige aucune variation par rapport au niveau initial, il n'y a donc rien à limiter" : `une variation à partir d'un niveau initial nul (${difference(f, f.change)}) n'a pas de valeur relative`}.`,
    fix: "Aucune action requise\u00a0; fournissez l'historique des résultats du salarié pour apprécier la cible au regard de celui-ci.",
  }),
  goal_without_gap: (f) => ({
    message: `L'objectif ${goal(f)} ne répond à aucun écart identifié.`,
    fix: "Rattachez l'objectif à l'écart (étayé par des données) qu'il doit combler, ou supprimez-le\u00a0: chaque objectif doit découler d'un écart mesuré.",
  }),
  gap_unknown: (f) => ({
    message: `L'objectif ${goal(f)} renvoie à l'écart ${quoted(f.gapId)}, que le plan ne définit pas.`,
    fix: "Définissez l'écart avec ses chiffres, ou supprimez la référence.",
  }),
  gap_metric_unrelated: (f) => ({
    message: `L'objectif ${goal(f)} mesure ${f.metric}, mais son écart ${quoted(f.gapId)} porte sur ${f.gapMetric}, dont cet indicateur n'est pas déclaré comme levier.`,
    fix: "Mesurez l'indicateur de l'écart, ou déclarez dans le champ `drives` de l'indicateur qu'il est un indicateur avancé de celui de l'écart.",
  }),
  linked_to_gap: (f) => ({
    message: `L'objectif ${goal(f)} comble ${w.list(f.closes.map((c) => (c.through === undefined ? `l'écart ${c.gapId}` : `l'écart ${c.gapId} par l'intermédiaire de l'indicateur sur lequel il agit (${c.through})`)))}.`,
    fix: NOTHING,
  }),
  goal_without_window: (f) => ({
    message: `L'objectif ${goal(f)} n'a ni période de mesure ni échéance.`,
    fix: "Donnez à l'objectif une période de mesure (début et fin) ou une échéance comprise dans le plan.",
  }),
  goal_window_outside_plan: (f) => ({
    message: `L'objectif ${goal(f)}\u00a0: ${f.field === 'window' ? 'la période de mesure' : "l'échéance"} (${span(f.window)}) n'est pas comprise dans les dates du plan (${span(f.plan)}).`,
    fix: "Placez la période de mesure ou l'échéance entre les dates de début et de fin du plan.",
  }),
  milestone_outside_window: (f) => ({
    message: `L'objectif ${goal(f)} comporte un jalon le ${f.date}, en dehors de sa période de mesure (${span(f.window)}).`,
    fix: "Datez les jalons à l'intérieur de la période de mesure de l'objectif.",
  }),
  milestone_not_monotone: (f) => ({
    message: `L'objectif ${goal(f)}\u00a0: le jalon du ${f.date} vise ${fig(f, f.target)}, ce qui ne rapproche pas de la cible par rapport à ${fig(f, f.previous)}.`,
    fix: 'Ordonnez les cibles des jalons du niveau initial vers la cible, chacune allant un pas plus loin que la précédente.',
  }),
  window_inside_plan: (f) => ({ message: `L'objectif ${goal(f)} se déroule ${span(f.window)}, dans les dates du plan.`, fix: NOTHING }),
};


/** Les constats et corrections de la vérification SMART, en français. */
export const SMART_CATALOGS_FR: SmartCatalogs = Object.freeze({ messages: sentencesOf<SmartFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<SmartFactsByCode>(SENTENCES, 'fix') });
