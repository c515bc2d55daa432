/**
 * El análisis de equidad en español: los hallazgos sobre impacto adverso, las incidencias de los
 * datos, los hallazgos sobre la coherencia de los criterios y las palabras del informe para
 * RR. HH. Las frases nombran grupos y medidas, nunca a una persona; la de un grupo oculto no da
 * ninguna cifra suya, solo el tamaño mínimo de la política.
 *
 * @module
 */
import type { FairnessMeasure } from '../../fairness/codes.js';
import type { ComparisonFacts, FairnessFindingFactsByCode, FairnessIssueFactsByCode, GroupFacts } from '../../fairness/messages.js';
import { figureWords } from '../../issues/figures.js';
import { EVALUATION_CATALOGS_ES } from './evaluate.js';
import type { Catalog } from '../../issues/issue.js';
import type { FairnessDocumentCatalogs, FairnessReportMessages } from '../../render/fairness-report.js';
import type { ConsistencyFactsByCode, TargetComparisonFacts } from '../../team/messages.js';

const w = figureWords('es');

/** Una etiqueta de grupo o un título, entre comillas angulares. */
const quoted = (label: string): string => `«${label}»`;
/** La primera letra en mayúscula, para empezar una frase. */
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** Una ratio o una z con dos decimales como máximo: "0,84". */
const ratio = (value: number): string => w.plain(value, 2);

const significant = new Intl.NumberFormat('es', { maximumSignificantDigits: 2 });
/** Un valor p con dos cifras significativas, o "< 0,0001". */
const pValue = (p: number): string => (p < 0.0001 ? `< ${significant.format(0.0001)}` : `= ${significant.format(p)}`);
/** El nivel de significación de la política, tal como se fijó: "0,05". */
const level = (value: number): string => w.plain(value, 6);

/** "5 personas", "1 persona". */
const people = (count: number): string => w.plural(count, { one: '# persona', other: '# personas' });
const NOT_MET = quoted('no superado');

/** "entre dos y tres desviaciones estándar" y similares, según |z|. */
function deviations(z: number): string {
  const size = Math.abs(z);
  if (size < 2) return 'menos de dos desviaciones estándar';
  if (size < 3) return 'entre dos y tres desviaciones estándar';
  return 'más de tres desviaciones estándar';
}

/** Cómo se expresa cada medida. */
interface MeasureWords {
  /** En la frase, tras el grupo: "inclusión en un plan". */
  readonly name: string;
  /** Como título o al inicio de una frase. */
  readonly title: string;
  /** Las personas de la base: "5 personas en el ámbito del análisis". */
  readonly base: (count: number) => string;
  /** Lo que les ocurrió a las del resultado adverso: "fueron incluidas en un plan", "tuvieron una prórroga". */
  readonly adverse: (count: number) => string;
  /** El resultado favorable, de una persona y de varias: "no incluida en un plan". */
  readonly favourable: { readonly one: string; readonly other: string };
  /** La medida en la frase sobre el grupo de referencia: "la inclusión en un plan". */
  readonly reference: string;
}

const inScope = (count: number): string => w.plural(count, { one: '# persona en el ámbito del análisis', other: '# personas en el ámbito del análisis' });

const MEASURE: { readonly [M in FairnessMeasure]: MeasureWords } = {
  placement: {
    name: 'inclusión en un plan',
    title: 'Inclusión en un plan',
    base: inScope,
    adverse: (n) => w.plural(n, { one: 'fue incluida en un plan', other: 'fueron incluidas en un plan' }),
    favourable: { one: 'no incluida en un plan', other: 'no incluidas en un plan' },
    reference: 'la inclusión en un plan',
  },
  extension: {
    name: 'prórroga del plan',
    title: 'Prórroga del plan',
    base: (n) => w.plural(n, { one: '# persona incluida en un plan', other: '# personas incluidas en un plan' }),
    adverse: (n) => w.plural(n, { one: 'tuvo una prórroga', other: 'tuvieron una prórroga' }),
    favourable: { one: 'sin prórroga del plan', other: 'sin prórroga del plan' },
    reference: 'la prórroga del plan',
  },
  not_met: {
    name: `resultado ${NOT_MET}`,
    title: `Resultados ${NOT_MET}`,
    base: (n) => w.plural(n, { one: '# persona con un plan cerrado', other: '# personas con un plan cerrado' }),
    adverse: (n) => w.plural(n, { one: `obtuvo el resultado ${NOT_MET}`, other: `obtuvieron el resultado ${NOT_MET}` }),
    favourable: { one: `cuyo plan se cerró con un resultado distinto de ${NOT_MET}`, other: `cuyo plan se cerró con un resultado distinto de ${NOT_MET}` },
    reference: `el resultado ${NOT_MET}`,
  },
};

/** "el grupo «North» (Sales team)"; sin etiqueta, "un grupo (Sales team)". */
const groupOf = (attribute: string, group: string | null): string => (group === null ? `un grupo (${attribute})` : `el grupo ${quoted(group)} (${attribute})`);
/** "Sales team «West», inclusión en un plan", al inicio de un hallazgo. */
const heading = (f: ComparisonFacts): string => `${f.attribute} ${quoted(f.group)}, ${MEASURE[f.measure].name}`;

/** "en «West», 3 de 20 personas en el ámbito del análisis fueron incluidas en un plan (15 %), frente a 2 de 40 en «East» (5 %)". */
function counts(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  return `en ${quoted(f.group)}, ${w.count(f.adverse)} de ${m.base(f.base)} ${m.adverse(f.adverse)} (${w.percent(f.adverseRate)}), frente a ${w.count(f.referenceAdverse)} de ${w.count(f.referenceBase)} en ${quoted(f.reference)} (${w.percent(f.referenceAdverseRate)})`;
}

/** Las tasas favorables y la ratio de impacto. */
function impact(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  if (f.impactRatio === null) return `en el grupo de referencia no hay ninguna persona ${m.favourable.one}, por lo que no hay ratio de impacto`;
  return `la proporción de personas ${m.favourable.other} es del ${w.percent(f.favourableRate)}, frente al ${w.percent(f.referenceFavourableRate)} del grupo de referencia, con una ratio de impacto de ${ratio(f.impactRatio)} (umbral de la regla de los cuatro quintos: ${ratio(f.threshold)})`;
}

/** La tasa adversa frente a la del grupo de referencia. */
function adverseRatio(f: ComparisonFacts): string {
  return f.adverseRatio === null
    ? 'el grupo de referencia no tiene ningún caso, por lo que la ratio entre las tasas de resultados adversos no está definida'
    : `la tasa de resultados adversos es ${ratio(f.adverseRatio)} veces la del grupo de referencia`;
}

function significance(f: ComparisonFacts): string {
  const z = f.z === null ? 'sin puntuación z (no hay variación)' : `z = ${ratio(f.z)}, ${deviations(f.z)}`;
  return `según la prueba exacta de Fisher (bilateral), p ${pValue(f.fisherP)} con un nivel de significación de ${level(f.significanceLevel)}; ${z}`;
}

/** "La regla de los cuatro quintos y la prueba de significación discrepan en el caso de «West» (inclusión en un plan)". */
const disagree = (f: ComparisonFacts): string =>
  `La regla de los cuatro quintos y la prueba de significación discrepan en el caso de ${quoted(f.group)} (${MEASURE[f.measure].name})`;

type GroupCode = 'group_suppressed' | 'measure_suppressed' | 'insufficient_population';

const COMPARISON: Catalog<Omit<FairnessFindingFactsByCode, GroupCode>> = {
  adverse_impact_flagged: (f) =>
    `${heading(f)}: ${impact(f)}. Esa proporción queda por debajo de los cuatro quintos de la del grupo de referencia: hay impacto adverso según la regla de los cuatro quintos (29 CFR 1607.4(D)). ${cap(counts(f))}.`,
  difference_significant: (f) =>
    `${heading(f)}: ${counts(f)}; ${adverseRatio(f)}. La diferencia es estadísticamente significativa: ${significance(f)}.`,
  flagged_not_significant: (f) =>
    `${disagree(f)}: la ratio de impacto${f.impactRatio === null ? '' : `, de ${ratio(f.impactRatio)},`} queda por debajo de ${ratio(f.threshold)}, pero la diferencia no es estadísticamente significativa (p ${pValue(f.fisherP)}). Con grupos tan pequeños, la ratio puede caer por debajo de los cuatro quintos por azar: analícelo, pero no lo tome por sí solo como una conclusión.`,
  significant_not_flagged: (f) =>
    `${disagree(f)}: la diferencia es estadísticamente significativa (p ${pValue(f.fisherP)}), aunque la ratio de impacto${f.impactRatio === null ? '' : `, de ${ratio(f.impactRatio)},`} cumple la regla de los cuatro quintos. Cuando los resultados adversos son poco frecuentes, una pequeña diferencia en las tasas favorables puede ocultar una grande en las tasas adversas (aquí, ${adverseRatio(f)}).`,
  no_adverse_impact: (f) =>
    `${heading(f)}: no se aprecia impacto adverso frente a ${quoted(f.reference)}. ${cap(impact(f))}; ${significance(f)}.`,
};

const GROUP: Catalog<Pick<FairnessFindingFactsByCode, GroupCode>> = {
  group_suppressed: (f: GroupFacts) =>
    `${cap(groupOf(f.attribute, f.group))} tiene menos de ${inScope(f.minGroupSize)}: sus cifras se ocultan para proteger a las personas que lo integran.`,
  measure_suppressed: (f: GroupFacts) =>
    `${cap(groupOf(f.attribute, f.group))}${f.measure === null ? '' : `, ${MEASURE[f.measure].name}`}: menos de ${(f.measure === null ? inScope : MEASURE[f.measure].base)(f.minGroupSize)}, por lo que estas cifras se ocultan para proteger a las personas que integran el grupo.`,
  insufficient_population: (f: GroupFacts) =>
    `${f.measure === null ? 'Todas las medidas' : MEASURE[f.measure].title} por ${f.attribute.toLocaleLowerCase('es')}: menos de dos grupos tienen al menos ${(f.measure === null ? inScope : MEASURE[f.measure].base)(f.minGroupSize)}, por lo que no hay nada que comparar.`,
};

/** Los hallazgos del análisis de equidad, en español. */
const FINDINGS: Catalog<FairnessFindingFactsByCode> = { ...COMPARISON, ...GROUP };

/** El problema del período, tal como lo dice la frase. */
function periodProblem(f: FairnessIssueFactsByCode['period_invalid']): string {
  switch (f.problem) {
    case 'start_not_a_date':
      return `El inicio del período, ${f.received}, no es una fecha del calendario; el período no tiene límite inicial.`;
    case 'end_not_a_date':
      return `El fin del período, ${f.received}, no es una fecha del calendario; el período termina en la fecha de referencia asOf (${f.asOf}).`;
    case 'end_after_as_of':
      return `El período termina el ${f.end}, después de la fecha de referencia asOf (${f.asOf}); se da por terminado en asOf.`;
    case 'start_after_end':
      return `El período empieza el ${f.start}, después de su fin (${f.end}); no se cuenta ningún plan.`;
  }
}

/** Las incidencias del análisis de equidad, en español. */
const ISSUES: Catalog<FairnessIssueFactsByCode> = {
  // the evaluation's sentence: a policy issue reads the same wherever a policy is resolved
  policy_invalid: EVALUATION_CATALOGS_ES.issues.policy_invalid,
  as_of_invalid: (f) => `La fecha de referencia asOf es ${f.received}, que no es una fecha del calendario (AAAA-MM-DD); no se analiza nada.`,
  period_invalid: (f) => periodProblem(f),
  person_duplicate: (f) => `La persona ${f.received} aparece más de una vez; se tiene en cuenta la primera entrada.`,
  plan_person_unknown: (f) =>
    `El plan ${f.planId} corresponde a la persona ${f.received}, que no figura entre las personas del ámbito del análisis; se deja fuera.`,
  group_missing: (f) =>
    'count' in f
      ? w.plural(f.count, {
          one: '# persona del ámbito del análisis no tiene grupo para este atributo y queda fuera de todos los grupos.',
          other: '# personas del ámbito del análisis no tienen grupo para este atributo y quedan fuera de todos los grupos.',
        })
      : `Menos de ${people(f.minGroupSize)} del ámbito del análisis no tienen grupo para este atributo y quedan fuera de todos los grupos.`,
  reference_group_unavailable: (f) =>
    `El grupo de referencia ${f.received} ${
      f.problem === 'no_one_in_scope'
        ? 'no tiene a nadie en el ámbito del análisis'
        : `no puede usarse para ${MEASURE[f.measure].reference} (su base tiene menos de ${people(f.minGroupSize)})`
    }; en su lugar se usa el grupo con la tasa más favorable.`,
};

/** "El objetivo «Llamadas» (plan p3)". */
const goal = (f: TargetComparisonFacts): string => `El objetivo ${quoted(f.goalTitle)} (plan ${f.planId})`;
/** Un valor en la unidad de su indicador, por semana si los totales se normalizaron. */
const figure = (f: TargetComparisonFacts, value: number): string => `${w.value(value, f.metric)}${f.normalisedAs === 'per_week' ? ' por semana' : ''}`;
/** "90 días", "97,5 días". */
const days = (value: number): string => `${w.plain(value, 1)} ${value === 1 ? 'día' : 'días'}`;

/** Los hallazgos sobre la coherencia de los criterios, en español. */
const CONSISTENCY: Catalog<ConsistencyFactsByCode> = {
  target_off_role_median: (f) =>
    `${goal(f)} fija un valor objetivo de ${figure(f, f.target)} para ${quoted(f.metricName)}, que se aparta un ${w.percent(f.share)} de la mediana del puesto (${figure(f, f.reference)}); la política admite hasta un ${w.percent(f.threshold)}.`,
  duration_off_role_median: (f) =>
    `El plan ${f.planId} dura ${days(f.days)}, lo que se aparta un ${w.percent(f.share)} de la mediana del puesto (${days(f.medianDays)}); la política admite hasta un ${w.percent(f.threshold)}.`,
  target_stricter_than_team: (f) =>
    `${goal(f)} fija un valor objetivo de ${figure(f, f.target)} para ${quoted(f.metricName)}, un ${w.percent(f.share)} más exigente que la media del propio equipo (${figure(f, f.reference)}).`,
  too_few_plans: (f) =>
    `Solo hay ${w.plural(f.count, { one: '# plan comparable', other: '# planes comparables' })} para el puesto; se necesitan al menos ${w.count(f.threshold)} para calcular una mediana.`,
};

/** Las palabras del informe de equidad, en español. */
const REPORT: FairnessReportMessages = {
  title: 'Revisión de equidad: impacto adverso de los planes de mejora',
  subtitle: (attributes, asOf) =>
    `${attributes.length > 0 ? `Por ${w.list(attributes.map((a) => a.toLocaleLowerCase('es')))}` : 'Sin atributos'}, a fecha de ${asOf}`,
  audienceNote: (min) =>
    `Solo para RR. HH. y la asesoría laboral. Cifras por grupo para una revisión de impacto adverso: no identifica a ninguna persona y no muestra ninguna cifra de grupos de menos de ${people(min)}. No está destinado a las personas empleadas ni a sus responsables.`,
  footer: (asOf) =>
    `Revisión de equidad a fecha de ${asOf}. Las cifras describen grupos, nunca a una persona; una diferencia entre grupos es una cuestión que hay que analizar, no revela su causa.`,
  sections: { summary: 'Qué requiere atención', consistency: 'Coherencia de los criterios entre planes', method: 'Cómo leer este informe', data: 'Notas sobre los datos' },
  labels: {
    asOf: 'Fecha de referencia',
    period: 'Planes contabilizados',
    attributes: 'Atributos',
    policy: 'Política',
    attention: 'Atención',
    group: 'Grupo',
    people: 'Personas',
    placed: 'Incluidas en un plan',
    placementRate: 'Tasa de inclusión',
    extended: 'Prorrogados',
    closed: 'Cerrados',
    notMet: 'No alcanzado',
    successful: 'Superados con éxito',
    withdrawn: 'Retirados',
    reference: 'Grupo de referencia',
    adverse: 'Resultado adverso',
    favourableRate: 'Tasa favorable',
    impactRatio: 'Ratio de impacto',
    adverseRatio: 'Ratio de tasas adversas',
    fisherP: 'p (prueba exacta de Fisher)',
    z: 'z',
    fourFifths: 'Por debajo de los cuatro quintos',
    significant: 'Significativo',
    findings: 'Hallazgos',
    yes: 'Sí',
    no: 'No',
    none: '—',
    groups: 'Grupos',
  },
  measure: { placement: MEASURE.placement.title, extension: MEASURE.extension.title, not_met: MEASURE.not_met.title },
  favourable: {
    placement: 'no incluidas en un plan',
    extension: 'sin prórroga del plan, de entre las incluidas en un plan',
    not_met: `cuyo plan se cerró con un resultado distinto de ${NOT_MET}, de entre las que tienen un plan cerrado`,
  },
  periodText: (start, end) => (start === undefined ? `creados hasta el ${end}` : `creados del ${start} al ${end}`),
  policyText: (threshold, significance, min) =>
    `umbral de los cuatro quintos: ${threshold}; nivel de significación: ${significance} (prueba exacta de Fisher, bilateral); se ocultan los grupos de menos de ${people(min)}`,
  attentionText: (a, s, d, c) =>
    `${w.count(a)} por debajo de los cuatro quintos, ${w.plural(s, { one: '# estadísticamente significativo', other: '# estadísticamente significativos' })}, ${w.plural(d, { one: '# en el que ambos criterios discrepan', other: '# en los que ambos criterios discrepan' })}; ${w.plural(c, { one: '# hallazgo de coherencia', other: '# hallazgos de coherencia' })}`,
  nothingFlagged: 'Ningún grupo queda por debajo de los cuatro quintos de su grupo de referencia y ninguna diferencia es estadísticamente significativa.',
  suppressed: (min) => `Cifras ocultas: menos de ${people(min)}`,
  referenceMark: 'grupo de referencia',
  suppressedBar: 'Oculto',
  referenceText: (group, chosenBy) => `Grupo de referencia: ${quoted(group)} (${chosenBy === 'policy' ? 'designado por la política' : 'el de la tasa más favorable'}).`,
  chartTitle: (measure, attribute) => `${measure}: tasa favorable por ${attribute.toLocaleLowerCase('es')}`,
  chartLegend: (favourable, line, threshold, reference) =>
    `Barras: la proporción de personas ${favourable}, por grupo. La línea vertical, situada en el ${line}, equivale al ${threshold} de la tasa del grupo de referencia (${reference}): una barra que no llega a ella queda por debajo de los cuatro quintos.`,
  lineLabel: (line) => `Línea de los cuatro quintos: ${line}`,
  againstLine: (below) => (below ? 'por debajo de la línea de los cuatro quintos' : 'en la línea de los cuatro quintos o por encima'),
  nothingToCompare: 'Menos de dos grupos pueden mostrarse para esta medida: no hay nada que comparar.',
  consistencyScope:
    'Los valores objetivo y la duración de cada plan se comparan con los de los demás planes del mismo puesto creados en el período, sea cual sea el grupo (véase compareConsistency).',
  noConsistencyFindings:
    'Ningún plan se aparta de la mediana de su puesto, en valores objetivo o en duración, más de lo que admite la política, y ninguno es más exigente que la media del propio equipo.',
  noIssues: 'Los datos no presentan ningún problema.',
  method: [
    `Ratio de impacto (regla de los cuatro quintos, 29 CFR 1607.4(D)): la tasa favorable de un grupo (no incluido en un plan, sin prórroga, sin cierre como ${NOT_MET}) dividida por la del grupo de referencia. Un valor inferior a 0,8 (el umbral de la política) es indicio de impacto adverso según la regla práctica que aplican las agencias de EE. UU.`,
    'Ratio de tasas adversas: la tasa adversa del grupo dividida por la del grupo de referencia. Cuando los resultados adversos son poco frecuentes (pocas personas se incluyen en un plan), una pequeña diferencia en las tasas favorables puede ser una gran diferencia en las tasas adversas: lea ambas.',
    'Prueba exacta de Fisher (bilateral): la probabilidad de un reparto al menos tan desigual como el observado si los resultados no dependieran del grupo. Es exacta con números pequeños; por debajo del nivel de significación, la diferencia es estadísticamente significativa.',
    'Prueba z: a cuántas desviaciones estándar de distancia están las dos tasas (con el error estándar combinado); «dos o tres desviaciones estándar» es la regla práctica de los tribunales. Aproxima la prueba de Fisher y funciona mal con grupos pequeños.',
    'Números pequeños: con unas pocas personas, la regla de los cuatro quintos puede señalar una diferencia debida al azar, y ninguna prueba puede detectar una diferencia real. Cuando la regla y la prueba discrepan, el informe lo indica. Los grupos por debajo del tamaño mínimo de la política se ocultan para proteger a las personas que los integran.',
    'Un atributo cada vez: cada atributo se analiza por separado; las diferencias pueden deberse a otro atributo relacionado con él (puesto, antigüedad, territorio).',
    'Correlación no implica causalidad: una diferencia es una cuestión que RR. HH. debe analizar (los planes, los datos en que se basan, el apoyo prestado), nunca una conclusión sobre una persona ni un veredicto sobre un responsable.',
  ],
};

/**
 * Todas las palabras del análisis de equidad y de su informe, en español.
 *
 * @example
 * ```ts
 * import { es } from 'improvement-plan/locales/es';
 * es.messages.fairness?.report.sections.summary; // => "Qué requiere atención"
 * ```
 */
export const FAIRNESS_CATALOGS_ES: FairnessDocumentCatalogs = Object.freeze({ findings: FINDINGS, issues: ISSUES, consistency: CONSISTENCY, report: REPORT });
