/**
 * Der Lebenszyklus auf Deutsch: warum ein Befehl abgelehnt wurde, und was jede Erinnerung und
 * jede Mitteilung sagt. Befehle (`withdraw`) und Rollen-Codes bleiben, wie die API sie schreibt;
 * Status und Ergebnisse stehen in den Worten des Plandokuments.
 *
 * @module
 */
import type { LifecycleCatalogs } from '../../lifecycle/catalogs.js';
import { nestedIssueRef } from '../../lifecycle/nested-issue-ref.js';
import { figureWords } from '../../issues/figures.js';
import { codeWords } from '../code-words.js';
import { RENDER_MESSAGES_DE } from './render.js';

const w = figureWords('de');
const { status, outcome, recommended } = codeWords(RENDER_MESSAGES_DE, (text) => `„${text}“`);
const ROLE: Readonly<Record<string, string>> = { manager: 'die Führungskraft', employee: 'die Mitarbeiterin / der Mitarbeiter', hr: 'HR', system: 'das System' };
const role = (code: string): string => ROLE[code] ?? code;
const list = (items: readonly string[] | undefined): string => (items && items.length > 0 ? items.join(', ') : 'keine');
const days = (n: number): string => w.plural(n, { one: '# Tag', other: '# Tagen' });
const daysAcc = (n: number): string => w.plural(n, { one: '# Tag', other: '# Tage' });
const RELATION = { employee: 'die Mitarbeiterin / der Mitarbeiter des Plans', manager: 'die Führungskraft des Plans', hr_partner: 'die HR-Ansprechperson des Plans' } as const;

/** Die Ablehnungen und Erinnerungen auf Deutsch. */
export const LIFECYCLE_CATALOGS_DE: LifecycleCatalogs = Object.freeze<LifecycleCatalogs>({
  rejections: {
    unknown_command: (f) => `${f.command} ist kein Befehl, den diese Bibliothek kennt (Befehle: ${list(f.allowed)}).`,
    invalid_command: (f) => `Der Befehl ${f.command} ist nicht korrekt aufgebaut: ${nestedIssueRef(f.first, 'command')}.`,
    invalid_context: (f) =>
      `Der Kontext ist nicht verwendbar: ${f.field === 'asOf' ? 'asOf muss ein echtes Kalenderdatum im Format JJJJ-MM-TT sein' : 'actor muss { id, role } sein, mit der Rolle manager, employee, hr oder system'}.`,
    policy_invalid: (f) => `Die Richtlinie des Lebenszyklus ist nicht verwendbar (${nestedIssueRef(f.first, 'policy')}); unter ihr wurde nichts entschieden.`,
    clock_backwards: (f) => `asOf liegt vor dem ${f.date}, dem Datum des letzten Ereignisses des Plans: Das Protokoll muss in zeitlicher Reihenfolge bleiben.`,
    before_plan_created: (f) => `asOf liegt vor dem ${f.date}, dem Tag, an dem der Plan angelegt wurde: Vor seiner Entstehung geschieht nichts mit einem Plan.`,
    log_full: (f) => `Das Ereignisprotokoll des Plans ist voll (${w.count(f.count)} Ereignisse); archivieren Sie den Plan, bevor Sie weitere Ereignisse erfassen.`,
    event_not_storable: (f) => `Der Befehl ${f.command} kann nicht im Ereignisprotokoll gespeichert werden: ${nestedIssueRef(f.first, 'command')}.`,
    wrong_state: (f) => `Ein Plan im Status ${status(f.status)} nimmt ${f.command} nicht an; er nimmt ${list(f.allowed)} an.`,
    plan_closed: (f) => `Der Plan ist ${status(f.status)}: Abgeschlossene Pläne sind schreibgeschützt, außer für die Nachbeobachtung (er nimmt ${list(f.allowed)} an).`,
    wrong_role: (f) => `${f.command} ist ${list(f.roles)} vorbehalten, nicht ${f.role}.`,
    wrong_person: (f) => `Nur ${role(f.role)} dieses Plans darf in dieser Rolle ${f.command} ausführen (${role(f.role)} des Plans ist ${f.expected}).`,
    conflict_of_interest: (f) =>
      `${f.actor} ist ${RELATION[f.relation]} und darf darin nicht als ${f.role} handeln: Im eigenen Plan handelt die Führungskraft nur als Führungskraft und die Mitarbeiterin / der Mitarbeiter nur als sie selbst, nie für HR oder das System.`,
    not_plan_reviewer: (f) =>
      `Nur ${f.hrPartner === undefined ? 'die HR-Ansprechperson des Plans (der Plan nennt keine: Fordern Sie Änderungen an, damit eine benannt wird)' : `die HR-Ansprechperson des Plans, ${f.hrPartner},`} darf ${f.command} für diesen Plan ausführen: Die HR-Prüfung übernimmt die dafür benannte Person.`,
    lint_errors: (f) => `Der Plan kann nicht zur HR-Prüfung, solange er ${w.plural(f.count, { one: '# Prüffehler', other: '# Prüffehler' })} hat; siehe die Befunde.`,
    reason_required: (f) => `${f.command} braucht eine Begründung: Sagen Sie, warum, in Worten, die die Mitarbeiterin / der Mitarbeiter lesen wird.`,
    not_approved: () => 'HR hat den Plan nicht freigegeben: Ein Plan wird erst nach der HR-Prüfung aktiviert.',
    not_acknowledged: (f) =>
      `Die aktuelle Fassung ist noch nicht zur Kenntnis genommen von ${f.missing.length > 0 ? w.list(f.missing.map((m) => (m === 'manager' ? 'der Führungskraft' : 'der Mitarbeiterin / dem Mitarbeiter'))) : 'der Führungskraft und der Mitarbeiterin / dem Mitarbeiter'}.`,
    before_start_date: (f) => `Der Plan beginnt am ${f.date}; vorher kann er nicht aktiviert werden.`,
    after_end_date: (f) => `Der Plan endete am ${f.date}; er kann nicht mehr aktiviert werden. Ändern oder verlängern Sie ihn, oder ziehen Sie ihn zurück.`,
    already_acknowledged: (f) => `${role(f.role).replace(/^d/, 'D')} hat Fassung ${f.count} bereits zur Kenntnis genommen.`,
    comment_not_allowed: () => 'Nur die Mitarbeiterin / der Mitarbeiter fügt der Kenntnisnahme einen Kommentar hinzu.',
    invalid_change: (f) => `Der Befehl ${f.command} würde einen ungültigen Plan hinterlassen: ${nestedIssueRef(f.first)}.`,
    extension_count_exceeded: (f) =>
      `Der Plan wurde bereits ${w.plural(f.refusal.facts.used, { one: 'einmal', other: '#-mal' })} verlängert; die Richtlinie erlaubt höchstens ${w.plural(f.refusal.facts.max, { one: '# Verlängerung', other: '# Verlängerungen' })}.`,
    extension_days_exceeded: (f) =>
      `Eine Verlängerung um ${daysAcc(f.refusal.facts.requested)} ist mehr als die ${daysAcc(f.refusal.facts.left)}, die von der Gesamtdauer der Richtlinie (${daysAcc(f.refusal.facts.max)}) übrig sind.`,
    before_end_date: (f) => `Der Plan endet am ${f.date ?? '?'}: Die Auswertung beginnt dann, früher nur, wenn jedes Ziel bereits erreicht ist.`,
    outcome_not_allowed: (f) =>
      f.outcome === 'withdrawn'
        ? `Das Ergebnis ${outcome(f.outcome)} ist hier nicht zulässig: Verwenden Sie den Befehl withdraw, mit einer Begründung.`
        : `Das Ergebnis ${outcome(f.outcome)} ist hier nicht zulässig: Der Plan wurde nie verlängert.`,
    support_not_delivered: (f) =>
      `Der Plan kann nicht als nicht erreicht abgeschlossen werden, solange ${w.plural(f.count, { one: '# zugesagter Unterstützungstermin nicht durchgeführt wurde', other: '# zugesagte Unterstützungstermine nicht durchgeführt wurden' })} (${w.count(f.held)} von ${w.count(f.due)} durchgeführt): Ein Plan ist eine Verpflichtung beider Seiten.`,
    check_ins_not_held: (f) =>
      `Der Plan kann nicht als nicht erreicht abgeschlossen werden, wenn nur ${w.count(f.held)} von ${w.count(f.due)} Feedbackgesprächen geführt wurden: Zur Seite des Unternehmens gehört, seine Feedbackgespräche zu führen.`,
    evaluation_missing: () =>
      'close braucht die Auswertung, auf der der Abschluss beruht: Übergeben Sie basis { asOf, score, recommendation, reasonCodes } (closeBasis(evaluatePlan(...), recommendOutcome(...)) erstellt sie).',
    evaluation_out_of_date: (f) =>
      `Die Auswertung vom ${f.basisDate} kann nicht Grundlage dieses Abschlusses sein: ${
        f.why === 'after_close'
          ? `Sie ist auf einen Tag nach dem Abschluss am ${f.date} datiert.`
          : f.why === 'before_extension'
            ? `Sie ist auf einen Tag vor der am ${f.date} gewährten Verlängerung datiert; werten Sie den Plan erneut aus.`
            : `Sie ist auf einen Tag vor dem Enddatum des Plans (${f.date}) datiert, als die Auswertung noch nicht beginnen konnte (nicht jedes Ziel war erreicht).`
      }`,
    reason_required_against_recommendation: (f) =>
      `Die Auswertung vom ${f.basisDate} empfahl ${recommended(f.recommendation)}; ein Abschluss als ${outcome(f.outcome)} weicht davon ab und braucht eine Begründung, in Worten, die die Mitarbeiterin / der Mitarbeiter und HR lesen werden.`,
    not_in_good_standing: () => 'Eine Nachbeobachtung folgt nur auf einen Plan, der erfolgreich oder nach einer Verlängerung abgeschlossen wurde.',
    already_monitored: () => 'Der Plan wurde bereits nachbeobachtet.',
    record_in_future: (f) => `Der Eintrag ist auf den ${f.recordDate} datiert, nach asOf (${f.date}): Erfasst wird nur, was bereits geschehen ist.`,
    record_before_start: (f) => `Der Eintrag ist auf den ${f.recordDate} datiert, vor dem Beginn des Plans am ${f.date}: Feedbackgespräche und Unterstützungstermine gehören in die Laufzeit des Plans.`,
    plan_not_running: (f) =>
      `Der Plan läuft noch nicht: Er ist ${status(f.status)} und wartet auf die ersten Kenntnisnahmen und die Aktivierung, daher gehört kein ${f.command} zu ihm. Einträge werden ab der Aktivierung erfasst (und solange eine danach vorgenommene Änderung auf die erneute Kenntnisnahme wartet).`,
    duplicate_check_in: (f) => `Für den ${f.date} ist bereits ein Feedbackgespräch erfasst: ein Eintrag pro Tag (geführt oder ausgefallen).`,
  },
  effects: {
    check_in_due: (f) => (f.inDays === 0 ? `Heute (${f.date}) ist ein Feedbackgespräch fällig.` : `In ${days(f.inDays)}, am ${f.date}, ist ein Feedbackgespräch fällig.`),
    acknowledgement_pending: (f) =>
      `Die Kenntnisnahme von Fassung ${f.revision} durch ${f.role === 'manager' ? 'die Führungskraft' : 'die Mitarbeiterin / den Mitarbeiter'} steht seit ${days(f.pendingDays)} aus.`,
    support_session_overdue: (f) =>
      `Der Unterstützungstermin ${f.commitmentId}, fällig am ${f.dueDate}, ist seit ${days(f.overdueDays)} überfällig und nicht als durchgeführt erfasst.`,
    evaluation_due: (f) =>
      f.daysSinceEnd === 0
        ? `Der Plan endet heute (${f.endDate}): Die Auswertung ist fällig.`
        : `Der Plan endete am ${f.endDate}, vor ${days(f.daysSinceEnd)}: Die Auswertung ist fällig.`,
    monitoring_review_due: (f) =>
      `Die Nachbeobachtung begann am ${f.since}, vor ${days(f.days)}: Prüfen Sie die Kennzahlen und beenden Sie die Nachbeobachtung.`,
    review_requested: () => 'Der Plan wurde zur HR-Prüfung eingereicht.',
    acknowledgement_requested: (f) =>
      `Fassung ${f.revision} des Plans braucht die Kenntnisnahme der Führungskraft und der Mitarbeiterin / des Mitarbeiters (Erhalt und Verständnis, nicht Zustimmung).`,
    plan_activated: (f) => `Der Plan ist ab dem ${f.on} aktiv; er endet am ${f.endDate}.`,
    plan_paused: (f) => `Der Plan ist ab dem ${f.on} unterbrochen: Seine Laufzeit steht still, und seine Termine verschieben sich um die Tage der Unterbrechung.`,
    plan_resumed: (f) => `Der Plan wurde am ${f.on} nach ${w.plural(f.pausedDays, { one: '# Tag', other: '# Tagen' })} Unterbrechung fortgesetzt; er endet jetzt am ${f.endDate}.`,
    plan_extended: (f) => `Der Plan wurde um ${daysAcc(f.days)} verlängert: Er endet jetzt am ${f.newEndDate} (bisher ${f.previousEndDate}).`,
    evaluation_started: (f) =>
      f.early ? `Die Auswertung des Plans begann am ${f.on}, vor seinem Enddatum: Jedes Ziel ist bereits erreicht.` : `Die Auswertung des Plans begann am ${f.on}.`,
    plan_closed: (f) => `Der Plan wurde am ${f.on} mit dem Ergebnis ${outcome(f.outcome)} abgeschlossen.`,
    monitoring_started: (f) => `Die Nachbeobachtung der Kennzahlen des Plans begann am ${f.on}.`,
    monitoring_ended: (f) => `Die Nachbeobachtung endete am ${f.on}: Der Plan ist beendet.`,
    relapse_detected: (f) => `Die Nachbeobachtung hat am ${f.on} einen Rückfall festgestellt (${f.goalIds.join(', ')}): Die Ergebnisse sind wieder unter den Zielwert gefallen.`,
  },
});
