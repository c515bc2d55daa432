/**
 * La revisión del plan en español: cada hallazgo sobre el plan en su conjunto y qué cambiar (los
 * hallazgos sobre cada objetivo son los de la comprobación SMART).
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { LintCatalogs, LintFacts, PlanLevelFactsByCode } from '../../lint/messages.js';

const w = figureWords('es');

const QUESTIONS = {
  strengths: '¿Qué hace bien la persona empleada?',
  struggles: '¿Con qué tiene dificultades la persona empleada?',
  notDoing: '¿Qué no está haciendo la persona empleada?',
  doingWrong: '¿Qué está haciendo mal la persona empleada?',
} as const;
const FACTOR_KIND: Readonly<Record<string, string>> = {
  territory: 'de territorio',
  lead_quality: 'de calidad de los leads',
  playbook: 'del playbook de ventas',
  tooling: 'de herramientas',
  tool_fatigue: 'de saturación de herramientas',
  other: 'del sistema',
};
const CHARACTERISTIC: Readonly<Record<string, string>> = {
  age: 'edad',
  sex_gender: 'sexo o género',
  pregnancy_maternity: 'embarazo o maternidad',
  race_ethnicity_origin: 'origen racial o étnico, o nacionalidad',
  religion: 'religión o creencias',
  disability_health: 'discapacidad o salud',
  sexual_orientation: 'orientación sexual',
  marital_family_status: 'estado civil o situación familiar',
  union_membership: 'afiliación sindical',
  genetic_information: 'información genética',
  military_service: 'servicio militar',
  host_listed: 'un término de la política',
};
const CADENCE = { weekly: 'semanales', biweekly: 'quincenales' } as const;
const CATEGORY: Readonly<Record<string, string>> = { revenue: 'ingresos', activity: 'actividad', skill: 'habilidades', customer: 'cliente', conduct: 'conducta' };
const category = (code: string | undefined): string => (code === undefined ? '?' : `«${Object.hasOwn(CATEGORY, code) ? CATEGORY[code]! : code}»`);
/** Una proporción como porcentaje con hasta dos decimales: 0,6667 -> "66,67 %". */
const percent = (share: number | undefined): string => (share === undefined ? '?' : `${w.plain(share * 100)}\u00a0%`);
const num = (text: string | undefined): string => (text === undefined ? '?' : /^-?\d+(\.\d+)?$/.test(text) ? w.plain(Number(text)) : text);
/** Un número de días escrito como texto: "1 día", "30 días". */
const daysOf = (text: string | undefined): string =>
  text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? w.plural(Number(text), { one: '# día', other: '# días' }) : `${text ?? '?'} días`;

function categoryLead(f: LintFacts): string {
  const categories = f.categories ?? [];
  if (f.count === undefined) return 'Los objetivos pertenecen a una sola categoría';
  if (f.count === 1) return `El único objetivo del plan, ${f.what ?? '?'}, pertenece a la categoría ${category(categories[0])}`;
  return categories.length === 1
    ? `Los ${w.count(f.count)} objetivos pertenecen todos a la categoría ${category(categories[0])}`
    : `Los ${w.count(f.count)} objetivos pertenecen solo a ${w.plural(categories.length, { one: '# categoría', other: '# categorías' })} (${w.list(categories.map(category))})`;
}

function gapFigures(f: LintFacts): string {
  const gap = f.gap;
  if (gap === undefined) return 'la persona empleada alcanza el estándar';
  return `${gap.metricName} está en ${w.value(gap.current, gap.unit)} frente a un estándar de ${w.value(gap.standard, gap.unit)} (${gap.lowerIsBetter ? 'cuanto más bajo, mejor' : 'cuanto más alto, mejor'}).`;
}

const SENTENCES: FindingSentencesByCode<PlanLevelFactsByCode> = {
  purpose_missing: () => ({
    message: 'El plan no indica su finalidad.',
    fix: 'Explique en dos o tres frases por qué existe el plan: la brecha sostenida, lo que debe cambiar y que la empresa prestará su apoyo.',
  }),
  hr_partner_missing: () => ({
    message: 'No se ha designado ningún referente de RR. HH.; RR. HH. revisa el plan antes de su firma para garantizar su equidad y coherencia.',
    fix: 'Designe al referente de RR. HH. que revisará el plan.',
  }),
  role_start_missing: () => ({
    message: 'No consta la fecha en que la persona empleada se incorporó al puesto, por lo que el plan no puede acreditar que ya ha superado el período de adaptación.',
    fix: 'Registre `employee.roleStartDate`.',
  }),
  plan_too_short: (f) => ({
    message: `El plan dura ${daysOf(f.value)}, menos que el mínimo de ${daysOf(f.limit)}: es muy poco tiempo para demostrar un cambio.`,
    fix: 'Planifique una duración de 30, 60 o 90 días.',
  }),
  skill_gap_needs_time: (f) => ({
    message: `El plan cierra una brecha de habilidades (${f.gaps !== undefined && f.gaps.length > 0 ? `brecha ${f.gaps.join(', ')}` : 'la causa raíz está en las habilidades'}) en ${daysOf(f.value)}; las habilidades necesitan de ${num(f.limit ?? '60')} a 90 días para desarrollarse y reflejarse en operaciones reales.`,
    fix: 'Amplíe el plan a entre 60 y 90 días, o traslade el objetivo de habilidades a un plan posterior.',
  }),
  diagnostic_missing: () => ({
    message: 'El plan no tiene diagnóstico: se desconoce la causa raíz (habilidad, voluntad o sistema).',
    fix: 'Responda a las cinco preguntas del diagnóstico y clasifique la causa raíz antes de redactar los objetivos.',
  }),
  diagnostic_incomplete: (f) => ({
    message: `El diagnóstico deja sin responder la pregunta «${f.question === undefined ? '?' : QUESTIONS[f.question]}».`,
    fix: 'Responda a todas las preguntas del diagnóstico; «no se ha encontrado nada» también es una respuesta.',
  }),
  root_cause_system: () => ({
    message: 'La causa raíz está únicamente en el sistema (territorio, leads, playbook, herramientas): un plan de mejora del desempeño juzgaría a la persona empleada por un fallo del sistema.',
    fix: 'Corrija primero los factores del sistema; recurra a un plan solo si después persiste una brecha que la persona empleada pueda cerrar.',
  }),
  system_factor_unaddressed: (f) => ({
    message: `El diagnóstico registra un factor ${Object.hasOwn(FACTOR_KIND, f.kind ?? 'other') ? FACTOR_KIND[f.kind ?? 'other']! : 'del sistema'} (${f.what ?? '?'}), pero nada en el plan lo aborda, por lo que la persona empleada sería juzgada por un fallo del sistema.`,
    fix: 'Añada un compromiso de apoyo que incluya el factor en `systemFactorIds`, o describa su `mitigation`.',
  }),
  gaps_missing: () => ({
    message: 'El plan no recoge ninguna brecha de desempeño: los objetivos deben derivarse de brechas medidas.',
    fix: 'Registre cada brecha con el indicador, el valor de la persona empleada, el estándar, el período y las evidencias.',
  }),
  gap_not_a_shortfall: (f) => ({
    message: `La brecha ${f.what ?? '?'} no es un déficit: ${gapFigures(f)}`,
    fix: 'Revise las cifras y la dirección del indicador; elimine la brecha si la persona empleada alcanza el estándar.',
  }),
  gap_evidence_missing: (f) => ({ message: `La brecha ${f.what ?? '?'} no tiene evidencias.`, fix: 'Cite los datos de los que proceden las cifras (informe, período, recuentos).' }),
  gap_period_missing: (f) => ({
    message: `La brecha ${f.what ?? '?'} no indica ningún período, por lo que no puede demostrar un patrón sostenido.`,
    fix: 'Indique el período durante el que se midieron las cifras.',
  }),
  gap_period_short: (f) => ({
    message: `La brecha ${f.what ?? '?'} se midió durante ${daysOf(f.value)}, menos de ${num(f.limit)}: puede tratarse de un solo mes flojo, no de un patrón sostenido.`,
    fix: 'Muestre la brecha a lo largo de varios períodos (un trimestre), o empiece por un coaching informal.',
  }),
  gap_unaddressed: (f) => ({
    message: `Ningún objetivo aborda la brecha ${f.what ?? '?'}.`,
    fix: 'Añada un objetivo que cierre la brecha (vinculado en el campo `gapIds` del objetivo) o elimine la brecha.',
  }),
  goals_missing: () => ({ message: 'El plan no tiene objetivos.', fix: 'Añada objetivos SMART vinculados a las brechas, que combinen indicadores adelantados y resultados.' }),
  only_outcome_goals: () => ({
    message: 'Todos los objetivos son resultados rezagados; ningún indicador adelantado (actividad o comportamiento) muestra una mejora antes de que lleguen los resultados.',
    fix: 'Añada un objetivo de actividad o de comportamiento (llamadas, reuniones concertadas, análisis de necesidades en operaciones reales) que impulse el resultado.',
  }),
  leading_indicator_missing: () => ({
    message: 'Ningún objetivo mide una actividad o un comportamiento, que son los indicadores adelantados de los resultados.',
    fix: 'Añada un objetivo de comportamiento que muestre la habilidad aplicada en operaciones reales, o un objetivo de actividad.',
  }),
  skill_metric_missing: () => ({
    message: 'La causa raíz está en las habilidades, pero ningún objetivo mide la habilidad en sí (un indicador de habilidades evaluado con una rúbrica).',
    fix: 'Añada un objetivo de habilidades evaluado con una rúbrica, con una entrada de desarrollo para la práctica y la retroalimentación.',
  }),
  weights_incomplete: (f) => ({ message: `El objetivo ${f.what ?? '?'} no tiene ponderación, aunque otros objetivos sí la tienen.`, fix: 'Asigne una ponderación a todos los objetivos o a ninguno.' }),
  weights_sum: (f) => ({ message: `Las ponderaciones de los objetivos suman ${num(f.value)}, no exactamente 100.`, fix: 'Ajuste las ponderaciones para que sumen 100.' }),
  development_missing: (f) => ({
    message: `El objetivo de habilidades ${f.what ?? '?'} no tiene entrada de desarrollo: cómo se practica la habilidad y cómo la retroalimentación refleja su evolución.`,
    fix: 'Añada una entrada de desarrollo que indique la habilidad, la práctica y la retroalimentación, vinculada al objetivo.',
  }),
  support_missing: () => ({
    message: 'El plan no recoge ningún apoyo: un plan es un compromiso de ambas partes.',
    fix: 'Añada al menos un compromiso de apoyo (coaching, formación, mentoría, herramientas) con una persona responsable y fechas.',
  }),
  support_owner_missing: (f) => ({
    message: `El apoyo ${f.what ?? '?'} no tiene responsable, por lo que nadie responde de que se preste.`,
    fix: 'Indique la persona que lo presta.',
  }),
  support_unscheduled: (f) => ({
    message: `El apoyo ${f.what ?? '?'} no tiene ni periodicidad ni fechas, por lo que no se puede comprobar si se presta.`,
    fix: 'Asígnele una periodicidad (semanal, quincenal, mensual) o fechas.',
  }),
  support_outside_plan: (f) => ({
    message: `El apoyo ${f.what ?? '?'} está fechado el ${f.value ?? '?'}, fuera de las fechas del plan (${f.limit ?? '?'}).`,
    fix: 'Programe el apoyo dentro del plan.',
  }),
  will_with_training_only: () => ({
    message: 'La causa raíz está en la voluntad («no quiere»), pero el único apoyo es una formación, que aborda el «no sabe».',
    fix: 'Añada coaching o reuniones de seguimiento con el/la responsable que aborden la motivación y las expectativas.',
  }),
  support_missed: (f) => ({
    message: `La sesión de apoyo ${f.what ?? '?'} del ${f.value ?? '?'} no se realizó.`,
    fix: 'Reprográmela; un plan cuyo apoyo no se prestó no puede cerrarse con equidad como «no cumplido».',
  }),
  check_ins_missing: () => ({ message: 'No hay reuniones de seguimiento programadas.', fix: 'Programe con antelación reuniones de seguimiento semanales o quincenales.' }),
  check_in_first_date_outside_plan: (f) => ({
    message: `La primera reunión de seguimiento (${f.value ?? '?'}) queda fuera de las fechas del plan (${f.limit ?? '?'}).`,
    fix: 'Empiece las reuniones de seguimiento en la primera o la segunda semana del plan.',
  }),
  check_in_cadence_sparse: (f) => ({
    message: `${
      f.cadence !== undefined
        ? `Las reuniones de seguimiento son ${CADENCE[f.cadence]}`
        : f.wait !== undefined
          ? `La primera reunión de seguimiento tiene lugar ${w.plural(f.wait, { one: '# día', other: '# días' })} después del inicio (${f.value ?? '?'})`
          : 'Las reuniones de seguimiento están demasiado espaciadas'
    }: pasan más de ${daysOf(f.limit)} sin reunión de seguimiento.`,
    fix: 'Celebre una reunión de seguimiento al menos cada dos semanas, empezando en las dos primeras semanas del plan.',
  }),
  check_in_missed: (f) => ({ message: `La reunión de seguimiento ${f.what ?? '?'} del ${f.value ?? '?'} no se realizó.`, fix: 'Reprográmela y registre la nueva fecha.' }),
  check_in_undocumented: (f) => ({
    message: `La reunión de seguimiento ${f.what ?? '?'} del ${f.value ?? '?'} se realizó, pero no tiene notas ni avances registrados.`,
    fix: 'Documente cada reunión de seguimiento: el avance en cada objetivo, las acciones acordadas y los ajustes.',
  }),
  outcomes_missing: () => ({
    message: 'El plan no indica ni en qué consiste el éxito ni qué ocurre si no se cumplen los objetivos.',
    fix: 'Redacte los criterios de éxito y las consecuencias (prórroga, salida del puesto).',
  }),
  success_criteria_missing: () => ({ message: 'El plan no indica en qué consiste una finalización satisfactoria.', fix: 'Formule los criterios de éxito en función de los objetivos.' }),
  consequences_missing: () => ({
    message: 'El plan no indica qué ocurre si no se cumplen los objetivos.',
    fix: 'Indique las consecuencias (una revisión, una prórroga, la salida del puesto).',
  }),
  prior_coaching_missing: () => ({
    message: 'Antes del plan no hubo ningún coaching informal documentado: un plan no debe ser la primera conversación.',
    fix: 'Empiece por un coaching informal y registre las conversaciones (fecha, notas) en `priorCoaching`.',
  }),
  prior_coaching_insufficient: (f) => ({
    message: `Antes del plan solo hubo ${w.plural(Number(f.value ?? 0), { one: '# conversación de coaching documentada', other: '# conversaciones de coaching documentadas' })}; la política exige ${num(f.limit)}.`,
    fix: 'Realice y documente más coaching informal antes de iniciar un plan formal.',
  }),
  rep_ramping: (f) => ({
    message: `La persona empleada se incorporó al puesto el ${f.value ?? '?'} y, al empezar el plan, sigue en período de adaptación hasta el ${f.limit ?? '?'}.`,
    fix: 'Acompañe a la persona empleada durante su adaptación; inicie un plan solo si después persiste una brecha sostenida.',
  }),
  goals_single_category: (f) => ({
    message: `${categoryLead(f)}; un plan equilibrado combina al menos ${num(f.limit)} de las categorías ingresos, actividad, habilidades, cliente y conducta.`,
    fix: 'Añada objetivos de otras categorías para las brechas que aborda el plan: un objetivo de actividad adelantado (llamadas, demostraciones), un objetivo de habilidades evaluado con una rúbrica, un objetivo de cliente o de conducta (mantenimiento del CRM, retención) junto al de resultados. Un plan acotado a propósito (un plan de actividad de 30 días) lo justifica en su finalidad.',
  }),
  weight_concentrated: (f) => ({
    message: `${
      f.category !== undefined
        ? `Los objetivos de la categoría ${category(f.category)} (${w.list(f.goalIds ?? [])}) suman en conjunto`
        : `El objetivo ${f.what ?? '?'}${f.equal ? ', uno de varios objetivos con la misma ponderación,' : ''} tiene`
    } el ${percent(f.share)} de la ponderación del plan, más del ${percent(f.maxShare)} que permite la política; los demás objetivos suman en conjunto el ${percent(f.restShare)}, así que la valoración depende de ${f.category !== undefined ? 'ellos' : 'él'}.`,
    fix: 'Reparta la ponderación entre los objetivos que abordan las brechas (objetivos adelantados de actividad y de habilidades junto al de resultados), o divida el objetivo, de modo que ningún objetivo ni ninguna categoría supere lo que permite la política.',
  }),
  protected_characteristic: (f) => ({
    message: `El texto de ${f.field ?? '?'}${f.entry !== undefined && f.entry.by !== 'index' ? ` (${f.entry.value})` : ''} menciona ${
      f.terms !== undefined && f.terms.length > 0
        ? w.list(f.terms.map((t) => `«${t.text}» (${Object.hasOwn(CHARACTERISTIC, t.characteristic) ? CHARACTERISTIC[t.characteristic]! : t.characteristic})`))
        : 'una característica protegida'
    }: las referencias a características protegidas no tienen cabida en un plan de mejora del desempeño.`,
    fix: f.leave
      ? 'Registre las ausencias de forma neutra («ausencia autorizada»): el tipo de ausencia y cualquier detalle médico o familiar pertenecen a los registros confidenciales de RR. HH., no al plan, que nunca debe dar a entender que influyen en el desempeño.'
      : 'Las características protegidas (edad, sexo o género, embarazo, origen racial o étnico o nacionalidad, religión, discapacidad o salud, orientación sexual, estado civil o situación familiar, afiliación sindical) nunca son motivo para un plan de mejora del desempeño: elimine la referencia y describa en su lugar la conducta laboral observable (qué hizo o dejó de hacer la persona empleada, y cuándo, con las cifras).',
  }),
};


/** Los hallazgos y las correcciones de la revisión del plan, en español. */
export const LINT_CATALOGS_ES: LintCatalogs = Object.freeze({ messages: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'fix') });
