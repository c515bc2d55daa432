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
import type { RelapseRunFacts, RepeatWarningFacts, ScreenDeclineFacts } from '../../evaluate/messages.js';
import { readsRecentLevel } from '../../evaluate/recent-level.js';
import { figureWords } from '../../issues/figures.js';
import { POLICY_CATALOGS_DE } from './policy.js';
import type { PluralForms } from '../../issues/plural.js';

const w = figureWords('de');

/** Period units in the case each phrase needs (German declines the noun after the count). */
type UnitForms = Readonly<Record<string, PluralForms>>;

/** Dative after "von": "in 5 von 13 Wochen". */
const DATIVE: UnitForms = {
  day: { one: '# Tag', other: '# Tagen' },
  week: { one: '# Woche', other: '# Wochen' },
  month: { one: '# Monat', other: '# Monaten' },
};
/** Accusative of duration: "3 Wochen in Folge". */
const ACCUSATIVE: UnitForms = {
  day: { one: '# Tag', other: '# Tage' },
  week: { one: '# Woche', other: '# Wochen' },
  month: { one: '# Monat', other: '# Monate' },
};
/** After "von": "in 3 von den letzten 4 Wochen". */
const FROM_LAST: UnitForms = {
  day: { one: 'dem letzten # Tag', other: 'den letzten # Tagen' },
  week: { one: 'der letzten # Woche', other: 'den letzten # Wochen' },
  month: { one: 'dem letzten # Monat', other: 'den letzten # Monaten' },
};
/** Genitive: "das aktuelle Niveau der letzten 3 Wochen". */
const OF_LAST: UnitForms = {
  day: { one: 'des letzten Tages', other: 'der letzten # Tage' },
  week: { one: 'der letzten Woche', other: 'der letzten # Wochen' },
  month: { one: 'des letzten Monats', other: 'der letzten # Monate' },
};
/** Genitive plural without a count: "der vollständigen Wochen". */
const COMPLETE_ONES: Readonly<Record<string, string>> = { day: 'vollständigen Tage', week: 'vollständigen Wochen', month: 'vollständigen Monate' };
/** "Noch keine vollständige Woche". */
const NONE_COMPLETE: Readonly<Record<string, string>> = { day: 'kein vollständiger Tag', week: 'keine vollständige Woche', month: 'kein vollständiger Monat' };
/** How a goal is measured: "gemessen pro Woche". */
const PER: Readonly<Record<string, string>> = { day: 'pro Tag', week: 'pro Woche', month: 'pro Monat' };
/** "jede Woche wurde mit ihrem …" (each period of a relapse run). */
const EACH_WITH_ITS: Readonly<Record<string, string>> = { day: 'jeder Tag wurde mit seinem', week: 'jede Woche wurde mit ihrem', month: 'jeder Monat wurde mit seinem' };

const counted = (forms: UnitForms, unit: string, count: number): string =>
  Object.hasOwn(forms, unit) ? w.plural(count, forms[unit]!) : `${w.count(count)} ${unit}`;
const word = (words: Readonly<Record<string, string>>, unit: string, fallback: string): string => (Object.hasOwn(words, unit) ? words[unit]! : fallback);

const quoted = (title: string): string => `„${title}“`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
const id = (value: string | undefined): string => JSON.stringify(value);

const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'Die Ziele für Fähigkeiten, Verhalten und Ergebnisse sind alle erreicht.',
  improving: () => 'Fähigkeiten, Verhalten und Ergebnisse verbessern sich gemeinsam.',
  improving_lagging_results: () =>
    'Fähigkeiten und Verhalten verbessern sich, die Ergebnisse hinken noch hinterher: eine Verbesserung, die sich noch nicht in den Zahlen zeigt, kein Scheitern.',
  skill_not_applied: () =>
    'Die Fähigkeit verbessert sich, wird aber noch nicht in laufenden Verkaufschancen angewendet (das Verhalten verbessert sich nicht).',
  results_without_leading_change: () =>
    'Die Ergebnisse haben sich verbessert, ohne dass sich Fähigkeiten oder Verhalten entsprechend verändert haben: Bitte äußere Ursachen prüfen, bevor man davon ausgeht, dass die Verbesserung anhält.',
  declining: () =>
    'Das Messsystem verschlechtert sich: Mindestens ein Bereich ist schlechter als sein Ausgangswert, und keiner verbessert sich.',
  no_improvement: () => 'Kein Bereich des Messsystems zeigt eine echte Verbesserung gegenüber dem Ausgangswert.',
  no_data: () => 'Für keinen Bereich des Messsystems liegen bisher Daten vor.',
};

/** Where a goal that is not met stands, with its figures. */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : 'bisher ';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}: ${soFar}in ${w.count(p.atTarget)} von ${counted(DATIVE, p.unit, p.counted)} bei ${v(f.target)} oder darüber (${w.percent(p.metShare)}; erforderlich sind ${w.percent(f.periodMetShare)})`;
  }
  if (f.observed === null) return `${quoted(f.title)}: keine Daten`;
  return `${quoted(f.title)}: ${soFar}${v(f.observed)} gegenüber einem Zielwert von ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}: in ${w.count(s.atTarget)} von ${counted(FROM_LAST, s.unit, s.counted)} bei ${w.value(f.target, f.metric)} oder darüber (erforderlich sind ${w.percent(f.sustainShare)} der letzten ${w.count(s.periods)})`;
}

/** A required goal held at target recently: the figures that make it count. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over =
    win !== null
      ? `im Durchschnitt bei ${v(f.observed)} (in ${w.count(win.atTarget)} von ${counted(DATIVE, win.unit, win.counted)} beim Zielwert oder darüber)`
      : `bei ${v(f.observed)}`;
  const s = r.lastPeriods;
  return `${quoted(f.title)} liegt über den Messzeitraum ${over} und damit unter dem Zielwert von ${v(f.target)}, in ${w.count(s.atTarget)} von ${counted(FROM_LAST, s.unit, s.counted)} jedoch bei ${v(f.target)} oder darüber (${v(r.value)} vom ${r.start} bis ${r.end})`;
}

/** A goal below its floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`Zielerreichung ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`aktuelles Niveau bei ${w.percent(f.progress)} der Lücke`);
  return `${quoted(f.title)}: ${parts.join(', ')}, gegenüber einem Mindestwert von ${w.percent(f.floor)}`;
}

/** "wurde" for one, "wurden" for any other count. */
const were = (count: number): string => w.plural(count, { one: 'wurde', other: 'wurden' });

/** What fell short on the company's side. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push('es wurde keine Unterstützung zugesagt');
  else if (f.support !== null) {
    const s = f.support;
    parts.push(`${w.count(s.delivered)} von ${w.plural(s.due, { one: '# fälligen Unterstützungstermin', other: '# fälligen Unterstützungsterminen' })} ${were(s.delivered)} durchgeführt (${w.percent(s.share)})`);
  }
  for (const c of f.commitments) parts.push(`${quoted(c.description)}: ${w.count(c.delivered)} von ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push('es wurde kein Feedbackgespräch geführt');
  else if (f.checkIns !== null) {
    const c = f.checkIns;
    parts.push(`${w.count(c.held)} von ${w.plural(c.due, { one: '# fälligen Feedbackgespräch', other: '# fälligen Feedbackgesprächen' })} ${were(c.held)} geführt (${w.percent(c.share)})`);
  }
  return parts.join('; ');
}

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `Das aktuelle Niveau ${counted(OF_LAST, goal.periodUnit, goal.recent!.periods)} liegt bei ` : ''}${v(e.current)} gegenüber einem zu diesem Zeitpunkt erwarteten Wert von ${v(e.value)} (${e.behindShare > 0 ? `Rückstand: ${w.percent(e.behindShare)} der Lücke` : 'auf oder vor dem erwarteten Verlauf'})`
    : `bisher ${v(goal.observed ?? 0)}`;
  const projection = goal.projected !== null ? `; hochgerechnet ${v(goal.projected)} bis zum ${goal.window.end} gegenüber einem Zielwert von ${v(goal.target)}` : '';
  return `${label}: ${where}${projection}.`;
}

/** The first repeated observation: "der erste: "obs-7" bei feed[3]". */
const first = (f: RepeatWarningFacts): string => `der erste: ${f.id === undefined ? '' : `${id(f.id)} bei `}${f.source}[${f.index}]`;
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? 'den eigenen Messwerten des Plans' : 'dem Datenfeed');

/** A relapse run's periods, each value beside what it was compared with when that is not the target itself. */
function runDetail(f: RelapseRunFacts): string {
  const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
  return f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` gegenüber ${v(p.target)}` : ''}`).join('; ');
}

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `${w.plural(f.count, { one: 'im letzten # Zeitraum', other: 'über die letzten # Zeiträume' })} hat sich ihr Trend um ${w.percent(f.share)} ihres üblichen Niveaus (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })}) in die falsche Richtung bewegt`;

/** The evaluation's sentences in German. */
export const EVALUATION_CATALOGS_DE: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `Vorläufig: Der Plan läuft bis ${f.endDate}; diese Auswertung gibt den Stand vom ${f.asOf} wieder.`,
    plan_not_running: () =>
      'Der Plan läuft nicht: Er wurde nicht aktiviert, daher ist nach ihm noch nichts fällig, und es lässt sich kein Ergebnis aus ihm ablesen.',
    plan_not_started: (f) => `Der Plan hat noch nicht begonnen (er beginnt nach dem ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `Noch kein vollständiger Zeitraum für ${w.list(f.goals.map((g) => `${quoted(g.title)} (gemessen ${word(PER, g.unit, g.unit)})`))}: Für eine Beurteilung ist es zu früh.`
        : 'Es ist noch kein vollständiger Zeitraum vergangen: Es gibt noch nichts zu beurteilen.',
    insufficient_coverage: (f) => {
      const which = every(f.scope) ? (several(f.goals) ? 'den Zielen' : 'dem Ziel') : several(f.goals) ? 'den verpflichtenden Zielen' : 'dem verpflichtenden Ziel';
      return `${w.percent(f.share)} der vergangenen Zeiträume enthalten Daten${f.goals.length > 0 ? `, bei ${which} ${titles(f.goals)} weniger` : ''} (die Richtlinie verlangt ${w.percent(f.threshold)}): zu wenige Daten für eine Entscheidung.`;
    },
    required_goal_without_data: (f) =>
      every(f.scope) ? `Noch keine Daten für ${titles(f.goals)}.` : `${several(f.goals) ? 'Verpflichtende Ziele' : 'Verpflichtendes Ziel'} ohne Daten: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `Nur ${w.percent(f.share)} der geführten Feedbackgespräche sind dokumentiert (die Richtlinie verlangt ${w.percent(f.threshold)}): zu wenig Dokumentation für eine Entscheidung.`,
    required_goals_met_and_sustained: (f) =>
      f.heldRecently > 0
        ? `${every(f.scope) ? 'Erreicht' : 'Verpflichtend und erreicht'}, über die letzten Zeiträume gehalten: ${titles(f.goals)}.`
        : `${every(f.scope) ? 'Jedes Ziel' : 'Jedes verpflichtende Ziel'} ist erreicht und über seine letzten Zeiträume gehalten: ${titles(f.goals)}.`,
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}: Ein ${every(f.scope) ? '' : 'verpflichtendes '}Ziel, dessen aktuelles Niveau den Zielwert erreicht und über die letzten Zeiträume hält, gilt als erreicht und als deutliche, nachhaltige Verbesserung (recentLevelMeetsRequired der Richtlinie).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map(
        (g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}, Zielerreichung ${w.percent(g.attainment)} gegenüber einem Mindestwert von ${w.percent(g.floor)}`,
      );
      return `Die Punktzahl beträgt ${w.plain(f.score, 1)} und erreicht damit die Erfolgsschwelle von ${w.plain(f.threshold, 1)}; kein Ziel liegt unter seinem Mindestwert: eine deutliche und nachhaltige Verbesserung${items.length > 0 ? `, auch wenn ${several(items) ? 'diese Ziele ihren Zielwert nicht erreichen' : 'dieses Ziel seinen Zielwert nicht erreicht'}: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) => `Nicht erreicht und für den Erfolg nicht verpflichtend: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${every(f.scope) ? 'Nicht erreicht (kein Ziel ist als verpflichtend gekennzeichnet, daher zählt jedes Ziel)' : `${several(f.goals) ? 'Verpflichtende Ziele' : 'Verpflichtendes Ziel'} nicht erreicht`}: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` Die Punktzahl von ${w.plain(f.score.score, 1)} erreicht die Erfolgsschwelle von ${w.plain(f.score.threshold, 1)}, doch eine Punktzahl ersetzt kein verpflichtendes Ziel.` : ''}`,
    required_goal_not_sustained: (f) => `Erreicht, aber über die letzten Zeiträume nicht gehalten: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `Unter ${several(f.goals) ? 'ihrem jeweiligen Mindestwert' : 'seinem Mindestwert'}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `Echte Verbesserung: Die Punktzahl beträgt ${w.plain(f.score, 1)} (Schwelle für eine Verlängerung: ${w.plain(f.threshold, 1)}), und das aktuelle Niveau hat ${w.percent(f.progress)} der Lücken geschlossen.`,
    leading_indicators_improving: (f) => `Die Frühindikatoren verbessern sich, während die Ergebnisse noch auf sich warten lassen. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `Auf Kurs: Jedes begonnene Ziel ist erreicht oder gemessen an seinem erwarteten Verlauf im Plan (${titles(f.goals)}); die Verbesserung steht also dort, wo der Plan sie zu diesem Zeitpunkt erwartet.`,
    extension_cap_reached: (f) =>
      `Der Plan hat bereits ${w.count(f.count)} ${w.plural(f.cap, { one: 'der # nach der Richtlinie zulässigen Verlängerung', other: 'der # nach der Richtlinie zulässigen Verlängerungen' })} in Anspruch genommen; eine weitere kann nicht empfohlen werden.`,
    no_real_improvement: (f) =>
      `Keine echte Verbesserung: Die Punktzahl beträgt ${w.plain(f.score, 1)} (Schwelle für eine Verlängerung: ${w.plain(f.threshold, 1)}), und das aktuelle Niveau hat ${w.percent(f.progress)} der Lücken geschlossen.`,
    company_commitment_shortfall: (f) =>
      `Das Unternehmen hat seinen Teil des Plans nicht erfüllt (${shortfallDetail(f)}): Der Plan kann daher nicht fairerweise mit „nicht erreicht“ abgeschlossen werden.`,
  },
  goalStatus: {
    not_started: (goal) => `Der Messzeitraum des Ziels beginnt am ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `Noch ${word(NONE_COMPLETE, goal.periodUnit, `kein vollständiger Zeitraum (${goal.periodUnit})`)} im Messzeitraum (bisher ${w.plural(goal.observations, { one: '# Messwert', other: '# Messwerte' })}).`
        : `Keine verwertbaren Messwerte für ${goal.metric.name} vom ${goal.window.start} bis ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Erreicht: ${w.percent(goal.metShare)} der ${word(COMPLETE_ONES, goal.periodUnit, 'vollständigen Zeiträume')} bei ${v(goal.target)} oder darüber (Durchschnitt ${v(goal.observed ?? 0)}).`
        : `Erreicht: ${v(goal.observed ?? 0)} gegenüber einem Zielwert von ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Nicht erreicht: ${w.percent(goal.metShare)} der ${word(COMPLETE_ONES, goal.periodUnit, 'vollständigen Zeiträume')} bei ${v(goal.target)} oder darüber, als der Messzeitraum am ${goal.window.end} endete.`
        : `Nicht erreicht: ${v(goal.observed ?? 0)} gegenüber einem Zielwert von ${v(goal.target)}, als der Messzeitraum am ${goal.window.end} endete.`;
    },
    on_track: (goal) => trajectoryNote('Im Plan', goal),
    at_risk: (goal) => trajectoryNote('Gefährdet', goal),
    off_track: (goal) => trajectoryNote('Nicht im Plan', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `${w.plural(f.count, { one: '# Messwert des Datenfeeds wiederholt', other: '# Messwerte des Datenfeeds wiederholen' })} die eigenen Messwerte des Plans (dieselbe ID oder ohne ID identisch; ${first(f)}); jeder wurde nur einmal gezählt.`,
    duplicate_id: (f) =>
      `${w.plural(f.count, { one: '# Messwert', other: '# Messwerte' })} aus ${sourceName(f)} ${w.plural(f.count, { one: 'wiederholt', other: 'wiederholen' })} eine dort bereits gelesene ID mit denselben Werten (${first(f)}); jeder wurde nur einmal gezählt.`,
    conflicting_duplicate: (f) =>
      `${w.plural(f.count, { one: '# Messwert', other: '# Messwerte' })} aus ${sourceName(f)} ${w.plural(f.count, { one: 'verwendet', other: 'verwenden' })} eine bereits mit anderen Werten gelesene ID erneut (${first(f)}); es zählt der zuerst gelesene Messwert, ${w.plural(f.count, { one: 'dieser wurde', other: 'diese wurden' })} ausgelassen. Bitte die Quelle prüfen.`,
    window_moved: (f) =>
      `Der Messzeitraum ${f.windowStart} bis ${f.windowEnd} des Ziels ${id(f.goalId)} wurde mit der Laufzeit des Plans auf ${f.evaluatedStart} bis ${f.evaluatedEnd} verschoben (${w.plural(f.count, { one: '# Tag', other: '# Tage' })} später), wie auch das Enddatum des Plans: Die Mitarbeiterin / der Mitarbeiter behält jeden Arbeitstag, den der Plan vorsah, wie lange die Unterbrechung auch dauert (Richtlinie windowsFollowPauses).`,
    paused_days_excluded: (f) =>
      `${w.plural(f.count, { one: '# Tag Unterbrechung', other: '# Tage Unterbrechung' })} (${f.pauses.map((p) => (p.start === p.end ? p.start : `${p.start} bis ${p.end}`) + (p.open ? ', noch offen' : '')).join('; ')}) ${w.plural(f.count, { one: 'liegt', other: 'liegen' })} außerhalb jeder Messung: Weder Zeiträume noch Anteile, Datenabdeckung, Entwicklung, Tempo oder Erwartungswerte berücksichtigen ${w.plural(f.count, { one: 'ihn', other: 'sie' })}, und in ${w.plural(f.count, { one: 'ihn', other: 'sie' })} fällt weder ein Feedbackgespräch noch ein Unterstützungstermin.`,
    window_clipped: (f) =>
      `Der Messzeitraum ${f.windowStart} bis ${f.windowEnd} des Ziels ${id(f.goalId)} reicht über den Plan (${f.planStart} bis ${f.planEnd}) hinaus; ausgewertet wurde er vom ${f.evaluatedStart} bis ${f.evaluatedEnd} (${w.plural(f.count, { one: '# Tag', other: '# Tage' })} abgeschnitten).`,
  },
  issues: {
    observation_unknown_metric: (f) => `Der Messwert bezieht sich auf die Kennzahl ${id(f.metricId)}, die der Plan nicht definiert; er wurde ausgelassen.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `Der Messwert für ${id(f.metricId)} braucht Zähler und Nenner (die Kennzahl ist ein Verhältnis von Summen); er wurde ausgelassen.`
        : `Der Messwert für ${id(f.metricId)} braucht einen Wert; er wurde ausgelassen.`,
    observation_invalid: (f) => `Der Messwert für ${id(f.metricId)} hat ein ungültiges Datum oder eine ungültige Zahl; er wurde ausgelassen.`,
    goal_metric_unknown: (f) => `Das Ziel ${id(f.goalId)} bezieht sich auf die Kennzahl ${id(f.metricId)}, die der Plan nicht definiert; es wurde nicht ausgewertet.`,
    policy_invalid: POLICY_CATALOGS_DE.issues.policy_invalid,
    issues_truncated: (f) =>
      `${w.plural(f.count, { one: '# weiterer Hinweis derselben Arten wurde', other: '# weitere Hinweise derselben Arten wurden' })} nicht aufgeführt.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const detail = runDetail(f);
      const reference = w.value(f.target, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      return f.prorated
        ? `${quoted(f.title)} ist ${counted(ACCUSATIVE, f.unit, f.count)} in Folge (${f.start} bis ${f.end}) wieder unter den Zielwert gefallen: ${word(EACH_WITH_ITS, f.unit, 'jeder Zeitraum wurde mit seinem')} Anteil an Arbeitstagen am Zielwert von ${reference} über den Messzeitraum des Ziels verglichen${detail ? ` (${detail})` : ''}. Die Ursache wurde nicht behoben; bitte zeitnah handeln.`
        : `${quoted(f.title)} ist ${counted(ACCUSATIVE, f.unit, f.count)} in Folge wieder unter den Zielwert von ${reference} gefallen (${f.start} bis ${f.end}${detail ? `; ${detail}` : ''}): Die Ursache wurde nicht behoben; bitte zeitnah handeln.`;
    },
    relapse_lost_improvement: (f) => {
      const detail = runDetail(f);
      return `${quoted(f.title)} hat ${counted(ACCUSATIVE, f.unit, f.count)} in Folge (${f.start} bis ${f.end}${detail ? `; ${detail}` : ''}) mehr als ${w.percent(f.lossShare)} der im Plan erzielten Verbesserung wieder verloren.`;
    },
    not_closed_successfully: (f) =>
      `Die Nachbeobachtung auf Rückfälle gilt nach einem erfolgreichen Abschluss; dieser Plan ist ${'outcome' in f ? `mit dem Ergebnis ${f.outcome} abgeschlossen` : `nicht abgeschlossen (Status ${f.status})`}.`,
    no_monitoring_data: (f) => `Keine Daten aus der Nachbeobachtung für ${quoted(f.title)} seit dem ${f.start}.`,
    holding: (f) =>
      `${quoted(f.title)} hält das Niveau: seit dem ${f.start} keine Folge von ${w.plural(f.count, { one: '# Zeitraum', other: '# Zeiträumen' })} unter dem Zielwert.`,
  },
  screen: {
    leading_indicator_declining: (f) => `Die Kennzahl ${quoted(f.metricName)} verschlechtert sich: ${decline(f)} (Richtlinie: ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `Die Kennzahl ${quoted(f.metricName)} verschlechtert sich bereits: ${decline(f)}.`,
    outcomes_holding: () => 'Die Ergebnisse sind noch nicht gesunken: Jetzt ist die Zeit für Coaching, bevor ein Plan nötig wird.',
    insufficient_data: (f) => `Die Kennzahl ${quoted(f.metricName)} hat zu wenige Zeiträume mit Daten für eine Früherkennung (${w.count(f.count)}).`,
    steady: () => 'Kein Frühindikator verschlechtert sich stärker, als die Richtlinie zulässt.',
  },
};
