/**
 * The rendered documents' words in Spanish: the plan document and the evaluation report.
 *
 * @module
 */
import type { RenderMessages } from '../../render/messages.js';
import { pluralForm } from '../../issues/plural.js';

type Forms = Parameters<typeof pluralForm>[2];

const n = (count: number, forms: Parameters<typeof pluralForm>[2]): string => pluralForm('es', count, forms);

/** A period unit with its count: "1 semana", "4 semanas". */
const UNIT: Readonly<Record<string, Forms>> = {
  day: { one: '# día', other: '# días' },
  week: { one: '# semana', other: '# semanas' },
  month: { one: '# mes', other: '# meses' },
};
const unitCount = (unit: string, count: number): string => n(count, Object.hasOwn(UNIT, unit) ? UNIT[unit]! : { other: `# ${unit}` });

/** The last periods: "la última semana", "las últimas 4 semanas". */
const LAST: Readonly<Record<string, Forms>> = {
  day: { one: 'el último día', other: 'los últimos # días' },
  week: { one: 'la última semana', other: 'las últimas # semanas' },
  month: { one: 'el último mes', other: 'los últimos # meses' },
};
const lastPeriods = (unit: string, count: number): string => n(count, Object.hasOwn(LAST, unit) ? LAST[unit]! : { other: `los últimos # ${unit}` });

/** Of the last periods: "de las últimas 4 semanas", "de 1 semana (la última)". */
const OF_LAST: Readonly<Record<string, Forms>> = {
  day: { one: 'de # día (el último)', other: 'de los últimos # días' },
  week: { one: 'de # semana (la última)', other: 'de las últimas # semanas' },
  month: { one: 'de # mes (el último)', other: 'de los últimos # meses' },
};
const ofLastPeriods = (unit: string, count: number): string => n(count, Object.hasOwn(OF_LAST, unit) ? OF_LAST[unit]! : { other: `de los últimos # ${unit}` });

/** "cada semana". */
const EACH: Readonly<Record<string, string>> = { day: 'cada día', week: 'cada semana', month: 'cada mes' };
const each = (unit: string): string => EACH[unit] ?? `cada ${unit}`;

/** Duration units by plural form. */
const DURATION: Readonly<Record<string, Forms>> = {
  minutes: { one: 'minuto', other: 'minutos' },
  hours: { one: 'hora', other: 'horas' },
  days: { one: 'día', other: 'días' },
};
/** A formatted amount read back as a number for its plural form ("1", "1,5", "24"). */
const amountOf = (amount: string): number => Number(amount.replace(/[\s\u00a0\u202f]/g, '').replace(/\.(?=\d{3}\b)/g, '').replace(',', '.'));

const WEEKDAYS: Readonly<Record<string, string>> = {
  monday: 'lunes', tuesday: 'martes', wednesday: 'miércoles', thursday: 'jueves', friday: 'viernes', saturday: 'sábado', sunday: 'domingo',
};
/** "los lunes", "los sábados". */
const onWeekday = (weekday: string): string => `los ${weekday.replace(/o$/, 'os')}`;

/** A label in the plural ("realizadas") made to agree with a count of one ("realizada"). */
const agree = (count: number, word: string): string => n(count, { one: `# ${word.replace(/([ao])s$/, '$1')}`, other: `# ${word}` });

/** A list in Spanish: "a, b y c". */
const list = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}` : items.join('');

const cap = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The rendered documents' words in Spanish. */
export const RENDER_MESSAGES_ES: RenderMessages = {
  term: 'Plan de mejora del desempeño',
  sections: {
    basics: 'Datos generales y finalidad del plan',
    diagnostic: 'Diagnóstico',
    gaps: 'Brechas de desempeño',
    goals: 'Objetivos',
    development: 'Plan de desarrollo',
    support: 'Apoyo y recursos',
    timeline: 'Calendario y reuniones de seguimiento',
    outcomes: 'Criterios de éxito y consecuencias',
    formalising: 'Revisión de RR. HH. y firmas',
    reference: 'Campos de referencia',
  },
  labels: {
    planId: 'N.º de plan', status: 'Estado', revision: 'Versión', employee: 'Empleado/a', role: 'Puesto', team: 'Equipo',
    territory: 'Zona comercial', manager: 'Responsable directo/a', hrPartner: 'Referente de RR. HH.', createdOn: 'Fecha de apertura',
    startDate: 'Inicio', endDate: 'Fin', duration: 'Duración', salesCycle: 'Ciclo de venta habitual', purpose: 'Finalidad',
    priorCoaching: 'Acompañamiento previo a este plan', strengths: 'Puntos fuertes', struggles: 'Dificultades',
    notDoing: 'Lo que todavía no hace', doingWrong: 'Lo que hace de una forma que no da resultado',
    systemFactors: 'Factores del entorno (zona, leads, metodología de venta, herramientas)', rootCause: 'Causa principal',
    rootCauseNotes: 'Observaciones sobre la causa', metric: 'Indicador', current: 'Nivel actual', standard: 'Estándar',
    difference: 'Brecha', period: 'Período', evidence: 'Evidencias', gapNotes: 'Observaciones sobre las brechas', goal: 'Objetivo',
    category: 'Categoría', baseline: 'Valor de partida', target: 'Valor objetivo', window: 'Período de medición', weight: 'Ponderación',
    required: 'Obligatorio', closesGap: 'Brecha que cierra', milestones: 'Hitos', goalNotes: 'Observaciones sobre los objetivos',
    skill: 'Habilidad', practice: 'Práctica para desarrollarla', feedback: 'Retroalimentación que muestra el avance', forGoals: 'Objetivos relacionados',
    support: 'Apoyo', kind: 'Tipo', owner: 'A cargo de', schedule: 'Calendario', addresses: 'Aborda',
    deliveryRecord: 'Registro de sesiones', delivered: 'Realizadas', phases: 'Fases', phase: 'Fase', days: 'Días',
    dates: 'Fechas', focus: 'Enfoque', checkInSchedule: 'Calendario de reuniones de seguimiento', checkInDates: 'Fechas de las reuniones de seguimiento',
    checkInLog: 'Registro de reuniones de seguimiento', number: 'N.º', date: 'Fecha', notes: 'Notas', progress: 'Avance',
    actions: 'Acciones acordadas', adjustments: 'Ajustes', privateNotes: 'Notas confidenciales del/de la responsable',
    attendees: 'Asistentes', changes: 'Modificaciones del plan', success: 'Cómo se reconoce el éxito',
    ifSuccessful: 'Si se cumplen los objetivos', ifNotMet: 'Si no se cumplen los objetivos', closure: 'Cierre',
    hrReview: 'Revisión de RR. HH.', decision: 'Decisión', reviewNotes: 'Notas de la revisión', signatures: 'Firmas',
    signature: 'Firma', comment: 'Comentario', mitigation: 'Cómo lo aborda el plan', yes: 'Sí', no: 'No',
    none: '—', value: 'Valor', copy: 'Ejemplar', signer: 'Función', name: 'Nombre', signed: 'Firmado', holidays: 'Días festivos',
    measurement: 'Cómo se mide el avance', level: 'Nivel', looksLike: 'Cómo se reconoce',
  },
  empty: {
    purpose: 'Todavía no se ha indicado la finalidad.',
    priorCoaching: 'No constan conversaciones de acompañamiento anteriores a este plan.',
    diagnostic: 'Todavía no se ha registrado el diagnóstico.',
    list: 'Sin registros.',
    systemFactors: 'No se han registrado factores del entorno.',
    gaps: 'Todavía no se han registrado brechas de desempeño.',
    goals: 'Todavía no se han fijado objetivos.',
    development: 'Todavía no hay acciones de desarrollo.',
    support: 'Todavía no se ha indicado ningún apoyo.',
    deliveries: 'Todavía no se han registrado sesiones de apoyo.',
    checkInSchedule: 'Todavía no hay reuniones de seguimiento programadas.',
    checkIns: 'Todavía no se han registrado reuniones de seguimiento.',
    outcome: 'Todavía no se ha indicado.',
    hrReview: 'Pendiente de revisión por RR. HH.',
    signatures: 'Pendiente de firma.',
    notes: 'Sin notas.',
  },
  rootCause: {
    skill: 'Habilidad: todavía no sabe hacerlo',
    will: 'Voluntad: no quiere hacerlo',
    system: 'Entorno: las condiciones de trabajo lo dificultan',
    mixed: 'Mixta: habilidad, voluntad y entorno a la vez',
  },
  systemFactorKind: {
    territory: 'Zona comercial', lead_quality: 'Calidad de los leads', playbook: 'Metodología de venta', tooling: 'Herramientas',
    tool_fatigue: 'Saturación de herramientas', other: 'Otro',
  },
  standardSource: {
    team_average: 'media del equipo', team_median: 'mediana del equipo', quota: 'cuota', role_standard: 'estándar del puesto',
    own_earlier_level: 'nivel anterior de la propia persona', other: 'estándar',
  },
  goalCategory: { revenue: 'Ingresos / resultados', activity: 'Actividad', skill: 'Habilidad', customer: 'Cliente', conduct: 'Conducta profesional' },
  metricKind: { skill: 'habilidad', behavior: 'comportamiento', activity: 'actividad', outcome: 'resultado' },
  supportKind: {
    coaching: 'Coaching', training: 'Formación', mentorship: 'Mentoría', shadowing: 'Acompañamiento en visitas y llamadas', tool: 'Herramienta', other: 'Otro',
  },
  planStatus: {
    draft: 'Borrador', in_review: 'En revisión por RR. HH.', awaiting_acknowledgement: 'Pendiente de acuse de recibo', active: 'En vigor',
    paused: 'En pausa', in_evaluation: 'En evaluación', closed: 'Cerrado', monitoring: 'En seguimiento posterior', completed: 'Finalizado',
  },
  phase: {
    diagnose_and_develop: 'Diagnosticar y desarrollar',
    practise_and_apply: 'Practicar y aplicar',
    measure_and_evaluate: 'Medir y evaluar',
  },
  phaseFocus: {
    diagnose_and_develop: 'Formación y práctica en un entorno seguro; el/la responsable observa y ofrece retroalimentación.',
    practise_and_apply: 'La habilidad se aplica en oportunidades de venta reales y se revisa.',
    measure_and_evaluate: 'Aplicación sistemática; los resultados se miden y se revisan con datos.',
  },
  signerRole: { manager: 'Responsable directo/a', employee: 'Empleado/a', hr: 'RR. HH.' },
  slotStatus: { held: 'Realizada', missed: 'No realizada', overdue: 'Vencida', due: 'Pendiente', upcoming: 'Próxima', scheduled: 'Programada' },
  sessionStatus: { delivered: 'Realizada', missed: 'No realizada', overdue: 'Vencida', upcoming: 'Próxima', scheduled: 'Programada' },
  closingOutcome: {
    successful: 'Superado con éxito', extended_then_closed: 'Prorrogado y después cerrado', not_met: 'No superado', withdrawn: 'Retirado',
  },
  reviewDecision: { approved: 'Aprobado', changes_requested: 'Cambios solicitados' },
  checkInStatus: { held: 'Realizada', missed: 'No realizada' },
  audience: { employee: 'Ejemplar para la persona empleada', manager: 'Ejemplar para el/la responsable', hr: 'Ejemplar para RR. HH.' },
  documentTitle: (term, employee) => `${term}: ${employee}`,
  subtitle: (role, team) => (team ? `${role}, ${team}` : role),
  audienceNote: (audience, term) =>
    audience === 'employee'
      ? `${term}: ejemplar para la persona empleada.`
      : `${term}: ejemplar para ${audience === 'hr' ? 'RR. HH.' : 'el/la responsable'}, con las notas confidenciales del/de la responsable y las notas internas de revisión. No debe compartirse con la persona empleada.`,
  footer: (term, asOf) => (asOf ? `${term}. Estados a fecha de ${asOf}.` : `${term}.`),
  days: (count) => n(count, { one: '# día', other: '# días' }),
  dayRange: (first, last) => `Días ${first} a ${last}`,
  dateRange: (start, end) => `del ${start} al ${end}`,
  byDeadline: (date) => `a más tardar el ${date}`,
  basis: (basis) => ({ per_day: 'por día', per_week: 'por semana', per_month: 'por mes', window: 'en todo el período' })[basis],
  atLeast: (value) => `como mínimo ${value}`,
  atMost: (value) => `como máximo ${value}`,
  shortBy: (amount) => `${amount} por debajo`,
  overBy: (amount) => `${amount} por encima`,
  noGap: 'cumple el estándar',
  percentagePoints: (amount) => `${amount} p. p.`,
  durationUnit: (amount, unit) => (unit ? `${amount} ${n(amountOf(amount), DURATION[unit] ?? { other: unit })}` : amount),
  rubricLevel: (value, label) => `${value} (${label})`,
  every: (every, starting, count) =>
    `${{ week: 'Cada semana', two_weeks: 'Cada dos semanas', month: 'Cada mes' }[every]} a partir del ${starting}${count !== undefined ? `, ${n(count, { one: '# sesión', other: '# sesiones' })}` : ''}`,
  dueOn: (dates) => `Fechas previstas: ${list(dates)}`,
  deliveredCount: (delivered, missed, total) =>
    `${delivered} de ${n(total, { one: '# sesión realizada', other: '# sesiones realizadas' })}${missed > 0 ? `, ${n(missed, { one: '# no realizada', other: '# no realizadas' })}` : ''}`,
  checkInCadence: (cadence, weekday) => `${cadence === 'weekly' ? 'Semanal' : 'Cada dos semanas'}, ${onWeekday(weekday)}`,
  businessDaysOnly: 'Trasladadas fuera de los fines de semana',
  holidays: (dates) =>
    `No hay reuniones de seguimiento el ${list(dates)}; una reunión que coincida con una de esas fechas se traslada al siguiente día laborable`,
  milestone: (label, date, target, goal) => `${label ? `${label}, ` : ''}${date}: ${target} (objetivo «${goal}»)`,
  extension: (days, from, to, reason) => `Prórroga de ${n(days, { one: '# día', other: '# días' })}, del ${from} al ${to}: ${reason}`,
  pause: (start, end, reason) => `En pausa ${end ? `del ${start} al ${end}` : `desde el ${start}`}: ${reason}`,
  amendment: (date, by, target, reason, revision) => `${date}: ${by} modificó «${target}» (versión ${revision}). Motivo: ${reason}`,
  amendedGoal: (title, changes) => `Objetivo «${title}»: ${changes.length > 0 ? changes.join('; ') : 'sin cambios en sus condiciones'}`,
  amendedSupport: (description, changes) => `Apoyo «${description}»: ${changes.length > 0 ? changes.join('; ') : 'sin cambios en sus condiciones'}`,
  amendmentWithChange: (amendment, change) => `${amendment} — ${change}`,
  addedGoal: (title) => `Se añade el objetivo «${title}»`,
  addedSupport: (description) => `Se añade el apoyo «${description}»`,
  fieldChange: (field, before, after) => `${field}: ${before} → ${after}`,
  amendmentFields: {
    title: 'título',
    category: 'categoría',
    metricId: 'indicador',
    baseline: 'valor de partida',
    target: 'valor objetivo',
    window: 'período de medición',
    deadline: 'fecha límite',
    weight: 'ponderación',
    required: 'obligatorio',
    floor: 'umbral mínimo',
    milestones: 'hitos',
    gapIds: 'brechas',
    description: 'descripción',
    kind: 'tipo',
    owner: 'a cargo de',
    ownerName: 'a cargo de',
    cadence: 'calendario',
    dueDates: 'fechas previstas',
    goalIds: 'objetivos',
    systemFactorIds: 'factores del entorno',
  },
  closure: (outcome, date, by) => `${outcome}; cerrado el ${date} por ${by}`,
  closureBasis: (date, recommendation) => `Decisión adoptada a partir de la evaluación a fecha de ${date}, que recomendaba: ${recommendation}.`,
  closureBasisFigures: (score, reasons) =>
    `Puntuación: ${score} de 100; motivos: ${reasons.length > 0 ? reasons.join('; ') : 'no consta ninguno'}.`,
  closureDeparture: (reason) => `Motivo para apartarse de la recomendación: ${reason}`,
  reasonCode: {
    provisional_before_end: 'provisional, antes de la fecha de fin',
    plan_not_running: 'el plan no está en vigor',
    plan_not_started: 'el plan no ha comenzado',
    nothing_elapsed: 'todavía no ha transcurrido tiempo',
    insufficient_coverage: 'datos insuficientes',
    required_goal_without_data: 'un objetivo obligatorio sin datos',
    check_ins_undocumented: 'reuniones de seguimiento sin documentar',
    required_goals_met_and_sustained: 'objetivos obligatorios cumplidos y mantenidos',
    required_goal_held_recently: 'un objetivo obligatorio mantenido en el valor objetivo recientemente',
    score_past_success_threshold: 'puntuación por encima del umbral de éxito',
    non_required_goal_not_met: 'un objetivo no obligatorio sin cumplir',
    required_goal_not_met: 'un objetivo obligatorio sin cumplir',
    required_goal_not_sustained: 'un objetivo obligatorio no mantenido',
    goal_below_floor: 'un objetivo por debajo de su umbral mínimo',
    improvement_past_threshold: 'mejora por encima del umbral',
    leading_indicators_improving: 'mejoran los indicadores adelantados',
    goals_on_course: 'objetivos en buen camino',
    extension_cap_reached: 'no quedan prórrogas disponibles',
    no_real_improvement: 'sin mejora real',
    company_commitment_shortfall: 'el apoyo de la empresa fue insuficiente',
  },
  review: (decision, by, date) => `${decision} por ${by} el ${date}`,
  signatureStatement: (term) =>
    `La firma acredita que se ha recibido y comprendido este documento (${term}); no implica conformidad con su contenido. La persona empleada puede añadir un comentario.`,
  signedRevision: (revision) => `versión ${revision}`,
  unsigned: 'Sin firmar',
  weekday: (weekday) => WEEKDAYS[weekday.toLowerCase()] ?? weekday,
  gapFor: (metric, current, standard) => `${metric}: ${current} frente a ${standard}`,
  progressValue: (value) => `valor: ${value}`,
  actionLine: (description, owner, due) =>
    `${description}${owner ? ` (a cargo de ${owner}` : ''}${owner && due ? `, a más tardar el ${due})` : owner ? ')' : due ? ` (a más tardar el ${due})` : ''}`,
  privateNotesWarning: 'Confidencial: no se muestra a la persona empleada.',
  attendees: (names) => list(names),
  rubricTitle: (metric) => `Rúbrica: ${metric}`,
  standardLevel: 'el estándar',
  evaluation: {
    sections: {
      overview: 'Resumen',
      goals: 'Objetivos: situación de cada uno',
      triad: 'Habilidades, comportamiento y resultados',
      checkIns: 'Registro de reuniones de seguimiento',
      support: 'Registro del apoyo prestado',
      recommendation: 'Recomendación',
      data: 'Sobre los datos',
      reference: 'Campos de referencia',
    },
    labels: {
      asOf: 'A fecha de', reading: 'Lectura', score: 'Puntuación', progress: 'Avance', triad: 'Sistema de medición',
      checkIns: 'Reuniones de seguimiento', support: 'Apoyo', coverage: 'Cobertura de datos', leave: 'Ausencias', recommendation: 'Recomendación',
      goal: 'Objetivo', baseline: 'Valor de partida', target: 'Valor objetivo', observed: 'Valor observado', attainment: 'Grado de consecución', status: 'Estado',
      trend: 'Tendencia', weight: 'Ponderación', metric: 'Indicador', window: 'Período de medición', required: 'Obligatorio', sustained: 'Mantenido en el valor objetivo',
      projected: 'Proyección al final', skillLevel: 'Nivel de habilidad', recentLevel: 'Nivel reciente', component: 'Componente',
      state: 'Lectura', category: 'Categoría', points: 'Puntos', scheduled: 'Programadas', due: 'Previstas', held: 'Realizadas',
      missed: 'No realizadas', documented: 'Documentadas', date: 'Fecha', notes: 'Notas', progressNotes: 'Avance',
      actions: 'Acciones acordadas', privateNotes: 'Notas confidenciales del/de la responsable', commitment: 'Compromiso', kind: 'Tipo',
      owner: 'A cargo de', dueDate: 'Fecha prevista', deliveredOn: 'Realizada el', note: 'Nota', delivered: 'Realizadas', share: 'Proporción',
      period: 'Período', value: 'Valor', atTarget: 'En el valor objetivo', goalByGoal: 'Objetivo por objetivo', overviewChart: 'Grado de consecución por objetivo',
      scoreByCategory: 'Puntuación por categoría', deliveryByCommitment: 'Ejecución por compromiso', sessions: 'Sesiones',
      reasons: 'Motivos', milestones: 'Hitos', evidenceGoals: 'Objetivos', evidenceFigures: 'Cifras', evidenceDates: 'Fechas',
      plan: 'N.º de plan', dates: 'Fechas', copy: 'Ejemplar', none: '—', yes: 'Sí', no: 'No', inPeriod: 'En el período',
      runningTotal: 'Total acumulado', why: 'Motivos', periodsAtTarget: 'Períodos en el valor objetivo', legend: 'Medidas',
    },
    heldRecentlyStatus: 'No cumplido en el período de medición; mantenido en el valor objetivo recientemente',
    heldRecentlyShort: 'Mantenido recientemente',
    recentLevel: (value, periods, unit, gapShare) =>
      `${value} en ${lastPeriods(unit, periods)}${gapShare !== undefined ? ` (${gapShare} de la brecha cerrada)` : ''}`,
    periodsAtTarget: (atTarget, counted, unit, share, needed) =>
      `${atTarget} de ${unitCount(unit, counted)} (${share}${needed !== undefined ? `; se requiere ${needed}` : ''})`,
    periodsAtTargetShort: (atTarget, counted, unit) => `${atTarget} de ${unitCount(unit, counted)}`,
    lastPeriodsAtTarget: (atTarget, considered, unit, sustained) =>
      `${atTarget} ${ofLastPeriods(unit, considered)}${sustained ? ', mantenido' : ', no mantenido'}`,
    measuresLegend:
      'Grado de consecución: la parte de la brecha entre el valor de partida y el valor objetivo que se ha cerrado en todo el período de medición. Períodos en el valor objetivo: los períodos completos que alcanzan o superan el valor objetivo (en ellos se basa «cumplido» para los objetivos semanales y mensuales). Nivel reciente: el valor de los últimos períodos, que es lo que miden el avance y «mantenido en el valor objetivo».',
    goalStatus: {
      met: 'Cumplido', not_met: 'No cumplido', on_track: 'En buen camino', at_risk: 'En riesgo', off_track: 'Desviado', no_data: 'Todavía sin datos',
      not_started: 'No iniciado',
    },
    trend: { improving: 'Mejora', flat: 'Estable', declining: 'Empeora' },
    triadComponent: { skill: 'Habilidades', behavior: 'Comportamiento (con actividad)', outcome: 'Resultados' },
    triadState: { met: 'Cumplido', improving: 'Mejora', flat: 'Estable', declining: 'Empeora', no_data: 'Todavía sin datos', not_measured: 'No medido' },
    triadCode: {
      all_met: 'Todo cumplido',
      improving: 'Mejora conjunta',
      improving_lagging_results: 'Mejora, con resultados todavía rezagados',
      skill_not_applied: 'Habilidad todavía no aplicada',
      results_without_leading_change: 'Resultados sin cambio en los indicadores adelantados',
      declining: 'Empeoramiento',
      no_improvement: 'Sin mejora',
      no_data: 'Todavía sin datos',
    },
    outcome: {
      successful: 'Superado con éxito',
      extend: 'Prorrogar el plan',
      not_met: 'No superado',
      insufficient_evidence: 'Evidencias insuficientes para decidir',
    },
    outcomeMeaning: {
      successful: 'Los objetivos se han cumplido o la mejora es significativa y sostenida: se vuelve a la situación ordinaria, con un seguimiento para mantener el progreso.',
      extend: 'Hay un avance real, pero todavía insuficiente (o el apoyo de la empresa no se ha prestado en su totalidad): más tiempo, con los mismos objetivos y el mismo apoyo.',
      not_met: 'Los objetivos no se han cumplido y la mejora no es suficiente, habiéndose prestado el apoyo acordado.',
      insufficient_evidence: 'Los datos o las notas de las reuniones de seguimiento no bastan para una valoración justa: deben registrarse antes de decidir.',
    },
    logStatus: { held: 'Realizada', missed: 'No realizada', overdue: 'Vencida', due: 'Pendiente', upcoming: 'Próxima' },
    ledgerStatus: { delivered: 'Realizada', missed: 'No realizada', overdue: 'Vencida', upcoming: 'Próxima' },
    weighting: { goal_weights: 'según la ponderación de los objetivos', equal: 'todos los objetivos con la misma ponderación' },
    figure: {
      score: 'Puntuación', successScore: 'Umbral de éxito', extendScore: 'Umbral de prórroga', progress: 'Avance',
      improvementShare: 'Mejora requerida', coverage: 'Cobertura', minCoverage: 'Cobertura requerida',
      periodsWithData: 'Períodos con datos', periodsElapsed: 'Períodos transcurridos', elapsedPeriods: 'Períodos transcurridos',
      held: 'Reuniones de seguimiento realizadas', documented: 'Reuniones de seguimiento documentadas', documentedShare: 'Proporción documentada',
      minDocumentedShare: 'Proporción documentada requerida', supportDue: 'Sesiones de apoyo previstas', supportDelivered: 'Sesiones de apoyo realizadas',
      supportDeliveredShare: 'Apoyo prestado', minSupportDeliveredShare: 'Apoyo prestado requerido',
      minCommitmentDeliveredShare: 'Ejecución requerida por compromiso', checkInsDue: 'Reuniones de seguimiento previstas', checkInsHeld: 'Reuniones de seguimiento realizadas',
      checkInsHeldShare: 'Proporción de reuniones realizadas', minCheckInHeldShare: 'Proporción de reuniones realizadas requerida',
      extensionsGranted: 'Prórrogas concedidas', maxExtensions: 'Prórrogas permitidas',
      sustainShare: 'Proporción requerida de los últimos períodos', periodMetShare: 'Proporción requerida de períodos',
    },
    allGoals: (count) => n(count, { one: 'el único objetivo', other: 'los # objetivos' }),
    keyedFigure: (kind, subject) =>
      `${({ attainment: 'Grado de consecución', sustained: 'Mantenido en el valor objetivo', coverage: 'Cobertura', progress: 'Avance', delivered: 'Realizadas', due: 'Previstas', observed: 'Valor observado', target: 'Valor objetivo', recent: 'Nivel reciente', atTarget: 'Períodos en el valor objetivo', periods: 'Períodos contabilizados', metShare: 'Proporción de períodos en el valor objetivo', floor: 'Umbral mínimo', recentStart: 'Nivel reciente desde' } as Readonly<Record<string, string>>)[kind] ?? kind} (${subject})`,
    date: { asOf: 'A fecha de', endDate: 'Fin del plan', startDate: 'Inicio del plan' },
    documentTitle: (term, employee) => `Evaluación – ${term}: ${employee}`,
    audienceNote: (audience, term) =>
      audience === 'employee'
        ? `Evaluación – ${term}: ejemplar para la persona empleada.`
        : `Evaluación – ${term}: ejemplar para ${audience === 'hr' ? 'RR. HH.' : 'el/la responsable'}, con las notas confidenciales del/de la responsable sobre las reuniones de seguimiento. No debe compartirse con la persona empleada.`,
    footer: (term, asOf) => `Evaluación – ${term}, a fecha de ${asOf}. Las cifras reflejan los datos registrados hasta ese día.`,
    final: (end) => `Definitiva: el plan finalizó el ${end}.`,
    provisional: (end) => `Provisional: el plan sigue en vigor hasta el ${end}.`,
    score: (score, weighting) => `${score} de 100 (${weighting})`,
    progress: (share) => `El nivel reciente ha cerrado el ${share} de las brechas`,
    goalProgress: (share) => `El nivel reciente ha cerrado el ${share} de la brecha`,
    readingKind: { final: 'definitiva', provisional: 'provisional', notRunning: 'plan no en vigor' },
    notRunning: 'Sin efecto: el plan no se ha activado, por lo que todavía no hay nada pendiente en virtud de él.',
    ofDue: (count, due, what) => `${agree(count, what)} de ${n(due, { one: '# prevista', other: '# previstas' })}`,
    coverage: (share, withData, elapsed) =>
      `El ${share} de los períodos transcurridos tiene datos (${withData} de ${n(elapsed, { one: '# período', other: '# períodos' })})`,
    leave: (days, spans) =>
      `${n(days, { one: '# día en pausa', other: '# días en pausa' })} (${spans.join('; ')}), ${n(days, { one: 'excluido', other: 'excluidos' })} de toda medición: el calendario del plan se detuvo y nada se computó en contra de la persona empleada`,
    recommendationNote:
      'Se trata de una recomendación derivada de los datos, no de una decisión: la decisión corresponde al/a la responsable y a RR. HH., teniendo en cuenta las notas de las reuniones de seguimiento y el punto de vista de la persona empleada.',
    rawAttainment: (raw) => `${raw} de la brecha`,
    goalFacts: (category, weight, required) => `${category}, ponderación ${weight}${required ? ', obligatorio' : ''}`,
    progressLine: (goal, note, value) => `${goal}: ${note}${value !== undefined ? ` (valor: ${value})` : ''}`,
    chartTitle: (goal, metric) => `${goal}: ${metric}`,
    chartLegend: (series, baseline, target, asOf, milestones) =>
      `Línea azul: ${series}. Trazos grises: valor de partida ${baseline}. Trazos verdes: valor objetivo ${target}.${milestones ? ' Violeta: hitos.' : ''} Naranja: ${asOf}.`,
    seriesName: (unit, runningTotal) => (runningTotal ? `total acumulado al final de ${each(unit)}` : `valor de ${each(unit)}`),
    asOfMarker: (date) => `A fecha de ${date}`,
    baselineLine: (value) => `Valor de partida: ${value}`,
    targetLine: (value) => `Valor objetivo: ${value}`,
    sparkline: (series, spark, first, last) => `${cap(series)}: ${spark} (del ${first} al ${last})`,
    periodEnding: (date) => `hasta el ${date}`,
    barLabel: (attainment, status) => `${attainment} \u00b7 ${status}`,
    overviewTitle: 'Grado de consecución por objetivo: la parte de cada brecha que se ha cerrado',
    nothingToChart: 'Todavía no hay ningún período completo con datos.',
    skillLevel: (level, standard) => `${level}; el estándar es ${standard}`,
    sustainedShare: (share, sustained) => `${share} de los últimos períodos${sustained ? ', mantenido' : ''}`,
    noCheckIns: 'No hay reuniones de seguimiento programadas ni registradas.',
    noSupport: 'No se ha comprometido ninguna sesión de apoyo.',
    noGoals: 'El plan no tiene objetivos que evaluar.',
  },
};
