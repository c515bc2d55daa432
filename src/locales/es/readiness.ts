/**
 * La evaluación de la oportunidad de un plan, en español: por qué es (o aún no es) momento de
 * abrir un plan.
 *
 * @module
 */
import type { Catalog } from '../../issues/issue.js';
import { figureWords } from '../../issues/figures.js';
import type { ReadinessAbout, ReadinessFactsByCode, ReadinessPeriodFacts } from '../../readiness/messages.js';

const w = figureWords('es');
/** La persona, al inicio de la frase (sin nombre: la persona empleada). */
const who = (f: ReadinessAbout): string => f.rep ?? 'La persona empleada';
/** La misma persona, dentro de la frase. */
const them = (f: ReadinessAbout): string => f.rep ?? 'la persona empleada';
/** "2026-04: 80 frente a 100; …". */
const figures = (periods: readonly ReadinessPeriodFacts[], f: ReadinessAbout): string =>
  periods.map((p) => `${p.key}: ${w.value(p.current, f.unit)} frente a ${w.value(p.standard, f.unit)}`).join('; ');
const SEVERITY = { none: 'sin brecha', minor: 'una brecha leve', moderate: 'una brecha moderada', severe: 'una brecha grave' } as const;
const consecutive = (n: number): string => w.plural(n, { one: '# período', other: '# períodos consecutivos' });
const conversations = (n: number): string =>
  w.plural(n, { one: '# conversación informal de coaching documentada', other: '# conversaciones informales de coaching documentadas' });
const coached = (f: ReadinessFactsByCode['coaching_documented']): string => (f.dates.length > 0 ? w.list(f.dates) : `desde el ${f.since}`);

/** Los motivos de la evaluación de la oportunidad de un plan, en español. */
export const READINESS_MESSAGES_ES: Catalog<ReadinessFactsByCode> = {
  sustained_pattern: (f) =>
    `${who(f)} está por debajo del estándar en ${f.metric} desde hace ${consecutive(f.count)} hasta hoy (${figures(f.periods, f)}): un patrón sostenido y respaldado por datos.`,
  pattern_not_sustained: (f) =>
    `${who(f)} está por debajo del estándar en ${f.metric} solo en ${f.count === 1 ? 'el último período' : `los últimos ${w.count(f.count)} períodos`} (${figures(f.periods, f)}); hacen falta ${w.count(f.needed)} períodos consecutivos para hablar de un patrón, no un solo mal período.`,
  no_current_gap: (f) =>
    `${who(f)} no está por debajo del estándar en ${f.metric} en el último período con datos (${figures([f.period], f)}, ${SEVERITY[f.severity]}); no hay una brecha actual que justifique un plan.`,
  pattern_interrupted: (f) =>
    `${who(f)} estuvo por debajo del estándar en ${f.metric} durante ${consecutive(f.count)} (${figures(f.periods, f)}), pero no en el último período; siga con el coaching y observe si la recuperación se mantiene.`,
  insufficient_data: (f) =>
    `No hay ningún período con un valor y un estándar para ${them(f)} en ${f.metric} (hasta el ${f.asOf}${f.afterRampUp ? ', tras el período de incorporación' : ''}); un plan necesita datos.`,
  coaching_documented: (f) => `${conversations(f.count)} en el período revisado (${coached(f)}), al menos las ${w.count(f.needed)} necesarias.`,
  coaching_insufficient: (f) =>
    `Solo ${conversations(f.count)} en el período revisado (${coached(f)}); se necesitan ${w.count(f.needed)} antes de un plan formal.`,
  past_ramp_up: (f) => `${who(f)} asumió el puesto el ${f.date} y terminó el período de incorporación el ${f.rampUpEnds}.`,
  still_ramping: (f) =>
    `${who(f)} asumió el puesto el ${f.date} y está en período de incorporación hasta el ${f.rampUpEnds}; apoye la incorporación en lugar de abrir un plan.`,
  role_start_unknown: (f) => `No consta la fecha en que ${them(f)} asumió el puesto, por lo que no se puede descartar un período de incorporación.`,
  no_system_factor: (f) =>
    `Ningún factor del sistema registrado que afecte a ${f.metric} coincide con el patrón${
      f.factorIds.length > 0
        ? ` (los factores ${w.list(f.factorIds)} explican solo una parte; ${w.plural(f.unexplained, { one: '# período reciente está', other: '# períodos recientes están' })} por debajo del estándar sin ninguno)`
        : ''
    }.`,
  system_factor_explains_gap: (f) =>
    `Los factores del sistema registrados (${f.factors.map((factor) => `${factor.id}: ${factor.description}`).join('; ')}) coinciden con los períodos en que ${them(f)} estuvo por debajo del estándar en ${f.metric}: la brecha puede deberse al sistema, no a la persona. Atiéndalos primero.`,
};
