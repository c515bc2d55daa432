/**
 * Richtlinien auf Deutsch: was an einer Richtlinie (den Schwellenwerten eines Hosts) nicht stimmt,
 * und was eine Planprüfung dazu rät.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { PolicyCatalogs, PolicyExpectation } from '../../policy/messages.js';

const w = figureWords('de');

/** Die Richtlinien, die eine andere Richtlinie als Ganzes enthält (die des Lebenszyklus). */
const POLICY_NAMES: Readonly<Record<string, string>> = { timeline: 'der Zeitplan-Richtlinie', lint: 'der Prüfrichtlinie' };

/** Was ein Feld annimmt, auf Deutsch (ohne „sein“). */
export function expectationWordsDe(e: PolicyExpectation): string {
  switch (e.type) {
    case 'share':
      return 'ein Anteil zwischen 0 und 1';
    case 'share_above_zero':
      return 'ein Anteil über 0 und höchstens 1';
    case 'probability':
      return 'eine Wahrscheinlichkeit über 0 und unter 1';
    case 'non_negative':
      return 'eine Zahl von 0 oder mehr';
    case 'score':
      return 'eine Punktzahl zwischen 0 und 100';
    case 'whole':
      return `eine ganze Zahl von ${e.min} oder mehr`;
    case 'one_of':
      return w.alternatives(e.values);
    case 'flag':
      return 'true oder false';
    case 'units_by_kind':
      return 'ein Objekt mit einer Einheit (day, week oder month) je Art der Kennzahl: skill, behavior, activity, outcome';
    case 'weekdays':
      return 'eine nicht leere Liste von ISO-Wochentagen 1–7';
    case 'whole_by_unit':
      return 'ein Objekt mit ganzen Zahlen von 1 oder mehr je Einheit: day, week, month';
    case 'phrases_by_language':
      return 'ein Objekt mit Listen von Wendungen je Sprachkennung ({ en: ["..."] }), jede Wendung mit mindestens einem Wort';
    case 'phase_weights':
      return 'drei positive Zahlen';
    case 'holidays':
      return 'eine Liste von Daten im Format JJJJ-MM-TT oder { date, name }';
    case 'group_or_null':
      return 'die Bezeichnung einer Gruppe oder null';
    case 'policy_fields':
      return `ein Objekt mit Feldern ${POLICY_NAMES[e.policy] ?? `der Richtlinie ${e.policy}`}`;
    case 'object':
      return 'ein Objekt';
    case 'at_least':
      return `mindestens so groß wie ${e.field}`;
    case 'same_as':
      return `gleich ${e.field} (${e.value}), wenn beide angegeben sind, denn es ist ein anderer Name dafür`;
    case 'left_out':
      return `leer, solange ${e.field} ${e.value} ist: Es ist ein anderer Name für ${e.aliasOf}, das einen Zeitraum nur markiert, solange ${e.field} ${e.required} ist`;
    case 'text':
      return e.text;
  }
}

/** Die Hinweise zu Richtlinien auf Deutsch, und was eine Planprüfung zu ihnen rät. */
export const POLICY_CATALOGS_DE: PolicyCatalogs = Object.freeze<PolicyCatalogs>({
  issues: {
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid':
          return f.expected.type === 'left_out'
            ? `Das Richtlinienfeld ${f.field} (${f.received}) muss wegfallen, solange ${f.expected.field} ${f.expected.value} ist: Es ist ein anderer Name für ${f.expected.aliasOf}, das einen Zeitraum nur markiert, solange ${f.expected.field} ${f.expected.required} ist; der Standardwert wurde verwendet.`
            : `Das Richtlinienfeld ${f.field} muss ${expectationWordsDe(f.expected)} sein, nicht ${f.received}; der Standardwert wurde verwendet.`;
        case 'unknown':
          return `Das Richtlinienfeld ${f.field} gibt es in dieser Richtlinie nicht${f.suggestion === undefined ? '' : ` (meinten Sie ${f.suggestion}?)`}; es wurde ignoriert.`;
        case 'not_an_object':
          return `Die Richtlinie muss ein Objekt mit den zu überschreibenden Feldern sein, nicht ${f.received}; die Standardwerte wurden verwendet.`;
        case 'unreadable':
          return `Das Richtlinienfeld ${f.field} konnte nicht gelesen werden; der Standardwert wurde verwendet.`;
      }
    },
  },
  lintFix: 'Korrigieren Sie das Feld in der Prüfrichtlinie (docs/policies.md nennt jedes Feld, seine gültigen Werte und seinen Standardwert).',
});
