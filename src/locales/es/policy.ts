/**
 * Las políticas en español: qué falla en una política (los umbrales de una organización) y qué
 * aconseja la revisión del plan al respecto.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { PolicyCatalogs, PolicyExpectation } from '../../policy/messages.js';

const w = figureWords('es');

/** Las políticas que otra política contiene completas (las del ciclo de vida). */
const POLICY_NAMES: Readonly<Record<string, string>> = { timeline: 'de la política del calendario del plan', lint: 'de la política de revisión del plan' };

/** Lo que admite un campo, en español (sin "ser"). */
export function expectationWordsEs(e: PolicyExpectation): string {
  switch (e.type) {
    case 'share':
      return 'una proporción entre 0 y 1';
    case 'share_above_zero':
      return 'una proporción mayor que 0 y no superior a 1';
    case 'probability':
      return 'una probabilidad mayor que 0 y menor que 1';
    case 'non_negative':
      return 'un número igual o superior a 0';
    case 'score':
      return 'una puntuación entre 0 y 100';
    case 'whole':
      return `un número entero igual o superior a ${e.min}`;
    case 'one_of':
      return w.alternatives(e.values);
    case 'flag':
      return 'true o false';
    case 'units_by_kind':
      return 'un objeto con una unidad (day, week o month) por cada tipo de indicador (skill, behavior, activity, outcome)';
    case 'weekdays':
      return 'una lista no vacía de días de la semana ISO, del 1 al 7';
    case 'whole_by_unit':
      return 'un objeto con números enteros iguales o superiores a 1 por unidad (day, week, month)';
    case 'phrases_by_language':
      return 'un objeto con listas de expresiones por código de idioma ({ en: ["..."] }), cada una con al menos una palabra';
    case 'phase_weights':
      return 'tres números positivos';
    case 'holidays':
      return 'una lista de fechas con el formato AAAA-MM-DD o { date, name }';
    case 'group_or_null':
      return 'el nombre de un grupo o null';
    case 'policy_fields':
      return `un objeto con campos ${POLICY_NAMES[e.policy] ?? `de la política ${e.policy}`}`;
    case 'object':
      return 'un objeto';
    case 'at_least':
      return `igual o superior a ${e.field}`;
    case 'same_as':
      return `igual a ${e.field} (${e.value}) cuando se indican ambos (es otro nombre de ese campo)`;
    case 'left_out':
      return `omitido mientras ${e.field} sea ${e.value}: es otro nombre de ${e.aliasOf}, que solo señala un período mientras ${e.field} sea ${e.required}`;
    case 'text':
      return e.text;
  }
}

/** Las incidencias de las políticas en español, y lo que aconseja sobre ellas la revisión del plan. */
export const POLICY_CATALOGS_ES: PolicyCatalogs = Object.freeze<PolicyCatalogs>({
  issues: {
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid':
          return f.expected.type === 'left_out'
            ? `El campo de la política ${f.field} (${f.received}) debe omitirse mientras ${f.expected.field} sea ${f.expected.value}: es otro nombre de ${f.expected.aliasOf}, que solo señala un período mientras ${f.expected.field} sea ${f.expected.required}; se usó el valor predeterminado.`
            : `El campo de la política ${f.field} debe ser ${expectationWordsEs(f.expected)}, no ${f.received}; se usó el valor predeterminado.`;
        case 'unknown':
          return `El campo ${f.field} no existe en esta política${f.suggestion === undefined ? '' : ` (¿quería decir ${f.suggestion}?)`}; se ignoró.`;
        case 'not_an_object':
          return `La política debe ser un objeto con los campos que se quieren modificar, no ${f.received}; se usaron los valores predeterminados.`;
        case 'unreadable':
          return `No se pudo leer el campo de la política ${f.field}; se usó el valor predeterminado.`;
      }
    },
  },
  lintFix: 'Corrija el campo en la política de revisión del plan (docs/policies.md indica cada campo, sus valores válidos y su valor predeterminado).',
});
