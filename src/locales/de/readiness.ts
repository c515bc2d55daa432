/**
 * Die Bereitschaftsprüfung auf Deutsch: warum es (noch nicht) Zeit für einen Plan ist.
 *
 * @module
 */
import type { Catalog } from '../../issues/issue.js';
import { figureWords } from '../../issues/figures.js';
import type { ReadinessAbout, ReadinessFactsByCode, ReadinessPeriodFacts } from '../../readiness/messages.js';

const w = figureWords('de');
/** Wer gemeint ist, am Satzanfang (ohne Namen: die Person in der Rolle). */
const who = (f: ReadinessAbout): string => f.rep ?? 'Die Mitarbeiterin / der Mitarbeiter';
/** Dieselbe Person im Dativ ("für …"). */
const whom = (f: ReadinessAbout): string => f.rep ?? 'die Mitarbeiterin / den Mitarbeiter';
/** "2026-04: 80 gegenüber 100; 2026-05: 70 gegenüber 100". */
const figures = (periods: readonly ReadinessPeriodFacts[], f: ReadinessAbout): string =>
  periods.map((p) => `${p.key}: ${w.value(p.current, f.unit)} gegenüber ${w.value(p.standard, f.unit)}`).join('; ');
const SEVERITY = { none: 'keine', minor: 'eine geringe', moderate: 'eine mittlere', severe: 'eine erhebliche' } as const;
const periods = (n: number): string => w.plural(n, { one: '# Periode', other: '# aufeinanderfolgende Perioden' });
const conversations = (n: number): string => w.plural(n, { one: '# dokumentiertes informelles Coachinggespräch', other: '# dokumentierte informelle Coachinggespräche' });
const coached = (f: ReadinessFactsByCode['coaching_documented']): string => (f.dates.length > 0 ? w.list(f.dates) : `seit ${f.since}`);

/** Die Gründe der Bereitschaftsprüfung auf Deutsch. */
export const READINESS_MESSAGES_DE: Catalog<ReadinessFactsByCode> = {
  sustained_pattern: (f) =>
    `${who(f)} liegt bei ${f.metric} seit ${periods(f.count)} bis heute unter dem Sollwert (${figures(f.periods, f)}): ein anhaltendes, durch Daten belegtes Muster.`,
  pattern_not_sustained: (f) =>
    `${who(f)} liegt bei ${f.metric} nur in ${f.count === 1 ? 'der letzten Periode' : `den letzten ${w.count(f.count)} Perioden`} unter dem Sollwert (${figures(f.periods, f)}); erst ${w.count(f.needed)} aufeinanderfolgende Perioden ergeben ein Muster, nicht eine einzelne schwache Periode.`,
  no_current_gap: (f) =>
    `${who(f)} liegt bei ${f.metric} in der letzten Periode mit Daten nicht unter dem Sollwert (${figures([f.period], f)}, ${SEVERITY[f.severity]} Lücke); es gibt keine aktuelle Lücke, für die ein Plan nötig wäre.`,
  pattern_interrupted: (f) =>
    `${who(f)} lag bei ${f.metric} ${periods(f.count)} lang unter dem Sollwert (${figures(f.periods, f)}), in der letzten Periode aber nicht; coachen Sie weiter und beobachten Sie, ob die Erholung anhält.`,
  insufficient_data: (f) =>
    `Für ${whom(f)} gibt es bei ${f.metric} keine Periode mit Wert und Sollwert (bis ${f.asOf}${f.afterRampUp ? ', nach der Einarbeitung' : ''}); ein Plan braucht Daten.`,
  coaching_documented: (f) => `${conversations(f.count)} im Rückblickzeitraum (${coached(f)}), mindestens die nötigen ${w.count(f.needed)}.`,
  coaching_insufficient: (f) =>
    `Nur ${conversations(f.count)} im Rückblickzeitraum (${coached(f)}); vor einem formellen Plan sind ${w.count(f.needed)} nötig.`,
  past_ramp_up: (f) => `${who(f)} hat die Funktion am ${f.date} übernommen und die Einarbeitung am ${f.rampUpEnds} abgeschlossen.`,
  still_ramping: (f) =>
    `${who(f)} hat die Funktion am ${f.date} übernommen und ist bis ${f.rampUpEnds} in der Einarbeitung; unterstützen Sie die Einarbeitung statt eines Plans.`,
  role_start_unknown: (f) => `Das Datum, an dem ${f.rep ?? 'die Mitarbeiterin / der Mitarbeiter'} die Funktion übernommen hat, ist nicht erfasst; eine Einarbeitung lässt sich daher nicht ausschließen.`,
  no_system_factor: (f) =>
    `Kein erfasster Systemfaktor, der ${f.metric} betrifft, überschneidet sich mit dem Muster${
      f.factorIds.length > 0
        ? ` (die Faktoren ${w.list(f.factorIds)} erklären nur einen Teil davon; ${w.plural(f.unexplained, { one: '# der letzten Perioden liegt', other: '# der letzten Perioden liegen' })} ohne einen solchen Faktor unter dem Sollwert)`
        : ''
    }.`,
  system_factor_explains_gap: (f) =>
    `Erfasste Systemfaktoren (${f.factors.map((factor) => `${factor.id}: ${factor.description}`).join('; ')}) überschneiden sich mit den Perioden, in denen ${f.rep ?? 'die Mitarbeiterin / der Mitarbeiter'} bei ${f.metric} unter dem Sollwert lag: Die Lücke kann am System liegen, nicht an der Person. Gehen Sie zuerst diese Faktoren an.`,
};
