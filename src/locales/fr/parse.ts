/**
 * Les problèmes de lecture d'un plan en français : ce qui empêche de lire un document (un plan, des
 * observations, une affectation de modèle, une entrée du journal) et pourquoi. Les chemins
 * (`goals[0].weight`), les identifiants, les dates, les codes de statut et d'issue et les valeurs
 * reçues sont des données : ils restent tels que le document les écrit.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { Catalog } from '../../issues/issue.js';
import { quote, type ApprovedRecord, type IssueFacts, type PlanIssueFactsByCode } from '../../schema/messages.js';
import { parseWords, type ProblemWords } from '../parse-words.js';

const w = figureWords('fr');

/** Un nombre de jours : « 1 jour », « 30 jours ». */
const days = (n: number): string => w.plural(n, { one: '# jour', other: '# jours' });

/** Un nombre écrit en français quand c'est un entier (« 10 000 »), tel quel sinon. */
const figure = (n: number | string): string => (typeof n === 'number' && Number.isSafeInteger(n) ? w.count(n) : String(n));

/** Les racines des documents lus (`plan`, `assignment`, …) : un document, et non un champ. */
const ROOTS: ReadonlySet<string> = new Set(['plan', 'assignment', 'event', 'value', 'holidays']);

/** Le sujet d'une phrase : « Le document plan », « L'élément goals[1] », « Le champ goals[0].weight ». */
function subject(where: string): string {
  if (ROOTS.has(where)) return `Le document ${where}`;
  if (where.endsWith(']')) return `L'élément ${where}`;
  return `Le champ ${where}`;
}

const RECORD: Readonly<Record<ApprovedRecord, string>> = {
  signature: 'une signature',
  amendment: 'une modification',
  extension: 'une prolongation',
  pause: 'une suspension',
};
const record = (code: ApprovedRecord): string => RECORD[code] ?? code;

/** Les personnes du plan par rôle. */
const ROLE: Readonly<Record<string, string>> = { manager: 'le responsable hiérarchique', employee: 'le salarié', hr: 'le référent RH' };
const role = (code: string): string => (Object.hasOwn(ROLE, code) ? ROLE[code]! : `la personne du rôle ${code}`);
/** Le rôle d'un signataire : « en tant que responsable hiérarchique ». */
const SIGNER: Readonly<Record<string, string>> = { manager: 'responsable hiérarchique', employee: 'salarié', hr: 'RH' };
const signer = (code: string): string => (Object.hasOwn(SIGNER, code) ? SIGNER[code]! : code);

/** Ce qu'une modification vise. */
const TARGET: Readonly<Record<string, string>> = { goal: "l'objectif", support: "l'engagement d'accompagnement" };
const target = (code: string): string => (Object.hasOwn(TARGET, code) ? TARGET[code]! : `l'élément ${code}`);
const SIDE: Readonly<Record<string, string>> = { before: 'avant', after: 'après' };
const side = (code: string): string => (Object.hasOwn(SIDE, code) ? SIDE[code]! : code);

/** Chaque problème en français, sous la forme de la proposition que contient la phrase du problème. */
const PROBLEM_WORDS: ProblemWords = {
  span: (p) => `du ${p.start} au ${p.end}`,
  duration_end: (p) => `une durée de ${days(p.days)} à compter du ${p.start} s'achève le ${p.derived}, et non le ${p.given}`,
  plan_span: (p) => `du ${p.start} au ${p.end}, soit ${days(p.days)}`,
  days_past_calendar: (p) => `il se terminerait ${days(p.days)} après cette date`,
  granted_before_start: (p) => `la prolongation a été accordée le ${p.granted}, avant le début du plan le ${p.start}`,
  granted_while_paused: (p) => `la prolongation a été accordée le ${p.granted}, alors que le plan était suspendu`,
  previous_end: (p) =>
    `à la date où la prolongation a été accordée, le plan se terminait le ${p.expected} (${w.plural(p.written, { one: '# jour prévu au départ', other: '# jours prévus au départ' })}${
      p.earlier > 0 ? `, ${w.plural(p.earlier, { one: '# jour de prolongation antérieure', other: '# jours de prolongations antérieures' })}` : ''
    }${p.pausedSkipped ? ', jours de suspension non comptés' : ''}), et non le ${p.given}`,
  extension_end: (p) =>
    `compter ${w.plural(p.days, { one: '# jour du plan', other: '# jours du plan' })} après le ${p.previousEnd} mène au ${p.expected}${
      p.skipped > 0 ? ` (${w.plural(p.skipped, { one: '# jour de suspension non compté', other: '# jours de suspension non comptés' })})` : ''
    }, et non au ${p.given}`,
  pause_before_start: (p) => `la suspension commence le ${p.start}, avant le début du plan le ${p.planStart}`,
  previous_pause_open: (p) => `la suspension précédente, commencée le ${p.previousStart}, n'est pas terminée`,
  pause_overlap: (p) =>
    `la suspension commence le ${p.start}, avant la fin de la suspension précédente le ${p.previousEnd}\u00a0; les suspensions sont classées par date et ne se chevauchent pas`,
  goal_without_weight: (p) => `l'objectif ${quote(p.goalId)} n'en a pas`,
  amendment_target: (p) => `${target(p.target)} conservé ${side(p.side)} la modification est ${quote(p.kept)}, et non celui qu'elle vise, ${quote(p.targetId)}`,
  window_and_deadline: () => 'un objectif a soit une période de mesure, soit une échéance, mais pas les deux',
  manager_is_employee: () => "le responsable hiérarchique d'un plan est une autre personne que le salarié concerné",
  hr_partner_is_employee: () => 'le référent RH qui examine le plan est une autre personne que le salarié concerné',
  no_hr_partner: () => 'le plan ne désigne aucun référent RH qui puisse signer en tant que hr',
  not_the_signer: (p) => `${role(p.role)} du plan est ${quote(p.personId)}`,
  revision_below_one: () => 'une modification relève la révision, qui vaut donc 1 ou plus',
  revision_not_raised: (p) =>
    `les modifications relèvent la révision dans l'ordre, or la révision ${p.revision} suit la révision ${p.previous}${
      p.sameRevision ? " (les enregistrements d'une même révision forment une seule modification\u00a0: même date, même auteur, les uns à la suite des autres)" : ''
    }`,
  signed_before_amendment: (p) => `la signature date du ${p.signed}, avant la modification du ${p.amended} qui a créé cette révision`,
  no_review: () => "il n'y a aucune revue RH",
  changes_requested: (p) => `la dernière revue RH, le ${p.date}, a demandé des modifications`,
  not_acknowledged: (p) =>
    `${w.list(p.missing.map(role))} ${p.missing.length > 1 ? "n'ont" : "n'a"} pas accusé réception de la révision ${p.revision}`,
  never_extended: () => "le plan a été clôturé avec l'issue extended_then_closed, mais il n'a jamais été prolongé",
  closed_before_start: (p) =>
    `un plan n'est clôturé avec l'issue ${p.outcome} qu'après s'être déroulé, or celui-ci a été clôturé le ${p.date}, avant son début le ${p.start}`,
  no_open_pause: () => "la dernière suspension d'un plan suspendu est une suspension en cours (sans date de fin)",
  open_pause_not_last: () => "seule la dernière suspension d'un plan suspendu peut être encore en cours",
  open_pause_not_paused: (p) => `le plan a le statut ${p.status} et n'est pas suspendu, donc chacune de ses suspensions doit être terminée`,
  active_without_phase: () => "un plan en cours se trouve dans l'une de ses trois phases",
  phase_not_active: (p) => `une phase n'appartient qu'à un plan en cours, et celui-ci a le statut ${p.status}`,
  monitoring_status: (p) => `le plan a le statut ${p.status}, alors que le suivi post-plan le fait passer au statut "monitoring", puis "completed"`,
  monitoring_after_outcome: (p) =>
    `le suivi post-plan ne fait suite qu'à une clôture favorable (successful ou extended_then_closed), et non à l'issue ${p.outcome}`,
  monitoring_missing: (p) => `un plan au statut ${p.status} comporte un enregistrement de suivi post-plan`,
  monitoring_ended: () => 'un suivi post-plan terminé fait passer le plan au statut "completed", et non "monitoring"',
  monitoring_open: () => "le suivi post-plan d'un plan terminé a une date de fin",
  monitoring_before_close: (p) => `le suivi post-plan commence à la clôture, le ${p.closed}, ou après, et non le ${p.start}`,
  not_approved: (p) => `${record(p.record)} n'intervient qu'après l'approbation du plan par les RH, et les RH ne l'ont pas approuvé`,
  before_approval: (p) => `${record(p.record)} est datée du ${p.date}, avant l'approbation du plan par les RH le ${p.approval}`,
  after_close: (p) => `clôturé le ${p.closed}`,
  pause_after_close: (p) => `clôturé le ${p.closed}\u00a0; une suspension encore en cours à cette date se termine la veille`,
  not_an_object: () => 'un objet est attendu',
  not_finite: (p) => `${p.value} n'est pas un nombre fini`,
  not_plain: () => 'seuls les objets simples sont admis',
  not_json: (p) => `une valeur de type ${p.type} n'a pas de forme JSON`,
  value_and_parts: () => "l'observation comporte les deux",
  no_value: () => "l'observation ne comporte ni l'un ni l'autre",
  one_part: () => "l'observation ne comporte que l'un des deux, numérateur ou dénominateur",
  newer_version: (p) =>
    `une version plus récente que celle que lit cette version d'improvement-plan (${p.reads})\u00a0; mettez la bibliothèque à jour pour lire ce document`,
  earlier_version: () => 'une version antérieure du format\u00a0; mettez le document à niveau avec migratePlan, puis analysez-le',
  no_upgrade_step: (p) =>
    `une version que cette bibliothèque ne sait pas mettre à niveau (elle lit la version ${p.reads} et n'a aucune étape de la version ${p.from} à la version ${p.from + 1})`,
  migration_failed: (p) => `un document que l'étape "${p.step}" (à partir de la version ${p.from}) peut mettre à niveau (${p.error})`,
  not_a_template_goal: () => 'les objectifs du modèle',
};

/** Ce qu'un champ attend, en français, par code de type ; tout autre code (l'un de ceux de zod) est montré tel quel. */
const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'du texte',
  number: 'un nombre fini',
  int: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'un tableau',
  union: "l'une des formes admises",
  json: 'des données JSON simples',
  plan_document: 'un document de plan (un objet)',
  log_entry: 'une entrée du journal (un objet)',
  template_assignment: "l'affectation d'un modèle",
  assignment_or_defaults: "dans l'affectation ou dans les valeurs par défaut",
  goals_or_support: 'les objectifs ou les accompagnements à modifier',
  none_defined: 'aucun identifiant défini',
};

/** Ce qui a été reçu, en français, par code de type ; une valeur écrite telle quelle (`1.5`, `null`) est montrée telle quelle. */
const RECEIVED_WORDS: Readonly<Record<string, string>> = {
  array: 'un tableau',
  number: 'un nombre',
  object: 'un objet',
  string: 'une chaîne de caractères',
  boolean: 'un booléen',
  bigint: 'un bigint',
  symbol: 'un symbole',
  function: 'une fonction',
  undefined: 'une valeur non définie',
};

/** Le problème, `expected`, `received` et les limites en français. */
const { detailOf, expectedOf, receivedOf, limitOf } = parseWords({
  problems: PROBLEM_WORDS,
  expected: EXPECTED_WORDS,
  received: RECEIVED_WORDS,
  currentValue: (value) => `la valeur actuelle du salarié pour ${value ?? "l'indicateur"}`,
  unreadable: (detail) => `une valeur dont la lecture a échoué (${detail})`,
  uncopyable: (detail) => `une valeur dont la copie a échoué (${detail})`,
  /** Les unités d'une limite de taille : « 100 caractères ». */
  units: {
    characters: { one: '# caractère', other: '# caractères' },
    items: { one: '# élément', other: '# éléments' },
    values: { one: '# valeur', other: '# valeurs' },
  },
  figures: w,
  bare: (limit, unit) => (unit === undefined ? figure(limit) : `${figure(limit)} ${unit}`),
});

/** « Le champ X est incohérent : proposition. » (les règles qui s'expliquent dans leur proposition). */
const said = (f: IssueFacts): string => {
  const detail = detailOf(f);
  return `${subject(f.where)} est incohérent${detail ? `\u00a0: ${detail}` : ''}.`;
};

/** Le nombre d'un compte écrit en données (`"1,234"`). */
const countOf = (text: string | undefined): number => {
  const n = Number((text ?? '').replace(/[^\d]/g, ''));
  return Number.isFinite(n) ? n : 0;
};

/** Le message en français de chaque code de problème de lecture d'un plan (la partie `parse` de la locale). */
export const PLAN_ISSUE_MESSAGES_FR: Catalog<PlanIssueFactsByCode> = {
  invalid_json: (f) => `${subject(f.where)} n'est pas un JSON valide${f.detail ? `\u00a0: ${f.detail}` : ''}.`,
  required: (f) => `${subject(f.where)} est obligatoire${f.expected ? ` (${expectedOf(f)})` : ''}.`,
  invalid_type: (f) => `${subject(f.where)} doit être ${expectedOf(f) ?? "d'un autre type"}${f.received ? `, et non ${receivedOf(f)}` : ''}.`,
  invalid_value: (f) => {
    if (f.text !== undefined) return f.text;
    const not = f.received ? `, et non ${f.received}` : '';
    if (f.problem !== undefined) return `${subject(f.where)} doit être ${expectedOf(f)}${not}.`;
    const expected = expectedOf(f);
    return `${subject(f.where)} doit prendre l'une des valeurs admises${expected ? ` (${expected})` : ''}${not}.`;
  },
  unknown_field: (f) =>
    `${subject(f.where)} n'est pas un champ connu de cette bibliothèque. Placez les champs propres à votre système sous \`metadata\`, où ils sont conservés tels quels.`,
  too_big: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} est trop grand\u00a0: ${f.limit !== undefined ? `le maximum est de ${limitOf(f)}` : 'le maximum est dépassé'}${detail ? ` ${detail}` : ''}.`;
  },
  too_small: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} est trop petit\u00a0: ${f.limit !== undefined ? `le minimum est de ${limitOf(f)}` : "le minimum n'est pas atteint"}${detail ? ` ${detail}` : ''}.`;
  },
  not_integer: (f) => `${subject(f.where)} doit être un nombre entier${f.received ? `, et non ${f.received}` : ''}.`,
  invalid_format: (f) => `${subject(f.where)} n'est pas au format attendu${f.expected ? ` (${f.expected})` : ''}.`,
  invalid_date: (f) =>
    `${subject(f.where)} doit être un vrai jour du calendrier, écrit au format AAAA-MM-JJ${f.received ? `\u00a0; ${f.received} n'en est pas un` : ''}.`,
  end_before_start: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} doit être postérieur à la date de début${detail ? ` (${detail})` : ''}.`;
  },
  duration_mismatch: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} ne concorde pas avec les dates de début et de fin${detail ? `\u00a0: ${detail}` : ''}.`;
  },
  missing_end_date: (f) => `${subject(f.where)} n'est pas renseigné\u00a0: indiquez une date de fin ou une durée en jours.`,
  window_order: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} indique une fin antérieure au début${detail ? ` (${detail})` : ''}.`;
  },
  past_calendar_end: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} mène le plan au-delà du dernier jour du calendrier, le 9999-12-31${detail ? ` (${detail})` : ''}.`;
  },
  plan_too_long: (f) => {
    const detail = detailOf(f);
    const limit = f.limit === undefined ? 'la limite autorisée' : typeof f.limit === 'number' ? days(f.limit) : `${f.limit} jours`;
    return `${subject(f.where)} porte la durée du plan au-delà de ${limit} depuis son début${detail ? ` (${detail})` : ''}.`;
  },
  conflicting_fields: (f) =>
    `${subject(f.where)} entre en conflit avec un autre champ\u00a0: ${detailOf(f) ?? "deux champs qui s'excluent l'un l'autre sont tous deux renseignés"}.`,
  money_not_integral: (f) =>
    `${subject(f.where)} est un montant\u00a0: il doit être un nombre entier d'unités monétaires divisionnaires (centimes), et non ${f.received ?? 'une fraction'}.`,
  currency_required: (f) => `${subject(f.where)} est obligatoire\u00a0: l'indicateur a pour unité "currency" et exige un code de devise ISO 4217.`,
  currency_not_allowed: (f) => `${subject(f.where)} indique un code de devise, alors que l'unité de l'indicateur n'est pas "currency".`,
  weights_incomplete: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} est incomplet\u00a0: dès qu'un objectif a une pondération, chaque objectif doit en avoir une${detail ? ` (${detail})` : ''}.`;
  },
  weights_sum: (f) =>
    `${subject(f.where)} est incohérent\u00a0: les pondérations des objectifs doivent totaliser exactement 100, or leur total est de ${f.received ?? '?'}.`,
  ratio_requires_parts: (f) =>
    `${subject(f.where)} porte sur un indicateur de ratio, qui exige un numérateur et un dénominateur (une moyenne de ratios serait fausse).`,
  observation_value_shape: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} est incohérent\u00a0: une observation comporte soit une valeur, soit un numérateur et un dénominateur${detail ? `\u00a0; ${detail}` : ''}.`;
  },
  rubric_level_unknown: (f) => `${subject(f.where)} n'est pas un niveau de la grille d'évaluation de l'indicateur${f.expected ? ` (niveaux\u00a0: ${f.expected})` : ''}.`,
  rubric_standard_unknown: (f) => `${subject(f.where)} indique un niveau attendu qui ne fait pas partie des niveaux de la grille d'évaluation.`,
  comparator_mismatch: (f) =>
    `${subject(f.where)} indique le comparateur ${f.received ?? '?'}, alors que le sens de l'indicateur est ${f.expected ?? '?'}\u00a0; une cible ne peut pas aller à l'encontre du sens de l'indicateur.`,
  unknown_reference: (f) => {
    const among = expectedOf(f);
    return `${subject(f.where)} fait référence à ${f.value ?? 'un identifiant'}, qui n'existe pas${among ? ` parmi ${among}` : ''}.`;
  },
  duplicate_id: (f) => `${subject(f.where)} reprend l'identifiant ${f.value ?? ''}\u00a0; chaque identifiant doit être unique.`,
  invalid_metadata: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} doit être un objet JSON (chaînes, nombres finis, booléens, null, tableaux, objets)${detail ? `\u00a0: ${detail}` : ''}.`;
  },
  forbidden_key: (f) => `${subject(f.where)} utilise la clé ${f.value ?? ''}, qui est interdite (elle pourrait modifier les prototypes des objets).`,
  too_deep: (f) =>
    `${subject(f.where)} comporte plus de ${f.limit === undefined ? "niveaux d'imbrication que la limite" : typeof f.limit === 'number' ? `${w.plural(f.limit, { one: '# niveau', other: '# niveaux' })} d'imbrication` : `${f.limit} niveaux d'imbrication`}.`,
  unsupported_version: (f) => {
    const detail = detailOf(f);
    const why = detail === undefined ? 'cette bibliothèque ne lit pas cette version' : f.problem !== undefined ? `c'est ${detail}` : detail;
    return `${subject(f.where)} ${f.received !== undefined ? `vaut ${f.received}` : 'indique une version'}\u00a0: ${why}.`;
  },
  key_too_long: (f) =>
    `${subject(f.where)} contient une clé de plus de ${f.limit === undefined ? 'la longueur autorisée' : limitOf({ ...f, unit: 'characters' })}\u00a0: ${f.value ?? '?'}.`,
  approval_missing: (f) =>
    `${subject(f.where)} vaut ${f.received ?? '?'}, ce qui suppose que la dernière revue RH soit une approbation, mais ${detailOf(f) ?? "ce n'est pas le cas"}.`,
  approval_unexpected: (f) =>
    `${subject(f.where)} est une approbation RH, mais le plan a encore le statut ${f.received ?? '?'}\u00a0: une approbation fait passer le plan à l'étape des accusés de réception.`,
  acknowledgement_missing: (f) =>
    `${subject(f.where)} vaut ${f.received ?? '?'}, ce qui suppose l'accusé de réception de la révision en vigueur par le responsable hiérarchique et par le salarié, mais ${detailOf(f) ?? "il manque"}.`,
  closure_missing: (f) => `${subject(f.where)} vaut ${f.received ?? '?'}, ce qui suppose une clôture (issue, date, auteur).`,
  closure_unexpected: (f) => `${subject(f.where)} est renseigné, mais le plan a le statut ${f.received ?? '?'}\u00a0: seul un plan clôturé a une clôture.`,
  closure_mismatch: (f) => `${subject(f.where)} contredit le plan\u00a0: ${detailOf(f) ?? '?'}.`,
  pause_mismatch: said,
  phase_mismatch: said,
  monitoring_mismatch: said,
  same_person: (f) =>
    `${subject(f.where)} vaut ${f.value ?? '?'}, l'identifiant du salarié concerné par le plan\u00a0; ${detailOf(f) ?? 'ce doit être une autre personne'}.`,
  signer_mismatch: (f) => `${subject(f.where)} vaut ${f.received ?? '?'}, mais ${detailOf(f) ?? "ce n'est pas le signataire attendu"}.`,
  duplicate_signature: (f) =>
    `${subject(f.where)} signe une seconde fois la révision ${f.value ?? '?'} en tant que ${signer(f.received ?? '?')}\u00a0; chaque rôle ne signe une révision qu'une fois.`,
  revision_ahead: (f) => `${subject(f.where)} vaut ${f.received ?? '?'}, au-delà de la révision du plan (${f.limit === undefined ? '?' : figure(f.limit)}).`,
  revision_order: said,
  signature_before_revision: (f) => `${subject(f.where)} précède l'existence de la révision ${f.value ?? '?'}\u00a0: ${detailOf(f) ?? '?'}.`,
  record_before_approval: said,
  after_closure: (f) => {
    const detail = detailOf(f);
    return `${subject(f.where)} est postérieur à la clôture du plan${detail ? ` (${detail})` : ''}\u00a0; un plan clôturé n'accepte plus d'enregistrement de ce type.`;
  },
  extension_mismatch: (f) => `${subject(f.where)} ne concorde pas avec la durée de la prolongation\u00a0: ${detailOf(f) ?? '?'}.`,
  extension_outside_plan: (f) => `${subject(f.where)} ne s'inscrit pas dans le plan\u00a0: ${detailOf(f) ?? '?'}.`,
  pause_outside_plan: (f) => `${subject(f.where)} se situe en dehors du plan\u00a0: ${detailOf(f) ?? '?'}.`,
  pause_order: said,
  event_sequence: (f) =>
    `${subject(f.where)} vaut ${f.received ?? '?'}, alors que le seq d'une entrée du journal est sa position dans le journal, ${f.expected ?? '?'}.`,
  event_order: (f) =>
    `${subject(f.where)} vaut ${f.received ?? '?'}, avant l'entrée précédente du journal (${f.expected ?? '?'})\u00a0; le journal ne remonte jamais le temps.`,
  too_many_issues: (f) =>
    `${subject(f.where)} comporte plus de problèmes que les ${f.limit === undefined ? '?' : figure(f.limit)} listés\u00a0: ${f.value ?? '?'} ${w.plural(countOf(f.value), {
      one: "autre problème n'a pas été listé",
      other: "autres problèmes n'ont pas été listés",
    })}.`,
};
