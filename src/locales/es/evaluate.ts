/**
 * The evaluation's sentences in Spanish: recommendation reasons, goal status notes, the triad,
 * warnings and issues.
 *
 * @module
 */
import type { EvaluationCatalogs } from '../../evaluate/catalogs.js';
import type { RelapseRunFacts, RepeatWarningFacts, ScreenDeclineFacts } from '../../evaluate/messages.js';
import type {
  CommitmentShortfallFacts,
  GoalHeldRecentlyFacts,
  GoalNotHeldFacts,
  GoalShortfallFacts,
  GoalUnderFloorFacts,
  ReasonScope,
} from '../../evaluate/reason-messages.js';
import { readsRecentLevel } from '../../evaluate/recent-level.js';
import type { GoalEvaluation } from '../../evaluate/types.js';
import { figureWords } from '../../issues/figures.js';
import { POLICY_CATALOGS_ES } from './policy.js';

const w = figureWords('es');

/**
 * A counted noun: Spanish uses `one`, `many` (whole millions: "1.000.000 días") and `other`; `many`
 * takes the plural form. `#` is the count.
 */
const n = (count: number, one: string, other: string): string => w.plural(count, { one, many: other, other });

/** A period unit's words: singular, plural, and whether the noun is feminine (semana). */
interface UnitWords {
  readonly one: string;
  readonly other: string;
  readonly feminine: boolean;
}
const UNITS: Readonly<Record<string, UnitWords>> = {
  day: { one: 'día', other: 'días', feminine: false },
  week: { one: 'semana', other: 'semanas', feminine: true },
  month: { one: 'mes', other: 'meses', feminine: false },
};
/** An unknown unit is written as it comes, as a masculine noun. */
const unitWords = (unit: string): UnitWords => (Object.hasOwn(UNITS, unit) ? UNITS[unit]! : { one: unit, other: unit, feminine: false });

/** "semana", "semanas": the unit's noun for a count (the count not written). */
const unitOf = (unit: string, count: number): string => {
  const u = unitWords(unit);
  return n(count, u.one, u.other);
};
/** "13 semanas", "1 mes". */
const counted = (unit: string, count: number): string => {
  const u = unitWords(unit);
  return n(count, `# ${u.one}`, `# ${u.other}`);
};
/** "las últimas 4 semanas", "el último mes". */
const last = (unit: string, count: number): string => {
  const u = unitWords(unit);
  return u.feminine ? n(count, `la última ${u.one}`, `las últimas # ${u.other}`) : n(count, `el último ${u.one}`, `los últimos # ${u.other}`);
};
/** "las semanas completas", "los meses completos". */
const allComplete = (unit: string): string => {
  const u = unitWords(unit);
  return u.feminine ? `las ${u.other} completas` : `los ${u.other} completos`;
};
/** "ninguna semana completa", "ningún mes completo". */
const noComplete = (unit: string): string => {
  const u = unitWords(unit);
  return u.feminine ? `ninguna ${u.one} completa` : `ningún ${u.one} completo`;
};
/** "consecutivas" (semanas) or "consecutivos" (días, meses). */
const consecutive = (unit: string): string => (unitWords(unit).feminine ? 'consecutivas' : 'consecutivos');
/** "cada semana", "cada mes". */
const each = (unit: string): string => `cada ${unitWords(unit).one}`;

/** A title as the sentences quote it. */
const quoted = (title: string): string => `«${title}»`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
/** An id as the sentences quote it (as JSON). */
const id = (value: string | undefined): string => JSON.stringify(value);

/** The triad's sentence, by combination (also the end of `leading_indicators_improving`). */
const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'Se han cumplido todos los objetivos de habilidades, comportamiento y resultados.',
  improving: () => 'Las habilidades, el comportamiento y los resultados mejoran a la vez.',
  improving_lagging_results: () =>
    'Las habilidades y el comportamiento mejoran, pero los resultados van con retraso: es una mejora que todavía no se refleja en las cifras, no un fracaso.',
  skill_not_applied: () => 'La habilidad mejora, pero todavía no se aplica en oportunidades reales (el comportamiento no mejora).',
  results_without_leading_change: () =>
    'Los resultados han mejorado sin un cambio equivalente en las habilidades o el comportamiento: conviene descartar causas externas antes de dar por hecho que la mejora se mantendrá.',
  declining: () => 'El sistema de medición empeora: al menos un componente está por debajo de su valor de partida y ninguno mejora.',
  no_improvement: () => 'Ningún componente del sistema de medición muestra una mejora real respecto al valor de partida.',
  no_data: () => 'Todavía no hay datos de ningún componente del sistema de medición.',
};

/**
 * Where a goal that is not met stands, with its figures: `«Llamadas»: alcanzó o superó 40 en 5 de
 * 13 semanas (38,5 %; se requiere el 80 %)`, `«Descubrimiento»: 2 frente a un valor objetivo de 4`.
 */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : ' hasta ahora';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}: alcanzó o superó ${v(f.target)} en ${w.count(p.atTarget)} de ${counted(p.unit, p.counted)}${soFar} (${w.percent(p.metShare)}; se requiere el ${w.percent(f.periodMetShare)})`;
  }
  if (f.observed === null) return `${quoted(f.title)}: sin datos`;
  return `${quoted(f.title)}: ${v(f.observed)}${soFar} frente a un valor objetivo de ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods, with the figures. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}: alcanzó o superó ${w.value(f.target, f.metric)} en ${w.count(s.atTarget)} de ${last(s.unit, s.counted)} (se requiere el ${w.percent(f.sustainShare)} de ${last(s.unit, s.periods)})`;
}

/** A required goal held at target recently: the figures that make it count. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over =
    win !== null
      ? `una media de ${v(f.observed)} (valor objetivo alcanzado o superado en ${w.count(win.atTarget)} de ${counted(win.unit, win.counted)})`
      : `un valor de ${v(f.observed)}`;
  const s = r.lastPeriods;
  return `${quoted(f.title)} registra en su período de medición ${over}, sin llegar a su valor objetivo de ${v(f.target)}, pero alcanzó o superó ${v(f.target)} en ${w.count(s.atTarget)} de ${last(s.unit, s.counted)} (${v(r.value)} del ${r.start} al ${r.end})`;
}

/** A goal below its floor, with its attainment, recent level and floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`grado de consecución del ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`nivel reciente equivalente al ${w.percent(f.progress)} de la brecha`);
  return `${quoted(f.title)}: ${parts.join(', ')}, frente a un umbral mínimo del ${w.percent(f.floor)}`;
}

/** What fell short on the company's side, in one clause list. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push('no se comprometió ningún apoyo');
  else if (f.support !== null) {
    parts.push(
      `${n(f.support.delivered, 'se realizó #', 'se realizaron #')} de ${n(f.support.due, '# sesión de apoyo prevista', '# sesiones de apoyo previstas')} (${w.percent(f.support.share)})`,
    );
  }
  for (const c of f.commitments) parts.push(`${quoted(c.description)}: ${w.count(c.delivered)} de ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push('no se realizó ninguna reunión de seguimiento');
  else if (f.checkIns !== null) {
    parts.push(
      `${n(f.checkIns.held, 'se realizó #', 'se realizaron #')} de ${n(f.checkIns.due, '# reunión de seguimiento prevista', '# reuniones de seguimiento previstas')} (${w.percent(f.checkIns.share)})`,
    );
  }
  return parts.join('; ');
}

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `el nivel reciente (${last(goal.periodUnit, goal.recent!.periods)}) es ` : ''}${v(e.current)} frente a un valor esperado de ${v(e.value)} a estas alturas (${e.behindShare > 0 ? `con un retraso del ${w.percent(e.behindShare)} de la brecha` : 'en la trayectoria o por delante de ella'})`
    : `${v(goal.observed ?? 0)} hasta ahora`;
  const projection = goal.projected !== null ? `; proyección de ${v(goal.projected)} para el ${goal.window.end} frente a un valor objetivo de ${v(goal.target)}` : '';
  return `${label}: ${where}${projection}.`;
}

/** "la primera: "obs-7" en feed[3]": the first repeated observation (its id as JSON, its place as the code names it). */
const first = (f: RepeatWarningFacts): string => `la primera: ${f.id === undefined ? '' : `${id(f.id)} en `}${f.source}[${f.index}]`;
/** Where the observations were read, after "observación"/"observaciones": "propias del plan", "del flujo de datos". */
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? 'propias del plan' : 'del flujo de datos');

/** A relapse run's figure in its metric's unit. */
const runValue = (f: RelapseRunFacts) => (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
/** The run's periods, each value beside what it was compared with when that is not the target itself. */
function runDetail(f: RelapseRunFacts): string {
  const v = runValue(f);
  return f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` frente a ${v(p.target)}` : ''}`).join('; ');
}
/** "3 semanas consecutivas". */
const run = (f: RelapseRunFacts): string => `${counted(f.unit, f.count)} ${consecutive(f.unit)}`;

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `en los últimos ${n(f.count, '# período', '# períodos')} su tendencia se ha desplazado en la dirección desfavorable un ${w.percent(f.share)} de su nivel habitual (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })})`;

/** The evaluation's sentences in Spanish. */
export const EVALUATION_CATALOGS_ES: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `Provisional: el plan está vigente hasta el ${f.endDate}; esta valoración refleja la situación a fecha de ${f.asOf}.`,
    plan_not_running: () =>
      'El plan no está en curso: no se ha activado, por lo que todavía no hay nada exigible en virtud de él y no puede extraerse de él ningún resultado.',
    plan_not_started: (f) => `El plan todavía no ha comenzado (comienza después del ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `Todavía no hay ningún período de medición completo para ${w.list(f.goals.map((g) => `${quoted(g.title)} (se mide por ${unitOf(g.unit, 2)})`))}: es demasiado pronto para valorarlo.`
        : 'Todavía no ha transcurrido ningún período de medición completo: no hay nada que valorar.',
    insufficient_coverage: (f) =>
      `El ${w.percent(f.share)} de los períodos de medición transcurridos tiene datos${f.goals.length > 0 ? `, una proporción menor en ${several(f.goals) ? 'los objetivos' : 'el objetivo'}${every(f.scope) ? '' : several(f.goals) ? ' obligatorios' : ' obligatorio'} ${titles(f.goals)}` : ''} (la política exige el ${w.percent(f.threshold)}): los datos son insuficientes para decidir.`,
    required_goal_without_data: (f) =>
      every(f.scope)
        ? `Todavía no hay datos de ${titles(f.goals)}.`
        : `${several(f.goals) ? 'Objetivos obligatorios' : 'Objetivo obligatorio'} sin datos: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `Solo el ${w.percent(f.share)} de las reuniones de seguimiento realizadas está documentado (la política exige el ${w.percent(f.threshold)}): la documentación es insuficiente para decidir.`,
    required_goals_met_and_sustained: (f) => {
      const s = several(f.goals) ? 's' : '';
      return f.heldRecently > 0
        ? `${every(f.scope) ? `Cumplido${s}` : `Obligatorio${s} y cumplido${s}`}, mantenido${s} en los últimos períodos: ${titles(f.goals)}.`
        : `Todos los objetivos ${every(f.scope) ? '' : 'obligatorios '}se han cumplido y se han mantenido en sus últimos períodos: ${titles(f.goals)}.`;
    },
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}: un objetivo ${every(f.scope) ? '' : 'obligatorio '}cuyo nivel reciente alcanza su valor objetivo y se mantiene en él durante sus últimos períodos se considera cumplido y cuenta como mejora significativa y sostenida (criterio recentLevelMeetsRequired de la política).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map(
        (g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}, grado de consecución del ${w.percent(g.attainment)} frente a un umbral mínimo del ${w.percent(g.floor)}`,
      );
      return `La puntuación es ${w.plain(f.score, 1)}, igual o superior al umbral de éxito de ${w.plain(f.threshold, 1)}, y ningún objetivo está por debajo de su umbral mínimo: mejora significativa y sostenida${items.length > 0 ? `, aunque ${several(items) ? 'estos objetivos no alcanzan su valor objetivo' : 'este objetivo no alcanza su valor objetivo'}: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) =>
      `${several(f.goals) ? 'No cumplidos, y no obligatorios' : 'No cumplido, y no obligatorio'} para el éxito del plan: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${
        every(f.scope)
          ? `${several(f.goals) ? 'No cumplidos' : 'No cumplido'} (ningún objetivo está marcado como obligatorio, por lo que cuentan todos)`
          : several(f.goals)
            ? 'Objetivos obligatorios no cumplidos'
            : 'Objetivo obligatorio no cumplido'
      }: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` La puntuación de ${w.plain(f.score.score, 1)} alcanza o supera el umbral de éxito de ${w.plain(f.score.threshold, 1)}, pero una puntuación no sustituye a un objetivo obligatorio.` : ''}`,
    required_goal_not_sustained: (f) =>
      `${several(f.goals) ? 'Cumplidos, pero no mantenidos' : 'Cumplido, pero no mantenido'} en los últimos períodos: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `Por debajo de ${several(f.goals) ? 'sus umbrales mínimos' : 'su umbral mínimo'}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `Mejora real: la puntuación es ${w.plain(f.score, 1)} (umbral de prórroga: ${w.plain(f.threshold, 1)}) y el nivel reciente ha cerrado el ${w.percent(f.progress)} de las brechas.`,
    leading_indicators_improving: (f) => `Los indicadores adelantados mejoran, mientras que los resultados van con retraso. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `En buen camino: todos los objetivos iniciados están cumplidos o en buen camino respecto a su trayectoria esperada (${titles(f.goals)}), por lo que la mejora está donde el plan la prevé a estas alturas.`,
    extension_cap_reached: (f) =>
      `El plan ya ha tenido ${n(f.count, '# prórroga', '# prórrogas')} de un máximo de ${w.count(f.cap)} que permite la política; no puede recomendarse otra.`,
    no_real_improvement: (f) =>
      `Sin mejora real: la puntuación es ${w.plain(f.score, 1)} (umbral de prórroga: ${w.plain(f.threshold, 1)}) y el nivel reciente ha cerrado el ${w.percent(f.progress)} de las brechas.`,
    company_commitment_shortfall: (f) =>
      `La empresa no cumplió su parte del plan (${shortfallDetail(f)}): el plan no puede cerrarse con equidad como «no superado».`,
  },
  goalStatus: {
    not_started: (goal) => `El período de medición del objetivo comienza el ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `Todavía no hay ${noComplete(goal.periodUnit)} en el período de medición (${n(goal.observations, '# observación', '# observaciones')} hasta ahora).`
        : `No hay observaciones utilizables del indicador ${goal.metric.name} del ${goal.window.start} al ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Cumplido: el ${w.percent(goal.metShare)} de ${allComplete(goal.periodUnit)} alcanzó o superó ${v(goal.target)} (media: ${v(goal.observed ?? 0)}).`
        : `Cumplido: ${v(goal.observed ?? 0)} frente a un valor objetivo de ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `No cumplido: el ${w.percent(goal.metShare)} de ${allComplete(goal.periodUnit)} alcanzó o superó ${v(goal.target)} al cerrarse el período de medición, el ${goal.window.end}.`
        : `No cumplido: ${v(goal.observed ?? 0)} frente a un valor objetivo de ${v(goal.target)} al cerrarse el período de medición, el ${goal.window.end}.`;
    },
    on_track: (goal) => trajectoryNote('En buen camino', goal),
    at_risk: (goal) => trajectoryNote('En riesgo', goal),
    off_track: (goal) => trajectoryNote('Desviado', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `${n(f.count, '# observación del flujo de datos repite', '# observaciones del flujo de datos repiten')} las propias del plan (el mismo identificador o, sin identificador, las mismas cifras; ${first(f)}); cada una se contó una sola vez.`,
    duplicate_id: (f) =>
      `${n(f.count, '# observación', '# observaciones')} ${sourceName(f)} ${f.count === 1 ? 'repite' : 'repiten'} un identificador ya leído allí con las mismas cifras (${first(f)}); cada una se contó una sola vez.`,
    conflicting_duplicate: (f) =>
      `${n(f.count, '# observación', '# observaciones')} ${sourceName(f)} ${f.count === 1 ? 'reutiliza' : 'reutilizan'} un identificador ya leído con otras cifras (${first(f)}); cuenta la primera lectura y ${f.count === 1 ? 'esta se descartó' : 'estas se descartaron'}. Revise la fuente.`,
    window_moved: (f) =>
      `El período de medición del objetivo ${id(f.goalId)}, del ${f.windowStart} al ${f.windowEnd}, se desplazó con el calendario del plan y pasó a ser del ${f.evaluatedStart} al ${f.evaluatedEnd} (${n(f.count, '# día', '# días')} más tarde), igual que la fecha de fin del plan: la persona empleada conserva todos los días laborables que le otorgaba el plan, sea cual sea la duración de la pausa (criterio windowsFollowPauses de la política).`,
    paused_days_excluded: (f) =>
      `${n(f.count, '# día en pausa', '# días en pausa')} (${f.pauses.map((p) => (p.start === p.end ? p.start : `del ${p.start} al ${p.end}`) + (p.open ? ', todavía abierta' : '')).join('; ')}) ${f.count === 1 ? 'queda' : 'quedan'} fuera de toda medición: ningún período, proporción, cobertura, tendencia, ritmo ni valor esperado ${f.count === 1 ? 'lo tiene' : 'los tiene'} en cuenta, y en ${f.count === 1 ? 'él' : 'ellos'} no vence ninguna reunión de seguimiento ni sesión de apoyo.`,
    window_clipped: (f) =>
      `El período de medición del objetivo ${id(f.goalId)}, del ${f.windowStart} al ${f.windowEnd}, excede el plan (del ${f.planStart} al ${f.planEnd}); se evaluó del ${f.evaluatedStart} al ${f.evaluatedEnd} (${n(f.count, '# día recortado', '# días recortados')}).`,
  },
  issues: {
    observation_unknown_metric: (f) => `La observación se refiere al indicador ${id(f.metricId)}, que el plan no define; se descartó.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `La observación de ${id(f.metricId)} necesita un numerador y un denominador (el indicador es un cociente de totales); se descartó.`
        : `La observación de ${id(f.metricId)} necesita un valor; se descartó.`,
    observation_invalid: (f) => `La observación de ${id(f.metricId)} tiene una fecha o un número no válidos; se descartó.`,
    goal_metric_unknown: (f) => `El objetivo ${id(f.goalId)} se refiere al indicador ${id(f.metricId)}, que el plan no define; no se evaluó.`,
    policy_invalid: POLICY_CATALOGS_ES.issues.policy_invalid,
    issues_truncated: (f) => `${n(f.count, 'No se listó # incidencia más', 'No se listaron # incidencias más')} de los mismos tipos.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const v = runValue(f);
      const detail = runDetail(f);
      return f.prorated
        ? `${quoted(f.title)} volvió a caer por debajo del valor objetivo durante ${run(f)} (del ${f.start} al ${f.end}): ${each(f.unit)} se comparó con la parte que le corresponde, según sus días laborables, del valor objetivo de ${v(f.target)} en el período de medición del objetivo${detail ? ` (${detail})` : ''}. La causa de fondo no se resolvió; conviene actuar con rapidez.`
        : `${quoted(f.title)} volvió a caer por debajo de su valor objetivo de ${v(f.target)} durante ${run(f)} (del ${f.start} al ${f.end}${detail ? `; ${detail}` : ''}): la causa de fondo no se resolvió; conviene actuar con rapidez.`;
    },
    relapse_lost_improvement: (f) => {
      const detail = runDetail(f);
      return `${quoted(f.title)} perdió más del ${w.percent(f.lossShare)} de la mejora lograda durante el plan a lo largo de ${run(f)} (del ${f.start} al ${f.end}${detail ? `; ${detail}` : ''}).`;
    },
    not_closed_successfully: (f) =>
      `El seguimiento de recaídas se aplica tras un cierre con éxito; este plan ${'outcome' in f ? `se cerró con el resultado ${f.outcome}` : `no está cerrado (estado ${f.status})`}.`,
    no_monitoring_data: (f) => `No hay datos de seguimiento de ${quoted(f.title)} desde el ${f.start}.`,
    holding: (f) => `${quoted(f.title)} se mantiene: ninguna racha de ${n(f.count, '# período', '# períodos')} por debajo del valor objetivo desde el ${f.start}.`,
  },
  screen: {
    leading_indicator_declining: (f) => `${quoted(f.metricName)} está empeorando: ${decline(f)} (política: ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `${quoted(f.metricName)} ya está empeorando: ${decline(f)}.`,
    outcomes_holding: () => 'Los resultados todavía no han bajado: es el momento de acompañar con coaching, antes de que haga falta un plan.',
    insufficient_data: (f) => `${quoted(f.metricName)} tiene demasiado pocos períodos con datos para el análisis (${w.count(f.count)}).`,
    steady: () => 'Ningún indicador adelantado empeora más allá de lo que admite la política.',
  },
};
