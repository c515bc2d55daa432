/**
 * Die Probleme beim Einlesen eines Plans auf Deutsch: warum ein Plandokument, ein
 * Protokolleintrag oder eine Vorlagenzuweisung nicht verwendbar ist. Pfade (`goals[0].weight`),
 * IDs, Daten, Status- und Ergebnis-Codes sowie Werte, wie die Eingabe sie schreibt, bleiben
 * unverändert; Texte von außen (die Fehlermeldung eines JSON-Parsers, was ein Getter oder ein
 * Migrationsschritt geworfen hat) stehen, wie sie sind.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { Catalog } from '../../issues/issue.js';
import { quote } from '../../schema/messages.js';
import type { ApprovedRecord, IssueFacts, PlanIssueFactsByCode } from '../../schema/messages.js';
import { own, parseWords, type ProblemWords } from '../parse-words.js';

const w = figureWords('de');

const days = (n: number): string => w.plural(n, { one: '# Tag', other: '# Tage' });
/** Der erste Buchstabe groß: ein eigener Satz nach einem Doppelpunkt. */
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** Ein Wert, wie die Eingabe ihn schreibt; `NaN` heißt ausgeschrieben. */
const asWritten = (value: string): string => (value === 'NaN' ? 'Not-a-Number' : value);

const RECORD: Readonly<Record<ApprovedRecord, string>> = {
  signature: 'eine Unterschrift',
  amendment: 'eine Änderung',
  extension: 'eine Verlängerung',
  pause: 'eine Unterbrechung',
};
const ROLE_OF_PLAN: Readonly<Record<string, string>> = {
  manager: 'die Führungskraft des Plans',
  employee: 'die Mitarbeiterin / der Mitarbeiter des Plans',
  hr: 'die HR-Ansprechperson des Plans',
};
const ACKNOWLEDGER: Readonly<Record<string, string>> = { manager: 'die Führungskraft', employee: 'die Mitarbeiterin / der Mitarbeiter' };
/** Das Ziel oder die Unterstützungszusage, auf die sich eine Änderung bezieht: Artikel und Nomen. */
const AMENDED: Readonly<Record<string, readonly [string, string]>> = { goal: ['das', 'Ziel'], support: ['die', 'Unterstützungszusage'] };
const SIDE: Readonly<Record<string, string>> = { before: 'vor', after: 'nach' };

/** Was ein Feld annimmt, nach Typ-Code; jeder andere Code (einer von zod) steht, wie er ist. */
const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'Text',
  number: 'eine endliche Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  object: 'ein Objekt',
  array: 'ein Array',
  union: 'eine der zulässigen Formen',
  json: 'reine JSON-Daten',
  plan_document: 'ein Plandokument (ein Objekt)',
  log_entry: 'ein Protokolleintrag (ein Objekt)',
  template_assignment: 'eine Vorlagenzuweisung',
  assignment_or_defaults: 'ein Wert in der Zuweisung oder in den Vorgaben',
  goals_or_support: 'zu ändernde Ziele oder Unterstützungszusagen',
  none_defined: 'keine definiert',
  'none defined': 'keine („none defined“)',
  undefined: 'nicht angegeben',
  never: 'nicht vorhanden',
};

/** Was die Eingabe enthielt, nach Typ-Code; ein Wert, wie die Eingabe ihn schreibt (`1.5`, `null`), steht, wie er ist. */
const RECEIVED_WORDS: Readonly<Record<string, string>> = {
  array: 'ein Array',
  number: 'eine Zahl',
  object: 'ein Objekt',
  string: 'ein Text',
  boolean: 'ein Wahrheitswert',
  bigint: 'ein BigInt',
  symbol: 'ein Symbol',
  function: 'eine Funktion',
  undefined: 'ein nicht definierter Wert',
};

/**
 * Jedes Problem auf Deutsch, als der Teil des Satzes, den die Meldung enthält.
 *
 * @internal
 */
export const PROBLEM_WORDS_DE: ProblemWords = {
  span: (p) => `${p.start} bis ${p.end}`,
  duration_end: (p) => `${days(p.days)} ab dem ${p.start} ${p.days === 1 ? 'endet' : 'enden'} am ${p.derived}, nicht am ${p.given}`,
  plan_span: (p) => `${p.start} bis ${p.end} umfasst ${days(p.days)}`,
  days_past_calendar: (p) => `er würde ${days(p.days)} danach enden`,
  granted_before_start: (p) => `die Verlängerung wurde am ${p.granted} gewährt, vor dem Beginn des Plans am ${p.start}`,
  granted_while_paused: (p) => `die Verlängerung wurde am ${p.granted} gewährt, während der Plan unterbrochen war`,
  previous_end: (p) =>
    `als die Verlängerung gewährt wurde, endete der Plan am ${p.expected} (${days(p.written)} laut Plan${p.earlier > 0 ? `, ${days(p.earlier)} aus früheren Verlängerungen` : ''}${p.pausedSkipped ? ', Tage der Unterbrechung nicht mitgezählt' : ''}), nicht am ${p.given}`,
  extension_end: (p) =>
    `${w.plural(p.days, { one: '# Plantag', other: '# Plantage' })} nach dem ${p.previousEnd} ${p.days === 1 ? 'endet' : 'enden'} am ${p.expected}${p.skipped > 0 ? ` (${w.plural(p.skipped, { one: '# Tag der Unterbrechung', other: '# Tage der Unterbrechung' })} nicht mitgezählt)` : ''}, nicht am ${p.given}`,
  pause_before_start: (p) => `die Unterbrechung beginnt am ${p.start}, vor dem Beginn des Plans am ${p.planStart}`,
  previous_pause_open: (p) => `die vorige Unterbrechung, ab dem ${p.previousStart}, ist nicht beendet`,
  pause_overlap: (p) =>
    `die Unterbrechung beginnt am ${p.start}, bevor die vorige am ${p.previousEnd} endete; Unterbrechungen stehen in zeitlicher Reihenfolge und überschneiden sich nicht`,
  goal_without_weight: (p) => `Ziel ${quote(p.goalId)} hat keine`,
  amendment_target: (p) => {
    const [article, noun] = own(AMENDED, p.target) ?? ['der', `Eintrag (${p.target})`];
    return `${article} ${own(SIDE, p.side) ?? p.side} der Änderung festgehaltene ${noun} ist ${quote(p.kept)}, die Änderung bezieht sich aber auf ${quote(p.targetId)}`;
  },
  window_and_deadline: () => 'ein Ziel hat entweder einen Messzeitraum oder eine Frist, nicht beides',
  manager_is_employee: () => 'die Führungskraft eines Plans ist nie die Mitarbeiterin / der Mitarbeiter selbst',
  hr_partner_is_employee: () => 'die HR-Ansprechperson, die den Plan prüft, ist nie die Mitarbeiterin / der Mitarbeiter selbst',
  no_hr_partner: () => 'der Plan nennt keine HR-Ansprechperson, die als hr unterschreiben könnte',
  not_the_signer: (p) => `${own(ROLE_OF_PLAN, p.role) ?? `die Person des Plans in der Rolle ${p.role}`} ist ${quote(p.personId)}`,
  revision_below_one: () => 'eine Änderung erhöht die Fassung, daher ist sie 1 oder höher',
  revision_not_raised: (p) =>
    `Änderungen erhöhen die Fassung der Reihe nach, hier folgt aber ${p.revision} auf ${p.previous}${p.sameRevision ? ' (Einträge derselben Fassung bilden eine Änderung: gleiches Datum, gleiche Person, direkt nacheinander)' : ''}`,
  signed_before_amendment: (p) => `unterschrieben am ${p.signed}, vor der Änderung vom ${p.amended}, mit der die Fassung entstand`,
  no_review: () => 'es gibt keine HR-Prüfung',
  changes_requested: (p) => `die letzte HR-Prüfung, am ${p.date}, hat Änderungen angefordert`,
  not_acknowledged: (p) =>
    `${w.list(p.missing.map((role) => own(ACKNOWLEDGER, role) ?? role))} ${p.missing.length === 1 ? 'hat' : 'haben'} Fassung ${p.revision} nicht zur Kenntnis genommen`,
  never_extended: () => 'der Plan wurde als extended_then_closed abgeschlossen, aber nie verlängert',
  closed_before_start: (p) =>
    `als ${p.outcome} wird ein Plan erst nach seiner Laufzeit abgeschlossen, dieser aber am ${p.date}, vor seinem Beginn am ${p.start}`,
  no_open_pause: () => 'ein unterbrochener Plan hat als letzte Unterbrechung eine offene (ohne Ende)',
  open_pause_not_last: () => 'nur die letzte Unterbrechung eines unterbrochenen Plans ist noch offen',
  open_pause_not_paused: (p) => `der Plan ist ${p.status}, nicht unterbrochen, daher hat jede Unterbrechung ein Ende`,
  active_without_phase: () => 'ein aktiver Plan befindet sich in einer seiner drei Phasen',
  phase_not_active: (p) => `eine Phase gehört zu einem aktiven Plan, dieser ist aber ${p.status}`,
  monitoring_status: (p) => `der Plan ist ${p.status}; mit einer Nachbeobachtung ist er "monitoring", danach "completed"`,
  monitoring_after_outcome: (p) =>
    `eine Nachbeobachtung folgt nur auf einen erfolgreichen Abschluss (successful oder extended_then_closed), nicht auf ${p.outcome}`,
  monitoring_missing: (p) => `ein Plan im Status ${p.status} hat Angaben zur Nachbeobachtung`,
  monitoring_ended: () => 'mit einer beendeten Nachbeobachtung ist der Plan "completed", nicht "monitoring"',
  monitoring_open: () => 'die Nachbeobachtung eines beendeten Plans ("completed") hat ein Ende',
  monitoring_before_close: (p) => `die Nachbeobachtung beginnt am Tag des Abschlusses (${p.closed}) oder danach, nicht am ${p.start}`,
  not_approved: (p) => `${RECORD[p.record]} folgt erst auf die Freigabe des Plans durch HR, und HR hat ihn nicht freigegeben`,
  before_approval: (p) => `${RECORD[p.record]} ist auf den ${p.date} datiert, vor der Freigabe des Plans durch HR am ${p.approval}`,
  after_close: (p) => `abgeschlossen am ${p.closed}`,
  pause_after_close: (p) => `abgeschlossen am ${p.closed}; eine dann offene Unterbrechung endet am Tag davor`,
  not_an_object: () => 'erwartet wird ein Objekt',
  not_finite: (p) => `${asWritten(p.value)} ist keine endliche Zahl`,
  not_plain: () => 'erlaubt sind nur einfache Objekte',
  not_json: (p) => `${own(RECEIVED_WORDS, p.type) ?? `ein Wert vom Typ ${p.type}`} hat keine JSON-Form`,
  value_and_parts: () => 'angegeben ist beides',
  no_value: () => 'angegeben ist keins von beiden',
  one_part: () => 'angegeben ist nur Zähler oder Nenner',
  newer_version: (p) => `neuer als die Version, die diese Ausgabe von improvement-plan liest (${p.reads}): Aktualisieren Sie die Bibliothek, um das Dokument zu lesen`,
  earlier_version: () => 'eine frühere Version des Formats: Aktualisieren Sie das Dokument mit migratePlan und lesen Sie es dann ein',
  no_upgrade_step: (p) =>
    `keine Version, die diese Bibliothek aktualisieren kann: Sie liest Version ${p.reads} und hat keinen Schritt von ${p.from} auf ${p.from + 1}`,
  migration_failed: (p) => `der Migrationsschritt „${p.step}“ (ab Version ${p.from}) konnte das Dokument nicht aktualisieren (${p.error})`,
  not_a_template_goal: () => 'den Zielen der Vorlage',
};

/** Eine Zahl der Bibliothek (eine Grenze) in deutscher Schreibweise; ein anderer Wert, wie er ist. */
const figure = (limit: number | string | undefined): string | undefined => (typeof limit === 'number' ? w.count(limit) : limit);

/** Das Problem, `expected`, `received` und die Grenzen auf Deutsch. */
const { detailOf, expectedOf, receivedOf, limitOf } = parseWords({
  problems: PROBLEM_WORDS_DE,
  expected: EXPECTED_WORDS,
  received: RECEIVED_WORDS,
  currentValue: (value) => (value === undefined ? 'der aktuelle Wert der Person' : `der aktuelle Wert der Person für ${value}`),
  unreadable: (detail) => `ein Wert, der sich nicht lesen ließ (${detail})`,
  uncopyable: (detail) => `ein Wert, der sich nicht kopieren ließ (${detail})`,
  nan: 'keine gültige Zahl (Not-a-Number)',
  /** Größengrenzen: „200 Zeichen“. */
  units: { characters: { one: '# Zeichen', other: '# Zeichen' }, items: { one: '# Eintrag', other: '# Einträge' }, values: { one: '# Wert', other: '# Werte' } },
  figures: w,
  bare: (limit) => figure(limit)!,
  /** Eine Grenze als Text bleibt, wie sie ist. */
  counted: (limit, forms) => (typeof limit === 'number' ? w.plural(limit, forms) : limit),
});

/** Das Problem als eigener Satz (nach einem Doppelpunkt); ein Text von außen bleibt, wie er ist. */
function sentenceOf(f: IssueFacts): string | undefined {
  const text = detailOf(f);
  return text === undefined || f.problem === undefined ? text : cap(text);
}

/** Ein Wert aus der Eingabe, wie er ist (`?`, wenn er fehlt). */
const data = (value: string | undefined): string => (value === undefined ? '?' : asWritten(value));

/** „Pfad: Problem.“ (die Regeln, deren Problem sich selbst erklärt). */
const said = (f: IssueFacts): string => `${f.where}: ${sentenceOf(f) ?? 'Das widerspricht den übrigen Angaben des Plans'}.`;

/**
 * Die deutsche Meldung zu jedem Problem beim Einlesen eines Plans: der `parse`-Teil des deutschen
 * Katalogs.
 */
export const PLAN_ISSUE_MESSAGES_DE: Catalog<PlanIssueFactsByCode> = {
  invalid_json: (f) => `${f.where} ist kein gültiges JSON${f.detail ? ` (${f.detail})` : ''}.`,
  required: (f) => `${f.where} fehlt, ist aber erforderlich${f.expected ? ` (erwartet: ${expectedOf(f)})` : ''}.`,
  invalid_type: (f) => `${f.where} muss ${expectedOf(f) ?? 'von einem anderen Typ'} sein${f.received ? `, ist aber ${receivedOf(f)}` : ''}.`,
  invalid_value: (f) => {
    if (f.text !== undefined) return f.text;
    if (f.problem !== undefined) return `${f.where} ist nicht verwendbar: ${sentenceOf(f)}.`;
    const received = f.received ? `; ${data(f.received)} ist keiner davon` : '';
    return f.expected ? `${f.where} muss einer dieser Werte sein: ${expectedOf(f)}${received}.` : `${f.where} muss einer der zulässigen Werte sein${received}.`;
  },
  unknown_field: (f) =>
    `${f.where} ist kein Feld, das diese Bibliothek kennt. Legen Sie Felder Ihres eigenen Systems unter \`metadata\` ab; dort bleiben sie unverändert erhalten.`,
  too_big: (f) => `${f.where} ist zu groß${limitOf(f) === undefined ? '' : ` (Obergrenze: ${limitOf(f)})`}${detailOf(f) ? `: ${sentenceOf(f)}` : ''}.`,
  too_small: (f) => `${f.where} ist zu klein${limitOf(f) === undefined ? '' : ` (Untergrenze: ${limitOf(f)})`}${detailOf(f) ? `: ${sentenceOf(f)}` : ''}.`,
  not_integer: (f) => `${f.where} muss eine ganze Zahl sein${f.received ? `, nicht ${data(f.received)}` : ''}.`,
  invalid_format: (f) => `${f.where} hat nicht das erwartete Format${f.expected ? ` (${f.expected})` : ''}.`,
  invalid_date: (f) => `${f.where} muss ein tatsächliches Kalenderdatum im Format JJJJ-MM-TT sein${f.received ? `; ${data(f.received)} ist keines` : ''}.`,
  end_before_start: (f) => `${f.where} muss nach dem Beginn liegen${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  duration_mismatch: (f) => `${f.where} passt nicht zu Beginn und Ende des Plans${detailOf(f) ? `: ${sentenceOf(f)}` : ''}.`,
  missing_end_date: (f) => `${f.where} fehlt: Der Plan braucht ein Enddatum oder eine Dauer in Tagen.`,
  window_order: (f) => `${f.where} liegt vor dem Beginn des Zeitraums${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  past_calendar_end: (f) => `${f.where} führt den Plan über den letzten Kalendertag, 9999-12-31, hinaus${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  plan_too_long: (f) =>
    `${f.where} macht den Plan länger als ${typeof f.limit === 'number' ? days(f.limit) : f.limit === undefined ? 'zulässig' : `${f.limit} Tage`} ab seinem Beginn${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  conflicting_fields: (f) => `${f.where}: ${sentenceOf(f) ?? 'Zwei Felder, die einander ausschließen, sind beide angegeben'}.`,
  money_not_integral: (f) =>
    `${f.where} ist ein Geldbetrag und muss eine ganze Zahl kleinster Währungseinheiten (Cent) sein, nicht ${f.received === undefined ? 'ein Bruchteil' : data(f.received)}.`,
  currency_required: (f) => `${f.where}: Die Einheit ist "currency", daher ist ein Währungscode nach ISO 4217 erforderlich.`,
  currency_not_allowed: (f) => `${f.where} enthält einen Währungscode, aber die Einheit ist nicht "currency".`,
  weights_incomplete: (f) => `${f.where}: Sobald ein Ziel eine Gewichtung hat, braucht jedes Ziel eine${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  weights_sum: (f) => `${f.where}: Die Gewichtungen der Ziele müssen zusammen genau 100 ergeben; sie ergeben ${data(f.received)}.`,
  ratio_requires_parts: (f) =>
    `${f.where} gehört zu einer Quotenkennzahl und braucht Zähler und Nenner (ein Mittelwert von Quoten wäre falsch).`,
  observation_value_shape: (f) => `${f.where} braucht entweder einen Wert oder Zähler und Nenner; ${detailOf(f) ?? 'angegeben ist beides oder keins von beiden'}.`,
  rubric_level_unknown: (f) => `${f.where} ist keine Stufe des Bewertungsrasters der Kennzahl${f.expected ? ` (Stufen: ${f.expected})` : ''}.`,
  rubric_standard_unknown: (f) => `${f.where}: Der Sollwert des Bewertungsrasters ist keine seiner Stufen.`,
  comparator_mismatch: (f) =>
    `${f.where} ist ${data(f.received)}, die Richtung der Kennzahl aber ${data(f.expected)}: Ein Zielwert kann nicht gegen die Richtung seiner Kennzahl zeigen.`,
  unknown_reference: (f) => {
    const known = expectedOf(f);
    const id = f.value === undefined ? 'eine ID' : `die ID ${f.value}`;
    if (f.problem !== undefined) return `${f.where} verweist auf ${id}, die es unter ${known} nicht gibt.`;
    return `${f.where} verweist auf ${id}, die es nicht gibt${known === undefined ? '' : `; vorhanden: ${known}`}.`;
  },
  duplicate_id: (f) => `${f.where} wiederholt die ID${f.value ? ` ${f.value}` : ''}; jede ID darf nur einmal vorkommen.`,
  invalid_metadata: (f) =>
    `${f.where} muss ein JSON-Objekt sein (Texte, endliche Zahlen, Wahrheitswerte, null, Arrays, Objekte)${detailOf(f) ? `: ${sentenceOf(f)}` : ''}.`,
  forbidden_key: (f) => `${f.where} verwendet den Schlüssel ${f.value ?? ''}, der nicht erlaubt ist (er könnte Objekt-Prototypen verändern).`,
  too_deep: (f) =>
    `${f.where} ist tiefer verschachtelt als ${typeof f.limit === 'number' ? w.plural(f.limit, { one: '# Ebene', other: '# Ebenen' }) : f.limit === undefined ? 'erlaubt' : `${f.limit} Ebenen`}.`,
  unsupported_version: (f) => `${f.where} ist ${f.received === undefined ? 'eine Version' : data(f.received)}, ${detailOf(f) ?? 'eine Version, die diese Bibliothek nicht liest'}.`,
  key_too_long: (f) => `${f.where} hat einen Schlüssel, der länger als ${limitOf({ ...f, unit: 'characters' }) ?? '?'} ist: ${data(f.value)}.`,
  approval_missing: (f) =>
    `${f.where} ist ${data(f.received)}; dafür muss die letzte HR-Prüfung eine Freigabe sein, aber ${detailOf(f) ?? 'es gibt keine'}.`,
  approval_unexpected: (f) =>
    `${f.where} ist eine Freigabe durch HR, der Plan ist aber noch ${data(f.received)}: Mit der Freigabe geht ein Plan weiter zur Kenntnisnahme.`,
  acknowledgement_missing: (f) =>
    `${f.where} ist ${data(f.received)}; dafür müssen die Führungskraft und die Mitarbeiterin / der Mitarbeiter die aktuelle Fassung zur Kenntnis genommen haben, aber ${detailOf(f) ?? 'das ist nicht geschehen'}.`,
  closure_missing: (f) => `${f.where} ist ${data(f.received)}; dafür braucht der Plan einen Abschluss (Ergebnis, Datum, durch wen).`,
  closure_unexpected: (f) => `${f.where} ist angegeben, der Status des Plans ist aber ${data(f.received)}: Nur ein abgeschlossener Plan hat einen Abschluss.`,
  closure_mismatch: (f) => `${f.where} widerspricht dem Plan: ${sentenceOf(f) ?? 'Die Angaben passen nicht zusammen'}.`,
  pause_mismatch: said,
  phase_mismatch: said,
  monitoring_mismatch: said,
  same_person: (f) =>
    `${f.where} ist ${data(f.value)}, die Mitarbeiterin / der Mitarbeiter des Plans: ${sentenceOf(f) ?? 'Das muss eine andere Person sein'}.`,
  signer_mismatch: (f) => `${f.where} ist ${data(f.received)}, aber ${detailOf(f) ?? 'diese Person unterschreibt nicht in dieser Rolle'}.`,
  duplicate_signature: (f) =>
    `${f.where} unterschreibt Fassung ${data(f.value)} ein zweites Mal als ${data(f.received)}; jede Rolle unterschreibt eine Fassung nur einmal.`,
  revision_ahead: (f) => `${f.where} ist ${data(f.received)} und damit höher als die Fassung des Plans (${figure(f.limit) ?? '?'}).`,
  revision_order: said,
  signature_before_revision: (f) => `${f.where} liegt vor der Entstehung von Fassung ${data(f.value)}: ${detailOf(f) ?? 'die Unterschrift ist älter als die Fassung'}.`,
  record_before_approval: said,
  after_closure: (f) =>
    `${f.where} liegt nach dem Abschluss des Plans (${detailOf(f) ?? '?'}); ein abgeschlossener Plan nimmt keine weiteren Einträge dieser Art an.`,
  extension_mismatch: (f) => `${f.where} passt nicht zur Länge der Verlängerung: ${sentenceOf(f) ?? 'Die Daten stimmen nicht überein'}.`,
  extension_outside_plan: (f) => `${f.where} passt nicht in den Plan: ${sentenceOf(f) ?? 'Die Verlängerung liegt außerhalb seiner Laufzeit'}.`,
  pause_outside_plan: (f) => `${f.where} liegt außerhalb des Plans: ${sentenceOf(f) ?? 'Die Unterbrechung liegt außerhalb seiner Laufzeit'}.`,
  pause_order: said,
  event_sequence: (f) => `${f.where} ist ${data(f.received)}, aber die seq eines Protokolleintrags ist seine Stelle im Protokoll, hier ${data(f.expected)}.`,
  event_order: (f) => `${f.where} ist ${data(f.received)} und liegt damit vor dem vorigen Protokolleintrag (${data(f.expected)}); das Protokoll läuft nie rückwärts.`,
  too_many_issues: (f) =>
    `${f.where} hat mehr Probleme als die ${figure(f.limit) ?? '?'} aufgeführten: ${data(f.value)} ${f.value === '1' ? 'weiteres wurde' : 'weitere wurden'} nicht aufgeführt.`,
};
