/**
 * The rendered documents' words in Spanish: the plan document and the evaluation report.
 *
 * @module
 */
import type { RenderMessages } from '../../render/messages.js';
import { pluralForm, type PluralForms } from '../../issues/plural.js';

const n = (count: number, forms: PluralForms): string => pluralForm('es', count, forms);

const UNIT: Readonly<Record<string, PluralForms>> = {
  day: { one: 'día', other: 'días' },
  week: { one: 'semana', other: 'semanas' },
  month: { one: 'mes', other: 'meses' },
};
const unitOf = (unit: string, count: number): string => (Object.hasOwn(UNIT, unit) ? n(count, UNIT[unit]!) : unit);
/** "las últimas 4 semanas", "el último mes". */
const LAST: Readonly<Record<string, PluralForms>> = {
  day: { one: 'el último día', other: 'los últimos # días' },
  week: { one: 'la última semana', other: 'las últimas # semanas' },
  month: { one: 'el último mes', other: 'los últimos # meses' },
};
const lastOf = (unit: string, count: number): string => (Object.hasOwn(LAST, unit) ? n(count, LAST[unit]!) : `${count} ${unit}`);
/** "de cada semana". */
const EACH: Readonly<Record<string, string>> = { day: 'cada día', week: 'cada semana', month: 'cada mes' };

const WEEKDAYS: Readonly<Record<string, string>> = {
  monday: 'lunes', tuesday: 'martes', wednesday: 'miércoles', thursday: 'jueves', friday: 'viernes', saturday: 'sábado', sunday: 'domingo',
};

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
    territory: 'Zona comercial', manager: 'Responsable directo', hrPartner: 'Referente de RR. HH.', createdOn: 'Fecha de inicio del proceso',
    startDate: 'Inicio', endDate: 'Fin', duration: 'Duración', salesCycle: 'Ciclo de venta habitual', purpose: 'Finalidad',
    priorCoaching: 'Acompañamiento previo a este plan', strengths: 'Lo que va bien', struggles: 'Dificultades',
    notDoing: 'Lo que aún no hace', doingWrong: 'Lo que hace de una forma que no funciona',
    systemFactors: 'Factores del entorno (zona, leads, metodología de ventas, herramientas)', rootCause: 'Causa principal',
    rootCauseNotes: 'Sobre la causa principal', metric: 'Indicador', current: 'Actual', standard: 'Estándar',
    difference: 'Brecha', period: 'Período', evidence: 'Evidencias', gapNotes: 'Sobre las brechas', goal: 'Objetivo',
    category: 'Categoría', baseline: 'Valor de partida', target: 'Valor objetivo', window: 'Período de medición', weight: 'Ponderación',
    required: 'Obligatorio', closesGap: 'Cierra la brecha', milestones: 'Hitos', goalNotes: 'Sobre los objetivos',
    skill: 'Habilidad', practice: 'Práctica que la desarrolla', feedback: 'Retroalimentación que muestra el progreso', forGoals: 'Para los objetivos',
    support: 'Apoyo', kind: 'Tipo', owner: 'Responsable', schedule: 'Calendario', addresses: 'Aborda',
    deliveryRecord: 'Registro de ejecución', delivered: 'Realizado', phases: 'Fases', phase: 'Fase', days: 'Días',
    dates: 'Fechas', focus: 'Enfoque', checkInSchedule: 'Calendario de seguimiento', checkInDates: 'Fechas de seguimiento',
    checkInLog: 'Registro de reuniones de seguimiento', number: 'N.º', date: 'Fecha', notes: 'Notas', progress: 'Avance',
    actions: 'Acciones acordadas', adjustments: 'Ajustes', privateNotes: 'Notas confidenciales del responsable',
    attendees: 'Asistentes', changes: 'Cambios en el plan', success: 'Cómo se reconoce el éxito',
    ifSuccessful: 'Si se cumplen los objetivos', ifNotMet: 'Si no se cumplen los objetivos', closure: 'Cierre',
    hrReview: 'Revisión de RR. HH.', decision: 'Decisión', reviewNotes: 'Notas de la revisión', signatures: 'Firmas',
    signature: 'Firma', comment: 'Comentario', mitigation: 'Cómo lo aborda el plan', yes: 'Sí', no: 'No',
    none: '—', value: 'Valor', copy: 'Ejemplar', signer: 'Función', name: 'Nombre', signed: 'Firmado', holidays: 'Festivos',
    measurement: 'Cómo se mide el avance', level: 'Nivel', looksLike: 'Cómo se reconoce',
  },
  empty: {
    purpose: 'Aún no se ha indicado la finalidad.',
    priorCoaching: 'No constan conversaciones de acompañamiento previas a este plan.',
    diagnostic: 'Aún no se ha registrado el diagnóstico.',
    list: 'Nada registrado.',
    systemFactors: 'No se han registrado factores del entorno.',
    gaps: 'Aún no se han registrado brechas de desempeño.',
    goals: 'Aún no se han fijado objetivos.',
    development: 'Aún no hay acciones de desarrollo.',
    support: 'Aún no se ha indicado ningún apoyo.',
    deliveries: 'Aún no se han registrado sesiones de apoyo.',
    checkInSchedule: 'Aún no hay reuniones de seguimiento programadas.',
    checkIns: 'Aún no se han registrado reuniones de seguimiento.',
    outcome: 'Aún no se ha indicado.',
    hrReview: 'Aún no revisado por RR. HH.',
    signatures: 'Aún no firmado.',
    notes: 'Sin notas.',
  },
  rootCause: {
    skill: 'Habilidad: todavía no sabe hacerlo',
    will: 'Voluntad: no quiere hacerlo',
    system: 'Entorno: las condiciones lo impiden',
    mixed: 'Mixta: habilidad, voluntad y entorno a la vez',
  },
  systemFactorKind: {
    territory: 'Zona comercial', lead_quality: 'Calidad de los leads', playbook: 'Metodología de ventas', tooling: 'Herramientas',
    tool_fatigue: 'Saturación de herramientas', other: 'Otro',
  },
  standardSource: {
    team_average: 'media del equipo', team_median: 'mediana del equipo', quota: 'cuota', role_standard: 'estándar del puesto',
    own_earlier_level: 'nivel anterior propio', other: 'estándar',
  },
  goalCategory: { revenue: 'Ingresos / resultado', activity: 'Actividad', skill: 'Habilidad', customer: 'Cliente', conduct: 'Conducta profesional' },
  metricKind: { skill: 'habilidad', behavior: 'comportamiento', activity: 'actividad', outcome: 'resultado' },
  supportKind: {
    coaching: 'Coaching', training: 'Formación', mentorship: 'Mentoría', shadowing: 'Acompañamiento en el puesto', tool: 'Herramienta', other: 'Otro',
  },
  planStatus: {
    draft: 'Borrador', in_review: 'En revisión por RR. HH.', awaiting_acknowledgement: 'Pendiente de acuse de recibo', active: 'Activo',
    paused: 'En pausa', in_evaluation: 'En evaluación', closed: 'Cerrado', monitoring: 'En seguimiento posterior', completed: 'Finalizado',
  },
  phase: {
    diagnose_and_develop: 'Diagnosticar y desarrollar',
    practise_and_apply: 'Practicar y aplicar',
    measure_and_evaluate: 'Medir y evaluar',
  },
  phaseFocus: {
    diagnose_and_develop: 'Formación y práctica en un entorno seguro; el responsable observa y da retroalimentación.',
    practise_and_apply: 'La habilidad se aplica en oportunidades reales y se revisa.',
    measure_and_evaluate: 'Aplicación constante; los resultados se miden y se revisan con datos.',
  },
  signerRole: { manager: 'Responsable directo', employee: 'Empleado/a', hr: 'RR. HH.' },
  slotStatus: { held: 'Realizada', missed: 'No realizada', overdue: 'Vencida', due: 'Pendiente', upcoming: 'Próxima', scheduled: 'Programada' },
  sessionStatus: { delivered: 'Realizada', missed: 'No realizada', overdue: 'Vencida', upcoming: 'Próxima', scheduled: 'Programada' },
  closingOutcome: {
    successful: 'Finalizado con éxito', extended_then_closed: 'Prorrogado y después cerrado', not_met: 'No cumplido', withdrawn: 'Retirado',
  },
  reviewDecision: { approved: 'Aprobado', changes_requested: 'Cambios solicitados' },
  checkInStatus: { held: 'Realizada', missed: 'No realizada' },
  audience: { employee: 'Ejemplar del empleado/a', manager: 'Ejemplar del responsable', hr: 'Ejemplar de RR. HH.' },
  documentTitle: (term, employee) => `${term}: ${employee}`,
  subtitle: (role, team) => (team ? `${role}, equipo ${team}` : `Puesto: ${role}`),
  audienceNote: (audience, term) =>
    audience === 'employee'
      ? `Ejemplar del empleado/a (${term}).`
      : `Ejemplar ${audience === 'hr' ? 'de RR. HH.' : 'del responsable'} (${term}): contiene las notas confidenciales del responsable y notas internas de revisión. No compartir con el empleado/a.`,
  footer: (term, asOf) => (asOf ? `${term}. Estados a fecha de ${asOf}.` : `${term} (fin del documento).`),
  days: (count) => n(count, { one: '# día', other: '# días' }),
  dayRange: (first, last) => `Días ${first} a ${last}`,
  dateRange: (start, end) => `del ${start} al ${end}`,
  byDeadline: (date) => `antes del ${date}`,
  basis: (basis) => ({ per_day: 'por día', per_week: 'por semana', per_month: 'por mes', window: 'en el período de medición' })[basis],
  atLeast: (value) => `como mínimo ${value}`,
  atMost: (value) => `como máximo ${value}`,
  shortBy: (amount) => `${amount} por debajo`,
  overBy: (amount) => `${amount} por encima`,
  noGap: 'cumple el estándar',
  percentagePoints: (amount) => `${amount} puntos porcentuales`,
  durationUnit: (amount, unit) => {
    if (!unit) return `${amount} (duración)`;
    const one = amount === '1';
    const words: Readonly<Record<string, string>> = { minutes: one ? 'minuto' : 'minutos', hours: one ? 'hora' : 'horas', days: one ? 'día' : 'días' };
    return `${amount} ${words[unit] ?? unit}`;
  },
  rubricLevel: (value, label) => `${value} – ${label}`,
  every: (every, starting, count) =>
    `${{ week: 'Cada semana', two_weeks: 'Cada dos semanas', month: 'Cada mes' }[every]} a partir del ${starting}${count !== undefined ? `, ${n(count, { one: '# sesión', other: '# sesiones' })}` : ''}`,
  dueOn: (dates) => `Previsto el ${dates.join(', ')}`,
  deliveredCount: (delivered, missed, total) =>
    `${delivered} de ${n(total, { one: '# sesión realizada', other: '# sesiones realizadas' })}${missed > 0 ? `, ${missed} no realizada${missed === 1 ? '' : 's'}` : ''}`,
  checkInCadence: (cadence, weekday) => `${cadence === 'weekly' ? 'Semanal' : 'Cada dos semanas'}, los ${weekday}`,
  businessDaysOnly: 'Trasladadas fuera del fin de semana',
  holidays: (dates) => `Sin reuniones de seguimiento el ${dates.join(', ')}; una reunión que coincida con uno de esos días pasa al siguiente día laborable`,
  milestone: (label, date, target, goal) => `${label ? `${label}, ` : ''}${date}: ${target} (objetivo: ${goal})`,
  extension: (days, from, to, reason) => `Prorrogado ${n(days, { one: '# día', other: '# días' })}, del ${from} al ${to}: ${reason}`,
  pause: (start, end, reason) => `En pausa ${end ? `del ${start} al ${end}` : `desde el ${start}`}: ${reason}`,
  amendment: (date, by, target, reason, revision) => `${date}: ${by} modificó ${target} (versión ${revision}): ${reason}`,
  amendedGoal: (title, changes) => `Objetivo «${title}»: ${changes.length > 0 ? changes.join(', ') : 'sin cambios en sus condiciones'}`,
  amendedSupport: (description, changes) => `Apoyo «${description}»: ${changes.length > 0 ? changes.join(', ') : 'sin cambios en sus condiciones'}`,
  amendmentWithChange: (amendment, change) => `${amendment}. Cambio: ${change}`,
  addedGoal: (title) => `Objetivo «${title}» añadido`,
  addedSupport: (description) => `Apoyo «${description}» añadido`,
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
    owner: 'responsable',
    ownerName: 'responsable',
    cadence: 'calendario',
    dueDates: 'fechas previstas',
    goalIds: 'objetivos',
    systemFactorIds: 'factores del entorno',
  },
  closure: (outcome, date, by) => `${outcome}, cerrado el ${date} por ${by}`,
  closureBasis: (date, recommendation) => `Decidido sobre la evaluación del ${date}, que recomendaba: ${recommendation}.`,
  closureBasisFigures: (score, reasons) => `Puntuación ${score} de 100; motivos: ${reasons.length > 0 ? reasons.join('; ') : 'ninguno registrado'}.`,
  closureDeparture: (reason) => `Motivo para apartarse de la recomendación: ${reason}`,
  reasonCode: {
    provisional_before_end: 'provisional, antes de la fecha de fin',
    plan_not_running: 'plan no activo',
    plan_not_started: 'plan no iniciado',
    nothing_elapsed: 'aún no ha transcurrido tiempo',
    insufficient_coverage: 'datos insuficientes',
    required_goal_without_data: 'un objetivo obligatorio sin datos',
    check_ins_undocumented: 'reuniones de seguimiento sin documentar',
    required_goals_met_and_sustained: 'objetivos obligatorios cumplidos y mantenidos',
    required_goal_held_recently: 'un objetivo obligatorio mantenido recientemente',
    score_past_success_threshold: 'puntuación por encima del umbral de éxito',
    non_required_goal_not_met: 'un objetivo no obligatorio no cumplido',
    required_goal_not_met: 'un objetivo obligatorio no cumplido',
    required_goal_not_sustained: 'un objetivo obligatorio no mantenido',
    goal_below_floor: 'un objetivo por debajo de su umbral mínimo',
    improvement_past_threshold: 'mejora por encima del umbral',
    leading_indicators_improving: 'los indicadores adelantados mejoran',
    goals_on_course: 'objetivos en buen camino',
    extension_cap_reached: 'no quedan prórrogas',
    no_real_improvement: 'sin mejora real',
    company_commitment_shortfall: 'el apoyo de la empresa fue insuficiente',
  },
  review: (decision, by, date) => `${decision} por ${by} el ${date}`,
  signatureStatement: (term) =>
    `La firma acredita la recepción y la comprensión de este documento (${term}); no implica conformidad. El empleado/a puede añadir un comentario.`,
  signedRevision: (revision) => `versión ${revision}`,
  unsigned: 'Sin firmar',
  weekday: (weekday) => WEEKDAYS[weekday.toLowerCase()] ?? weekday,
  gapFor: (metric, current, standard) => `${metric}: ${current} frente a ${standard}`,
  progressValue: (value) => `valor ${value}`,
  actionLine: (description, owner, due) =>
    `${description}${owner ? ` (responsable: ${owner}` : ''}${owner && due ? `, antes del ${due})` : owner ? ')' : due ? ` (antes del ${due})` : ''}`,
  privateNotesWarning: 'Confidencial: no se muestra al empleado/a.',
  attendees: (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} y ${names[names.length - 1]}` : names.join('')),
  rubricTitle: (metric) => `Rúbrica: ${metric}`,
  standardLevel: 'el estándar',
  evaluation: {
    sections: {
      overview: 'De un vistazo',
      goals: 'Objetivos: situación de cada uno',
      triad: 'Habilidades, comportamiento y resultados',
      checkIns: 'Registro de reuniones de seguimiento',
      support: 'Registro del apoyo',
      recommendation: 'Recomendación',
      data: 'Sobre los datos',
      reference: 'Campos de referencia',
    },
    labels: {
      asOf: 'A fecha de', reading: 'Lectura', score: 'Puntuación', progress: 'Avance', triad: 'Sistema de medición',
      checkIns: 'Reuniones de seguimiento', support: 'Apoyo', coverage: 'Cobertura de datos', leave: 'Ausencias', recommendation: 'Recomendación',
      goal: 'Objetivo', baseline: 'Valor de partida', target: 'Valor objetivo', observed: 'Observado', attainment: 'Grado de cumplimiento', status: 'Estado',
      trend: 'Tendencia', weight: 'Ponderación', metric: 'Indicador', window: 'Período de medición', required: 'Obligatorio', sustained: 'Mantenido en el objetivo',
      projected: 'Proyección al final', skillLevel: 'Nivel de habilidad', recentLevel: 'Nivel reciente', component: 'Componente',
      state: 'Lectura', category: 'Categoría', points: 'Puntos', scheduled: 'Programadas', due: 'Vencidas', held: 'Realizadas',
      missed: 'No realizadas', documented: 'Documentadas', date: 'Fecha', notes: 'Notas', progressNotes: 'Avance',
      actions: 'Acciones acordadas', privateNotes: 'Notas confidenciales del responsable', commitment: 'Compromiso', kind: 'Tipo',
      owner: 'Responsable', dueDate: 'Prevista', deliveredOn: 'Realizada el', note: 'Nota', delivered: 'Realizadas', share: 'Proporción',
      period: 'Período', value: 'Valor', atTarget: 'En el objetivo', goalByGoal: 'Objetivo por objetivo', overviewChart: 'Cumplimiento por objetivo',
      scoreByCategory: 'Puntuación por categoría', deliveryByCommitment: 'Ejecución por compromiso', sessions: 'Sesiones',
      reasons: 'Motivos', milestones: 'Hitos', evidenceGoals: 'Objetivos', evidenceFigures: 'Cifras', evidenceDates: 'Fechas',
      plan: 'N.º de plan', dates: 'Fechas', copy: 'Ejemplar', none: '—', yes: 'Sí', no: 'No', inPeriod: 'En el período',
      runningTotal: 'Total acumulado', why: 'Motivos', periodsAtTarget: 'Períodos en el objetivo', legend: 'Medidas',
    },
    heldRecentlyStatus: 'No cumplido en el período de medición; mantenido en el objetivo recientemente',
    heldRecentlyShort: 'Mantenido recientemente',
    recentLevel: (value, periods, unit, gapShare) =>
      `${value} en ${lastOf(unit, periods)}${gapShare !== undefined ? ` (${gapShare} de la brecha cerrada)` : ''}`,
    periodsAtTarget: (atTarget, counted, unit, share, needed) =>
      `${atTarget} de ${counted} ${unitOf(unit, counted)} (${share}${needed !== undefined ? `; se requiere ${needed}` : ''})`,
    periodsAtTargetShort: (atTarget, counted, unit) => `${atTarget} de ${counted} ${unitOf(unit, counted)}`,
    lastPeriodsAtTarget: (atTarget, considered, unit, sustained) =>
      `${atTarget} de ${lastOf(unit, considered)}${sustained ? ', mantenido' : ', no mantenido'}`,
    measuresLegend:
      'Grado de cumplimiento: la parte de la brecha entre el valor de partida y el valor objetivo cerrada en todo el período de medición. Períodos en el objetivo: los períodos completos en el valor objetivo o por encima (en lo que se basa «cumplido» para los objetivos semanales y mensuales). Nivel reciente: el valor de los últimos períodos, el que leen el avance y «mantenido en el objetivo».',
    goalStatus: {
      met: 'Cumplido', not_met: 'No cumplido', on_track: 'En buen camino', at_risk: 'En riesgo', off_track: 'Desviado', no_data: 'Aún sin datos',
      not_started: 'No iniciado',
    },
    trend: { improving: 'Al alza', flat: 'Estable', declining: 'A la baja' },
    triadComponent: { skill: 'Habilidades', behavior: 'Comportamiento (con actividad)', outcome: 'Resultados' },
    triadState: { met: 'Cumplido', improving: 'Mejora', flat: 'Sin cambios', declining: 'Empeora', no_data: 'Aún sin datos', not_measured: 'No medido' },
    triadCode: {
      all_met: 'Todo cumplido',
      improving: 'Mejora conjunta',
      improving_lagging_results: 'Mejora, resultados aún por llegar',
      skill_not_applied: 'Habilidad aún no aplicada',
      results_without_leading_change: 'Resultados sin cambio en los indicadores adelantados',
      declining: 'Empeoramiento',
      no_improvement: 'Sin mejora',
      no_data: 'Aún sin datos',
    },
    outcome: {
      successful: 'Finalización con éxito',
      extend: 'Prorrogar el plan',
      not_met: 'No cumplido',
      insufficient_evidence: 'Evidencia insuficiente para decidir',
    },
    outcomeMeaning: {
      successful: 'Los objetivos se han cumplido o la mejora es significativa y sostenida: vuelta a la situación habitual, con un seguimiento para mantener el impulso.',
      extend: 'Avance real, pero aún insuficiente (o el apoyo de la empresa no se prestó): más tiempo con los mismos objetivos y el mismo apoyo.',
      not_met: 'Los objetivos no se han cumplido y la mejora no es suficiente, habiéndose prestado el apoyo acordado.',
      insufficient_evidence: 'Los datos o las notas de seguimiento no bastan para valorar con equidad: complételos antes de decidir.',
    },
    logStatus: { held: 'Realizada', missed: 'No realizada', overdue: 'Vencida', due: 'Pendiente', upcoming: 'Próxima' },
    ledgerStatus: { delivered: 'Realizada', missed: 'No realizada', overdue: 'Vencida', upcoming: 'Próxima' },
    weighting: { goal_weights: 'según la ponderación de los objetivos', equal: 'todos los objetivos con el mismo peso' },
    figure: {
      score: 'Puntuación', successScore: 'Umbral de éxito', extendScore: 'Umbral de prórroga', progress: 'Avance',
      improvementShare: 'Mejora requerida', coverage: 'Cobertura', minCoverage: 'Cobertura requerida',
      periodsWithData: 'Períodos con datos', periodsElapsed: 'Períodos transcurridos', elapsedPeriods: 'Períodos transcurridos',
      held: 'Reuniones realizadas', documented: 'Reuniones documentadas', documentedShare: 'Proporción documentada',
      minDocumentedShare: 'Proporción documentada requerida', supportDue: 'Sesiones de apoyo previstas', supportDelivered: 'Sesiones de apoyo realizadas',
      supportDeliveredShare: 'Apoyo prestado', minSupportDeliveredShare: 'Apoyo requerido',
      minCommitmentDeliveredShare: 'Ejecución requerida por compromiso', checkInsDue: 'Reuniones previstas', checkInsHeld: 'Reuniones realizadas',
      checkInsHeldShare: 'Proporción de reuniones realizadas', minCheckInHeldShare: 'Proporción de reuniones requerida',
      extensionsGranted: 'Prórrogas concedidas', maxExtensions: 'Prórrogas permitidas',
      sustainShare: 'Proporción requerida de los últimos períodos', periodMetShare: 'Proporción requerida de períodos',
    },
    allGoals: (count) => n(count, { one: 'el único objetivo (#)', other: 'los # objetivos' }),
    keyedFigure: (kind, subject) =>
      `${({ attainment: 'Grado de cumplimiento', sustained: 'Mantenido en el objetivo', coverage: 'Cobertura', progress: 'Avance', delivered: 'Realizadas', due: 'Previstas', observed: 'Observado', target: 'Valor objetivo', recent: 'Nivel reciente', atTarget: 'Períodos en el objetivo', periods: 'Períodos contados', metShare: 'Proporción de períodos en el objetivo', floor: 'Umbral mínimo', recentStart: 'Nivel reciente desde' } as Readonly<Record<string, string>>)[kind] ?? kind} (${subject})`,
    date: { asOf: 'A fecha de', endDate: 'Fin del plan', startDate: 'Inicio del plan' },
    documentTitle: (term, employee) => `Evaluación (${term}): ${employee}`,
    audienceNote: (audience, term) =>
      audience === 'employee'
        ? `Ejemplar del empleado/a de la evaluación (${term}).`
        : `Ejemplar ${audience === 'hr' ? 'de RR. HH.' : 'del responsable'} de la evaluación (${term}): contiene las notas confidenciales del responsable sobre las reuniones de seguimiento. No compartir con el empleado/a.`,
    footer: (term, asOf) => `Evaluación (${term}) a fecha de ${asOf}. Las cifras cuentan los datos registrados hasta ese día.`,
    final: (end) => `Definitiva: el plan terminó el ${end}.`,
    provisional: (end) => `Provisional: el plan sigue vigente hasta el ${end}.`,
    score: (score, weighting) => `${score} de 100 (${weighting})`,
    progress: (share) => `El nivel reciente ha cerrado el ${share} de las brechas`,
    goalProgress: (share) => `El nivel reciente ha cerrado el ${share} de la brecha`,
    readingKind: { final: 'definitiva', provisional: 'provisional', notRunning: 'no activo' },
    notRunning: 'No activo: el plan no se ha puesto en marcha, así que todavía no hay nada pendiente.',
    ofDue: (count, due, what) => `${count} de ${due} previstas ${what}`,
    coverage: (share, withData, elapsed) => `El ${share} de los períodos transcurridos tiene datos (${withData} de ${elapsed})`,
    leave: (days, spans) =>
      `${n(days, { one: '# día en pausa', other: '# días en pausa' })} (${spans.join('; ')}), fuera de toda medición: el calendario del plan se detuvo y nada se contabilizó en contra del empleado/a`,
    recommendationNote:
      'Una recomendación basada en los datos, no una decisión: deciden el responsable y RR. HH., teniendo en cuenta las notas de seguimiento y el punto de vista del empleado/a.',
    rawAttainment: (raw) => `${raw} de la brecha`,
    goalFacts: (category, weight, required) => `${category}, ponderación ${weight}${required ? ', obligatorio' : ''}`,
    progressLine: (goal, note, value) => `${goal}: ${note}${value !== undefined ? ` (valor ${value})` : ''}`,
    chartTitle: (goal, metric) => `${goal} – ${metric}`,
    chartLegend: (series, baseline, target, asOf, milestones) =>
      `Línea azul: ${series}. Trazos grises: valor de partida ${baseline}. Trazos verdes: valor objetivo ${target}.${milestones ? ' Violeta: hitos.' : ''} Naranja: ${asOf}.`,
    seriesName: (unit, runningTotal) => (runningTotal ? `total acumulado al final de ${EACH[unit] ?? unit}` : `valor de ${EACH[unit] ?? unit}`),
    asOfMarker: (date) => `A fecha de ${date}`,
    baselineLine: (value) => `Valor de partida ${value}`,
    targetLine: (value) => `Valor objetivo ${value}`,
    sparkline: (series, spark, first, last) => `${cap(series)}: ${spark} (del ${first} al ${last})`,
    periodEnding: (date) => `hasta el ${date}`,
    barLabel: (attainment, status) => `${attainment} – ${status}`,
    overviewTitle: 'Cumplimiento por objetivo: la parte de cada brecha que se ha cerrado',
    nothingToChart: 'Aún no hay ningún período completo con datos.',
    skillLevel: (level, standard) => `${level}; el estándar es ${standard}`,
    sustainedShare: (share, sustained) => `${share} de los últimos períodos${sustained ? ', mantenido' : ''}`,
    noCheckIns: 'No hay reuniones de seguimiento programadas ni registradas.',
    noSupport: 'No hay sesiones de apoyo comprometidas.',
    noGoals: 'El plan no tiene objetivos que evaluar.',
  },
};
