/**
 * Die SMART-Prüfung auf Deutsch: jeder Befund und was zu ändern ist, je Grund.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { SmartAbout, SmartBound, SmartCatalogs, SmartFactsByCode, SmartSpan } from '../../goals/messages.js';

const w = figureWords('de');

const goal = (f: SmartAbout): string => `„${f.title}“ (${f.goalId})`;
const fig = (f: SmartAbout, value: number): string => (f.unit === undefined ? w.plain(value) : w.value(value, f.unit));
const span = (s: SmartSpan): string => `${s.start} bis ${s.end}`;
/** Eine Veränderung in der Einheit der Kennzahl: Quoten in Prozentpunkten. */
const difference = (f: SmartAbout, change: number): string => {
  if (f.unit?.unit !== 'ratio') return fig(f, change);
  const points = change * 100;
  return `${w.plain(points)} ${w.plural(points, { one: 'Prozentpunkt', other: 'Prozentpunkte' })}`;
};
const changeOf = (f: SmartAbout & { readonly change: number; readonly relative?: number }): string =>
  f.relative === undefined ? difference(f, f.change) : `${difference(f, f.change)} (+${w.percent(f.relative)} des Ausgangswerts)`;
function asked(f: SmartAbout & SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return w.plural(f.levels, { one: '# Stufe des Bewertungsrasters', other: '# Stufen des Bewertungsrasters' });
    case 'own_best':
      return `${changeOf(f)}, ${w.percent(f.beyond)} über dem jüngsten Bestwert von ${fig(f, f.best)}`;
    case 'headroom':
      return `${changeOf(f)}, womit ${w.percent(f.headroom)} des Spielraums bis ${f.toward === 0 ? '0 %' : '100 %'} geschlossen würden`;
    case 'relative':
      return changeOf(f);
  }
}
function bound(f: SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return w.plural(f.limit, { one: '# Stufe', other: '# Stufen' });
    case 'own_best':
      return `${w.percent(f.limit)} über dem eigenen Bestwert`;
    case 'headroom':
      return `${w.percent(f.limit)} des Spielraums`;
    case 'relative':
      return w.percent(f.limit);
  }
}
const NOTHING = 'Nichts zu tun.';

const SENTENCES: FindingSentencesByCode<SmartFactsByCode> = {
  metric_unknown: (f) => ({
    message: `Ziel ${goal(f)} misst die Kennzahl ${JSON.stringify(f.metricId)}, die der Plan nicht definiert.`,
    fix: 'Definieren Sie die Kennzahl (Einheit, Richtung, Aggregation, Datenquelle) oder verweisen Sie das Ziel auf eine vorhandene.',
  }),
  vague_wording: (f) => ({
    message: `Ziel ${goal(f)} ist vage formuliert (${f.phrases.map((phrase) => `„${phrase}“`).join(', ')}${f.quantified ? '' : ', ohne Zahl'}): Niemand kann daraus ablesen, was sich genau ändern muss.`,
    fix: 'Nennen Sie das Verhalten oder Ergebnis und die zu erreichende Zahl, z. B. „Die Umwandlung von Leads in Demos in 60 Tagen von 20 % auf 23 % steigern“.',
  }),
  title_without_target: (f) => ({
    message: `Ziel ${goal(f)} nennt seinen Zielwert (${fig(f, f.target)}) nicht im Wortlaut.`,
    fix: 'Schreiben Sie den Zielwert und den Zeitraum in das Ziel, damit genau ablesbar ist, was erwartet wird.',
  }),
  target_against_direction: (f) => ({
    message: `Ziel ${goal(f)} setzt einen Zielwert von ${fig(f, f.target)}, schlechter als der Ausgangswert von ${fig(f, f.baseline)} bei ${f.metric} (${f.direction === 'lower_is_better' ? 'niedriger ist besser' : 'höher ist besser'}).`,
    fix: 'Setzen Sie einen Zielwert, der den Ausgangswert in der Richtung der Kennzahl verbessert (oder gleich hält, wenn ein Niveau gehalten werden soll).',
  }),
  specific_target: (f) => ({ message: `Ziel ${goal(f)} nennt seine Kennzahl (${f.metric}) und einen konkreten Zielwert von ${fig(f, f.target)}.`, fix: NOTHING }),
  metric_source_missing: (f) => ({
    message: `Ziel ${goal(f)} wird mit der Kennzahl ${f.metric} gemessen, die keine Datenquelle hat.`,
    fix: 'Nennen Sie in `source` der Kennzahl, woher die Werte stammen (CRM-Bericht, Telefonsystem, Gesprächsauswertungen, Test).',
  }),
  target_outside_unit: (f) => ({
    message: `Ziel ${goal(f)}: ${f.field === 'target' ? 'Der Zielwert' : 'Der Ausgangswert'} ${f.value} ist kein Wert von ${f.metric} (${f.problem === 'ratio_range' ? 'eine Quote ist ein Anteil zwischen 0 und 1' : 'der Wert darf nicht negativ sein'}).`,
    fix: 'Schreiben Sie Werte in der Einheit der Kennzahl: Quoten als Anteile (0,15 für 15 %), Geld in ganzen kleinsten Einheiten, Anzahlen und Dauern nicht negativ.',
  }),
  skill_target_not_rubric: (f) => ({
    message: `Ziel ${goal(f)} ist ein Fähigkeitsziel, aber ${f.levels === undefined ? `seine Kennzahl ${f.metric} hat kein Bewertungsraster` : `sein Zielwert ${f.target} ist keine Stufe des Bewertungsrasters (${f.levels.join(', ')})`}.`,
    fix: 'Geben Sie der Fähigkeitskennzahl ein Bewertungsraster (Stufen, die die Fähigkeit beschreiben) und setzen Sie den Zielwert auf eine seiner Stufen.',
  }),
  measurable_target: (f) => ({ message: `Ziel ${goal(f)} hat einen Zielwert von ${fig(f, f.target)} in der Einheit von ${f.metric}, gemessen aus ${f.source}.`, fix: NOTHING }),
  window_shorter_than_sales_cycle: (f) => ({
    message: `Ziel ${goal(f)} ist ein Ergebnisziel mit einem Messzeitraum von ${w.count(f.days)} Tagen, kürzer als der Verkaufszyklus der Funktion von ${w.count(f.cycle)} Tagen: Im Plan begonnene Abschlüsse können darin nicht abgeschlossen werden.`,
    fix: 'Geben Sie dem Ergebnisziel einen Messzeitraum, der mindestens so lang ist wie der Verkaufszyklus, oder messen Sie stattdessen einen Frühindikator (Termine, qualifizierte Verkaufschancen).',
  }),
  sales_cycle_unknown: (f) => ({
    message: `Ziel ${goal(f)} ist ein Ergebnisziel, aber der Plan nennt den Verkaufszyklus der Funktion nicht; sein Messzeitraum von ${w.count(f.days)} Tagen lässt sich daher nicht beurteilen.`,
    fix: 'Erfassen Sie den typischen Verkaufszyklus der Funktion in `salesCycleDays`.',
  }),
  improvement_impossible: (f) => ({
    message: `Ziel ${goal(f)} verlangt gegenüber dem Ausgangswert ${asked(f)}; das übersteigt jede realistische Verbesserung (die Grenze liegt bei ${bound(f)}).`,
    fix: 'Setzen Sie einen Zielwert, der im Messzeitraum erreichbar ist, und schließen Sie die Lücke schrittweise mit Meilensteinen.',
  }),
  improvement_unrealistic: (f) => ({
    message: `Ziel ${goal(f)} verlangt gegenüber dem Ausgangswert ${asked(f)}; das ist mehr als die realistische Grenze von ${bound(f)}.`,
    fix: 'Prüfen Sie den Zielwert an der bisherigen Leistung und am Team; senken Sie ihn oder verlängern Sie den Messzeitraum, wenn er außer Reichweite liegt.',
  }),
  beyond_own_best: (f) => ({
    message: `Ziel ${goal(f)} setzt ${fig(f, f.target)}, ${f.beyond === undefined ? 'mehr als' : `${w.percent(f.beyond)} über`} dem jüngsten Bestwert von ${fig(f, f.best)}.`,
    fix: 'Zielen Sie auf die Nähe des bisher erreichten Bestwerts, oder begründen Sie im Plan, warum jetzt mehr realistisch ist.',
  }),
  target_beyond_standard: (f) => ({
    message: `Ziel ${goal(f)} setzt ${fig(f, f.target)}, über dem Sollwert von ${fig(f, f.standard)}, bis zu dem es die Lücke schließen soll (Lücke ${f.gapId}).`,
    fix: 'Ein Plan verlangt, den Sollwert zu erreichen, nicht ihn zu übertreffen: Setzen Sie den Zielwert auf oder nahe den Sollwert der Lücke.',
  }),
  rubric_climb_too_steep: (f) => ({
    message: `Ziel ${goal(f)} verlangt, in einem Plan ${w.count(f.levels)} Stufen des Bewertungsrasters aufzusteigen (realistisch sind ${w.count(f.limit)}).`,
    fix: 'Zielen Sie auf die nächste oder übernächste Stufe und setzen Sie für den Rest einen späteren Meilenstein.',
  }),
  within_sales_cycle: (f) => ({ message: `Ziel ${goal(f)}: Der Messzeitraum von ${w.count(f.days)} Tagen deckt den Verkaufszyklus der Funktion von ${w.count(f.cycle)} Tagen ab.`, fix: NOTHING }),
  within_realistic_bound: (f) => ({ message: `Ziel ${goal(f)} verlangt gegenüber dem Ausgangswert ${asked(f)}; das liegt innerhalb der realistischen Grenze von ${bound(f)}.`, fix: NOTHING }),
  reached_before: (f) => ({ message: `Ziel ${goal(f)} setzt ${fig(f, f.target)}, ein Niveau, das kürzlich bereits erreicht wurde (Bestwert ${fig(f, f.best)}).`, fix: NOTHING }),
  improvement_not_judged: (f) => ({
    message: `Ziel ${goal(f)}: ${f.change === undefined ? 'Der Zielwert verlangt keine Veränderung gegenüber dem Ausgangswert, es gibt also nichts zu begrenzen' : `Eine Veränderung von einem Ausgangswert null (${difference(f, f.change)}) hat keine relative Größe`}.`,
    fix: 'Nichts zu tun; geben Sie die bisherigen Werte an, um den Zielwert daran zu messen.',
  }),
  goal_without_gap: (f) => ({
    message: `Ziel ${goal(f)} bezieht sich auf keine festgestellte Lücke.`,
    fix: 'Verknüpfen Sie das Ziel mit der (durch Daten belegten) Lücke, die es schließt, oder streichen Sie es: Jedes Ziel muss auf eine gemessene Lücke zurückgehen.',
  }),
  gap_unknown: (f) => ({
    message: `Ziel ${goal(f)} verweist auf die Lücke ${JSON.stringify(f.gapId)}, die der Plan nicht definiert.`,
    fix: 'Definieren Sie die Lücke mit ihren Werten, oder entfernen Sie den Verweis.',
  }),
  gap_metric_unrelated: (f) => ({
    message: `Ziel ${goal(f)} misst ${f.metric}, aber seine Lücke ${JSON.stringify(f.gapId)} betrifft ${f.gapMetric}, für die diese Kennzahl nicht als Treiber angegeben ist.`,
    fix: 'Messen Sie die Kennzahl der Lücke, oder geben Sie in `drives` der Kennzahl an, dass sie ein Frühindikator für die Kennzahl der Lücke ist.',
  }),
  linked_to_gap: (f) => ({
    message: `Ziel ${goal(f)} schließt ${f.closes.map((c) => (c.through === undefined ? `Lücke ${c.gapId}` : `Lücke ${c.gapId} über die Kennzahl, die es antreibt (${c.through})`)).join(', ')}.`,
    fix: NOTHING,
  }),
  goal_without_window: (f) => ({
    message: `Ziel ${goal(f)} hat weder einen Messzeitraum noch eine Frist.`,
    fix: 'Geben Sie dem Ziel einen Messzeitraum (Beginn und Ende) oder eine Frist innerhalb des Plans.',
  }),
  goal_window_outside_plan: (f) => ({
    message: `Ziel ${goal(f)}: ${f.field === 'window' ? 'Der Messzeitraum' : 'Die Frist'} ${span(f.window)} liegt nicht innerhalb der Daten des Plans (${span(f.plan)}).`,
    fix: 'Legen Sie den Messzeitraum oder die Frist zwischen Beginn und Ende des Plans.',
  }),
  milestone_outside_window: (f) => ({
    message: `Ziel ${goal(f)} hat einen Meilenstein am ${f.date}, außerhalb seines Messzeitraums (${span(f.window)}).`,
    fix: 'Datieren Sie Meilensteine innerhalb des Messzeitraums des Ziels.',
  }),
  milestone_not_monotone: (f) => ({
    message: `Ziel ${goal(f)}: Der Meilenstein am ${f.date} setzt ${fig(f, f.target)}, was sich von ${fig(f, f.previous)} nicht auf den Zielwert zubewegt.`,
    fix: 'Ordnen Sie die Meilensteine vom Ausgangswert zum Zielwert, jeden einen Schritt weiter als den vorigen.',
  }),
  window_inside_plan: (f) => ({ message: `Ziel ${goal(f)} läuft von ${span(f.window)}, innerhalb der Daten des Plans.`, fix: NOTHING }),
};

/** Die Befunde und Korrekturen der SMART-Prüfung auf Deutsch. */
export const SMART_CATALOGS_DE: SmartCatalogs = Object.freeze({ messages: sentencesOf<SmartFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<SmartFactsByCode>(SENTENCES, 'fix') });
