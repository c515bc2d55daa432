/**
 * The evaluation's sentences in Spanish: recommendation reasons, goal status notes, the triad,
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

const w = figureWords('es');

const UNIT: Readonly<Record<string, PluralForms>> = {
  day: { one: 'día', other: 'días' },
  week: { one: 'semana', other: 'semanas' },
  month: { one: 'mes', other: 'meses' },
};
/** "las últimas 4 semanas", "el último mes". */
const LAST: Readonly<Record<string, PluralForms>> = {
  day: { one: 'el último día', other: 'los últimos # días' },
  week: { one: 'la última semana', other: 'las últimas # semanas' },
  month: { one: 'el último mes', other: 'los últimos # meses' },
};
const unitOf = (unit: string, count: number): string => (Object.hasOwn(UNIT, unit) ? w.plural(count, UNIT[unit]!) : unit);
const last = (unit: string, count: number): string => (Object.hasOwn(LAST, unit) ? w.plural(count, LAST[unit]!) : `${w.count(count)} ${unit}`);
/** What a goal is measured by: "por semanas". */
const MEASURED_BY: Readonly<Record<string, string>> = { day: 'por días', week: 'por semanas', month: 'por meses' };
/** "completas" (semanas) or "completos" (días, meses). */
const complete = (unit: string): string => (unit === 'week' ? 'completas' : 'completos');

const quoted = (title: string): string => `«${title}»`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
const id = (value: string | undefined): string => JSON.stringify(value);
const count = (n: number, forms: PluralForms): string => w.plural(n, forms);

const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'Los objetivos de habilidades, comportamiento y resultados se han cumplido todos.',
  improving: () => 'Las habilidades, el comportamiento y los resultados mejoran a la vez.',
  improving_lagging_results: () =>
    'Las habilidades y el comportamiento mejoran, pero los resultados aún no acompañan: una mejora que todavía no se refleja en las cifras, no un fracaso.',
  skill_not_applied: () => 'La habilidad mejora, pero aún no se aplica en oportunidades reales (el comportamiento no mejora).',
  results_without_leading_change: () =>
    'Los resultados han mejorado sin un cambio equivalente en las habilidades o el comportamiento: conviene descartar causas externas antes de contar con que se mantengan.',
  declining: () => 'El sistema de medición empeora: al menos un componente está por debajo del valor de partida y ninguno mejora.',
  no_improvement: () => 'Ningún componente del sistema de medición muestra una mejora real respecto al valor de partida.',
  no_data: () => 'Todavía no hay datos de ningún componente del sistema de medición.',
};

/** Where a goal that is not met stands, with its figures. */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : ' hasta ahora';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}: en ${v(f.target)} o por encima en ${w.count(p.atTarget)} de ${w.count(p.counted)} ${unitOf(p.unit, p.counted)}${soFar} (${w.percent(p.metShare)}; se requiere ${w.percent(f.periodMetShare)})`;
  }
  if (f.observed === null) return `${quoted(f.title)}: sin datos`;
  return `${quoted(f.title)}: ${v(f.observed)}${soFar} frente a un valor objetivo de ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}: en ${w.value(f.target, f.metric)} o por encima en ${w.count(s.atTarget)} de ${last(s.unit, s.counted)} (se requiere el ${w.percent(f.sustainShare)} de los últimos ${w.count(s.periods)})`;
}

/** A required goal held at target recently. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over = win !== null ? `una media de ${v(f.observed)} y estuvo en el valor objetivo o por encima en ${w.count(win.atTarget)} de ${w.count(win.counted)} ${unitOf(win.unit, win.counted)}` : v(f.observed);
  const s = r.lastPeriods;
  return `${quoted(f.title)} registra ${over} en su período de medición, por debajo de su valor objetivo de ${v(f.target)}, pero estuvo en ${v(f.target)} o por encima en ${w.count(s.atTarget)} de ${last(s.unit, s.counted)} (${v(r.value)} del ${r.start} al ${r.end})`;
}

/** A goal below its floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`grado de cumplimiento ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`nivel reciente ${w.percent(f.progress)} de la brecha`);
  return `${quoted(f.title)}: ${parts.join(', ')}, frente a un umbral mínimo de ${w.percent(f.floor)}`;
}

/** What fell short on the company's side. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push('no se comprometió ningún apoyo');
  else if (f.support !== null)
    parts.push(`se realizaron ${w.count(f.support.delivered)} de ${count(f.support.due, { one: '# sesión de apoyo prevista', other: '# sesiones de apoyo previstas' })} (${w.percent(f.support.share)})`);
  for (const c of f.commitments) parts.push(`${quoted(c.description)}: ${w.count(c.delivered)} de ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push('no se realizó ninguna reunión de seguimiento');
  else if (f.checkIns !== null)
    parts.push(`se realizaron ${w.count(f.checkIns.held)} de ${count(f.checkIns.due, { one: '# reunión de seguimiento prevista', other: '# reuniones de seguimiento previstas' })} (${w.percent(f.checkIns.share)})`);
  return parts.join('; ');
}

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `el nivel reciente (${last(goal.periodUnit, goal.recent!.periods)}) es ` : ''}${v(e.current)} frente a ${v(e.value)} esperado a estas alturas (${e.behindShare > 0 ? `${w.percent(e.behindShare)} de la brecha por detrás` : 'en la trayectoria o por delante'})`
    : `${v(goal.observed ?? 0)} hasta ahora`;
  const projection = goal.projected !== null ? `; proyección de ${v(goal.projected)} al ${goal.window.end} frente a ${v(goal.target)}` : '';
  return `${label}: ${where}${projection}.`;
}

const first = (f: RepeatWarningFacts): string => `la primera: ${f.id === undefined ? '' : `${id(f.id)} en `}${f.source}[${f.index}]`;
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? 'las observaciones propias del plan' : 'el flujo de datos');

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `en los últimos ${w.count(f.count)} períodos su tendencia se movió en la dirección equivocada un ${w.percent(f.share)} de su nivel habitual (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })})`;

/** The evaluation's sentences in Spanish. */
export const EVALUATION_CATALOGS_ES: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `Provisional: el plan sigue vigente hasta el ${f.endDate}; esta lectura es a fecha de ${f.asOf}.`,
    plan_not_running: () =>
      'El plan no está activo: no se ha puesto en marcha, así que todavía no hay nada pendiente en virtud de él y no puede deducirse ningún resultado.',
    plan_not_started: (f) => `El plan aún no ha comenzado (empieza después del ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `Todavía no hay ningún período de medición completo para ${w.list(f.goals.map((g) => `${quoted(g.title)} (medido ${MEASURED_BY[g.unit] ?? g.unit})`))}: es demasiado pronto para valorar.`
        : 'Todavía no ha transcurrido ningún período de medición completo: no hay nada que valorar.',
    insufficient_coverage: (f) =>
      `El ${w.percent(f.share)} de los períodos de medición transcurridos tiene datos${f.goals.length > 0 ? `, menos en ${f.goals.length > 1 ? 'los objetivos' : 'el objetivo'} ${every(f.scope) ? '' : f.goals.length > 1 ? 'obligatorios ' : 'obligatorio '}${titles(f.goals)}` : ''} (la política exige el ${w.percent(f.threshold)}): datos insuficientes para decidir.`,
    required_goal_without_data: (f) =>
      every(f.scope) ? `Aún no hay datos de ${titles(f.goals)}.` : `${several(f.goals) ? 'Hay objetivos obligatorios' : 'Hay un objetivo obligatorio'} sin datos: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `Solo el ${w.percent(f.share)} de las reuniones de seguimiento realizadas está documentado (la política exige el ${w.percent(f.threshold)}): documentación insuficiente para decidir.`,
    required_goals_met_and_sustained: (f) =>
      f.heldRecently > 0
        ? `${every(f.scope) ? 'Cumplidos' : 'Obligatorios y cumplidos'}, mantenidos en los últimos períodos: ${titles(f.goals)}.`
        : `Todos los objetivos ${every(f.scope) ? '' : 'obligatorios '}se han cumplido y se han mantenido en sus últimos períodos: ${titles(f.goals)}.`,
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}: un objetivo ${every(f.scope) ? '' : 'obligatorio '}cuyo nivel reciente alcanza el valor objetivo y se mantiene en él durante sus últimos períodos se considera cumplido, una mejora significativa y sostenida (regla recentLevelMeetsRequired de la política).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map((g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}, grado de cumplimiento ${w.percent(g.attainment)} frente a un umbral mínimo de ${w.percent(g.floor)}`);
      return `La puntuación es ${w.plain(f.score, 1)}, igual o superior al umbral de éxito de ${w.plain(f.threshold, 1)}, sin ningún objetivo por debajo de su umbral mínimo: mejora significativa y sostenida${items.length > 0 ? `, aunque ${several(items) ? 'estos objetivos no alcanzan' : 'este objetivo no alcanza'} el valor objetivo: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) => `No cumplido, y no obligatorio para el éxito: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${every(f.scope) ? 'No cumplido (ningún objetivo está marcado como obligatorio, así que cuentan todos)' : several(f.goals) ? 'Objetivos obligatorios no cumplidos' : 'Objetivo obligatorio no cumplido'}: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` La puntuación de ${w.plain(f.score.score, 1)} supera el umbral de éxito de ${w.plain(f.score.threshold, 1)}, pero una puntuación no sustituye a un objetivo obligatorio.` : ''}`,
    required_goal_not_sustained: (f) => `Cumplido, pero no mantenido en los últimos períodos: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `Por debajo de ${several(f.goals) ? 'sus umbrales mínimos' : 'su umbral mínimo'}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `Mejora real: la puntuación es ${w.plain(f.score, 1)} (umbral de prórroga ${w.plain(f.threshold, 1)}) y el nivel reciente ha cerrado el ${w.percent(f.progress)} de las brechas.`,
    leading_indicators_improving: (f) => `Los indicadores adelantados mejoran mientras los resultados aún no acompañan. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `En buen camino: todos los objetivos iniciados están cumplidos o en su trayectoria esperada (${titles(f.goals)}), de modo que la mejora está donde el plan la espera a estas alturas.`,
    extension_cap_reached: (f) =>
      `El plan ya ha tenido ${count(f.count, { one: '# prórroga', other: '# prórrogas' })} de ${count(f.cap, { one: 'la única que permite', other: 'las # que permite' })} la política; no puede recomendarse otra.`,
    no_real_improvement: (f) =>
      `Sin mejora real: la puntuación es ${w.plain(f.score, 1)} (umbral de prórroga ${w.plain(f.threshold, 1)}) y el nivel reciente ha cerrado el ${w.percent(f.progress)} de las brechas.`,
    company_commitment_shortfall: (f) =>
      `La empresa no cumplió su parte del plan (${shortfallDetail(f)}): el plan no puede terminar con equidad como «no cumplido».`,
  },
  goalStatus: {
    not_started: (goal) => `El período de medición del objetivo empieza el ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `Aún no hay ningún período completo (${unitOf(goal.periodUnit, 1)}) en el período de medición (${count(goal.observations, { one: '# observación', other: '# observaciones' })} hasta ahora).`
        : `No hay observaciones utilizables de ${goal.metric.name} del ${goal.window.start} al ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Cumplido: el ${w.percent(goal.metShare)} de ${goal.periodUnit === 'week' ? 'las' : 'los'} ${unitOf(goal.periodUnit, 2)} ${complete(goal.periodUnit)} en ${v(goal.target)} o por encima (media ${v(goal.observed ?? 0)}).`
        : `Cumplido: ${v(goal.observed ?? 0)} frente a un valor objetivo de ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `No cumplido: el ${w.percent(goal.metShare)} de ${goal.periodUnit === 'week' ? 'las' : 'los'} ${unitOf(goal.periodUnit, 2)} ${complete(goal.periodUnit)} en ${v(goal.target)} o por encima al terminar el período de medición, el ${goal.window.end}.`
        : `No cumplido: ${v(goal.observed ?? 0)} frente a un valor objetivo de ${v(goal.target)} al terminar el período de medición, el ${goal.window.end}.`;
    },
    on_track: (goal) => trajectoryNote('En buen camino', goal),
    at_risk: (goal) => trajectoryNote('En riesgo', goal),
    off_track: (goal) => trajectoryNote('Desviado', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `${count(f.count, { one: '# observación del flujo repite', other: '# observaciones del flujo repiten' })} las propias del plan (el mismo identificador, o idénticas sin identificador; ${first(f)}); cada una se contó una sola vez.`,
    duplicate_id: (f) =>
      `${count(f.count, { one: '# observación', other: '# observaciones' })} de ${sourceName(f)} ${f.count === 1 ? 'repite' : 'repiten'} un identificador ya leído allí con las mismas cifras (${first(f)}); cada una se contó una sola vez.`,
    conflicting_duplicate: (f) =>
      `${count(f.count, { one: '# observación', other: '# observaciones' })} de ${sourceName(f)} ${f.count === 1 ? 'reutiliza' : 'reutilizan'} un identificador ya leído con otras cifras (${first(f)}); cuenta la primera lectura y ${f.count === 1 ? 'esta se descartó' : 'estas se descartaron'}. Revise la fuente.`,
    window_moved: (f) =>
      `El período de medición del objetivo ${id(f.goalId)}, del ${f.windowStart} al ${f.windowEnd}, se desplazó con el calendario del plan al ${f.evaluatedStart}–${f.evaluatedEnd} (${count(f.count, { one: '# día', other: '# días' })} después), igual que la fecha de fin del plan: el empleado/a conserva todos los días laborables que le daba el plan, sea cual sea la duración de la pausa (regla windowsFollowPauses).`,
    paused_days_excluded: (f) =>
      `${count(f.count, { one: '# día en pausa', other: '# días en pausa' })} (${f.pauses.map((p) => (p.start === p.end ? p.start : `del ${p.start} al ${p.end}`) + (p.open ? ', aún abierta' : '')).join('; ')}) ${f.count === 1 ? 'queda' : 'quedan'} fuera de toda medición: ningún período, proporción, cobertura, tendencia, ritmo ni valor esperado ${f.count === 1 ? 'lo cuenta' : 'los cuenta'}, y en ${f.count === 1 ? 'él' : 'ellos'} no vence ninguna reunión de seguimiento ni sesión de apoyo.`,
    window_clipped: (f) =>
      `El período de medición del objetivo ${id(f.goalId)}, del ${f.windowStart} al ${f.windowEnd}, sobrepasa el plan (del ${f.planStart} al ${f.planEnd}); se evaluó del ${f.evaluatedStart} al ${f.evaluatedEnd} (${count(f.count, { one: '# día recortado', other: '# días recortados' })}).`,
  },
  issues: {
    observation_unknown_metric: (f) => `La observación se refiere al indicador ${id(f.metricId)}, que el plan no define; se descartó.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `La observación de ${id(f.metricId)} necesita numerador y denominador (el indicador es una razón de totales); se descartó.`
        : `La observación de ${id(f.metricId)} necesita un valor; se descartó.`,
    observation_invalid: (f) => `La observación de ${id(f.metricId)} tiene una fecha o un número no válidos; se descartó.`,
    goal_metric_unknown: (f) => `El objetivo ${id(f.goalId)} se refiere al indicador ${id(f.metricId)}, que el plan no define; no se evaluó.`,
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid':
          return `El campo de política ${f.field} debe ser ${f.expected}, no ${f.received}; se usó el valor predeterminado.`;
        case 'unknown':
          return `${f.field} no es un campo de esta política${f.suggestion === undefined ? '' : ` (¿quería decir ${f.suggestion}?)`}; se ignoró.`;
        case 'not_an_object':
          return `La política debe ser un objeto con los campos que se sustituyen, no ${f.received}; se usaron los valores predeterminados.`;
        case 'unreadable':
          return `No se pudo leer el campo de política ${f.field}; se usó el valor predeterminado.`;
      }
    },
    issues_truncated: (f) => `${count(f.count, { one: 'No se listó # incidencia más', other: 'No se listaron # incidencias más' })} del mismo tipo.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` frente a ${v(p.target)}` : ''}`).join('; ');
      const run = `${w.count(f.count)} ${unitOf(f.unit, f.count)} ${f.unit === 'week' ? 'consecutivas' : 'consecutivos'}`;
      return f.prorated
        ? `${quoted(f.title)} volvió a caer por debajo del valor objetivo durante ${run} (del ${f.start} al ${f.end}): cada período se comparó con su parte, en días laborables, del valor objetivo de ${v(f.target)} en el período de medición del objetivo${detail ? ` (${detail})` : ''}. La causa principal no se resolvió; conviene actuar con rapidez.`
        : `${quoted(f.title)} volvió a caer por debajo de su valor objetivo de ${v(f.target)} durante ${run} (del ${f.start} al ${f.end}${detail ? `; ${detail}` : ''}): la causa principal no se resolvió; conviene actuar con rapidez.`;
    },
    relapse_lost_improvement: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` frente a ${v(p.target)}` : ''}`).join('; ');
      return `${quoted(f.title)} perdió más del ${w.percent(f.lossShare)} de la mejora lograda en el plan durante ${w.count(f.count)} ${unitOf(f.unit, f.count)} ${f.unit === 'week' ? 'consecutivas' : 'consecutivos'} (del ${f.start} al ${f.end}${detail ? `; ${detail}` : ''}).`;
    },
    not_closed_successfully: (f) =>
      `El seguimiento de recaídas se aplica tras un cierre con éxito; este plan ${'outcome' in f ? `se cerró con el resultado ${f.outcome}` : `no está cerrado (estado ${f.status})`}.`,
    no_monitoring_data: (f) => `No hay datos de seguimiento de ${quoted(f.title)} desde el ${f.start}.`,
    holding: (f) => `${quoted(f.title)} se mantiene: ninguna racha de ${w.count(f.count)} períodos por debajo del valor objetivo desde el ${f.start}.`,
  },
  screen: {
    leading_indicator_declining: (f) => `${quoted(f.metricName)} está empeorando: ${decline(f)} (política: ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `${quoted(f.metricName)} ya está empeorando: ${decline(f)}.`,
    outcomes_holding: () => 'Los resultados aún no han bajado: es el momento de acompañar, antes de que haga falta un plan.',
    insufficient_data: (f) => `${quoted(f.metricName)} tiene muy pocos períodos con datos para la detección (${w.count(f.count)}).`,
    steady: () => 'Ningún indicador adelantado empeora más allá de lo que permite la política.',
  },
};
