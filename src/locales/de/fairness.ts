/**
 * Die Fairnessprüfung auf Deutsch: die Befunde zu nachteiligen Auswirkungen, die Hinweise zu den
 * Daten, die Befunde zur Einheitlichkeit der Maßstäbe und die Worte des Berichts für HR. Sätze
 * nennen Gruppen und Messgrößen, nie eine Person; der Satz zu einer unterdrückten Gruppe enthält
 * keine ihrer Zahlen, nur die Mindestgröße der Richtlinie.
 *
 * @module
 */
import type { FairnessMeasure } from '../../fairness/codes.js';
import type { ComparisonFacts, FairnessFindingFactsByCode, FairnessIssueFactsByCode, GroupFacts } from '../../fairness/messages.js';
import { figureWords } from '../../issues/figures.js';
import { EVALUATION_CATALOGS_DE } from './evaluate.js';
import type { Catalog } from '../../issues/issue.js';
import type { FairnessDocumentCatalogs, FairnessReportMessages } from '../../render/fairness-report.js';
import type { ConsistencyFactsByCode, TargetComparisonFacts } from '../../team/messages.js';

const w = figureWords('de');

const quoted = (label: string): string => `„${label}“`;
/** Der erste Buchstabe groß, für einen Satzanfang. */
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** Eine Quote oder ein Verhältnis mit höchstens zwei Nachkommastellen: "0,84". */
const ratio = (value: number): string => w.plain(value, 2);

const significant = new Intl.NumberFormat('de', { maximumSignificantDigits: 2 });
/** Ein p-Wert mit zwei signifikanten Stellen, oder "< 0,0001". */
const pValue = (p: number): string => (p < 0.0001 ? `< ${significant.format(0.0001)}` : `= ${significant.format(p)}`);
/** Das Signifikanzniveau der Richtlinie: "0,05". */
const level = (value: number): string => (Number.isFinite(value) ? significant.format(value) : String(value));

/** "zwischen zwei und drei Standardabweichungen" und ähnlich, für |z|. */
function deviations(z: number): string {
  const size = Math.abs(z);
  if (size < 2) return 'weniger als zwei Standardabweichungen';
  if (size < 3) return 'zwischen zwei und drei Standardabweichungen';
  return 'mehr als drei Standardabweichungen';
}

/** Wie jede Messgröße in Worte gefasst wird. */
interface MeasureWords {
  /** Im Satz, nach dem Merkmal: "Aufnahme in einen Plan". */
  readonly name: string;
  /** Als Überschrift, am Satzanfang. */
  readonly title: string;
  /** Das günstige Ergebnis: "nicht in einen Plan aufgenommen". */
  readonly favourable: string;
  /** Die Basis im Dativ nach "von": "10 einbezogenen Personen". */
  readonly ofBase: (count: number) => string;
  /** Die Basis nach "weniger als" und "mindestens": "5 einbezogene Personen". */
  readonly base: (count: number) => string;
  /** Wie viele von der Basis das nachteilige Ergebnis hatten: "wurden 3 von 10 einbezogenen Personen in einen Plan aufgenommen". */
  readonly adverse: (adverse: number, base: number) => string;
  /** Die Zahlen der Referenzgruppe im selben Satz: "2 von 20" / "bei 2 von 20". */
  readonly reference: (adverse: number, base: number) => string;
  /** Die Messgröße im Satz zur Referenzgruppe: "die Aufnahme in einen Plan". */
  readonly accusative: string;
}

const inScope = (count: number): string => w.plural(count, { one: '# einbezogene Person', other: '# einbezogene Personen' });
const withPlan = (count: number): string => w.plural(count, { one: '# Person mit Plan', other: '# Personen mit Plan' });
const withClosedPlan = (count: number): string => w.plural(count, { one: '# Person mit abgeschlossenem Plan', other: '# Personen mit abgeschlossenem Plan' });
const NOT_MET = quoted('nicht erreicht');

const MEASURE: { readonly [M in FairnessMeasure]: MeasureWords } = {
  placement: {
    name: 'Aufnahme in einen Plan',
    title: 'Aufnahme in einen Plan',
    favourable: 'nicht in einen Plan aufgenommen',
    ofBase: (n) => w.plural(n, { one: '# einbezogenen Person', other: '# einbezogenen Personen' }),
    base: inScope,
    adverse: (a, n) => `${w.plural(a, { one: 'wurde', other: 'wurden' })} ${w.count(a)} von ${MEASURE.placement.ofBase(n)} in einen Plan aufgenommen`,
    reference: (a, n) => `${w.count(a)} von ${w.count(n)}`,
    accusative: 'die Aufnahme in einen Plan',
  },
  extension: {
    name: 'Verlängerung des Plans',
    title: 'Verlängerung des Plans',
    favourable: 'nicht verlängert',
    ofBase: withPlan,
    base: withPlan,
    adverse: (a, n) => `wurde bei ${w.count(a)} von ${withPlan(n)} der Plan verlängert`,
    reference: (a, n) => `bei ${w.count(a)} von ${w.count(n)}`,
    accusative: 'die Verlängerung',
  },
  not_met: {
    name: `Abschluss mit ${NOT_MET}`,
    title: `Abschlüsse mit ${NOT_MET}`,
    favourable: `anders als mit ${NOT_MET} abgeschlossen`,
    ofBase: withClosedPlan,
    base: withClosedPlan,
    adverse: (a, n) => `endete bei ${w.count(a)} von ${withClosedPlan(n)} der Plan mit ${NOT_MET}`,
    reference: (a, n) => `bei ${w.count(a)} von ${w.count(n)}`,
    accusative: `den Abschluss mit ${NOT_MET}`,
  },
};

/** "Sales team „West“". */
const groupOf = (attribute: string, group: string | null): string => (group === null ? attribute : `${attribute} ${quoted(group)}`);

/** "in „West“ wurden 3 von 10 einbezogenen Personen in einen Plan aufgenommen (30 %), in „East“ 2 von 20 (10 %)". */
function counts(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  return `in ${quoted(f.group)} ${m.adverse(f.adverse, f.base)} (${w.percent(f.adverseRate)}), in ${quoted(f.reference)} dagegen ${m.reference(f.referenceAdverse, f.referenceBase)} (${w.percent(f.referenceAdverseRate)})`;
}

/** Die günstigen Quoten und die Impact Ratio. */
function impact(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  if (f.impactRatio === null) return `in der Referenzgruppe liegt die günstige Quote (${m.favourable}) bei ${w.percent(0)}, daher gibt es keine Impact Ratio`;
  return `günstige Quote (${m.favourable}) ${w.percent(f.favourableRate)} gegenüber ${w.percent(f.referenceFavourableRate)}, eine Impact Ratio von ${ratio(f.impactRatio)} (Schwelle der Vier-Fünftel-Regel: ${ratio(f.threshold)})`;
}

function adverseRatio(f: ComparisonFacts): string {
  return f.adverseRatio === null
    ? 'in der Referenzgruppe gibt es keinen solchen Fall, daher ist das Verhältnis der nachteiligen Quoten nicht definiert'
    : `das ${ratio(f.adverseRatio)}-Fache der nachteiligen Quote der Referenzgruppe`;
}

function significance(f: ComparisonFacts): string {
  const z = f.z === null ? 'kein z-Wert (keine Streuung)' : `z = ${ratio(f.z)}, ${deviations(f.z)}`;
  return `exakter Test nach Fisher (zweiseitig) p ${pValue(f.fisherP)} bei einem Signifikanzniveau von ${level(f.significanceLevel)}; ${z}`;
}

/** "Vier-Fünftel-Regel und Signifikanztest kommen bei „West“ (Aufnahme in einen Plan) zu unterschiedlichen Ergebnissen". */
const disagree = (f: ComparisonFacts): string =>
  `Vier-Fünftel-Regel und Signifikanztest kommen bei ${quoted(f.group)} (${MEASURE[f.measure].name}) zu unterschiedlichen Ergebnissen`;

const COMPARISON: Catalog<Omit<FairnessFindingFactsByCode, 'group_suppressed' | 'measure_suppressed' | 'insufficient_population'>> = {
  adverse_impact_flagged: (f) =>
    `${groupOf(f.attribute, f.group)}, ${MEASURE[f.measure].name}: ${impact(f)}. Das liegt unter vier Fünfteln der Quote der Referenzgruppe: eine nachteilige Auswirkung nach der Vier-Fünftel-Regel (29 CFR 1607.4(D)). ${cap(counts(f))}.`,
  difference_significant: (f) =>
    `${groupOf(f.attribute, f.group)}, ${MEASURE[f.measure].name}: ${cap(counts(f))}, also ${adverseRatio(f)}. Der Unterschied ist statistisch signifikant: ${significance(f)}.`,
  flagged_not_significant: (f) =>
    `${disagree(f)}: Die Impact Ratio${f.impactRatio === null ? '' : ` von ${ratio(f.impactRatio)}`} liegt unter ${ratio(f.threshold)}, der Unterschied ist aber nicht statistisch signifikant (p ${pValue(f.fisherP)}). Bei so kleinen Gruppen kann die Quote zufällig unter vier Fünftel fallen: Gehen Sie der Sache nach, werten Sie das Ergebnis aber nicht für sich allein als Befund.`,
  significant_not_flagged: (f) =>
    `${disagree(f)}: Der Unterschied ist statistisch signifikant (p ${pValue(f.fisherP)}), obwohl die Impact Ratio${f.impactRatio === null ? '' : ` von ${ratio(f.impactRatio)}`} die Vier-Fünftel-Regel einhält. Sind nachteilige Ergebnisse selten, kann sich hinter einem kleinen Unterschied bei den günstigen Quoten ein großer bei den nachteiligen verbergen (hier ${adverseRatio(f)}).`,
  no_adverse_impact: (f) =>
    `${groupOf(f.attribute, f.group)}, ${MEASURE[f.measure].name}: Gegenüber ${quoted(f.reference)} wurde keine nachteilige Auswirkung festgestellt. ${cap(impact(f))}; ${significance(f)}.`,
};

const GROUP: Catalog<Pick<FairnessFindingFactsByCode, 'group_suppressed' | 'measure_suppressed' | 'insufficient_population'>> = {
  group_suppressed: (f: GroupFacts) =>
    `${groupOf(f.attribute, f.group)} umfasst weniger als ${inScope(f.minGroupSize)}: Die Zahlen der Gruppe werden zum Schutz dieser Personen unterdrückt.`,
  measure_suppressed: (f: GroupFacts) =>
    `${groupOf(f.attribute, f.group)}${f.measure === null ? '' : `, ${MEASURE[f.measure].name}`}: weniger als ${(f.measure === null ? inScope : MEASURE[f.measure].base)(f.minGroupSize)}, daher werden diese Zahlen zum Schutz der Personen in der Gruppe unterdrückt.`,
  insufficient_population: (f: GroupFacts) =>
    `${f.measure === null ? 'Alle Messgrößen' : MEASURE[f.measure].title} nach ${f.attribute}: Weniger als zwei Gruppen haben mindestens ${(f.measure === null ? inScope : MEASURE[f.measure].base)(f.minGroupSize)}, daher gibt es nichts zu vergleichen.`,
};

/** Die Befunde der Fairnessanalyse auf Deutsch. */
const FINDINGS: Catalog<FairnessFindingFactsByCode> = { ...COMPARISON, ...GROUP };

/** Was mit dem Zeitraum nicht stimmt. */
function periodProblem(f: FairnessIssueFactsByCode['period_invalid']): string {
  switch (f.problem) {
    case 'start_not_a_date':
      return `Der Beginn des Zeitraums, ${f.received}, ist kein Kalenderdatum; der Zeitraum hat daher keine Untergrenze.`;
    case 'end_not_a_date':
      return `Das Ende des Zeitraums, ${f.received}, ist kein Kalenderdatum; der Zeitraum endet daher am Stichtag asOf (${f.asOf}).`;
    case 'end_after_as_of':
      return `Der Zeitraum endet am ${f.end}, also nach dem Stichtag asOf (${f.asOf}); er endet daher am Stichtag.`;
    case 'start_after_end':
      return `Der Zeitraum beginnt am ${f.start}, also nach seinem Ende (${f.end}); es wird kein Plan gezählt.`;
  }
}

/** Die Hinweise der Fairnessanalyse zu ihren Eingaben auf Deutsch. */
const ISSUES: Catalog<FairnessIssueFactsByCode> = {
  // the evaluation's sentence: a policy issue reads the same wherever a policy is resolved
  policy_invalid: EVALUATION_CATALOGS_DE.issues.policy_invalid,
  as_of_invalid: (f) => `asOf ist ${f.received} und damit kein Kalenderdatum (JJJJ-MM-TT); es wird nichts analysiert.`,
  period_invalid: (f) => periodProblem(f),
  person_duplicate: (f) => `Die Person ${f.received} ist mehrfach aufgeführt; es zählt der erste Eintrag.`,
  plan_person_unknown: (f) =>
    `Plan ${f.planId} gilt für die Person ${f.received}, die nicht zu den einbezogenen Personen gehört; der Plan bleibt unberücksichtigt.`,
  group_missing: (f) =>
    'count' in f
      ? `${w.plural(f.count, { one: '# einbezogene Person hat', other: '# einbezogene Personen haben' })} für dieses Merkmal keine Gruppe und ${w.plural(f.count, { one: 'wird', other: 'werden' })} bei keiner Gruppe mitgezählt.`
      : `Weniger als ${inScope(f.minGroupSize)} haben für dieses Merkmal keine Gruppe und werden bei keiner Gruppe mitgezählt.`,
  reference_group_unavailable: (f) =>
    `Die Referenzgruppe ${f.received} ${
      f.problem === 'no_one_in_scope'
        ? 'umfasst keine einbezogene Person'
        : `lässt sich für ${MEASURE[f.measure].accusative} nicht ausweisen (ihre Basis umfasst weniger als ${w.plural(f.minGroupSize, { one: '# Person', other: '# Personen' })})`
    }; stattdessen wird die Gruppe mit der günstigsten Quote verwendet.`,
};

/** "Ziel „Anrufe“ (Plan p3)". */
const goal = (f: TargetComparisonFacts): string => `Ziel ${quoted(f.goalTitle)} (Plan ${f.planId})`;
/** Ein Wert in der Einheit seiner Kennzahl, pro Woche bei normalisierten Summen. */
const figure = (f: TargetComparisonFacts, value: number): string => `${w.value(value, f.metric)}${f.normalisedAs === 'per_week' ? ' pro Woche' : ''}`;

/** Die Befunde zur Einheitlichkeit der Maßstäbe auf Deutsch. */
const CONSISTENCY: Catalog<ConsistencyFactsByCode> = {
  target_off_role_median: (f) =>
    `${goal(f)} setzt für ${quoted(f.metricName)} einen Zielwert von ${figure(f, f.target)} und weicht damit um ${w.percent(f.share)} vom Median der Funktion (${figure(f, f.reference)}) ab (die Richtlinie erlaubt ${w.percent(f.threshold)}).`,
  duration_off_role_median: (f) =>
    `Plan ${f.planId} läuft ${w.plural(f.days, { one: '# Tag', other: '# Tage' })} und weicht damit um ${w.percent(f.share)} vom Median der Funktion (${w.plain(f.medianDays, 1)} Tage) ab (die Richtlinie erlaubt ${w.percent(f.threshold)}).`,
  target_stricter_than_team: (f) =>
    `${goal(f)} setzt für ${quoted(f.metricName)} einen Zielwert von ${figure(f, f.target)} und ist damit um ${w.percent(f.share)} strenger als der eigene Durchschnitt des Teams (${figure(f, f.reference)}).`,
  too_few_plans: (f) =>
    `Für die Funktion gibt es nur ${w.plural(f.count, { one: '# vergleichbaren Plan', other: '# vergleichbare Pläne' })}; für einen Median sind mindestens ${w.count(f.threshold)} nötig.`,
};

const people = (count: number): string => w.plural(count, { one: '# Person', other: '# Personen' });

/** Die Worte des Fairnessberichts auf Deutsch. */
const REPORT: FairnessReportMessages = {
  title: 'Fairnessprüfung: nachteilige Auswirkungen von Leistungsverbesserungsplänen',
  subtitle: (attributes, asOf) => `${attributes.length > 0 ? `Nach ${w.list(attributes)}` : 'Ohne Merkmal'}, Stand ${asOf}`,
  audienceNote: (min) =>
    `Nur für HR und die arbeitsrechtliche Beratung. Gruppenzahlen für eine Prüfung auf nachteilige Auswirkungen: Der Bericht nennt keine Person, und für Gruppen mit weniger als ${people(min)} wird keine Zahl gezeigt. Nicht für Mitarbeiter/innen oder Führungskräfte.`,
  footer: (asOf) =>
    `Fairnessprüfung, Stand ${asOf}. Die Zahlen beschreiben Gruppen, nie eine Person; ein Unterschied zwischen Gruppen ist ein Anlass, genauer hinzusehen, und sagt nichts über seine Ursache.`,
  sections: {
    summary: 'Was Aufmerksamkeit erfordert',
    consistency: 'Einheitlichkeit der Maßstäbe über die Pläne hinweg',
    method: 'So lesen Sie diesen Bericht',
    data: 'Hinweise zu den Daten',
  },
  labels: {
    asOf: 'Stand',
    period: 'Gezählte Pläne',
    attributes: 'Merkmale',
    policy: 'Richtlinie',
    attention: 'Handlungsbedarf',
    group: 'Gruppe',
    people: 'Personen',
    placed: 'In einen Plan aufgenommen',
    placementRate: 'Aufnahmequote',
    extended: 'Verlängert',
    closed: 'Abgeschlossen',
    notMet: 'Nicht erreicht',
    successful: 'Erfolgreich',
    withdrawn: 'Zurückgezogen',
    reference: 'Referenzgruppe',
    adverse: 'Nachteiliges Ergebnis',
    favourableRate: 'Günstige Quote',
    impactRatio: 'Impact Ratio',
    adverseRatio: 'Verhältnis der nachteiligen Quoten',
    fisherP: 'p (exakter Test nach Fisher)',
    z: 'z',
    fourFifths: 'Unter vier Fünfteln',
    significant: 'Signifikant',
    findings: 'Befunde',
    yes: 'Ja',
    no: 'Nein',
    none: '–',
    groups: 'Gruppen',
  },
  measure: { placement: MEASURE.placement.title, extension: MEASURE.extension.title, not_met: MEASURE.not_met.title },
  favourable: {
    placement: 'der Personen, die nicht in einen Plan aufgenommen wurden',
    extension: 'der Personen mit Plan, deren Plan nicht verlängert wurde',
    not_met: `der abgeschlossenen Pläne, die nicht mit ${NOT_MET} endeten`,
  },
  periodText: (start, end) => (start === undefined ? `erstellt bis zum ${end}` : `erstellt vom ${start} bis zum ${end}`),
  policyText: (threshold, lvl, min) =>
    `Schwelle der Vier-Fünftel-Regel ${threshold}; Signifikanzniveau ${lvl} (exakter Test nach Fisher, zweiseitig); Gruppen mit weniger als ${people(min)} unterdrückt`,
  attentionText: (a, s, d, c) =>
    `${w.count(a)} unter vier Fünfteln, ${w.count(s)} statistisch signifikant, ${w.count(d)} mit widersprüchlichem Ergebnis von Regel und Test; ${w.plural(c, { one: '# Befund', other: '# Befunde' })} zur Einheitlichkeit der Maßstäbe`,
  nothingFlagged: 'Keine Gruppe liegt unter vier Fünfteln der Quote ihrer Referenzgruppe, und kein Unterschied ist statistisch signifikant.',
  suppressed: (min) => `Unterdrückt: weniger als ${people(min)}`,
  referenceMark: 'Referenzgruppe',
  suppressedBar: 'Unterdrückt',
  referenceText: (group, chosenBy) => `Referenzgruppe: ${quoted(group)} (${chosenBy === 'policy' ? 'von der Richtlinie festgelegt' : 'die Gruppe mit der günstigsten Quote'}).`,
  chartTitle: (measure, attribute) => `${measure}: günstige Quote nach ${attribute}`,
  chartLegend: (favourable, line, threshold, reference) =>
    `Balken: je Gruppe der Anteil ${favourable}. Die senkrechte Linie bei ${line} entspricht ${threshold} der Quote der Referenzgruppe (${reference}): Ein Balken, der vor ihr endet, liegt unter vier Fünfteln.`,
  lineLabel: (line) => `Vier-Fünftel-Linie: ${line}`,
  againstLine: (below) => (below ? 'unter der Vier-Fünftel-Linie' : 'auf oder über der Vier-Fünftel-Linie'),
  nothingToCompare: 'Für diese Messgröße lassen sich weniger als zwei Gruppen ausweisen: Es gibt nichts zu vergleichen.',
  consistencyScope:
    'Die Zielwerte und die Dauer jedes Plans werden mit den anderen im Zeitraum erstellten Plänen derselben Funktion verglichen, unabhängig von der Gruppe (siehe compareConsistency).',
  noConsistencyFindings:
    'Bei keinem Plan weichen die Zielwerte oder die Dauer stärker vom Median der Funktion ab, als die Richtlinie erlaubt, und keiner ist strenger als der eigene Durchschnitt des Teams.',
  noIssues: 'Keine Probleme mit den Daten.',
  method: [
    `Impact Ratio (Vier-Fünftel-Regel, 29 CFR 1607.4(D)): die günstige Quote einer Gruppe (nicht in einen Plan aufgenommen, nicht verlängert, nicht mit ${NOT_MET} abgeschlossen) geteilt durch die der Referenzgruppe. Ein Wert unter 0,8 (der Schwelle der Richtlinie) gilt nach der Faustregel der US-Behörden als Hinweis auf eine nachteilige Auswirkung.`,
    'Verhältnis der nachteiligen Quoten: die nachteilige Quote der Gruppe geteilt durch die der Referenzgruppe. Sind nachteilige Ergebnisse selten (werden nur wenige Personen in einen Plan aufgenommen), kann ein kleiner Unterschied bei den günstigen Quoten ein großer bei den nachteiligen sein: Lesen Sie beide Werte.',
    'Exakter Test nach Fisher (zweiseitig): die Wahrscheinlichkeit einer mindestens so ungleichen Verteilung wie der beobachteten, wenn das Ergebnis nicht von der Gruppe abhinge. Er ist auch bei kleinen Zahlen exakt; liegt p unter dem Signifikanzniveau, ist der Unterschied statistisch signifikant.',
    'Der z-Test: wie viele Standardabweichungen die beiden Quoten auseinanderliegen (gepoolter Standardfehler); „zwei oder drei Standardabweichungen“ ist die Faustregel der Gerichte. Er nähert den Test nach Fisher nur an und ist für kleine Gruppen ungenau.',
    'Kleine Zahlen: Bei wenigen Personen kann die Vier-Fünftel-Regel einen zufälligen Unterschied anzeigen, und kein Test kann einen echten nachweisen. Wo Regel und Test sich widersprechen, sagt der Bericht das ausdrücklich. Gruppen unter der Mindestgröße der Richtlinie werden zum Schutz der Personen darin unterdrückt.',
    'Ein Merkmal nach dem anderen: Jedes Merkmal wird für sich analysiert; Unterschiede können auf ein anderes Merkmal zurückgehen, das mit ihm einhergeht (Funktion, Betriebszugehörigkeit, Vertriebsgebiet).',
    'Korrelation ist keine Ursache: Ein Unterschied ist für HR ein Anlass, genauer hinzusehen (die Pläne, die Daten dahinter, die gewährte Unterstützung), nie ein Befund über eine Person oder ein Urteil über eine Führungskraft.',
  ],
};

/**
 * Die Fairnessprüfung auf Deutsch: Befunde, Hinweise zu den Daten, Befunde zur Einheitlichkeit
 * der Maßstäbe und die Worte des Berichts.
 */
export const FAIRNESS_CATALOGS_DE: FairnessDocumentCatalogs = Object.freeze({ findings: FINDINGS, issues: ISSUES, consistency: CONSISTENCY, report: REPORT });
