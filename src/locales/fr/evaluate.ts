/**
 * The evaluation's sentences in French: recommendation reasons, goal status notes, the triad,
 * warnings and issues.
 *
 * @module
 */
import type { EvaluationCatalogs } from '../../evaluate/catalogs.js';
import type { GoalEvaluation } from '../../evaluate/types.js';
import type {
  CommitmentShortfallFacts,
  GoalHeldRecentlyFacts,
  GoalNotHeldFacts,
  GoalShortfallFacts,
  GoalUnderFloorFacts,
  ReasonScope,
} from '../../evaluate/reason-messages.js';
import type { RelapseRunFacts, RepeatWarningFacts, ScreenDeclineFacts } from '../../evaluate/messages.js';
import { readsRecentLevel } from '../../evaluate/recent-level.js';
import { figureWords } from '../../issues/figures.js';
import { POLICY_CATALOGS_FR } from './policy.js';
import type { PluralForms } from '../../issues/plural.js';

const w = figureWords('fr');
/** A no-break space, before ":" ";" "?" "!" and inside « ». */
const _ = '\u00a0';

// ---------------------------------------------------------------------------------------------
// Period units ('day' | 'week' | 'month'), counted: French plurals and genders
// ---------------------------------------------------------------------------------------------

type Forms = Readonly<Record<string, PluralForms>>;

/** A table's form of a counted unit; a unit the table does not know is written as it came. */
const form = (table: Forms, unit: string, n: number, fallback: string): string =>
  Object.hasOwn(table, unit) ? w.plural(n, table[unit] as PluralForms) : fallback.replaceAll('#', w.count(n));

/** "5 semaines", "1 mois". */
const NOUN: Forms = {
  day: { one: '# jour', other: '# jours' },
  week: { one: '# semaine', other: '# semaines' },
  month: { one: '# mois', other: '# mois' },
};
const periods = (unit: string, n: number): string => form(NOUN, unit, n, `# ${unit}`);

/** "les 4 dernières semaines", "le dernier mois". */
const LAST: Forms = {
  day: { one: 'le dernier jour', other: 'les # derniers jours' },
  week: { one: 'la dernière semaine', other: 'les # dernières semaines' },
  month: { one: 'le dernier mois', other: 'les # derniers mois' },
};
const last = (unit: string, n: number): string => form(LAST, unit, n, `les # derniers ${unit}`);

/** What "3 semaines sur …" counts from: "les 4 dernières", "la dernière". */
const LAST_SHORT: Forms = {
  day: { one: 'le dernier', other: 'les # derniers' },
  week: { one: 'la dernière', other: 'les # dernières' },
  month: { one: 'le dernier', other: 'les # derniers' },
};
/** "3 semaines sur les 4 dernières". */
const ofLast = (unit: string, atTarget: number, counted: number): string =>
  `${periods(unit, atTarget)} sur ${form(LAST_SHORT, unit, counted, 'les # derniers')}`;

/** "3 semaines consécutives", "2 mois consécutifs". */
const CONSECUTIVE: Forms = {
  day: { one: '# jour consécutif', other: '# jours consécutifs' },
  week: { one: '# semaine consécutive', other: '# semaines consécutives' },
  month: { one: '# mois consécutif', other: '# mois consécutifs' },
};
const consecutive = (unit: string, n: number): string => form(CONSECUTIVE, unit, n, `# ${unit} consécutifs`);

/** "Aucune semaine complète", "Aucun mois complet". */
const NO_COMPLETE: Readonly<Record<string, string>> = { day: 'Aucun jour complet', week: 'Aucune semaine complète', month: 'Aucun mois complet' };
/** "des semaines complètes", "des mois complets". */
const OF_COMPLETE: Readonly<Record<string, string>> = { day: 'des jours complets', week: 'des semaines complètes', month: 'des mois complets' };
/** "chaque semaine a été comparée". */
const EACH_COMPARED: Readonly<Record<string, string>> = { day: 'chaque jour a été comparé', week: 'chaque semaine a été comparée', month: 'chaque mois a été comparé' };
/** What a goal is measured by: "par semaine". */
const BY: Readonly<Record<string, string>> = { day: 'par jour', week: 'par semaine', month: 'par mois' };
const word = (table: Readonly<Record<string, string>>, unit: string, fallback: string): string => (Object.hasOwn(table, unit) ? (table[unit] as string) : fallback);

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const quoted = (title: string): string => `«${_}${title}${_}»`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
/** An id as the sentences quote it (as JSON, like the English). */
const id = (value: string | undefined): string => JSON.stringify(value);
const count = (n: number, forms: PluralForms): string => w.plural(n, forms);
/** "atteint" / "atteints": a participle or adjective agreeing with one goal or several. */
const agree = (items: readonly unknown[], one: string, other: string): string => (several(items) ? other : one);

const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'Les objectifs de compétences, de comportements et de résultats sont tous atteints.',
  improving: () => 'Les compétences, les comportements et les résultats progressent ensemble.',
  improving_lagging_results: () =>
    `Les compétences et les comportements progressent, mais les résultats tardent à suivre${_}: il s'agit d'une amélioration qui ne se reflète pas encore dans les chiffres, et non d'un échec.`,
  skill_not_applied: () =>
    "La compétence progresse, mais elle n'est pas encore mise en pratique dans les affaires en cours (les comportements ne progressent pas).",
  results_without_leading_change: () =>
    `Les résultats se sont améliorés sans évolution correspondante des compétences ou des comportements${_}: vérifier l'existence de causes extérieures avant de tenir cette amélioration pour durable.`,
  declining: () =>
    `Le système de mesure se dégrade${_}: au moins une composante est moins bonne qu'au niveau initial et aucune ne progresse.`,
  no_improvement: () => "Aucune composante du système de mesure ne montre d'amélioration réelle par rapport au niveau initial.",
  no_data: () => 'Aucune composante du système de mesure ne dispose encore de données.',
};

// ---------------------------------------------------------------------------------------------
// Reasons: the goals' figures
// ---------------------------------------------------------------------------------------------

/** Where a goal that is not met stands, with its figures: « Appels » : à 40 ou au-delà sur 5 semaines sur 13 (38,5 % ; 80 % requis). */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : ' à ce jour';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}${_}: à ${v(f.target)} ou au-delà sur ${periods(p.unit, p.atTarget)} sur ${w.count(p.counted)}${soFar} (${w.percent(p.metShare)}${_}; ${w.percent(f.periodMetShare)} requis)`;
  }
  if (f.observed === null) return `${quoted(f.title)}${_}: aucune donnée`;
  return `${quoted(f.title)}${_}: ${v(f.observed)}${soFar} pour une cible de ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods, with the figures. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}${_}: à ${w.value(f.target, f.metric)} ou au-delà sur ${ofLast(s.unit, s.atTarget, s.counted)} (${w.percent(f.sustainShare)} requis sur ${last(s.unit, s.periods)})`;
}

/** A required goal held at target recently: the figures that make it count. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over =
    win !== null
      ? `une moyenne de ${v(f.observed)} (à la cible ou au-delà sur ${periods(win.unit, win.atTarget)} sur ${w.count(win.counted)})`
      : `une valeur de ${v(f.observed)}`;
  const s = r.lastPeriods;
  return `${quoted(f.title)} affiche sur sa période de mesure ${over}, en deçà de sa cible de ${v(f.target)}, mais se situe à ${v(f.target)} ou au-delà sur ${ofLast(s.unit, s.atTarget, s.counted)} (${v(r.value)} du ${r.start} au ${r.end})`;
}

/** A goal below its floor, with its attainment, recent level and floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`taux d'atteinte de ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`niveau récent à ${w.percent(f.progress)} de l'écart`);
  return `${quoted(f.title)}${_}: ${parts.join(', ')}, pour un seuil plancher de ${w.percent(f.floor)}`;
}

/** What fell short on the company's side, in one clause list. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push("aucun accompagnement n'a été engagé");
  else if (f.support !== null) {
    const s = f.support;
    parts.push(
      `${count(s.delivered, { one: "# séance d'accompagnement", other: "# séances d'accompagnement" })} sur ${count(s.due, { one: '# due', other: '# dues' })} ${count(s.delivered, { one: 'a été réalisée', other: 'ont été réalisées' })} (${w.percent(s.share)})`,
    );
  }
  for (const c of f.commitments) parts.push(`${quoted(c.description)}${_}: ${w.count(c.delivered)} sur ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push("aucun point de suivi n'a été tenu");
  else if (f.checkIns !== null) {
    const c = f.checkIns;
    parts.push(
      `${count(c.held, { one: '# point de suivi', other: '# points de suivi' })} sur ${count(c.due, { one: '# dû', other: '# dus' })} ${count(c.held, { one: 'a été tenu', other: 'ont été tenus' })} (${w.percent(c.share)})`,
    );
  }
  return parts.join(`${_}; `);
}

// ---------------------------------------------------------------------------------------------
// Goal status, warnings, relapse, screen
// ---------------------------------------------------------------------------------------------

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `le niveau récent (sur ${last(goal.periodUnit, goal.recent!.periods)}) est de ` : ''}${v(e.current)} pour ${v(e.value)} attendu à ce stade (${e.behindShare > 0 ? `en retard de ${w.percent(e.behindShare)} de l'écart` : 'sur la trajectoire ou en avance'})`
    : `${v(goal.observed ?? 0)} à ce jour`;
  const projection = goal.projected !== null ? `${_}; valeur projetée de ${v(goal.projected)} au ${goal.window.end}, pour une cible de ${v(goal.target)}` : '';
  return `${label}${_}: ${where}${projection}.`;
}

/** The goal's complete periods at target, and the goal's mean: "80 % des semaines complètes à 40 ou au-delà". */
const completeAtTarget = (goal: GoalEvaluation, share: number, target: string): string =>
  `${w.percent(share)} ${word(OF_COMPLETE, goal.periodUnit, `des périodes complètes (${goal.periodUnit})`)} à ${target} ou au-delà`;

/** The first repeated observation: its id, when it has one, and its position. */
const first = (f: RepeatWarningFacts): string => `la première${_}: ${f.id === undefined ? '' : `${id(f.id)}, `}position ${f.source}[${f.index}]`;
/** "3 observations propres au plan", "1 observation du flux de données". */
const observationsOf = (f: RepeatWarningFacts): string =>
  f.source === 'observations'
    ? count(f.count, { one: '# observation propre au plan', other: '# observations propres au plan' })
    : count(f.count, { one: '# observation du flux de données', other: '# observations du flux de données' });

/** The run's periods, each value beside what it was compared with when that is not the target itself. */
function runDetail(f: RelapseRunFacts): string {
  const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
  return f.periods.map((p) => `${p.key}${_}: ${v(p.value)}${f.prorated ? ` pour ${v(p.target)}` : ''}`).join(`${_}; `);
}

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `${count(f.count, { one: 'sur la dernière période', other: 'sur les # dernières périodes' })}, sa tendance a évolué dans le mauvais sens de ${w.percent(f.share)} de son niveau habituel (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })})`;

/** The evaluation's sentences in French. */
export const EVALUATION_CATALOGS_FR: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `Provisoire${_}: le plan se poursuit jusqu'au ${f.endDate}${_}; ce constat est établi au ${f.asOf}.`,
    plan_not_running: () =>
      `Le plan n'est pas actif${_}: il n'a pas encore été activé, rien n'est donc encore dû à ce titre et aucune issue ne peut en être tirée.`,
    plan_not_started: (f) => `Le plan n'a pas encore commencé (il débute après le ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `Aucune période de mesure n'est encore complète pour ${w.list(f.goals.map((g) => `${quoted(g.title)} (mesuré ${word(BY, g.unit, `par ${g.unit}`)})`))}${_}: il est trop tôt pour se prononcer.`
        : `Aucune période de mesure complète ne s'est encore écoulée${_}: il n'y a rien à évaluer.`,
    insufficient_coverage: (f) =>
      `${w.percent(f.share)} des périodes de mesure écoulées disposent de données${f.goals.length > 0 ? `, moins pour ${agree(f.goals, "l'objectif", 'les objectifs')} ${every(f.scope) ? '' : agree(f.goals, 'obligatoire ', 'obligatoires ')}${titles(f.goals)}` : ''} (la politique en exige ${w.percent(f.threshold)})${_}: trop peu de données pour décider.`,
    required_goal_without_data: (f) =>
      every(f.scope)
        ? `Aucune donnée à ce jour pour ${titles(f.goals)}.`
        : `${agree(f.goals, "Un objectif obligatoire n'a", "Des objectifs obligatoires n'ont")} aucune donnée${_}: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `Seuls ${w.percent(f.share)} des points de suivi tenus sont documentés (la politique en exige ${w.percent(f.threshold)})${_}: trop peu de documentation pour décider.`,
    required_goals_met_and_sustained: (f) =>
      f.heldRecently > 0
        ? `${every(f.scope) ? agree(f.goals, 'Atteint', 'Atteints') : agree(f.goals, 'Obligatoire et atteint', 'Obligatoires et atteints')}, ${agree(f.goals, 'maintenu', 'maintenus')} sur les dernières périodes${_}: ${titles(f.goals)}.`
        : `Chaque objectif ${every(f.scope) ? '' : 'obligatoire '}est atteint et maintenu sur ses dernières périodes${_}: ${titles(f.goals)}.`,
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}${_}: un objectif ${every(f.scope) ? '' : 'obligatoire '}dont le niveau récent atteint la cible et s'y maintient sur ses dernières périodes compte comme atteint, au titre d'une amélioration significative et durable (règle recentLevelMeetsRequired de la politique).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map(
        (g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}, taux d'atteinte de ${w.percent(g.attainment)} pour un seuil plancher de ${w.percent(g.floor)}`,
      );
      return `Le score est de ${w.plain(f.score, 1)}, égal ou supérieur au seuil de réussite de ${w.plain(f.threshold, 1)}, et aucun objectif n'est sous son seuil plancher${_}: amélioration significative et durable${items.length > 0 ? `, bien que ${several(items) ? 'ces objectifs restent' : 'cet objectif reste'} en deçà de la cible${_}: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) =>
      `${agree(f.goals, 'Non atteint, et non obligatoire', 'Non atteints, et non obligatoires')} pour la réussite${_}: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${every(f.scope) ? `${agree(f.goals, 'Non atteint', 'Non atteints')} (aucun objectif n'est marqué obligatoire, chaque objectif compte donc)` : agree(f.goals, 'Objectif obligatoire non atteint', 'Objectifs obligatoires non atteints')}${_}: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` Le score de ${w.plain(f.score.score, 1)} atteint ou dépasse le seuil de réussite de ${w.plain(f.score.threshold, 1)}, mais un score ne peut pas remplacer un objectif obligatoire.` : ''}`,
    required_goal_not_sustained: (f) =>
      `${agree(f.goals, 'Atteint mais non maintenu', 'Atteints mais non maintenus')} sur les dernières périodes${_}: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `${agree(f.goals, 'Sous son seuil plancher', 'Sous leur seuil plancher')}${_}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `Amélioration réelle${_}: le score est de ${w.plain(f.score, 1)} (seuil de prolongation${_}: ${w.plain(f.threshold, 1)}) et le niveau récent a comblé ${w.percent(f.progress)} des écarts.`,
    leading_indicators_improving: (f) => `Les indicateurs avancés progressent tandis que les résultats tardent à suivre. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `En bonne voie${_}: chaque objectif dont la période de mesure a commencé est atteint ou suit sa trajectoire attendue (${titles(f.goals)})${_}; l'amélioration se situe donc là où le plan l'attend à ce stade.`,
    extension_cap_reached: (f) =>
      `Le plan a déjà bénéficié de ${count(f.count, { one: '# prolongation', other: '# prolongations' })} sur ${count(f.cap, { one: '# autorisée', other: '# autorisées' })} par la politique${_}: une nouvelle prolongation ne peut pas être recommandée.`,
    no_real_improvement: (f) =>
      `Pas d'amélioration réelle${_}: le score est de ${w.plain(f.score, 1)} (seuil de prolongation${_}: ${w.plain(f.threshold, 1)}) et le niveau récent a comblé ${w.percent(f.progress)} des écarts.`,
    company_commitment_shortfall: (f) =>
      `L'entreprise n'a pas pleinement assuré sa part du plan (${shortfallDetail(f)})${_}: le plan ne peut pas, en toute équité, se conclure par «${_}non atteint${_}».`,
  },
  goalStatus: {
    not_started: (goal) => `La période de mesure de l'objectif commence le ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `${word(NO_COMPLETE, goal.periodUnit, `Aucune période complète (${goal.periodUnit})`)} dans la période de mesure pour l'instant (${count(goal.observations, { one: '# observation', other: '# observations' })} à ce jour).`
        : `Aucune observation exploitable pour l'indicateur ${goal.metric.name} du ${goal.window.start} au ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Atteint${_}: ${completeAtTarget(goal, goal.metShare, v(goal.target))} (moyenne${_}: ${v(goal.observed ?? 0)}).`
        : `Atteint${_}: ${v(goal.observed ?? 0)} pour une cible de ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Non atteint${_}: ${completeAtTarget(goal, goal.metShare, v(goal.target))} à la fin de la période de mesure, le ${goal.window.end}.`
        : `Non atteint${_}: ${v(goal.observed ?? 0)} pour une cible de ${v(goal.target)} à la fin de la période de mesure, le ${goal.window.end}.`;
    },
    on_track: (goal) => trajectoryNote('En bonne voie', goal),
    at_risk: (goal) => trajectoryNote('À risque', goal),
    off_track: (goal) => trajectoryNote('En décrochage', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `${count(f.count, { one: '# observation du flux de données reprend une observation propre au plan', other: '# observations du flux de données reprennent des observations propres au plan' })} (même identifiant, ou identiques sans identifiant${_}; ${first(f)})${_}; chacune n'a été comptée qu'une fois.`,
    duplicate_id: (f) =>
      `${observationsOf(f)} ${count(f.count, { one: 'reprend', other: 'reprennent' })} un identifiant déjà lu dans la même source avec les mêmes valeurs (${first(f)})${_}; chacune n'a été comptée qu'une fois.`,
    conflicting_duplicate: (f) =>
      `${observationsOf(f)} ${count(f.count, { one: 'réutilise', other: 'réutilisent' })} un identifiant déjà lu avec d'autres valeurs (${first(f)})${_}; la première lecture fait foi, ${count(f.count, { one: 'celle-ci a été écartée', other: 'celles-ci ont été écartées' })}. Vérifiez la source.`,
    window_moved: (f) =>
      `La période de mesure de l'objectif ${id(f.goalId)}, du ${f.windowStart} au ${f.windowEnd}, a été décalée avec le calendrier du plan et court désormais du ${f.evaluatedStart} au ${f.evaluatedEnd} (${count(f.count, { one: '# jour', other: '# jours' })} plus tard), comme la date de fin du plan${_}: le salarié conserve chaque jour ouvré prévu par le plan, quelle que soit la durée de la suspension (règle windowsFollowPauses de la politique).`,
    paused_days_excluded: (f) =>
      `${count(f.count, { one: '# jour de suspension', other: '# jours de suspension' })} (${f.pauses.map((p) => (p.start === p.end ? p.start : `du ${p.start} au ${p.end}`) + (p.open ? ', toujours en cours' : '')).join(`${_}; `)}) ${count(f.count, { one: 'est exclu', other: 'sont exclus' })} de toutes les mesures${_}: aucune période, proportion, couverture, tendance, cadence ou valeur attendue n'en tient compte, et aucun point de suivi ni aucune séance d'accompagnement n'y arrive à échéance.`,
    window_clipped: (f) =>
      `La période de mesure de l'objectif ${id(f.goalId)}, du ${f.windowStart} au ${f.windowEnd}, déborde des dates du plan (du ${f.planStart} au ${f.planEnd})${_}; elle a été évaluée du ${f.evaluatedStart} au ${f.evaluatedEnd} (${count(f.count, { one: '# jour retranché', other: '# jours retranchés' })}).`,
  },
  issues: {
    observation_unknown_metric: (f) => `L'observation porte sur l'indicateur ${id(f.metricId)}, que le plan ne définit pas${_}; elle a été écartée.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `L'observation de ${id(f.metricId)} doit comporter un numérateur et un dénominateur (l'indicateur est un ratio de totaux)${_}; elle a été écartée.`
        : `L'observation de ${id(f.metricId)} doit comporter une valeur${_}; elle a été écartée.`,
    observation_invalid: (f) => `L'observation de ${id(f.metricId)} comporte une date ou un nombre non valide${_}; elle a été écartée.`,
    goal_metric_unknown: (f) => `L'objectif ${id(f.goalId)} porte sur l'indicateur ${id(f.metricId)}, que le plan ne définit pas${_}; il n'a pas été évalué.`,
    policy_invalid: POLICY_CATALOGS_FR.issues.policy_invalid,
    issues_truncated: (f) =>
      `${count(f.count, { one: "# autre problème des mêmes types n'a pas été listé", other: "# autres problèmes des mêmes types n'ont pas été listés" })}.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const detail = runDetail(f);
      const reference = w.value(f.target, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      return f.prorated
        ? `${quoted(f.title)} est repassé sous la cible pendant ${consecutive(f.unit, f.count)} (du ${f.start} au ${f.end})${_}: ${word(EACH_COMPARED, f.unit, `chaque période (${f.unit}) a été comparée`)} à sa part, au prorata des jours ouvrés, de la cible de ${reference} sur la période de mesure de l'objectif${detail ? ` (${detail})` : ''}. La cause profonde n'a pas été résolue${_}; il faut agir rapidement.`
        : `${quoted(f.title)} est repassé sous sa cible de ${reference} pendant ${consecutive(f.unit, f.count)} (du ${f.start} au ${f.end}${detail ? `${_}; ${detail}` : ''})${_}: la cause profonde n'a pas été résolue${_}; il faut agir rapidement.`;
    },
    relapse_lost_improvement: (f) => {
      const detail = runDetail(f);
      return `${quoted(f.title)} a perdu plus de ${w.percent(f.lossShare)} de l'amélioration obtenue pendant le plan, et ce durant ${consecutive(f.unit, f.count)} (du ${f.start} au ${f.end}${detail ? `${_}; ${detail}` : ''}).`;
    },
    not_closed_successfully: (f) =>
      `Le suivi des rechutes s'applique après une clôture réussie${_}; ce plan ${'outcome' in f ? `a été clôturé avec l'issue ${f.outcome}` : `n'est pas clôturé (statut ${f.status})`}.`,
    no_monitoring_data: (f) => `Aucune donnée de suivi pour ${quoted(f.title)} depuis le ${f.start}.`,
    holding: (f) =>
      `${quoted(f.title)} se maintient${_}: aucune série de ${count(f.count, { one: '# période', other: '# périodes' })} sous la cible depuis le ${f.start}.`,
  },
  screen: {
    leading_indicator_declining: (f) => `${quoted(f.metricName)} se dégrade${_}: ${decline(f)} (seuil de la politique${_}: ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `${quoted(f.metricName)} se dégrade déjà${_}: ${decline(f)}.`,
    outcomes_holding: () =>
      `Les résultats n'ont pas encore baissé${_}: c'est le moment d'accompagner le salarié, avant qu'un plan ne devienne nécessaire.`,
    insufficient_data: (f) => `${quoted(f.metricName)} compte trop peu de périodes renseignées pour être analysé (${w.count(f.count)}).`,
    steady: () => "Aucun indicateur avancé ne se dégrade au-delà du seuil fixé par la politique.",
  },
};
