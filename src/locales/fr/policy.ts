/**
 * Les politiques en français : ce qui ne va pas dans une politique (les seuils d'un hôte), et ce
 * que la vérification du plan recommande à ce sujet.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { PolicyCatalogs, PolicyExpectation } from '../../policy/messages.js';

const w = figureWords('fr');

/** A no-break space, before ":" ";" "?" "!". */
const _ = '\u00a0';

/** Les politiques qu'une autre politique contient en entier (celles du cycle de vie). */
const POLICY_NAMES: Readonly<Record<string, string>> = { timeline: 'la politique de calendrier', lint: 'la politique de vérification du plan' };

/** Ce qu'un champ accepte, en français (sans « être »). */
export function expectationWordsFr(e: PolicyExpectation): string {
  switch (e.type) {
    case 'share':
      return 'une proportion comprise entre 0 et 1';
    case 'share_above_zero':
      return 'une proportion supérieure à 0 et au plus égale à 1';
    case 'probability':
      return 'une probabilité supérieure à 0 et inférieure à 1';
    case 'non_negative':
      return 'un nombre supérieur ou égal à 0';
    case 'score':
      return 'un score compris entre 0 et 100';
    case 'whole':
      return `un nombre entier supérieur ou égal à ${e.min}`;
    case 'one_of':
      return w.alternatives(e.values);
    case 'flag':
      return 'true ou false';
    case 'units_by_kind':
      return `un objet indiquant une unité (day, week ou month) par type d'indicateur${_}: skill, behavior, activity, outcome`;
    case 'weekdays':
      return 'une liste non vide de jours de la semaine ISO, de 1 à 7';
    case 'whole_by_unit':
      return `un objet indiquant un nombre entier supérieur ou égal à 1 par unité${_}: day, week, month`;
    case 'phrases_by_language':
      return `un objet indiquant des listes d'expressions par code de langue ({ en: ["..."] }), chaque expression comportant au moins un mot`;
    case 'phase_weights':
      return 'une liste de trois nombres strictement positifs';
    case 'holidays':
      return 'une liste de dates au format AAAA-MM-JJ ou de { date, name }';
    case 'group_or_null':
      return "le libellé d'un groupe ou null";
    case 'policy_fields':
      return `un objet contenant des champs de ${POLICY_NAMES[e.policy] ?? `la politique ${e.policy}`}`;
    case 'object':
      return 'un objet';
    case 'at_least':
      return `au moins égal à ${e.field}`;
    case 'same_as':
      return `égal à ${e.field} (${e.value}), dont il est un autre nom, lorsque les deux sont renseignés`;
    case 'left_out':
      return `omis tant que ${e.field} vaut ${e.value}${_}: c'est un autre nom de ${e.aliasOf}, qui ne signale une période que lorsque ${e.field} vaut ${e.required}`;
    case 'text':
      return e.text;
  }
}

/** Les problèmes de politique en français, et ce que la vérification du plan recommande à leur sujet. */
export const POLICY_CATALOGS_FR: PolicyCatalogs = Object.freeze<PolicyCatalogs>({
  issues: {
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid':
          return f.expected.type === 'left_out'
            ? `Le champ ${f.field} de la politique (${f.received}) doit être omis tant que ${f.expected.field} vaut ${f.expected.value}${_}: c'est un autre nom de ${f.expected.aliasOf}, qui ne signale une période que lorsque ${f.expected.field} vaut ${f.expected.required}${_}; la valeur par défaut a été utilisée.`
            : `Le champ ${f.field} de la politique doit être ${expectationWordsFr(f.expected)}, et non ${f.received}${_}; la valeur par défaut a été utilisée.`;
        case 'unknown':
          return `Le champ ${f.field} n'existe pas dans cette politique${f.suggestion === undefined ? '' : ` (vouliez-vous dire ${f.suggestion}${_}?)`}${_}; il a été ignoré.`;
        case 'not_an_object':
          return `La politique doit être un objet contenant les champs à remplacer, et non ${f.received}${_}; les valeurs par défaut ont été utilisées.`;
        case 'unreadable':
          return `Le champ ${f.field} de la politique n'a pas pu être lu${_}; la valeur par défaut a été utilisée.`;
      }
    },
  },
  lintFix: 'Corrigez le champ dans la politique de vérification du plan (docs/policies.md présente chaque champ, ses valeurs admises et sa valeur par défaut).',
});
