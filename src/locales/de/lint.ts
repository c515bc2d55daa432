/**
 * Die Planprüfung auf Deutsch: jeder Befund über den Plan als Ganzes und was zu ändern ist (die
 * Befunde zu einzelnen Zielen sind die der SMART-Prüfung).
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { LintCatalogs, LintFacts, PlanLevelFactsByCode } from '../../lint/messages.js';

const w = figureWords('de');

const QUESTIONS = {
  strengths: 'Was kann die Person gut?',
  struggles: 'Womit tut sich die Person schwer?',
  notDoing: 'Was tut die Person nicht?',
  doingWrong: 'Was tut die Person falsch?',
} as const;
const FACTOR_KIND: Readonly<Record<string, string>> = {
  territory: 'Gebiets',
  lead_quality: 'Lead-Qualitäts',
  playbook: 'Playbook',
  tooling: 'Werkzeug',
  tool_fatigue: 'Werkzeugüberlastungs',
  other: 'System',
};
const CHARACTERISTIC: Readonly<Record<string, string>> = {
  age: 'Alter',
  sex_gender: 'Geschlecht',
  pregnancy_maternity: 'Schwangerschaft oder Mutterschaft',
  race_ethnicity_origin: 'ethnische Herkunft oder Nationalität',
  religion: 'Religion oder Weltanschauung',
  disability_health: 'Behinderung oder Gesundheit',
  sexual_orientation: 'sexuelle Orientierung',
  marital_family_status: 'Familienstand',
  union_membership: 'Gewerkschaftszugehörigkeit',
  genetic_information: 'genetische Merkmale',
  military_service: 'Wehrdienst',
  host_listed: 'ein Begriff aus der Richtlinie',
};
const CADENCE = { weekly: 'wöchentlich', biweekly: 'alle zwei Wochen' } as const;
const CATEGORY: Readonly<Record<string, string>> = { revenue: 'Umsatz', activity: 'Aktivität', skill: 'Fähigkeit', customer: 'Kunde', conduct: 'Arbeitsweise' };
const category = (code: string | undefined): string => (code === undefined ? '?' : `„${CATEGORY[code] ?? code}“`);
/** Ein Anteil als Prozentzahl mit bis zu zwei Nachkommastellen: 0,6667 -> "66,67 %". */
const percent = (share: number | undefined): string => (share === undefined ? '?' : `${w.plain(share * 100)} %`);
const num = (text: string | undefined): string => (text === undefined ? '?' : /^-?\d+(\.\d+)?$/.test(text) ? w.plain(Number(text)) : text);

function categoryLead(f: LintFacts): string {
  const categories = f.categories ?? [];
  if (f.count === undefined) return 'Die Ziele liegen in einer Kategorie';
  if (f.count === 1) return `Das einzige Ziel des Plans, ${f.what ?? '?'}, liegt in der Kategorie ${category(categories[0])}`;
  return categories.length === 1
    ? `Alle ${w.count(f.count)} Ziele liegen in der Kategorie ${category(categories[0])}`
    : `Die ${w.count(f.count)} Ziele liegen nur in ${w.count(categories.length)} Kategorien (${w.list(categories.map(category))})`;
}

function gapFigures(f: LintFacts): string {
  const gap = f.gap;
  if (gap === undefined) return 'die Person erreicht den Sollwert';
  return `${gap.metricName} liegt bei ${w.value(gap.current, gap.unit)} gegenüber einem Sollwert von ${w.value(gap.standard, gap.unit)} (${gap.lowerIsBetter ? 'niedriger ist besser' : 'höher ist besser'}).`;
}

const SENTENCES: FindingSentencesByCode<PlanLevelFactsByCode> = {
  purpose_missing: () => ({
    message: 'Der Plan nennt keinen Zweck.',
    fix: 'Sagen Sie in zwei oder drei Sätzen, warum es den Plan gibt: die anhaltende Lücke, was sich ändern muss, und dass das Unternehmen unterstützt.',
  }),
  hr_partner_missing: () => ({
    message: 'Es ist keine HR-Ansprechperson benannt; HR prüft den Plan vor der Unterzeichnung auf Fairness und Einheitlichkeit.',
    fix: 'Benennen Sie die HR-Ansprechperson, die den Plan prüft.',
  }),
  role_start_missing: () => ({
    message: 'Das Datum, an dem die Person die Funktion übernommen hat, ist nicht erfasst; der Plan kann daher nicht zeigen, dass die Einarbeitung abgeschlossen ist.',
    fix: 'Erfassen Sie `employee.roleStartDate`.',
  }),
  plan_too_short: (f) => ({
    message: `Der Plan läuft ${num(f.value)} Tage, kürzer als das Minimum von ${num(f.limit)} Tagen: zu wenig Zeit, um eine Veränderung zu zeigen.`,
    fix: 'Planen Sie 30, 60 oder 90 Tage.',
  }),
  skill_gap_needs_time: (f) => ({
    message: `Der Plan schließt eine Fähigkeitslücke (${f.gaps !== undefined && f.gaps.length > 0 ? `Lücke ${f.gaps.join(', ')}` : 'die Ursache liegt in der Fähigkeit'}) in ${num(f.value)} Tagen; Fähigkeiten brauchen ${num(f.limit ?? '60')} bis 90 Tage, bis sie aufgebaut sind und sich in laufenden Verkaufschancen zeigen.`,
    fix: 'Verlängern Sie den Plan auf 60 bis 90 Tage, oder verschieben Sie das Fähigkeitsziel in einen Folgeplan.',
  }),
  diagnostic_missing: () => ({
    message: 'Der Plan hat keine Diagnose: Die Ursache (Können, Wollen oder System) ist unbekannt.',
    fix: 'Beantworten Sie die fünf Diagnosefragen und ordnen Sie die Ursache zu, bevor Sie Ziele schreiben.',
  }),
  diagnostic_incomplete: (f) => ({
    message: `Die Diagnose lässt die Frage „${f.question === undefined ? '?' : QUESTIONS[f.question]}“ unbeantwortet.`,
    fix: 'Beantworten Sie jede Diagnosefrage; „nichts gefunden“ ist auch eine Antwort.',
  }),
  root_cause_system: () => ({
    message: 'Die Ursache liegt allein im System (Gebiet, Leads, Playbook, Werkzeuge): Ein Leistungsverbesserungsplan würde die Person für einen Fehler des Systems beurteilen.',
    fix: 'Beheben Sie zuerst die Systemfaktoren; setzen Sie einen Plan nur ein, wenn danach eine Lücke bleibt, die die Person schließen kann.',
  }),
  system_factor_unaddressed: (f) => ({
    message: `Die Diagnose hält einen ${FACTOR_KIND[f.kind ?? 'other'] ?? 'System'}faktor fest (${f.what ?? '?'}), aber nichts im Plan geht auf ihn ein; die Person würde für einen Fehler des Systems beurteilt.`,
    fix: 'Fügen Sie eine Unterstützungszusage hinzu, die den Faktor in `systemFactorIds` nennt, oder beschreiben Sie seine `mitigation`.',
  }),
  gaps_missing: () => ({
    message: 'Der Plan nennt keine Leistungslücke: Ziele müssen aus gemessenen Lücken hervorgehen.',
    fix: 'Erfassen Sie jede Lücke mit der Kennzahl, dem Wert der Person, dem Sollwert, dem Zeitraum und den Belegen.',
  }),
  gap_not_a_shortfall: (f) => ({
    message: `Lücke ${f.what ?? '?'} ist keine Unterschreitung: ${gapFigures(f)}`,
    fix: 'Prüfen Sie die Werte und die Richtung der Kennzahl; entfernen Sie die Lücke, wenn die Person den Sollwert erreicht.',
  }),
  gap_evidence_missing: (f) => ({ message: `Lücke ${f.what ?? '?'} hat keine Belege.`, fix: 'Nennen Sie die Daten, aus denen die Werte stammen (Bericht, Zeitraum, Anzahlen).' }),
  gap_period_missing: (f) => ({
    message: `Lücke ${f.what ?? '?'} nennt keinen Zeitraum und kann daher kein anhaltendes Muster zeigen.`,
    fix: 'Geben Sie den Zeitraum an, über den die Werte gemessen wurden.',
  }),
  gap_period_short: (f) => ({
    message: `Lücke ${f.what ?? '?'} wurde über ${num(f.value)} Tage gemessen, weniger als ${num(f.limit)}: Es kann ein einzelner schwacher Monat sein, kein anhaltendes Muster.`,
    fix: 'Zeigen Sie die Lücke über mehrere Zeiträume (ein Quartal), oder coachen Sie zuerst informell.',
  }),
  gap_unaddressed: (f) => ({
    message: `Lücke ${f.what ?? '?'} wird von keinem Ziel aufgegriffen.`,
    fix: 'Fügen Sie ein Ziel hinzu, das die Lücke schließt (verknüpft in `gapIds` des Ziels), oder entfernen Sie die Lücke.',
  }),
  goals_missing: () => ({ message: 'Der Plan hat keine Ziele.', fix: 'Fügen Sie SMART-Ziele zu den Lücken hinzu, Frühindikatoren und Ergebnisse gemischt.' }),
  only_outcome_goals: () => ({
    message: 'Jedes Ziel ist ein nachlaufendes Ergebnis; kein Frühindikator (Aktivität oder Verhalten) zeigt eine Verbesserung, bevor die Ergebnisse kommen.',
    fix: 'Fügen Sie ein Aktivitäts- oder Verhaltensziel hinzu (Anrufe, vereinbarte Termine, Bedarfsanalyse in laufenden Verkaufschancen), das das Ergebnis antreibt.',
  }),
  leading_indicator_missing: () => ({
    message: 'Kein Ziel misst eine Aktivität oder ein Verhalten, die Frühindikatoren der Ergebnisse.',
    fix: 'Fügen Sie ein Verhaltensziel hinzu, das die Fähigkeit in laufenden Verkaufschancen zeigt, oder ein Aktivitätsziel.',
  }),
  skill_metric_missing: () => ({
    message: 'Die Ursache liegt in der Fähigkeit, aber kein Ziel misst die Fähigkeit selbst (eine mit einem Bewertungsraster bewertete Fähigkeitskennzahl).',
    fix: 'Fügen Sie ein Fähigkeitsziel mit Bewertungsraster hinzu, mit einem Entwicklungseintrag für Übung und Feedback.',
  }),
  weights_incomplete: (f) => ({ message: `Ziel ${f.what ?? '?'} hat keine Gewichtung, andere Ziele schon.`, fix: 'Geben Sie jedem Ziel eine Gewichtung, oder keinem.' }),
  weights_sum: (f) => ({ message: `Die Gewichtungen der Ziele ergeben zusammen ${num(f.value)}, nicht genau 100.`, fix: 'Passen Sie die Gewichtungen so an, dass sie zusammen 100 ergeben.' }),
  development_missing: (f) => ({
    message: `Fähigkeitsziel ${f.what ?? '?'} hat keinen Entwicklungseintrag: wie die Fähigkeit geübt wird und woran das Feedback ihre Entwicklung zeigt.`,
    fix: 'Fügen Sie einen Entwicklungseintrag mit Fähigkeit, Übung und Feedback hinzu, verknüpft mit dem Ziel.',
  }),
  support_missing: () => ({
    message: 'Der Plan nennt keine Unterstützung: Ein Plan ist eine Verpflichtung beider Seiten.',
    fix: 'Fügen Sie mindestens eine Unterstützungszusage hinzu (Coaching, Schulung, Mentoring, Werkzeuge), mit verantwortlicher Person und Terminen.',
  }),
  support_owner_missing: (f) => ({
    message: `Unterstützung ${f.what ?? '?'} hat keine verantwortliche Person; niemand steht dafür ein, dass sie stattfindet.`,
    fix: 'Nennen Sie die Person, die sie erbringt.',
  }),
  support_unscheduled: (f) => ({
    message: `Unterstützung ${f.what ?? '?'} hat weder einen Rhythmus noch Termine; ob sie stattfindet, lässt sich nicht verfolgen.`,
    fix: 'Geben Sie ihr einen Rhythmus (wöchentlich, alle zwei Wochen, monatlich) oder Termine.',
  }),
  support_outside_plan: (f) => ({
    message: `Unterstützung ${f.what ?? '?'} ist auf den ${f.value ?? '?'} datiert, außerhalb der Daten des Plans (${f.limit ?? '?'}).`,
    fix: 'Planen Sie die Unterstützung innerhalb des Plans ein.',
  }),
  will_with_training_only: () => ({
    message: 'Die Ursache liegt im Wollen („will nicht“), aber die einzige Unterstützung ist eine Schulung, die beim Können („kann nicht“) ansetzt.',
    fix: 'Fügen Sie Coaching oder Feedbackgespräche mit der Führungskraft hinzu, die Motivation und Erwartungen ansprechen.',
  }),
  support_missed: (f) => ({
    message: `Unterstützungstermin ${f.what ?? '?'} am ${f.value ?? '?'} hat nicht stattgefunden.`,
    fix: 'Setzen Sie ihn neu an; ein Plan, dessen Unterstützung ausblieb, kann nicht fair mit „nicht erreicht“ enden.',
  }),
  check_ins_missing: () => ({ message: 'Es sind keine Feedbackgespräche geplant.', fix: 'Planen Sie wöchentliche oder zweiwöchentliche Feedbackgespräche im Voraus.' }),
  check_in_first_date_outside_plan: (f) => ({
    message: `Das erste Feedbackgespräch (${f.value ?? '?'}) liegt außerhalb der Daten des Plans (${f.limit ?? '?'}).`,
    fix: 'Beginnen Sie die Feedbackgespräche in der ersten oder zweiten Woche des Plans.',
  }),
  check_in_cadence_sparse: (f) => ({
    message: `${
      f.cadence !== undefined
        ? `Feedbackgespräche finden ${CADENCE[f.cadence]} statt`
        : f.wait !== undefined
          ? `Das erste Feedbackgespräch liegt ${w.plural(f.wait, { one: '# Tag', other: '# Tage' })} nach dem Beginn (${f.value ?? '?'})`
          : 'Die Feedbackgespräche liegen zu weit auseinander'
    }: mehr als ${num(f.limit)} Tage ohne Feedbackgespräch.`,
    fix: 'Führen Sie mindestens alle zwei Wochen ein Feedbackgespräch, beginnend in den ersten zwei Wochen des Plans.',
  }),
  check_in_missed: (f) => ({ message: `Feedbackgespräch ${f.what ?? '?'} am ${f.value ?? '?'} ist ausgefallen.`, fix: 'Setzen Sie es neu an und erfassen Sie den neuen Termin.' }),
  check_in_undocumented: (f) => ({
    message: `Feedbackgespräch ${f.what ?? '?'} am ${f.value ?? '?'} wurde geführt, hat aber weder Notizen noch erfassten Fortschritt.`,
    fix: 'Dokumentieren Sie jedes Feedbackgespräch: Fortschritt je Ziel, vereinbarte Schritte, Anpassungen.',
  }),
  outcomes_missing: () => ({
    message: 'Der Plan sagt weder, woran ein Erfolg zu erkennen ist, noch was geschieht, wenn die Ziele nicht erreicht werden.',
    fix: 'Schreiben Sie die Erfolgskriterien und die Folgen (Verlängerung, Wechsel aus der Funktion).',
  }),
  success_criteria_missing: () => ({ message: 'Der Plan sagt nicht, woran ein erfolgreicher Abschluss zu erkennen ist.', fix: 'Nennen Sie die Erfolgskriterien anhand der Ziele.' }),
  consequences_missing: () => ({
    message: 'Der Plan sagt nicht, was geschieht, wenn die Ziele nicht erreicht werden.',
    fix: 'Nennen Sie die Folgen (eine Überprüfung, eine Verlängerung, ein Wechsel aus der Funktion).',
  }),
  prior_coaching_missing: () => ({
    message: 'Vor dem Plan gab es kein dokumentiertes informelles Coaching: Ein Plan darf nicht das erste Gespräch sein.',
    fix: 'Coachen Sie zuerst informell und erfassen Sie die Gespräche (Datum, Notizen) in `priorCoaching`.',
  }),
  prior_coaching_insufficient: (f) => ({
    message: `Vor dem Plan gab es nur ${w.plural(Number(f.value ?? 0), { one: '# dokumentiertes Coachinggespräch', other: '# dokumentierte Coachinggespräche' })}; die Richtlinie erwartet ${num(f.limit)}.`,
    fix: 'Führen und dokumentieren Sie mehr informelles Coaching, bevor Sie einen formellen Plan beginnen.',
  }),
  rep_ramping: (f) => ({
    message: `Die Person hat die Funktion am ${f.value ?? '?'} übernommen und ist bei Planbeginn noch bis ${f.limit ?? '?'} in der Einarbeitung.`,
    fix: 'Unterstützen Sie die Einarbeitung; beginnen Sie einen Plan erst bei einer anhaltenden Lücke danach.',
  }),
  goals_single_category: (f) => ({
    message: `${categoryLead(f)}; ein ausgewogener Plan mischt mindestens ${num(f.limit)} der Kategorien Umsatz, Aktivität, Fähigkeit, Kunde und Arbeitsweise.`,
    fix: 'Fügen Sie Ziele anderer Kategorien für die Lücken des Plans hinzu: ein vorlaufendes Aktivitätsziel (Anrufe, Demos), ein Fähigkeitsziel mit Bewertungsraster, ein Kunden- oder Arbeitsweiseziel (CRM-Pflege, Kundenbindung) neben dem Ergebnis. Ein bewusst enger Plan (ein 30-Tage-Aktivitätsplan) begründet das in seinem Zweck.',
  }),
  weight_concentrated: (f) => ({
    message: `${f.category !== undefined ? `Die Ziele der Kategorie ${category(f.category)} (${w.list(f.goalIds ?? [])}) tragen zusammen` : `Ziel ${f.what ?? '?'} trägt${f.equal ? ' als eines von gleich gewichteten Zielen' : ''}`} ${percent(f.share)} der Gewichtung des Plans, mehr als die ${percent(f.maxShare)}, die die Richtlinie erlaubt; die übrigen Ziele tragen zusammen ${percent(f.restShare)}, das Urteil hängt also daran.`,
    fix: 'Verteilen Sie die Gewichtung auf die Ziele zu den Lücken (vorlaufende Aktivitäts- und Fähigkeitsziele neben dem Ergebnis), oder teilen Sie das Ziel, damit kein Ziel und keine Kategorie mehr trägt, als die Richtlinie erlaubt.',
  }),
  protected_characteristic: (f) => ({
    message: `Der Text in ${f.field ?? '?'}${f.entry !== undefined && f.entry.by !== 'index' ? ` (${f.entry.value})` : ''} erwähnt ${
      f.terms !== undefined && f.terms.length > 0 ? w.list(f.terms.map((t) => `„${t.text}“ (${CHARACTERISTIC[t.characteristic] ?? t.characteristic})`)) : 'ein geschütztes Merkmal'
    }: Formulierungen über geschützte Merkmale haben in einem Leistungsverbesserungsplan keinen Platz.`,
    fix: f.leave
      ? 'Halten Sie Abwesenheiten neutral fest („genehmigte Abwesenheit“): Art der Abwesenheit und medizinische oder familiäre Einzelheiten gehören in die vertraulichen Unterlagen von HR, nicht in den Plan, der nie nahelegen darf, dass sie die Leistung betreffen.'
      : 'Geschützte Merkmale (Alter, Geschlecht, Schwangerschaft, ethnische Herkunft oder Nationalität, Religion, Behinderung oder Gesundheit, sexuelle Orientierung, Familienstand, Gewerkschaftszugehörigkeit) sind nie eine Grundlage für einen Leistungsverbesserungsplan: Entfernen Sie den Bezug und beschreiben Sie stattdessen das beobachtbare Arbeitsverhalten (was die Person wann getan oder nicht getan hat, mit den Zahlen).',
  }),
};

/** Die Befunde und Korrekturen der Planprüfung auf Deutsch. */
export const LINT_CATALOGS_DE: LintCatalogs = Object.freeze({ messages: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'fix') });
