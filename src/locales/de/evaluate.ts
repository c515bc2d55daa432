/**
 * The evaluation's sentences in German: recommendation reasons, goal status notes, the triad,
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

const w = figureWords('de');

/** A period unit counted, in the dative after "in", "von", "der letzten": "13 Wochen". */
const PERIODS: Readonly<Record<string, PluralForms>> = {
  day: { one: '# Tag', other: '# Tagen' },
  week: { one: '# Woche', other: '# Wochen' },
  month: { one: '# Monat', other: '# Monaten' },
};
const UNIT: Readonly<Record<string, PluralForms>> = {
  day: { one: 'Tag', other: 'Tagen' },
  week: { one: 'Woche', other: 'Wochen' },
  month: { one: 'Monat', other: 'Monaten' },
};
const periods = (unit: string, count: number): string => (Object.hasOwn(PERIODS, unit) ? w.plural(count, PERIODS[unit]!) : `${w.count(count)} ${unit}`);
const unitOf = (unit: string, count: number): string => (Object.hasOwn(UNIT, unit) ? w.plural(count, UNIT[unit]!) : unit);
/** "Wochen" as what a goal is measured in (nominative plural). */
const MEASURED_IN: Readonly<Record<string, string>> = { day: 'Tagen', week: 'Wochen', month: 'Monaten' };

const quoted = (title: string): string => `„${title}“`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
const id = (value: string | undefined): string => JSON.stringify(value);

const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'Die Ziele für Fähigkeiten, Verhalten und Ergebnisse sind alle erreicht.',
  improving: () => 'Fähigkeiten, Verhalten und Ergebnisse verbessern sich gemeinsam.',
  improving_lagging_results: () =>
    'Fähigkeiten und Verhalten verbessern sich, die Ergebnisse folgen noch: eine Verbesserung, die sich noch nicht in den Zahlen zeigt, kein Scheitern.',
  skill_not_applied: () => 'Die Fähigkeit verbessert sich, wird aber noch nicht in laufenden Verkaufschancen angewendet (das Verhalten verbessert sich nicht).',
  results_without_leading_change: () =>
    'Die Ergebnisse haben sich verbessert, ohne dass sich Fähigkeiten oder Verhalten entsprechend verändert haben: vor einer dauerhaften Annahme äußere Ursachen prüfen.',
  declining: () => 'Das Messsystem verschlechtert sich: mindestens ein Bereich liegt unter dem Ausgangswert, und keiner verbessert sich.',
  no_improvement: () => 'Kein Bereich des Messsystems zeigt eine echte Verbesserung gegenüber dem Ausgangswert.',
  no_data: () => 'Für keinen Bereich des Messsystems liegen bisher Daten vor.',
};

/** Where a goal that is not met stands, with its figures. */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : ' bisher';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}: in ${w.count(p.atTarget)} von ${w.count(p.counted)} ${unitOf(p.unit, p.counted)}${soFar} am oder über ${v(f.target)} (${w.percent(p.metShare)}; ${w.percent(f.periodMetShare)} erforderlich)`;
  }
  if (f.observed === null) return `${quoted(f.title)}: keine Daten`;
  return `${quoted(f.title)}: ${v(f.observed)}${soFar} gegenüber einem Zielwert von ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}: in ${w.count(s.atTarget)} der letzten ${periods(s.unit, s.counted)} am oder über ${w.value(f.target, f.metric)} (${w.percent(f.sustainShare)} der letzten ${w.count(s.periods)} erforderlich)`;
}

/** A required goal held at target recently: the figures that make it count. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over = win !== null ? `einen Durchschnitt von ${v(f.observed)} und lag in ${w.count(win.atTarget)} von ${w.count(win.counted)} ${unitOf(win.unit, win.counted)} am oder über dem Zielwert` : v(f.observed);
  const s = r.lastPeriods;
  return `${quoted(f.title)} erreicht über den Messzeitraum ${over}, unter dem Zielwert von ${v(f.target)}, lag aber in ${w.count(s.atTarget)} der letzten ${periods(s.unit, s.counted)} am oder über ${v(f.target)} (${v(r.value)} vom ${r.start} bis ${r.end})`;
}

/** A goal below its floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`Zielerreichung ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`aktuelles Niveau ${w.percent(f.progress)} der Lücke`);
  return `${quoted(f.title)}: ${parts.join(', ')}, bei einem Mindestwert von ${w.percent(f.floor)}`;
}

/** What fell short on the company's side. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push('es wurde keine Unterstützung zugesagt');
  else if (f.support !== null) parts.push(`${w.count(f.support.delivered)} von ${w.plural(f.support.due, { one: '# fälligen Unterstützungstermin', other: '# fälligen Unterstützungsterminen' })} wurden durchgeführt (${w.percent(f.support.share)})`);
  for (const c of f.commitments) parts.push(`${quoted(c.description)}: ${w.count(c.delivered)} von ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push('es wurde kein Feedbackgespräch geführt');
  else if (f.checkIns !== null) parts.push(`${w.count(f.checkIns.held)} von ${w.plural(f.checkIns.due, { one: '# fälligen Feedbackgespräch', other: '# fälligen Feedbackgesprächen' })} wurden geführt (${w.percent(f.checkIns.share)})`);
  return parts.join('; ');
}

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `das aktuelle Niveau (letzte ${periods(goal.periodUnit, goal.recent!.periods)}) liegt bei ` : ''}${v(e.current)} gegenüber ${v(e.value)}, die zu diesem Zeitpunkt erwartet werden (${e.behindShare > 0 ? `${w.percent(e.behindShare)} der Lücke im Rückstand` : 'im oder vor dem Zielpfad'})`
    : `bisher ${v(goal.observed ?? 0)}`;
  const projection = goal.projected !== null ? `; Hochrechnung ${v(goal.projected)} bis ${goal.window.end} gegenüber ${v(goal.target)}` : '';
  return `${label}: ${where}${projection}.`;
}

const count = (n: number, forms: PluralForms): string => w.plural(n, forms);
const first = (f: RepeatWarningFacts): string => `die erste: ${f.id === undefined ? '' : `${id(f.id)} an `}${f.source}[${f.index}]`;
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? 'den eigenen Messwerten des Plans' : 'dem Datenfeed');

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `über die letzten ${w.count(f.count)} Zeiträume hat sich der Trend um ${w.percent(f.share)} des üblichen Niveaus (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })}) in die falsche Richtung bewegt`;

/** The evaluation's sentences in German. */
export const EVALUATION_CATALOGS_DE: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `Vorläufig: der Plan läuft bis ${f.endDate}; diese Auswertung hat den Stand ${f.asOf}.`,
    plan_not_running: () =>
      'Der Plan läuft nicht: er wurde nicht in Kraft gesetzt, daher ist noch nichts fällig und kein Ergebnis ablesbar.',
    plan_not_started: (f) => `Der Plan hat noch nicht begonnen (er beginnt nach dem ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `Noch kein vollständiger Messzeitraum für ${w.list(f.goals.map((g) => `${quoted(g.title)} (gemessen in ${MEASURED_IN[g.unit] ?? g.unit})`))}: für eine Beurteilung ist es zu früh.`
        : 'Es ist noch kein vollständiger Messzeitraum vergangen: es gibt noch nichts zu beurteilen.',
    insufficient_coverage: (f) =>
      `${w.percent(f.share)} der vergangenen Messzeiträume haben Daten${f.goals.length > 0 ? `, weniger bei ${every(f.scope) ? '' : 'den verpflichtenden '}${f.goals.length > 1 ? 'Zielen' : 'Ziel'} ${titles(f.goals)}` : ''} (erforderlich sind ${w.percent(f.threshold)}): zu wenige Daten für eine Entscheidung.`,
    required_goal_without_data: (f) =>
      every(f.scope) ? `Noch keine Daten für ${titles(f.goals)}.` : `${several(f.goals) ? 'Verpflichtende Ziele haben' : 'Ein verpflichtendes Ziel hat'} keine Daten: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `Nur ${w.percent(f.share)} der geführten Feedbackgespräche sind dokumentiert (erforderlich sind ${w.percent(f.threshold)}): zu wenig Dokumentation für eine Entscheidung.`,
    required_goals_met_and_sustained: (f) =>
      f.heldRecently > 0
        ? `${every(f.scope) ? 'Erreicht' : 'Verpflichtend und erreicht'}, in den letzten Zeiträumen gehalten: ${titles(f.goals)}.`
        : `Jedes ${every(f.scope) ? '' : 'verpflichtende '}Ziel ist erreicht und in seinen letzten Zeiträumen gehalten: ${titles(f.goals)}.`,
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}: ein ${every(f.scope) ? '' : 'verpflichtendes '}Ziel, dessen aktuelles Niveau den Zielwert erreicht und in den letzten Zeiträumen hält, gilt als erreicht – eine deutliche und nachhaltige Verbesserung (recentLevelMeetsRequired der Richtlinie).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map((g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}, Zielerreichung ${w.percent(g.attainment)} bei einem Mindestwert von ${w.percent(g.floor)}`);
      return `Die Punktzahl beträgt ${w.plain(f.score, 1)} und erreicht die Erfolgsschwelle von ${w.plain(f.threshold, 1)}, ohne Ziel unter seinem Mindestwert: eine deutliche und nachhaltige Verbesserung${items.length > 0 ? `, auch wenn ${several(items) ? 'diese Ziele ihren Zielwert' : 'dieses Ziel seinen Zielwert'} nicht erreichen: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) => `Nicht erreicht und für den Erfolg nicht verpflichtend: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${every(f.scope) ? 'Nicht erreicht (kein Ziel ist als verpflichtend markiert, daher zählt jedes Ziel)' : `${several(f.goals) ? 'Verpflichtende Ziele' : 'Verpflichtendes Ziel'} nicht erreicht`}: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` Die Punktzahl von ${w.plain(f.score.score, 1)} liegt über der Erfolgsschwelle von ${w.plain(f.score.threshold, 1)}, ersetzt aber kein verpflichtendes Ziel.` : ''}`,
    required_goal_not_sustained: (f) => `Erreicht, aber in den letzten Zeiträumen nicht gehalten: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `Unter ${several(f.goals) ? 'ihren Mindestwerten' : 'seinem Mindestwert'}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `Echte Verbesserung: die Punktzahl beträgt ${w.plain(f.score, 1)} (Schwelle für eine Verlängerung ${w.plain(f.threshold, 1)}), und das aktuelle Niveau hat ${w.percent(f.progress)} der Lücken geschlossen.`,
    leading_indicators_improving: (f) => `Die Frühindikatoren verbessern sich, die Ergebnisse folgen noch. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `Auf Kurs: jedes begonnene Ziel ist erreicht oder liegt im erwarteten Zielpfad (${titles(f.goals)}), die Verbesserung steht also dort, wo der Plan sie zu diesem Zeitpunkt erwartet.`,
    extension_cap_reached: (f) =>
      `Der Plan wurde bereits ${w.plural(f.count, { one: 'einmal', other: '#-mal' })} verlängert, bei ${w.plural(f.cap, { one: 'einer', other: '#' })} nach der Richtlinie zulässigen ${w.plural(f.cap, { one: 'Verlängerung', other: 'Verlängerungen' })}; eine weitere kann nicht empfohlen werden.`,
    no_real_improvement: (f) =>
      `Keine echte Verbesserung: die Punktzahl beträgt ${w.plain(f.score, 1)} (Schwelle für eine Verlängerung ${w.plain(f.threshold, 1)}), und das aktuelle Niveau hat ${w.percent(f.progress)} der Lücken geschlossen.`,
    company_commitment_shortfall: (f) =>
      `Das Unternehmen hat seinen Teil des Plans nicht erfüllt (${shortfallDetail(f)}): der Plan kann nicht fairerweise mit „nicht erreicht“ enden.`,
  },
  goalStatus: {
    not_started: (goal) => `Der Messzeitraum des Ziels beginnt am ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `Noch kein vollständiger Zeitraum (${unitOf(goal.periodUnit, 1)}) im Messzeitraum (bisher ${count(goal.observations, { one: '# Messwert', other: '# Messwerte' })}).`
        : `Keine verwertbaren Messwerte für ${goal.metric.name} vom ${goal.window.start} bis ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Erreicht: ${w.percent(goal.metShare)} der vollständigen ${unitOf(goal.periodUnit, 2)} am oder über ${v(goal.target)} (Durchschnitt ${v(goal.observed ?? 0)}).`
        : `Erreicht: ${v(goal.observed ?? 0)} gegenüber einem Zielwert von ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Nicht erreicht: ${w.percent(goal.metShare)} der vollständigen ${unitOf(goal.periodUnit, 2)} am oder über ${v(goal.target)}, als der Messzeitraum am ${goal.window.end} endete.`
        : `Nicht erreicht: ${v(goal.observed ?? 0)} gegenüber einem Zielwert von ${v(goal.target)}, als der Messzeitraum am ${goal.window.end} endete.`;
    },
    on_track: (goal) => trajectoryNote('Im Plan', goal),
    at_risk: (goal) => trajectoryNote('Gefährdet', goal),
    off_track: (goal) => trajectoryNote('Nicht im Plan', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `${count(f.count, { one: '# Messwert des Datenfeeds wiederholt', other: '# Messwerte des Datenfeeds wiederholen' })} die eigenen Messwerte des Plans (dieselbe ID oder identisch ohne ID; ${first(f)}); jeder wurde einmal gezählt.`,
    duplicate_id: (f) =>
      `${count(f.count, { one: '# Messwert', other: '# Messwerte' })} aus ${sourceName(f)} ${f.count === 1 ? 'wiederholt' : 'wiederholen'} eine dort bereits gelesene ID mit denselben Werten (${first(f)}); jeder wurde einmal gezählt.`,
    conflicting_duplicate: (f) =>
      `${count(f.count, { one: '# Messwert', other: '# Messwerte' })} aus ${sourceName(f)} ${f.count === 1 ? 'verwendet' : 'verwenden'} eine bereits mit anderen Werten gelesene ID erneut (${first(f)}); es zählt der zuerst gelesene, ${f.count === 1 ? 'dieser wurde' : 'diese wurden'} ausgelassen. Bitte die Quelle prüfen.`,
    window_moved: (f) =>
      `Der Messzeitraum ${f.windowStart} bis ${f.windowEnd} des Ziels ${id(f.goalId)} wurde mit der Laufzeit des Plans auf ${f.evaluatedStart} bis ${f.evaluatedEnd} verschoben (${count(f.count, { one: '# Tag', other: '# Tage' })} später), wie das Enddatum des Plans: die Mitarbeiterin / der Mitarbeiter behält jeden Arbeitstag, den der Plan vorsah, wie lang die Unterbrechung auch war (Richtlinie windowsFollowPauses).`,
    paused_days_excluded: (f) =>
      `${count(f.count, { one: '# unterbrochener Tag', other: '# unterbrochene Tage' })} (${f.pauses.map((p) => (p.start === p.end ? p.start : `${p.start} bis ${p.end}`) + (p.open ? ', noch offen' : '')).join('; ')}) ${f.count === 1 ? 'liegt' : 'liegen'} außerhalb jeder Messung: kein Zeitraum, Anteil, keine Datenabdeckung, Entwicklung, kein Tempo und kein Erwartungswert ${f.count === 1 ? 'zählt ihn' : 'zählt sie'}, und in ${f.count === 1 ? 'ihn' : 'sie'} fällt kein Feedbackgespräch und kein Unterstützungstermin.`,
    window_clipped: (f) =>
      `Der Messzeitraum ${f.windowStart} bis ${f.windowEnd} des Ziels ${id(f.goalId)} reicht über den Plan hinaus (${f.planStart} bis ${f.planEnd}); ausgewertet wurde er vom ${f.evaluatedStart} bis ${f.evaluatedEnd} (${count(f.count, { one: '# Tag', other: '# Tage' })} abgeschnitten).`,
  },
  issues: {
    observation_unknown_metric: (f) => `Der Messwert bezieht sich auf die Kennzahl ${id(f.metricId)}, die der Plan nicht definiert; er wurde ausgelassen.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `Der Messwert für ${id(f.metricId)} braucht Zähler und Nenner (die Kennzahl ist ein Verhältnis von Summen); er wurde ausgelassen.`
        : `Der Messwert für ${id(f.metricId)} braucht einen Wert; er wurde ausgelassen.`,
    observation_invalid: (f) => `Der Messwert für ${id(f.metricId)} hat ein ungültiges Datum oder eine ungültige Zahl; er wurde ausgelassen.`,
    goal_metric_unknown: (f) => `Das Ziel ${id(f.goalId)} bezieht sich auf die Kennzahl ${id(f.metricId)}, die der Plan nicht definiert; es wurde nicht ausgewertet.`,
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid':
          return `Das Richtlinienfeld ${f.field} muss ${f.expected} sein, nicht ${f.received}; der Standardwert wurde verwendet.`;
        case 'unknown':
          return `${f.field} ist kein Feld dieser Richtlinie${f.suggestion === undefined ? '' : ` (gemeint war vielleicht ${f.suggestion}?)`}; es wurde ignoriert.`;
        case 'not_an_object':
          return `Die Richtlinie muss ein Objekt mit den zu überschreibenden Feldern sein, nicht ${f.received}; die Standardwerte wurden verwendet.`;
        case 'unreadable':
          return `Das Richtlinienfeld ${f.field} konnte nicht gelesen werden; der Standardwert wurde verwendet.`;
      }
    },
    issues_truncated: (f) => `${count(f.count, { one: '# weiterer Hinweis', other: '# weitere Hinweise' })} derselben Art wurden nicht aufgeführt.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` gegenüber ${v(p.target)}` : ''}`).join('; ');
      return f.prorated
        ? `${quoted(f.title)} ist ${periods(f.unit, f.count)} in Folge (${f.start} bis ${f.end}) wieder unter den Zielwert gefallen: jeder Zeitraum wurde mit seinem Anteil an Arbeitstagen am Zielwert von ${v(f.target)} über den Messzeitraum des Ziels verglichen${detail ? ` (${detail})` : ''}. Die Ursache wurde nicht behoben; bitte zeitnah handeln.`
        : `${quoted(f.title)} ist ${periods(f.unit, f.count)} in Folge wieder unter seinen Zielwert von ${v(f.target)} gefallen (${f.start} bis ${f.end}${detail ? `; ${detail}` : ''}): die Ursache wurde nicht behoben; bitte zeitnah handeln.`;
    },
    relapse_lost_improvement: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` gegenüber ${v(p.target)}` : ''}`).join('; ');
      return `${quoted(f.title)} hat ${periods(f.unit, f.count)} in Folge (${f.start} bis ${f.end}${detail ? `; ${detail}` : ''}) mehr als ${w.percent(f.lossShare)} der im Plan erreichten Verbesserung wieder verloren.`;
    },
    not_closed_successfully: (f) =>
      `Die Rückfallbeobachtung gilt nach einem erfolgreichen Abschluss; dieser Plan ist ${'outcome' in f ? `mit dem Ergebnis ${f.outcome} abgeschlossen` : `nicht abgeschlossen (Status ${f.status})`}.`,
    no_monitoring_data: (f) => `Keine Beobachtungsdaten für ${quoted(f.title)} seit ${f.start}.`,
    holding: (f) => `${quoted(f.title)} hält: seit ${f.start} keine Folge von ${w.count(f.count)} Zeiträumen unter dem Zielwert.`,
  },
  screen: {
    leading_indicator_declining: (f) => `${quoted(f.metricName)} verschlechtert sich: ${decline(f)} (Richtlinie ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `${quoted(f.metricName)} verschlechtert sich bereits: ${decline(f)}.`,
    outcomes_holding: () => 'Die Ergebnisse sind noch nicht gesunken: jetzt ist die Zeit für Coaching, bevor ein Plan nötig wird.',
    insufficient_data: (f) => `${quoted(f.metricName)} hat zu wenige Zeiträume mit Daten für die Früherkennung (${w.count(f.count)}).`,
    steady: () => 'Kein Frühindikator verschlechtert sich über die Richtlinie hinaus.',
  },
};
