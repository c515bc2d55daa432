/**
 * La comprobación SMART en español: cada hallazgo y qué cambiar, por motivo.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { SmartAbout, SmartBound, SmartCatalogs, SmartFactsByCode, SmartSpan } from '../../goals/messages.js';

const w = figureWords('es');

const goal = (f: SmartAbout): string => `«${f.title}» (${f.goalId})`;
const fig = (f: SmartAbout, value: number): string => (f.unit === undefined ? w.plain(value) : w.value(value, f.unit));
const span = (s: SmartSpan): string => `del ${s.start} al ${s.end}`;
const days = (n: number): string => w.plural(n, { one: '# día', other: '# días' });
/** Un cambio en la unidad del indicador: las proporciones, en puntos porcentuales. */
const difference = (f: SmartAbout, change: number): string => {
  if (f.unit?.unit !== 'ratio') return fig(f, change);
  const points = change * 100;
  return `${w.plain(points)} ${w.plural(points, { one: 'punto porcentual', other: 'puntos porcentuales' })}`;
};
const changeOf = (f: SmartAbout & { readonly change: number; readonly relative?: number }): string =>
  f.relative === undefined ? difference(f, f.change) : `${difference(f, f.change)} (+${w.percent(f.relative)} sobre el valor de partida)`;
/** Lo que se pide a un objetivo, frente a su límite. */
function asked(f: SmartAbout & SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return w.plural(f.levels, { one: 'subir # nivel de la rúbrica', other: 'subir # niveles de la rúbrica' });
    case 'own_best':
      return `una mejora de ${changeOf(f)}, un ${w.percent(f.beyond)} por encima de la mejor marca reciente de la persona empleada (${fig(f, f.best)})`;
    case 'headroom':
      return `una mejora de ${changeOf(f)}, con lo que se cerraría el ${w.percent(f.headroom)} del margen hasta el ${w.percent(f.toward)}`;
    case 'relative':
      return `una mejora de ${changeOf(f)}`;
  }
}
/** El límite con el que se compara un cambio. */
function bound(f: SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return w.plural(f.limit, { one: '# nivel', other: '# niveles' });
    case 'own_best':
      return `un ${w.percent(f.limit)} por encima de la propia mejor marca`;
    case 'headroom':
      return `el ${w.percent(f.limit)} del margen`;
    case 'relative':
      return `el ${w.percent(f.limit)}`;
  }
}
/** Lo que no puede ser negativo, por unidad del indicador. */
const NOT_NEGATIVE: Readonly<Record<string, string>> = {
  count: 'un recuento no admite valores negativos',
  currency: 'un importe no admite valores negativos',
  duration: 'una duración no admite valores negativos',
  score: 'una puntuación no admite valores negativos',
};
const NOTHING = 'No hay nada que hacer.';

const SENTENCES: FindingSentencesByCode<SmartFactsByCode> = {
  metric_unknown: (f) => ({
    message: `El objetivo ${goal(f)} mide el indicador ${JSON.stringify(f.metricId)}, que el plan no define.`,
    fix: 'Defina el indicador (unidad, dirección, agregación, fuente de datos) o vincule el objetivo a uno existente.',
  }),
  vague_wording: (f) => ({
    message: `El objetivo ${goal(f)} está formulado de forma vaga (${f.phrases.map((phrase) => `«${phrase}»`).join(', ')}${f.quantified ? '' : ', sin ninguna cifra'}): la persona empleada no puede saber qué debe cambiar exactamente.`,
    fix: 'Indique el comportamiento o el resultado y la cifra que debe alcanzarse, p. ej., «Aumentar la conversión de leads a demostraciones del 20 % al 23 % en 60 días».',
  }),
  title_without_target: (f) => ({
    message: `El objetivo ${goal(f)} no menciona su valor objetivo (${fig(f, f.target)}) en su redacción.`,
    fix: 'Incluya en el objetivo el valor objetivo y el período, para que la persona empleada lea exactamente qué se espera de ella.',
  }),
  target_against_direction: (f) => ({
    message: `El objetivo ${goal(f)} fija un valor objetivo de ${fig(f, f.target)}, peor que su valor de partida de ${fig(f, f.baseline)} en ${f.metric} (${f.direction === 'lower_is_better' ? 'cuanto más bajo, mejor' : 'cuanto más alto, mejor'}).`,
    fix: 'Fije un valor objetivo que mejore el valor de partida en la dirección del indicador (o que lo iguale, si se trata de mantener un nivel).',
  }),
  specific_target: (f) => ({ message: `El objetivo ${goal(f)} nombra su indicador (${f.metric}) y un valor objetivo concreto de ${fig(f, f.target)}.`, fix: NOTHING }),
  metric_source_missing: (f) => ({
    message: `El objetivo ${goal(f)} se mide con el indicador ${f.metric}, que no tiene fuente de datos.`,
    fix: 'Indique en el campo `source` del indicador de dónde proceden las cifras (informe del CRM, sistema de marcación, revisiones de llamadas, evaluación).',
  }),
  target_outside_unit: (f) => ({
    message: `Objetivo ${goal(f)}: ${f.field === 'target' ? 'el valor objetivo' : 'el valor de partida'} ${w.plain(f.value, 6)} no es un valor posible de ${f.metric} (${f.problem === 'ratio_range' ? 'una proporción es una fracción entre 0 y 1' : (Object.hasOwn(NOT_NEGATIVE, f.unitKind) ? NOT_NEGATIVE[f.unitKind]! : 'el valor no puede ser negativo')}).`,
    fix: 'Escriba las cifras en la unidad del indicador: las proporciones como fracciones (0,15 para el 15 %), los importes en unidades monetarias mínimas enteras, y los recuentos y las duraciones sin valores negativos.',
  }),
  skill_target_not_rubric: (f) => ({
    message: `El objetivo ${goal(f)} es un objetivo de habilidades, pero ${f.levels === undefined ? `su indicador ${f.metric} no tiene rúbrica` : `su valor objetivo ${w.plain(f.target)} no es un nivel de la rúbrica (${f.levels.map((level) => w.plain(level)).join('; ')})`}.`,
    fix: 'Asigne al indicador de habilidades una rúbrica (niveles que describan la habilidad) y fije el valor objetivo en uno de sus niveles.',
  }),
  measurable_target: (f) => ({ message: `El objetivo ${goal(f)} tiene un valor objetivo de ${fig(f, f.target)} en la unidad de ${f.metric}, medido a partir de ${f.source}.`, fix: NOTHING }),
  window_shorter_than_sales_cycle: (f) => ({
    message: `El objetivo ${goal(f)} es un objetivo de resultados con un período de medición de ${days(f.days)}, más corto que el ciclo de ventas del puesto, de ${days(f.cycle)}: las operaciones iniciadas durante el plan no pueden cerrarse dentro de ese período.`,
    fix: 'Asigne al objetivo de resultados un período de medición al menos tan largo como el ciclo de ventas, o mida en su lugar un indicador adelantado (reuniones, oportunidades cualificadas).',
  }),
  sales_cycle_unknown: (f) => ({
    message: `El objetivo ${goal(f)} es un objetivo de resultados, pero el plan no indica el ciclo de ventas del puesto, por lo que no se puede valorar su período de medición de ${days(f.days)}.`,
    fix: 'Registre el ciclo de ventas habitual del puesto en `salesCycleDays`.',
  }),
  improvement_impossible: (f) => ({
    message: `El objetivo ${goal(f)} exige, respecto al valor de partida, ${asked(f)}, lo que supera cualquier mejora realista (el límite está en ${bound(f)}).`,
    fix: 'Fije un valor objetivo que la persona empleada pueda alcanzar en el período de medición y cierre la brecha por etapas, con hitos.',
  }),
  improvement_unrealistic: (f) => ({
    message: `El objetivo ${goal(f)} exige, respecto al valor de partida, ${asked(f)}, más de lo que permite el límite realista, fijado en ${bound(f)}.`,
    fix: 'Contraste el valor objetivo con el historial de la persona empleada y con el equipo; redúzcalo o amplíe el período de medición si queda fuera de su alcance.',
  }),
  beyond_own_best: (f) => ({
    message: `El objetivo ${goal(f)} fija ${fig(f, f.target)}, ${f.beyond === undefined ? 'por encima de' : `un ${w.percent(f.beyond)} por encima de`} la mejor marca de la persona empleada en los períodos recientes (${fig(f, f.best)}).`,
    fix: 'Apunte a un nivel cercano a la mejor marca que la persona empleada ya haya alcanzado, o explique en el plan por qué ahora es realista aspirar a más.',
  }),
  target_beyond_standard: (f) => ({
    message: `El objetivo ${goal(f)} fija ${fig(f, f.target)}, por encima del estándar de ${fig(f, f.standard)} hasta el que debe cerrar la brecha (brecha ${f.gapId}).`,
    fix: 'Un plan pide a la persona empleada alcanzar el estándar, no superarlo: fije el valor objetivo en el estándar de la brecha o cerca de él.',
  }),
  rubric_climb_too_steep: (f) => ({
    message: `El objetivo ${goal(f)} exige subir ${w.plural(f.levels, { one: '# nivel', other: '# niveles' })} de la rúbrica en un solo plan (el límite realista está en ${w.plural(f.limit, { one: '# nivel', other: '# niveles' })}).`,
    fix: 'Apunte al nivel siguiente, o a los dos siguientes, y fije un hito posterior para el resto.',
  }),
  within_sales_cycle: (f) => ({ message: `El período de medición del objetivo ${goal(f)}, de ${days(f.days)}, cubre el ciclo de ventas del puesto, de ${days(f.cycle)}.`, fix: NOTHING }),
  within_realistic_bound: (f) => ({ message: `El objetivo ${goal(f)} exige, respecto al valor de partida, ${asked(f)}, dentro del límite realista, fijado en ${bound(f)}.`, fix: NOTHING }),
  reached_before: (f) => ({ message: `El objetivo ${goal(f)} fija ${fig(f, f.target)}, un nivel que la persona empleada ya alcanzó recientemente (mejor marca: ${fig(f, f.best)}).`, fix: NOTHING }),
  improvement_not_judged: (f) => ({
    message: `Objetivo ${goal(f)}: ${f.change === undefined ? 'el valor objetivo no exige ningún cambio respecto al valor de partida, así que no hay nada que acotar' : `un cambio a partir de un valor de partida nulo (${difference(f, f.change)}) no tiene magnitud relativa`}.`,
    fix: 'No hay nada que hacer; aporte el historial de la persona empleada para contrastar con él el valor objetivo.',
  }),
  goal_without_gap: (f) => ({
    message: `El objetivo ${goal(f)} no responde a ninguna brecha identificada.`,
    fix: 'Vincule el objetivo a la brecha (respaldada por datos) que cierra, o elimínelo: todo objetivo debe remitir a una brecha medida.',
  }),
  gap_unknown: (f) => ({
    message: `El objetivo ${goal(f)} remite a la brecha ${JSON.stringify(f.gapId)}, que el plan no define.`,
    fix: 'Defina la brecha con sus cifras o elimine la referencia.',
  }),
  gap_metric_unrelated: (f) => ({
    message: `El objetivo ${goal(f)} mide ${f.metric}, pero su brecha ${JSON.stringify(f.gapId)} se refiere a ${f.gapMetric}, y no consta que ese indicador influya en él.`,
    fix: 'Mida el indicador de la brecha, o declare en el campo `drives` del indicador que es un indicador adelantado del indicador de la brecha.',
  }),
  linked_to_gap: (f) => ({
    message: `El objetivo ${goal(f)} cierra ${w.list(f.closes.map((c) => (c.through === undefined ? `la brecha ${c.gapId}` : `la brecha ${c.gapId} a través del indicador en el que influye (${c.through})`)))}.`,
    fix: NOTHING,
  }),
  goal_without_window: (f) => ({
    message: `El objetivo ${goal(f)} no tiene período de medición ni fecha límite.`,
    fix: 'Asigne al objetivo un período de medición (inicio y fin) o una fecha límite dentro del plan.',
  }),
  goal_window_outside_plan: (f) => ({
    message: `Objetivo ${goal(f)}: ${f.field === 'window' ? 'el período de medición' : 'la fecha límite'} (${span(f.window)}) no está dentro de las fechas del plan (${span(f.plan)}).`,
    fix: 'Sitúe el período de medición o la fecha límite entre las fechas de inicio y fin del plan.',
  }),
  milestone_outside_window: (f) => ({
    message: `El objetivo ${goal(f)} tiene un hito el ${f.date}, fuera de su período de medición (${span(f.window)}).`,
    fix: 'Fije las fechas de los hitos dentro del período de medición del objetivo.',
  }),
  milestone_not_monotone: (f) => ({
    message: `Objetivo ${goal(f)}: el hito del ${f.date} fija ${fig(f, f.target)}, lo que no avanza desde ${fig(f, f.previous)} hacia el valor objetivo.`,
    fix: 'Ordene los valores de los hitos desde el valor de partida hacia el valor objetivo, cada uno un paso más allá que el anterior.',
  }),
  window_inside_plan: (f) => ({ message: `El objetivo ${goal(f)} abarca ${span(f.window)}, dentro de las fechas del plan.`, fix: NOTHING }),
};


/** Los hallazgos y las correcciones de la comprobación SMART, en español. */
export const SMART_CATALOGS_ES: SmartCatalogs = Object.freeze({ messages: sentencesOf<SmartFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<SmartFactsByCode>(SENTENCES, 'fix') });
