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
import type { RepeatWarningFacts, ScreenDeclineFacts } from '../../evaluate/messages.js';
import { readsRecentLevel } from '../../evaluate/recent-level.js';
import { figureWords } from '../../issues/figures.js';
import type { PluralForms } from '../../issues/plural.js';

const w = figureWords('fr');
/** A no-break space, before ":" ";" "?" "!" and inside « ». */
const _ = '\u00a0';

const UNIT: Readonly<Record<string, PluralForms>> = {
  day: { one: 'jour', other: 'jours' },
  week: { one: 'semaine', other: 'semaines' },
  month: { one: 'mois', other: 'mois' },
};
/** "les 4 dernières semaines", "le dernier mois". */
const LAST: Readonly<Record<string, PluralForms>> = {
  day: { one: 'le dernier jour', other: 'les # derniers jours' },
  week: { one: 'la dernière semaine', other: 'les # dernières semaines' },
  month: { one: 'le dernier mois', other: 'les # derniers mois' },
};
const unitOf = (unit: string, count: number): string => (Object.hasOwn(UNIT, unit) ? w.plural(count, UNIT[unit]!) : unit);
const last = (unit: string, count: number): string => (Object.hasOwn(LAST, unit) ? w.plural(count, LAST[unit]!) : `${w.count(count)} ${unit}`);
/** What a goal is measured by: "à la semaine". */
const MEASURED_BY: Readonly<Record<string, string>> = { day: 'au jour', week: 'à la semaine', month: 'au mois' };

const quoted = (title: string): string => `«${_}${title}${_}»`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
const id = (value: string | undefined): string => JSON.stringify(value);
const count = (n: number, forms: PluralForms): string => w.plural(n, forms);

const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'Les objectifs de compétences, de comportements et de résultats sont tous atteints.',
  improving: () => 'Les compétences, les comportements et les résultats progressent ensemble.',
  improving_lagging_results: () =>
    `Les compétences et les comportements progressent, mais les résultats tardent${_}: une amélioration qui ne se voit pas encore dans les chiffres, et non un échec.`,
  skill_not_applied: () => "La compétence progresse mais n'est pas encore mise en œuvre dans les affaires en cours (les comportements ne progressent pas).",
  results_without_leading_change: () =>
    `Les résultats se sont améliorés sans changement correspondant des compétences ou des comportements${_}: vérifier les causes extérieures avant de compter sur leur durée.`,
  declining: () => `Le système de mesure se dégrade${_}: au moins une composante est en dessous du niveau initial et aucune ne progresse.`,
  no_improvement: () => "Aucune composante du système de mesure ne montre d'amélioration réelle par rapport au niveau initial.",
  no_data: () => "Aucune donnée n'est encore disponible pour les composantes du système de mesure.",
};

/** Where a goal that is not met stands, with its figures. */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : ' à ce jour';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}${_}: à ${v(f.target)} ou au-delà sur ${w.count(p.atTarget)} ${unitOf(p.unit, p.atTarget)} sur ${w.count(p.counted)}${soFar} (${w.percent(p.metShare)}${_}; ${w.percent(f.periodMetShare)} requis)`;
  }
  if (f.observed === null) return `${quoted(f.title)}${_}: aucune donnée`;
  return `${quoted(f.title)}${_}: ${v(f.observed)}${soFar} pour une cible de ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}${_}: à ${w.value(f.target, f.metric)} ou au-delà sur ${w.count(s.atTarget)} ${unitOf(s.unit, s.atTarget)} sur ${last(s.unit, s.counted)} (${w.percent(f.sustainShare)} des ${w.count(s.periods)} dernières périodes requis)`;
}

/** A required goal held at target recently. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over = win !== null ? `une moyenne de ${v(f.observed)}, à la cible ou au-delà sur ${w.count(win.atTarget)} ${unitOf(win.unit, win.atTarget)} sur ${w.count(win.counted)},` : `${v(f.observed)}`;
  const s = r.lastPeriods;
  return `${quoted(f.title)} atteint sur sa période de mesure ${over} en deçà de sa cible de ${v(f.target)}, mais se situe à ${v(f.target)} ou au-delà sur ${w.count(s.atTarget)} ${unitOf(s.unit, s.atTarget)} sur ${last(s.unit, s.counted)} (${v(r.value)} du ${r.start} au ${r.end})`;
}

/** A goal below its floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`taux d'atteinte ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`niveau récent ${w.percent(f.progress)} de l'écart`);
  return `${quoted(f.title)}${_}: ${parts.join(', ')}, pour un seuil plancher de ${w.percent(f.floor)}`;
}

/** What fell short on the company's side. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push("aucun accompagnement n'a été engagé");
  else if (f.support !== null)
    parts.push(`${w.count(f.support.delivered)} ${count(f.support.delivered, { one: 'séance réalisée', other: 'séances réalisées' })} sur ${count(f.support.due, { one: '# séance d’accompagnement à échéance', other: '# séances d’accompagnement à échéance' })} (${w.percent(f.support.share)})`);
  for (const c of f.commitments) parts.push(`${quoted(c.description)}${_}: ${w.count(c.delivered)} sur ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push("aucun point de suivi n'a été tenu");
  else if (f.checkIns !== null)
    parts.push(`${w.count(f.checkIns.held)} ${count(f.checkIns.held, { one: 'point de suivi tenu', other: 'points de suivi tenus' })} sur ${count(f.checkIns.due, { one: '# à échéance', other: '# à échéance' })} (${w.percent(f.checkIns.share)})`);
  return parts.join(`${_}; `);
}

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `le niveau récent (${last(goal.periodUnit, goal.recent!.periods)}) est de ` : ''}${v(e.current)} pour ${v(e.value)} attendus à ce stade (${e.behindShare > 0 ? `${w.percent(e.behindShare)} de l'écart en retard` : 'sur la trajectoire ou en avance'})`
    : `${v(goal.observed ?? 0)} à ce jour`;
  const projection = goal.projected !== null ? `${_}; projection de ${v(goal.projected)} au ${goal.window.end} pour une cible de ${v(goal.target)}` : '';
  return `${label}${_}: ${where}${projection}.`;
}

const first = (f: RepeatWarningFacts): string => `la première${_}: ${f.id === undefined ? '' : `${id(f.id)} en `}${f.source}[${f.index}]`;
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? 'des observations propres au plan' : 'du flux de données');

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `sur les ${w.count(f.count)} dernières périodes, sa tendance a évolué dans le mauvais sens de ${w.percent(f.share)} de son niveau habituel (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })})`;

/** The evaluation's sentences in French. */
export const EVALUATION_CATALOGS_FR: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `Provisoire${_}: le plan court jusqu'au ${f.endDate}${_}; cette lecture est arrêtée au ${f.asOf}.`,
    plan_not_running: () =>
      `Le plan n'est pas actif${_}: il n'a pas été mis en œuvre, rien n'est donc encore dû à ce titre et aucune issue ne peut en être déduite.`,
    plan_not_started: (f) => `Le plan n'a pas encore commencé (il débute après le ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `Aucune période de mesure complète pour l'instant pour ${w.list(f.goals.map((g) => `${quoted(g.title)} (mesuré ${MEASURED_BY[g.unit] ?? g.unit})`))}${_}: il est trop tôt pour conclure.`
        : `Aucune période de mesure complète ne s'est encore écoulée${_}: il n'y a rien à évaluer.`,
    insufficient_coverage: (f) =>
      `${w.percent(f.share)} des périodes de mesure écoulées disposent de données${f.goals.length > 0 ? `, moins pour ${f.goals.length > 1 ? 'les objectifs' : "l'objectif"} ${every(f.scope) ? '' : f.goals.length > 1 ? 'obligatoires ' : 'obligatoire '}${titles(f.goals)}` : ''} (la politique en exige ${w.percent(f.threshold)})${_}: trop peu de données pour décider.`,
    required_goal_without_data: (f) =>
      every(f.scope)
        ? `Aucune donnée pour l'instant pour ${titles(f.goals)}.`
        : `${several(f.goals) ? 'Des objectifs obligatoires n’ont' : 'Un objectif obligatoire n’a'} aucune donnée${_}: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `Seuls ${w.percent(f.share)} des points de suivi tenus sont documentés (la politique en exige ${w.percent(f.threshold)})${_}: trop peu de documentation pour décider.`,
    required_goals_met_and_sustained: (f) =>
      f.heldRecently > 0
        ? `${every(f.scope) ? 'Atteints' : 'Obligatoires et atteints'}, maintenus sur les dernières périodes${_}: ${titles(f.goals)}.`
        : `Chaque objectif ${every(f.scope) ? '' : 'obligatoire '}est atteint et maintenu sur ses dernières périodes${_}: ${titles(f.goals)}.`,
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}${_}: un objectif ${every(f.scope) ? '' : 'obligatoire '}dont le niveau récent atteint la cible et s'y maintient sur ses dernières périodes est considéré comme atteint, signe d'une amélioration significative et durable (règle recentLevelMeetsRequired de la politique).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map((g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}, taux d'atteinte ${w.percent(g.attainment)} pour un seuil plancher de ${w.percent(g.floor)}`);
      return `Le score est de ${w.plain(f.score, 1)}, au niveau ou au-delà du seuil de réussite de ${w.plain(f.threshold, 1)}, sans aucun objectif sous son seuil plancher${_}: amélioration significative et durable${items.length > 0 ? `, même si ${several(items) ? 'ces objectifs restent' : 'cet objectif reste'} en deçà de la cible${_}: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) => `Non atteint, et non obligatoire pour la réussite${_}: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${every(f.scope) ? 'Non atteint (aucun objectif n’est marqué obligatoire, chaque objectif compte donc)' : several(f.goals) ? 'Objectifs obligatoires non atteints' : 'Objectif obligatoire non atteint'}${_}: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` Le score de ${w.plain(f.score.score, 1)} dépasse le seuil de réussite de ${w.plain(f.score.threshold, 1)}, mais un score ne remplace pas un objectif obligatoire.` : ''}`,
    required_goal_not_sustained: (f) => `Atteint mais non maintenu sur les dernières périodes${_}: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `Sous ${several(f.goals) ? 'leur seuil plancher' : 'son seuil plancher'}${_}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `Amélioration réelle${_}: le score est de ${w.plain(f.score, 1)} (seuil de prolongation ${w.plain(f.threshold, 1)}) et le niveau récent a comblé ${w.percent(f.progress)} des écarts.`,
    leading_indicators_improving: (f) => `Les indicateurs avancés progressent tandis que les résultats tardent. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `En bonne voie${_}: chaque objectif commencé est atteint ou sur sa trajectoire attendue (${titles(f.goals)}), l'amélioration se situe donc là où le plan l'attend à ce stade.`,
    extension_cap_reached: (f) =>
      `Le plan a déjà bénéficié de ${count(f.count, { one: '# prolongation', other: '# prolongations' })} sur ${count(f.cap, { one: 'la seule autorisée', other: 'les # autorisées' })} par la politique${_}: une nouvelle prolongation ne peut pas être recommandée.`,
    no_real_improvement: (f) =>
      `Pas d'amélioration réelle${_}: le score est de ${w.plain(f.score, 1)} (seuil de prolongation ${w.plain(f.threshold, 1)}) et le niveau récent a comblé ${w.percent(f.progress)} des écarts.`,
    company_commitment_shortfall: (f) =>
      `L'entreprise n'a pas tenu sa part du plan (${shortfallDetail(f)})${_}: le plan ne peut pas équitablement se conclure par «${_}non atteint${_}».`,
  },
  goalStatus: {
    not_started: (goal) => `La période de mesure de l'objectif commence le ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `Aucune période complète (${unitOf(goal.periodUnit, 1)}) dans la période de mesure pour l'instant (${count(goal.observations, { one: '# observation', other: '# observations' })} à ce jour).`
        : `Aucune observation exploitable de ${goal.metric.name} du ${goal.window.start} au ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      const complete = goal.periodUnit === 'week' ? 'complètes' : 'complets';
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Atteint${_}: ${w.percent(goal.metShare)} des ${unitOf(goal.periodUnit, 2)} ${complete} à ${v(goal.target)} ou au-delà (moyenne ${v(goal.observed ?? 0)}).`
        : `Atteint${_}: ${v(goal.observed ?? 0)} pour une cible de ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      const complete = goal.periodUnit === 'week' ? 'complètes' : 'complets';
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Non atteint${_}: ${w.percent(goal.metShare)} des ${unitOf(goal.periodUnit, 2)} ${complete} à ${v(goal.target)} ou au-delà à la fin de la période de mesure, le ${goal.window.end}.`
        : `Non atteint${_}: ${v(goal.observed ?? 0)} pour une cible de ${v(goal.target)} à la fin de la période de mesure, le ${goal.window.end}.`;
    },
    on_track: (goal) => trajectoryNote('En bonne voie', goal),
    at_risk: (goal) => trajectoryNote('À risque', goal),
    off_track: (goal) => trajectoryNote('Hors trajectoire', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `${count(f.count, { one: '# observation du flux reprend', other: '# observations du flux reprennent' })} celles du plan (même identifiant, ou identiques sans identifiant${_}; ${first(f)})${_}; chacune n'a été comptée qu'une fois.`,
    duplicate_id: (f) =>
      `${count(f.count, { one: '# observation', other: '# observations' })} ${sourceName(f)} ${f.count === 1 ? 'reprend' : 'reprennent'} un identifiant déjà lu avec les mêmes valeurs (${first(f)})${_}; chacune n'a été comptée qu'une fois.`,
    conflicting_duplicate: (f) =>
      `${count(f.count, { one: '# observation', other: '# observations' })} ${sourceName(f)} ${f.count === 1 ? 'réutilise' : 'réutilisent'} un identifiant déjà lu avec d'autres valeurs (${first(f)})${_}; la première lecture fait foi, ${f.count === 1 ? 'celle-ci a été écartée' : 'celles-ci ont été écartées'}. Vérifiez la source.`,
    window_moved: (f) =>
      `La période de mesure de l'objectif ${id(f.goalId)}, du ${f.windowStart} au ${f.windowEnd}, a été décalée avec le calendrier du plan au ${f.evaluatedStart}–${f.evaluatedEnd} (${count(f.count, { one: '# jour', other: '# jours' })} plus tard), comme la date de fin du plan${_}: le salarié conserve chaque jour ouvré prévu par le plan, quelle que soit la durée de la suspension (règle windowsFollowPauses).`,
    paused_days_excluded: (f) =>
      `${count(f.count, { one: '# jour de suspension', other: '# jours de suspension' })} (${f.pauses.map((p) => (p.start === p.end ? p.start : `du ${p.start} au ${p.end}`) + (p.open ? ', toujours en cours' : '')).join(`${_}; `)}) ${f.count === 1 ? 'est exclu' : 'sont exclus'} de toutes les mesures${_}: aucune période, part, couverture, tendance, rythme ou valeur attendue n'en tient compte, et aucun point de suivi ni aucune séance d'accompagnement n'y arrive à échéance.`,
    window_clipped: (f) =>
      `La période de mesure de l'objectif ${id(f.goalId)}, du ${f.windowStart} au ${f.windowEnd}, déborde du plan (du ${f.planStart} au ${f.planEnd})${_}; elle a été évaluée du ${f.evaluatedStart} au ${f.evaluatedEnd} (${count(f.count, { one: '# jour retranché', other: '# jours retranchés' })}).`,
  },
  issues: {
    observation_unknown_metric: (f) => `L'observation porte sur l'indicateur ${id(f.metricId)}, que le plan ne définit pas${_}; elle a été écartée.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `L'observation de ${id(f.metricId)} doit comporter un numérateur et un dénominateur (l'indicateur est un ratio de totaux)${_}; elle a été écartée.`
        : `L'observation de ${id(f.metricId)} doit comporter une valeur${_}; elle a été écartée.`,
    observation_invalid: (f) => `L'observation de ${id(f.metricId)} comporte une date ou un nombre non valide${_}; elle a été écartée.`,
    goal_metric_unknown: (f) => `L'objectif ${id(f.goalId)} porte sur l'indicateur ${id(f.metricId)}, que le plan ne définit pas${_}; il n'a pas été évalué.`,
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid':
          return `Le champ de politique ${f.field} doit être ${f.expected}, et non ${f.received}${_}; la valeur par défaut a été utilisée.`;
        case 'unknown':
          return `Le champ de politique ${f.field} n'existe pas dans cette politique${f.suggestion === undefined ? '' : ` (vouliez-vous dire ${f.suggestion}${_}?)`}${_}; il a été ignoré.`;
        case 'not_an_object':
          return `La politique doit être un objet des champs à remplacer, et non ${f.received}${_}; les valeurs par défaut ont été utilisées.`;
        case 'unreadable':
          return `Le champ de politique ${f.field} n'a pas pu être lu${_}; la valeur par défaut a été utilisée.`;
      }
    },
    issues_truncated: (f) => `${count(f.count, { one: '# autre problème du même type n’a pas été listé', other: '# autres problèmes du même type n’ont pas été listés' })}.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}${_}: ${v(p.value)}${f.prorated ? ` pour ${v(p.target)}` : ''}`).join(`${_}; `);
      return f.prorated
        ? `${quoted(f.title)} est repassé sous la cible pendant ${`${w.count(f.count)} ${unitOf(f.unit, f.count)}`}${f.unit === 'week' ? ' consécutives' : ' consécutifs'} (du ${f.start} au ${f.end})${_}: chaque période a été comparée à sa part, en jours ouvrés, de la cible de ${v(f.target)} sur la période de mesure de l'objectif${detail ? ` (${detail})` : ''}. La cause profonde n'a pas été résolue${_}; il faut agir rapidement.`
        : `${quoted(f.title)} est repassé sous sa cible de ${v(f.target)} pendant ${`${w.count(f.count)} ${unitOf(f.unit, f.count)}`}${f.unit === 'week' ? ' consécutives' : ' consécutifs'} (du ${f.start} au ${f.end}${detail ? `${_}; ${detail}` : ''})${_}: la cause profonde n'a pas été résolue${_}; il faut agir rapidement.`;
    },
    relapse_lost_improvement: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}${_}: ${v(p.value)}${f.prorated ? ` pour ${v(p.target)}` : ''}`).join(`${_}; `);
      return `${quoted(f.title)} a perdu plus de ${w.percent(f.lossShare)} de l'amélioration obtenue pendant le plan, pendant ${`${w.count(f.count)} ${unitOf(f.unit, f.count)}`}${f.unit === 'week' ? ' consécutives' : ' consécutifs'} (du ${f.start} au ${f.end}${detail ? `${_}; ${detail}` : ''}).`;
    },
    not_closed_successfully: (f) =>
      `Le suivi des rechutes s'applique après une clôture réussie${_}; ce plan ${'outcome' in f ? `a été clôturé avec l'issue ${f.outcome}` : `n'est pas clôturé (statut ${f.status})`}.`,
    no_monitoring_data: (f) => `Aucune donnée de suivi pour ${quoted(f.title)} depuis le ${f.start}.`,
    holding: (f) => `${quoted(f.title)} se maintient${_}: aucune suite de ${w.count(f.count)} périodes sous la cible depuis le ${f.start}.`,
  },
  screen: {
    leading_indicator_declining: (f) => `${quoted(f.metricName)} se dégrade${_}: ${decline(f)} (politique${_}: ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `${quoted(f.metricName)} se dégrade déjà${_}: ${decline(f)}.`,
    outcomes_holding: () => `Les résultats n'ont pas encore baissé${_}: c'est le moment d'accompagner, avant qu'un plan ne devienne nécessaire.`,
    insufficient_data: (f) => `${quoted(f.metricName)} compte trop peu de périodes avec des données pour le dépistage (${w.count(f.count)}).`,
    steady: () => "Aucun indicateur avancé ne se dégrade au-delà du seuil de la politique.",
  },
};
