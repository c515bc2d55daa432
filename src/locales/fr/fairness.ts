/**
 * L'analyse d'équité en français : les constats (impact défavorable par la règle des quatre
 * cinquièmes, test exact de Fisher, groupes masqués), les problèmes de données, les constats de
 * cohérence des exigences entre les plans, et les mots du rapport destiné aux RH.
 *
 * @module
 */
import type { ComparisonFacts, FairnessFindingFactsByCode, FairnessIssueFactsByCode, GroupFacts } from '../../fairness/messages.js';
import type { FairnessMeasure } from '../../fairness/codes.js';
import { figureWords } from '../../issues/figures.js';
import { EVALUATION_CATALOGS_FR } from './evaluate.js';
import type { Catalog } from '../../issues/issue.js';
import type { PluralForms } from '../../issues/plural.js';
import type { FairnessDocumentCatalogs, FairnessReportMessages } from '../../render/fairness-report.js';
import type { ConsistencyFactsByCode, TargetComparisonFacts } from '../../team/messages.js';

const w = figureWords('fr');
/** Une espace insécable, avant « : » « ; » « ? » « ! » et à l'intérieur des guillemets. */
const _ = '\u00a0';

const quoted = (text: string): string => `«${_}${text}${_}»`;
/** La première lettre en capitale, pour une proposition placée en début de phrase. */
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** « 5 personnes », « 1 personne ». */
const people = (n: number): string => w.plural(n, { one: '# personne', other: '# personnes' });
/** Un ratio avec au plus deux décimales : « 0,84 ». */
const ratio = (value: number): string => w.plain(value, 2);
const pFormat = new Intl.NumberFormat('fr', { maximumSignificantDigits: 2 });
const levelFormat = new Intl.NumberFormat('fr', { maximumSignificantDigits: 6 });
/** Une valeur p à deux chiffres significatifs, ou « < 0,0001 ». */
const pValue = (p: number): string => (p < 0.0001 ? `< ${pFormat.format(0.0001)}` : `= ${pFormat.format(p)}`);
/** Le seuil de significativité tel que la politique le donne : « 0,05 ». */
const level = (value: number): string => levelFormat.format(value);

const NOT_MET = quoted('objectifs non atteints');

/** Comment chaque indicateur est dit. */
const MEASURE: {
  readonly [M in FairnessMeasure]: {
    /** Le nom de l'indicateur dans une phrase. */
    readonly name: string;
    /** Le nom de l'indicateur en tête de phrase. */
    readonly title: string;
    /** La population sur laquelle le taux est calculé, comptée. */
    readonly base: PluralForms;
    /** Ceux qui ont connu l'issue défavorable, comptés parmi la base. */
    readonly adverse: PluralForms;
    /** Ce que mesure le taux favorable : « 95 % de personnes non mises sous plan ». */
    readonly favourable: string;
    /** Le groupe de référence sans aucune issue favorable. */
    readonly noneFavourable: string;
    /** L'indicateur dans la phrase du groupe de référence. */
    readonly reference: string;
  };
} = {
  placement: {
    name: 'mise sous plan',
    title: 'Mise sous plan',
    base: { one: '# personne du périmètre', other: '# personnes du périmètre' },
    adverse: { one: '# a été mise sous plan', other: '# ont été mises sous plan' },
    favourable: 'de personnes non mises sous plan',
    noneFavourable: 'toutes les personnes du groupe de référence ont été mises sous plan',
    reference: 'la mise sous plan',
  },
  extension: {
    name: 'prolongation du plan',
    title: 'Prolongation du plan',
    base: { one: '# personne mise sous plan', other: '# personnes mises sous plan' },
    adverse: { one: '# a vu son plan prolongé', other: '# ont vu leur plan prolongé' },
    favourable: 'de plans non prolongés',
    noneFavourable: 'tous les plans du groupe de référence ont été prolongés',
    reference: 'la prolongation',
  },
  not_met: {
    name: `issue ${NOT_MET}`,
    title: `Issue ${NOT_MET}`,
    base: { one: '# personne dont le plan est clôturé', other: '# personnes dont le plan est clôturé' },
    adverse: { one: `# a vu son plan clôturé avec l'issue ${NOT_MET}`, other: `# ont vu leur plan clôturé avec l'issue ${NOT_MET}` },
    favourable: `de plans clôturés sur une autre issue que ${NOT_MET}`,
    noneFavourable: `tous les plans clôturés du groupe de référence l'ont été avec l'issue ${NOT_MET}`,
    reference: `l'issue ${NOT_MET}`,
  },
};

// ---------------------------------------------------------------------------------------------
// Constats
// ---------------------------------------------------------------------------------------------

/** « Sales team « West », mise sous plan ». */
const about = (f: ComparisonFacts): string => `${f.attribute} ${quoted(f.group)}, ${MEASURE[f.measure].name}`;

/** Les effectifs et les taux défavorables du groupe et du groupe de référence. */
function counts(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  return `dans ${quoted(f.group)}, sur ${w.plural(f.base, m.base)}, ${w.plural(f.adverse, m.adverse)} (${w.percent(f.adverseRate)}), contre ${w.count(f.referenceAdverse)} sur ${w.count(f.referenceBase)} dans ${quoted(f.reference)} (${w.percent(f.referenceAdverseRate)})`;
}

/** Les taux favorables et le ratio d'impact. */
function impact(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  if (f.impactRatio === null) return `${m.noneFavourable}, il n'y a donc pas de ratio d'impact`;
  return `${w.percent(f.favourableRate)} ${m.favourable} contre ${w.percent(f.referenceFavourableRate)} dans le groupe de référence, soit un ratio d'impact de ${ratio(f.impactRatio)} (seuil des quatre cinquièmes${_}: ${ratio(f.threshold)})`;
}

/** Le rapport des taux défavorables. */
function adverseRatio(f: ComparisonFacts): string {
  return f.adverseRatio === null
    ? "le groupe de référence ne comptant aucun cas, le ratio des taux défavorables n'est pas défini"
    : `soit ${ratio(f.adverseRatio)} fois le taux du groupe de référence`;
}

/** « écart compris entre deux et trois écarts-types », pour |z|. */
function deviations(z: number): string {
  const size = Math.abs(z);
  if (size < 2) return 'écart inférieur à deux écarts-types';
  if (size < 3) return 'écart compris entre deux et trois écarts-types';
  return 'écart supérieur à trois écarts-types';
}

/** Le test exact de Fisher et le score z. */
function significance(f: ComparisonFacts): string {
  const z = f.z === null ? 'pas de score z (aucune variation)' : `z = ${ratio(f.z)} (${deviations(f.z)})`;
  return `p ${pValue(f.fisherP)} au test exact de Fisher (bilatéral), pour un seuil de significativité de ${level(f.significanceLevel)}${_}; ${z}`;
}

const disagree = (f: ComparisonFacts): string =>
  `La règle des quatre cinquièmes et le test de significativité divergent pour ${quoted(f.group)} (${MEASURE[f.measure].name})`;

/** « Sales team « North » » ; le seul attribut quand le groupe manque. */
const groupOf = (f: GroupFacts): string => (f.group === null ? f.attribute : `${f.attribute} ${quoted(f.group)}`);

/** Les constats de l'analyse d'équité, en français. */
const FINDINGS: Catalog<FairnessFindingFactsByCode> = {
  adverse_impact_flagged: (f) =>
    `${about(f)}${_}: ${impact(f)}. Ce taux est inférieur aux quatre cinquièmes de celui du groupe de référence${_}: impact défavorable au sens de la règle des quatre cinquièmes (29 CFR 1607.4(D)). ${capital(counts(f))}.`,
  difference_significant: (f) =>
    `${about(f)}${_}: ${counts(f)}${f.adverseRatio === null ? `${_}; ` : ', '}${adverseRatio(f)}. La différence est statistiquement significative${_}: ${significance(f)}.`,
  flagged_not_significant: (f) =>
    `${disagree(f)}${_}: le ratio d'impact de ${ratio(f.impactRatio ?? 0)} est inférieur à ${ratio(f.threshold)}, mais la différence n'est pas statistiquement significative (p ${pValue(f.fisherP)}). Avec des groupes aussi petits, le ratio peut passer sous les quatre cinquièmes par hasard${_}: examinez la situation, sans la tenir à elle seule pour un constat.`,
  significant_not_flagged: (f) =>
    `${disagree(f)}${_}: la différence est statistiquement significative (p ${pValue(f.fisherP)}), alors que ${f.impactRatio === null ? 'la règle des quatre cinquièmes ne relève rien' : `le ratio d'impact de ${ratio(f.impactRatio)} respecte la règle des quatre cinquièmes`}. Lorsque les issues défavorables sont rares, un faible écart entre les taux favorables peut cacher un écart important entre les taux défavorables (${adverseRatio(f)}).`,
  no_adverse_impact: (f) =>
    `Aucun impact défavorable constaté pour ${f.attribute} ${quoted(f.group)} par rapport à ${quoted(f.reference)} (${MEASURE[f.measure].name})${_}: ${impact(f)}${_}; ${significance(f)}.`,
  group_suppressed: (f) =>
    `${groupOf(f)} compte moins de ${people(f.minGroupSize)} dans le périmètre${_}: ses chiffres sont masqués pour protéger les personnes concernées.`,
  measure_suppressed: (f) =>
    f.measure === null
      ? `${groupOf(f)}${_}: moins de ${people(f.minGroupSize)} dans le périmètre${_}; ces chiffres sont donc masqués pour protéger les personnes concernées.`
      : `${groupOf(f)}, ${MEASURE[f.measure].name}${_}: moins de ${w.plural(f.minGroupSize, MEASURE[f.measure].base)}${_}; ces chiffres sont donc masqués pour protéger les personnes concernées.`,
  insufficient_population: (f) =>
    `${f.measure === null ? 'Tous indicateurs confondus' : MEASURE[f.measure].title}, par ${f.attribute.toLowerCase()}${_}: moins de deux groupes comptent au moins ${f.measure === null ? `${people(f.minGroupSize)} dans le périmètre` : w.plural(f.minGroupSize, MEASURE[f.measure].base)}${_}; il n'y a donc rien à comparer.`,
};

// ---------------------------------------------------------------------------------------------
// Problèmes de données
// ---------------------------------------------------------------------------------------------

function period(f: FairnessIssueFactsByCode['period_invalid']): string {
  switch (f.problem) {
    case 'start_not_a_date':
      return `Le début de la période, ${f.received}, n'est pas une date calendaire${_}; la période n'a donc pas de borne inférieure.`;
    case 'end_not_a_date':
      return `La fin de la période, ${f.received}, n'est pas une date calendaire${_}; la période s'arrête donc à asOf (${f.asOf}).`;
    case 'end_after_as_of':
      return `La période se termine le ${f.end}, après asOf (${f.asOf})${_}; elle s'arrête donc à asOf.`;
    case 'start_after_end':
      return `La période commence le ${f.start}, après sa fin (${f.end})${_}; aucun plan n'est pris en compte.`;
  }
}

/** Les problèmes de données de l'analyse d'équité, en français. */
const ISSUES: Catalog<FairnessIssueFactsByCode> = {
  // the evaluation's sentence: a policy issue reads the same wherever a policy is resolved
  policy_invalid: EVALUATION_CATALOGS_FR.issues.policy_invalid,
  as_of_invalid: (f) => `asOf vaut ${f.received}, ce qui n'est pas une date calendaire (AAAA-MM-JJ)${_}; aucune analyse n'a été faite.`,
  period_invalid: (f) => period(f),
  person_duplicate: (f) => `La personne ${f.received} figure plusieurs fois dans la liste${_}; seule la première entrée est prise en compte.`,
  plan_person_unknown: (f) =>
    `Le plan ${f.planId} concerne la personne ${f.received}, qui ne fait pas partie des personnes du périmètre${_}; il est écarté.`,
  group_missing: (f) =>
    'count' in f
      ? `${w.plural(f.count, {
          one: "# personne du périmètre n'est rattachée à aucun groupe pour cet attribut et est écartée de tous les groupes",
          other: "# personnes du périmètre ne sont rattachées à aucun groupe pour cet attribut et sont écartées de tous les groupes",
        })}.`
      : `Moins de ${people(f.minGroupSize)} du périmètre ne sont rattachées à aucun groupe pour cet attribut et sont écartées de tous les groupes.`,
  reference_group_unavailable: (f) =>
    `Le groupe de référence ${f.received} ${f.problem === 'no_one_in_scope' ? 'ne compte personne dans le périmètre' : `ne peut pas servir de référence pour ${MEASURE[f.measure].reference} (moins de ${people(f.minGroupSize)} dans sa base de calcul)`}${_}; le groupe au taux le plus favorable est retenu à sa place.`,
};

// ---------------------------------------------------------------------------------------------
// Cohérence des exigences
// ---------------------------------------------------------------------------------------------

const goal = (f: TargetComparisonFacts): string => `L'objectif ${quoted(f.goalTitle)} (plan ${f.planId})`;
/** Une valeur dans l'unité de l'indicateur, ramenée à la semaine s'il y a lieu. */
const figure = (f: TargetComparisonFacts, value: number): string => `${w.value(value, f.metric)}${f.normalisedAs === 'per_week' ? ' par semaine' : ''}`;
const days = (n: number, places: number): string => w.plural(n, { one: `${w.plain(n, places)} jour`, other: `${w.plain(n, places)} jours` });

/** Les constats de cohérence des exigences, en français. */
const CONSISTENCY: Catalog<ConsistencyFactsByCode> = {
  target_off_role_median: (f) =>
    `${goal(f)} fixe une cible de ${figure(f, f.target)} pour ${quoted(f.metricName)}, à ${w.percent(f.share)} de la médiane du poste (${figure(f, f.reference)})${_}; la politique tolère un écart de ${w.percent(f.threshold)}.`,
  duration_off_role_median: (f) =>
    `Le plan ${f.planId} dure ${days(f.days, 0)}, à ${w.percent(f.share)} de la médiane du poste (${days(f.medianDays, 1)})${_}; la politique tolère un écart de ${w.percent(f.threshold)}.`,
  target_stricter_than_team: (f) =>
    `${goal(f)} fixe une cible de ${figure(f, f.target)} pour ${quoted(f.metricName)}, plus exigeante de ${w.percent(f.share)} que la moyenne de l'équipe elle-même (${figure(f, f.reference)}).`,
  too_few_plans: (f) =>
    `Seulement ${w.plural(f.count, { one: '# plan comparable', other: '# plans comparables' })} pour ce poste${_}; il en faut au moins ${w.count(f.threshold)} pour calculer une médiane.`,
};

// ---------------------------------------------------------------------------------------------
// Le rapport
// ---------------------------------------------------------------------------------------------

/** Les mots du rapport d'équité, en français. */
const REPORT: FairnessReportMessages = {
  title: "Revue d'équité\u00a0: impact défavorable des plans d'amélioration",
  subtitle: (attributes, asOf) => `${attributes.length > 0 ? `Par ${attributes.join(', ').toLowerCase()}` : 'Sans attribut'}, situation au ${asOf}`,
  audienceNote: (min) =>
    `Réservé aux RH et aux conseils en droit du travail. Chiffres par groupe pour une analyse de l'impact défavorable${_}: aucune personne n'y est nommée, et aucun chiffre n'est présenté pour un groupe de moins de ${people(min)}. Ne pas communiquer aux salariés ni aux responsables hiérarchiques.`,
  footer: (asOf) =>
    `Revue d'équité, situation au ${asOf}. Les chiffres décrivent des groupes, jamais une personne${_}; un écart entre groupes appelle un examen, il n'en donne pas la cause.`,
  sections: { summary: "Points d'attention", consistency: 'Cohérence des exigences entre les plans', method: 'Comment lire ce rapport', data: 'Remarques sur les données' },
  labels: {
    asOf: 'Situation au',
    period: 'Plans pris en compte',
    attributes: 'Attributs',
    policy: 'Politique',
    attention: 'À examiner',
    group: 'Groupe',
    people: 'Personnes',
    placed: 'Mises sous plan',
    placementRate: 'Taux de mise sous plan',
    extended: 'Plans prolongés',
    closed: 'Plans clôturés',
    notMet: 'Objectifs non atteints',
    successful: 'Menés à bien',
    withdrawn: 'Retirés',
    reference: 'Groupe de référence',
    adverse: 'Issue défavorable',
    favourableRate: 'Taux favorable',
    impactRatio: "Ratio d'impact",
    adverseRatio: 'Ratio des taux défavorables',
    fisherP: 'p (test exact de Fisher)',
    z: 'z',
    fourFifths: 'Sous les quatre cinquièmes',
    significant: 'Significatif',
    findings: 'Constats',
    yes: 'Oui',
    no: 'Non',
    none: '—',
    groups: 'Groupes',
  },
  measure: { placement: 'Mise sous plan', extension: 'Prolongation du plan', not_met: `Issues ${NOT_MET}` },
  favourable: {
    placement: 'des personnes non mises sous plan',
    extension: 'des plans non prolongés, parmi les personnes mises sous plan',
    not_met: `des plans clôturés sur une autre issue que ${NOT_MET}, parmi les plans clôturés`,
  },
  periodText: (start, end) => (start === undefined ? `créés jusqu'au ${end}` : `créés du ${start} au ${end}`),
  policyText: (threshold, lvl, min) =>
    `seuil des quatre cinquièmes${_}: ${threshold}${_}; seuil de significativité${_}: ${lvl} (test exact de Fisher, bilatéral)${_}; groupes de moins de ${people(min)} masqués`,
  attentionText: (a, s, d, c) =>
    `${w.plural(a, { one: '# constat sous les quatre cinquièmes', other: '# constats sous les quatre cinquièmes' })}, ${w.plural(s, { one: '# écart statistiquement significatif', other: '# écarts statistiquement significatifs' })}, ${w.plural(d, { one: '# divergence entre les deux', other: '# divergences entre les deux' })}${_}; ${w.plural(c, { one: '# constat de cohérence', other: '# constats de cohérence' })}`,
  nothingFlagged: "Aucun groupe ne se situe sous les quatre cinquièmes du taux de son groupe de référence, et aucun écart n'est statistiquement significatif.",
  suppressed: (min) => `Masqué${_}: moins de ${people(min)}`,
  referenceMark: 'groupe de référence',
  suppressedBar: 'Masqué',
  referenceText: (group, chosenBy) => `Groupe de référence${_}: ${quoted(group)} (${chosenBy === 'policy' ? 'désigné par la politique' : 'taux le plus favorable'}).`,
  chartTitle: (measure, attribute) => `${measure}${_}: taux favorable par ${attribute.toLowerCase()}`,
  chartLegend: (favourable, line, threshold, reference) =>
    `Barres${_}: la part ${favourable}, par groupe. La ligne verticale à ${line} correspond à ${threshold} du taux du groupe de référence (${reference})${_}: une barre qui s'arrête avant elle se situe sous les quatre cinquièmes.`,
  lineLabel: (line) => `Ligne des quatre cinquièmes${_}: ${line}`,
  againstLine: (below) => (below ? 'sous la ligne des quatre cinquièmes' : 'au niveau de la ligne des quatre cinquièmes ou au-dessus'),
  nothingToCompare: `Moins de deux groupes peuvent être présentés pour cet indicateur${_}: il n'y a rien à comparer.`,
  consistencyScope:
    'Les cibles et la durée de chaque plan sont comparées à celles des autres plans du même poste créés sur la période, quel que soit le groupe (voir compareConsistency).',
  noConsistencyFindings:
    "Aucun plan n'a de cibles ou de durée qui s'écartent de la médiane de son poste au-delà de ce que tolère la politique, et aucun n'est plus exigeant que la moyenne de l'équipe elle-même.",
  noIssues: 'Aucun problème dans les données.',
  method: [
    `Ratio d'impact (règle des quatre cinquièmes, 29 CFR 1607.4(D))${_}: le taux favorable d'un groupe (personnes non mises sous plan, plans non prolongés, plans non clôturés avec l'issue ${NOT_MET}) divisé par celui du groupe de référence. Un ratio inférieur à 0,8 (le seuil de la politique) constitue un indice d'impact défavorable selon la règle empirique qu'appliquent les agences fédérales américaines.`,
    `Ratio des taux défavorables${_}: le taux défavorable du groupe rapporté à celui du groupe de référence. Lorsque les issues défavorables sont rares (peu de personnes sont mises sous plan), un faible écart entre les taux favorables peut correspondre à un écart important entre les taux défavorables${_}: lisez les deux.`,
    `Test exact de Fisher (bilatéral)${_}: la probabilité d'observer une répartition au moins aussi déséquilibrée que celle constatée si les issues ne dépendaient pas du groupe. Il reste exact sur de petits effectifs${_}; en dessous du seuil de significativité, la différence est statistiquement significative.`,
    `Le test z${_}: le nombre d'écarts-types qui séparent les deux taux (erreur type commune). «${_}Deux ou trois écarts-types${_}» est la règle empirique retenue par les tribunaux américains. Il approche le test de Fisher et se prête mal aux petits groupes.`,
    `Petits effectifs${_}: avec une poignée de personnes, la règle des quatre cinquièmes peut signaler un écart dû au hasard, et aucun test ne peut en détecter un réel. Lorsque la règle et le test divergent, le rapport l'indique. Les groupes dont l'effectif est inférieur au minimum fixé par la politique sont masqués pour protéger les personnes qui les composent.`,
    `Un attribut à la fois${_}: chaque attribut est analysé séparément${_}; un écart peut provenir d'un autre attribut qui lui est lié (poste, ancienneté, secteur).`,
    `Corrélation n'est pas causalité${_}: un écart est une question que les RH doivent examiner (les plans, les données sur lesquelles ils reposent, l'accompagnement apporté), jamais un constat sur une personne ni un jugement sur un responsable hiérarchique.`,
  ],
};

/** L'analyse d'équité et son rapport, en français. */
export const FAIRNESS_CATALOGS_FR: FairnessDocumentCatalogs = Object.freeze({ findings: FINDINGS, issues: ISSUES, consistency: CONSISTENCY, report: REPORT });
