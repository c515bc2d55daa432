/**
 * Los problemas de análisis en español: por qué `parsePlan` y `parsePlanJson` rechazan un
 * documento, para quien desarrolla la integración o administra los datos de RR. HH. Las rutas
 * (`goals[0].weight`), los ids, las fechas y los códigos de estado y de resultado quedan tal como
 * están en los datos.
 *
 * @module
 */
import type { Catalog } from '../../issues/issue.js';
import { figureWords } from '../../issues/figures.js';
import { quote, type ApprovedRecord, type IssueFacts, type PlanIssueFactsByCode } from '../../schema/messages.js';
import { parseWords, type ProblemWords } from '../parse-words.js';

const w = figureWords('es');

/** "1 día", "30 días". */
const days = (n: number): string => w.plural(n, { one: '# día', other: '# días' });
/** "termina" con un día, "terminan" con varios. */
const ends = (n: number): string => w.plural(n, { one: 'termina', other: 'terminan' });

/** Cada registro que solo tiene un plan aprobado (todos femeninos). */
const RECORD: Readonly<Record<ApprovedRecord, string>> = { signature: 'una firma', amendment: 'una modificación', extension: 'una prórroga', pause: 'una pausa' };
/** Las personas del plan por su código de rol. */
const ROLE: Readonly<Record<string, string>> = { manager: 'el/la responsable', employee: 'la persona empleada', hr: 'el referente de RR. HH.' };
const role = (code: string): string => (Object.hasOwn(ROLE, code) ? ROLE[code]! : `la persona con el rol ${code}`);
/** Lo que modifica una modificación. */
const TARGET: Readonly<Record<string, string>> = { goal: 'el objetivo', support: 'el compromiso de apoyo' };

/** Lo que se recibió, por código de tipo; un valor tal como está escrito (`1.5`, `null`) se muestra tal cual. */
const RECEIVED_WORDS: Readonly<Record<string, string>> = {
  array: 'una lista (array)',
  number: 'un número',
  object: 'un objeto',
  string: 'un texto',
  boolean: 'un booleano',
  bigint: 'un bigint',
  symbol: 'un símbolo',
  function: 'una función',
  undefined: 'un valor indefinido',
};

/**
 * Cada problema en español, como la frase subordinada que contiene el mensaje del código.
 *
 * @internal
 */
export const PROBLEM_WORDS_ES: ProblemWords = {
  span: (p) => `del ${p.start} al ${p.end}`,
  duration_end: (p) => `${days(p.days)} a partir del ${p.start} ${ends(p.days)} el ${p.derived}, no el ${p.given}`,
  plan_span: (p) => `del ${p.start} al ${p.end} ${w.plural(p.days, { one: 'va # día', other: 'van # días' })}`,
  days_past_calendar: (p) => `terminaría ${days(p.days)} después de esa fecha`,
  granted_before_start: (p) => `se concedió el ${p.granted}, antes de que empezara el plan, el ${p.start}`,
  granted_while_paused: (p) => `se concedió el ${p.granted}, mientras el plan estaba en pausa`,
  previous_end: (p) =>
    `cuando se concedió, el plan terminaba el ${p.expected} (${days(p.written)} según lo escrito${p.earlier > 0 ? `, ${days(p.earlier)} de prórrogas anteriores` : ''}${p.pausedSkipped ? ', sin contar los días de pausa' : ''}), no el ${p.given}`,
  extension_end: (p) =>
    `${w.plural(p.days, { one: '# día del plan', other: '# días del plan' })} después del ${p.previousEnd} ${ends(p.days)} el ${p.expected}${p.skipped > 0 ? ` (sin contar ${w.plural(p.skipped, { one: '# día de pausa', other: '# días de pausa' })})` : ''}, no el ${p.given}`,
  pause_before_start: (p) => `empieza el ${p.start}, antes de que empiece el plan, el ${p.planStart}`,
  previous_pause_open: (p) => `la pausa anterior, iniciada el ${p.previousStart}, no ha terminado`,
  pause_overlap: (p) =>
    `empieza el ${p.start}, antes de que terminara la pausa anterior, el ${p.previousEnd}; las pausas se enumeran por orden de fecha y no se solapan`,
  goal_without_weight: (p) => `el objetivo ${quote(p.goalId)} no la tiene`,
  amendment_target: (p) =>
    `${TARGET[p.target] ?? p.target} que se recoge en ${p.side} (${p.side === 'before' ? 'antes' : 'después'} de la modificación) es ${quote(p.kept)}, no ${quote(p.targetId)}, al que se refiere la modificación`,
  window_and_deadline: () => 'un objetivo tiene un período de medición o una fecha límite, no ambos',
  manager_is_employee: () => 'el/la responsable de un plan es una persona distinta de la persona empleada',
  hr_partner_is_employee: () => 'el referente de RR. HH. que revisa el plan es una persona distinta de la persona empleada',
  no_hr_partner: () => 'el plan no designa ningún referente de RR. HH. que pueda firmar como hr',
  not_the_signer: (p) => `${role(p.role)} del plan es ${quote(p.personId)}`,
  revision_below_one: () => 'una modificación aumenta la versión, así que esta es 1 o superior',
  revision_not_raised: (p) =>
    `las modificaciones aumentan la versión por orden, y aquí la ${p.revision} sigue a la ${p.previous}${p.sameRevision ? ' (los registros de una misma versión forman una sola modificación: misma fecha, mismo autor, uno tras otro)' : ''}`,
  signed_before_amendment: (p) => `se firmó el ${p.signed}, antes de que la modificación del ${p.amended} creara esa versión`,
  no_review: () => 'RR. HH. no ha revisado el plan',
  changes_requested: (p) => `la última revisión de RR. HH., del ${p.date}, solicitó cambios`,
  not_acknowledged: (p) =>
    `${w.list(p.missing.map(role))} ${p.missing.length === 1 ? 'no ha' : 'no han'} acusado recibo de la versión ${p.revision}`,
  never_extended: () => 'se cerró como extended_then_closed, pero el plan nunca se prorrogó',
  closed_before_start: (p) => `un plan se cierra como ${p.outcome} después de haberse desarrollado, y este se cerró el ${p.date}, antes de su inicio, el ${p.start}`,
  no_open_pause: () => 'un plan en pausa tiene como última pausa una pausa abierta (sin fecha de fin)',
  open_pause_not_last: () => 'solo la última pausa de un plan en pausa puede seguir abierta',
  open_pause_not_paused: (p) => `el estado del plan es ${p.status}, no está en pausa, así que todas sus pausas han terminado`,
  active_without_phase: () => 'un plan activo está en una de sus tres fases',
  phase_not_active: (p) => `una fase corresponde a un plan activo, y el estado de este es ${p.status}`,
  monitoring_status: (p) => `el estado del plan es ${p.status}: el seguimiento posterior lo pasa a "monitoring" y después a "completed"`,
  monitoring_after_outcome: (p) => `el seguimiento posterior solo sigue a un cierre favorable (successful o extended_then_closed), no a ${p.outcome}`,
  monitoring_missing: (p) => `un plan en estado ${p.status} tiene un registro de seguimiento posterior`,
  monitoring_ended: () => 'un seguimiento posterior terminado deja el plan en "completed", no en "monitoring"',
  monitoring_open: () => 'el seguimiento posterior de un plan en estado "completed" tiene fecha de fin',
  monitoring_before_close: (p) => `el seguimiento posterior empieza el día del cierre, ${p.closed}, o después, no el ${p.start}`,
  not_approved: (p) => `${RECORD[p.record]} se registra después de que RR. HH. apruebe el plan, y RR. HH. no lo ha aprobado`,
  before_approval: (p) => `${RECORD[p.record]} tiene fecha del ${p.date}, anterior a la aprobación del plan por RR. HH. el ${p.approval}`,
  after_close: (p) => `el plan se cerró el ${p.closed}`,
  pause_after_close: (p) => `el plan se cerró el ${p.closed}; una pausa abierta en ese momento termina el día anterior`,
  not_an_object: () => 'se esperaba un objeto',
  not_finite: (p) => `${p.value} no es un número finito`,
  not_plain: () => 'solo se admiten objetos simples',
  not_json: (p) => `${Object.hasOwn(RECEIVED_WORDS, p.type) ? RECEIVED_WORDS[p.type] : p.type} no tiene representación en JSON`,
  value_and_parts: () => 'tiene ambas cosas',
  no_value: () => 'no tiene ninguna de las dos',
  one_part: () => 'tiene solo uno de los dos, numerador o denominador',
  newer_version: (p) => `una versión más reciente que la que lee esta versión de improvement-plan (${p.reads}): actualice la biblioteca para leer el documento`,
  earlier_version: () => 'una versión anterior del formato: actualice el documento con migratePlan y después analícelo',
  no_upgrade_step: (p) =>
    `una versión que esta biblioteca no puede actualizar: lee la versión ${p.reads} y no tiene ningún paso de actualización de la ${p.from} a la ${p.from + 1}`,
  migration_failed: (p) => `un documento que el paso "${p.step}" (desde la versión ${p.from}) pueda actualizar (${p.error})`,
  not_a_template_goal: () => 'los objetivos de la plantilla',
};

/** Lo que admite un campo, por código de tipo; cualquier otro valor (una lista de valores, un tipo de zod) se muestra tal cual. */
const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'un texto',
  number: 'un número finito',
  int: 'un número entero',
  boolean: 'true o false',
  object: 'un objeto',
  array: 'una lista (array)',
  union: 'una de las formas admitidas',
  json: 'un valor JSON simple',
  plan_document: 'un documento de plan (un objeto)',
  log_entry: 'una entrada del registro de eventos (un objeto)',
  template_assignment: 'una asignación de plantilla',
  assignment_or_defaults: 'en la asignación o en los valores predeterminados',
  goals_or_support: 'los objetivos o los apoyos que se quieren cambiar',
  none_defined: 'ninguno definido',
};

/** Las unidades de un límite de tamaño. */
const UNIT = {
  characters: { one: '# carácter', other: '# caracteres' },
  items: { one: '# elemento', other: '# elementos' },
  values: { one: '# valor', other: '# valores' },
} as const;

/** El problema, `expected`, `received` y los límites en español: "100 caracteres"; sin unidad, el límite tal cual. */
const { detailOf, expectedOf, receivedOf, limitOf } = parseWords({
  problems: PROBLEM_WORDS_ES,
  expected: EXPECTED_WORDS,
  received: RECEIVED_WORDS,
  currentValue: (value) => `el valor actual de la persona empleada en ${value ?? 'el indicador'}`,
  unreadable: (detail) => `un valor que no se pudo leer (${detail})`,
  uncopyable: (detail) => `un valor que no se pudo copiar (${detail})`,
  units: UNIT,
  figures: w,
});

/** Lo que falta en un campo obligatorio: lo que se espera, o los valores admitidos cuando `expected` es una lista de valores en JSON. */
function requiredOf(f: IssueFacts): string | undefined {
  const expected = expectedOf(f);
  if (expected === undefined || f.problem !== undefined || f.expected === 'assignment_or_defaults') return expected;
  if (f.expected !== undefined && !Object.hasOwn(EXPECTED_WORDS, f.expected) && f.expected !== 'current_value' && /^(["\d[{-]|true\b|false\b|null\b)/.test(f.expected)) {
    return `valores admitidos: ${expected}`;
  }
  return `se espera ${expected}`;
}

/** Un número de días que puede venir como texto. */
const daysOfLimit = (limit: number | string | undefined): string =>
  limit === undefined ? 'el máximo de días' : typeof limit === 'number' ? days(limit) : `${limit} días`;

/** La frase del problema entre paréntesis, o nada. */
const inParentheses = (f: IssueFacts): string => {
  const detail = detailOf(f);
  return detail ? ` (${detail})` : '';
};
/** La frase del problema tras dos puntos, o nada. */
const afterColon = (f: IssueFacts): string => {
  const detail = detailOf(f);
  return detail ? `: ${detail}` : '';
};

/** "ruta: problema." (las reglas que se explican en su propio problema). */
const said = (f: IssueFacts): string => `${f.where}: ${detailOf(f) ?? 'el plan contradice sus propios registros'}.`;

/**
 * El mensaje en español de cada problema de análisis: la parte del análisis del catálogo español.
 */
export const PLAN_ISSUE_MESSAGES_ES: Catalog<PlanIssueFactsByCode> = {
  invalid_json: (f) => `${f.where} no es un JSON válido${f.detail ? `: ${f.detail}` : ''}.`,
  required: (f) => `${f.where} es obligatorio${f.expected ? ` (${requiredOf(f)})` : ''}.`,
  invalid_type: (f) => `${f.where} debe ser ${expectedOf(f) ?? 'de otro tipo'}${f.received ? `, no ${receivedOf(f)}` : ''}.`,
  invalid_value: (f) =>
    f.text ??
    (f.problem !== undefined
      ? `${f.where} debe ser ${expectedOf(f)}${f.received ? `, no ${f.received}` : ''}.`
      : `${f.where} debe ser uno de los valores admitidos${f.expected !== undefined ? ` (${expectedOf(f)})` : ''}${f.received ? `, no ${f.received}` : ''}.`),
  unknown_field: (f) =>
    `${f.where} no es un campo que esta biblioteca conozca. Ponga los campos propios de su sistema en \`metadata\`, donde se conservan tal cual.`,
  too_big: (f) =>
    `${f.where} ${f.unit === 'characters' ? 'es demasiado largo' : f.unit === undefined ? 'es demasiado grande' : f.unit === 'values' ? 'tiene demasiados valores' : 'tiene demasiados elementos'}: ${limitOf(f) !== undefined ? `el máximo es ${limitOf(f)}` : 'supera el máximo'}${inParentheses(f)}.`,
  too_small: (f) =>
    `${f.where} ${f.unit === 'characters' ? 'es demasiado corto' : f.unit === undefined ? 'es demasiado pequeño' : f.unit === 'values' ? 'tiene muy pocos valores' : 'tiene muy pocos elementos'}: ${limitOf(f) !== undefined ? `el mínimo es ${limitOf(f)}` : 'no alcanza el mínimo'}${inParentheses(f)}.`,
  not_integer: (f) => `${f.where} debe ser un número entero${f.received ? `, no ${f.received}` : ''}.`,
  invalid_format: (f) => `${f.where} no tiene el formato esperado${f.expected ? ` (${f.expected})` : ''}.`,
  invalid_date: (f) => `${f.where} debe ser un día real del calendario escrito como AAAA-MM-DD${f.received ? `; ${f.received} no lo es` : ''}.`,
  end_before_start: (f) => `${f.where} debe ser posterior a la fecha de inicio${inParentheses(f)}.`,
  duration_mismatch: (f) => `${f.where} no concuerda con las fechas de inicio y de fin${afterColon(f)}.`,
  missing_end_date: (f) => `${f.where} necesita una fecha de fin o una duración en días.`,
  window_order: (f) => `${f.where} termina antes de empezar${inParentheses(f)}.`,
  past_calendar_end: (f) => `${f.where} lleva el plan más allá del último día del calendario, 9999-12-31${inParentheses(f)}.`,
  plan_too_long: (f) => `${f.where} hace que el plan dure más de ${daysOfLimit(f.limit)} desde su inicio${inParentheses(f)}.`,
  conflicting_fields: (f) => `${f.where}: ${detailOf(f) ?? 'se han indicado dos campos que se excluyen mutuamente'}.`,
  money_not_integral: (f) =>
    `${f.where} es un importe y debe ser un número entero de unidades menores (céntimos), no ${f.received ?? 'una fracción'}.`,
  currency_required: (f) => `${f.where} es necesario: la unidad del indicador es "currency", que requiere un código de moneda ISO 4217.`,
  currency_not_allowed: (f) => `${f.where} indica un código de moneda, pero la unidad del indicador no es "currency".`,
  weights_incomplete: (f) => `${f.where}: si algún objetivo tiene ponderación, todos los objetivos deben tenerla${inParentheses(f)}.`,
  weights_sum: (f) => `${f.where}: las ponderaciones de los objetivos deben sumar exactamente 100, y suman ${f.received ?? '?'}.`,
  ratio_requires_parts: (f) =>
    `${f.where} mide un indicador de proporción y necesita un numerador y un denominador (una media de proporciones sería incorrecta).`,
  observation_value_shape: (f) =>
    `${f.where} necesita o bien un valor, o bien un numerador y un denominador, pero ${detailOf(f) ?? 'tiene ambas cosas o ninguna'}.`,
  rubric_level_unknown: (f) => `${f.where} no es un nivel de la rúbrica del indicador${f.expected ? ` (niveles: ${f.expected})` : ''}.`,
  rubric_standard_unknown: (f) => `${f.where}: el nivel estándar de la rúbrica no es ninguno de sus niveles.`,
  comparator_mismatch: (f) =>
    `${f.where} usa ${f.received ?? '?'}, pero la dirección del indicador es ${f.expected ?? '?'}; un valor objetivo no puede ir en contra de la dirección del indicador.`,
  unknown_reference: (f) => `${f.where} hace referencia a ${f.value ?? 'un id'}, que no existe${expectedOf(f) ? ` entre ${expectedOf(f)}` : ''}.`,
  duplicate_id: (f) => `${f.where} repite ${f.value ? `el id ${f.value}` : 'un id'}; los ids deben ser únicos.`,
  invalid_metadata: (f) =>
    `${f.where} debe ser un objeto JSON (textos, números finitos, booleanos, null, listas, objetos)${afterColon(f)}.`,
  forbidden_key: (f) => `${f.where} usa ${f.value ? `la clave ${f.value}` : 'una clave'}, que no está permitida (podría alterar los prototipos de los objetos).`,
  too_deep: (f) => `${f.where} tiene más de ${f.limit ?? 'el máximo de'} niveles de anidamiento.`,
  unsupported_version: (f) => `${f.where} es ${f.received ?? 'una versión'}, ${detailOf(f) ?? 'una versión que esta biblioteca no lee'}.`,
  key_too_long: (f) =>
    `${f.where} tiene una clave de más de ${typeof f.limit === 'number' ? w.plural(f.limit, UNIT.characters) : `${f.limit ?? '?'} caracteres`}: ${f.value ?? '?'}.`,
  approval_missing: (f) =>
    `${f.where} es ${f.received ?? '?'}, un estado que requiere que la última revisión de RR. HH. sea una aprobación, pero ${detailOf(f) ?? 'no lo es'}.`,
  approval_unexpected: (f) =>
    `${f.where} es una aprobación de RR. HH., pero el estado del plan sigue siendo ${f.received ?? '?'}: una aprobación hace pasar el plan al acuse de recibo.`,
  acknowledgement_missing: (f) =>
    `${f.where} es ${f.received ?? '?'}, un estado que requiere el acuse de recibo de la versión vigente por parte de el/la responsable y de la persona empleada, pero ${detailOf(f) ?? 'falta alguno'}.`,
  closure_missing: (f) => `${f.where} es ${f.received ?? '?'}, un estado que requiere un cierre (resultado, fecha y quién cierra).`,
  closure_unexpected: (f) => `${f.where} está presente, pero el estado del plan es ${f.received ?? '?'}: solo un plan cerrado tiene cierre.`,
  closure_mismatch: (f) => `${f.where} contradice el plan: ${detailOf(f) ?? 'el cierre no concuerda con sus registros'}.`,
  pause_mismatch: said,
  phase_mismatch: said,
  monitoring_mismatch: said,
  same_person: (f) => `${f.where} es ${f.value ?? '?'}, la persona empleada del plan; ${detailOf(f) ?? 'debe ser otra persona'}.`,
  signer_mismatch: (f) => `${f.where} es ${f.received ?? '?'}, pero ${detailOf(f) ?? 'no es quien firma con ese rol'}.`,
  duplicate_signature: (f) =>
    `${f.where} firma por segunda vez la versión ${f.value ?? '?'} con el rol ${f.received ?? '?'}; cada rol firma cada versión una sola vez.`,
  revision_ahead: (f) => `${f.where} es ${f.received ?? '?'}, superior a la versión del plan (${f.limit ?? '?'}).`,
  revision_order: said,
  signature_before_revision: (f) => `${f.where} es anterior a la existencia de la versión ${f.value ?? '?'}: ${detailOf(f) ?? 'se firmó antes de la modificación'}.`,
  record_before_approval: said,
  after_closure: (f) => `${f.where} es posterior al cierre del plan${inParentheses(f)}; un plan cerrado no admite más registros de este tipo.`,
  extension_mismatch: (f) => `${f.where} no concuerda con la duración de la prórroga${afterColon(f)}.`,
  extension_outside_plan: (f) => `${f.where} no encaja en el plan${afterColon(f)}.`,
  pause_outside_plan: (f) => `${f.where} queda fuera del plan${afterColon(f)}.`,
  pause_order: said,
  event_sequence: (f) =>
    `${f.where} es ${f.received ?? '?'}, pero el seq de una entrada del registro de eventos es su posición en el registro, ${f.expected ?? '?'}.`,
  event_order: (f) =>
    `${f.where} es ${f.received ?? '?'}, antes que la entrada previa del registro de eventos (${f.expected ?? '?'}); el registro nunca retrocede en el tiempo.`,
  too_many_issues: (f) =>
    `${f.where} tiene más problemas que los ${f.limit ?? '?'} enumerados: ${f.value === '1' ? 'queda 1 más sin enumerar' : `quedan ${f.value ?? '?'} más sin enumerar`}.`,
};
