/**
 * La vérification du plan en français : chaque constat portant sur le plan dans son ensemble et ce
 * qu'il faut modifier (les constats sur un objectif donné sont ceux de la vérification SMART).
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { LintCatalogs, LintFacts, PlanLevelFactsByCode } from '../../lint/messages.js';

const w = figureWords('fr');

const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;
const QUESTIONS = {
  strengths: 'Quels sont les points forts du salarié\u00a0?',
  struggles: 'Quelles difficultés le salarié rencontre-t-il\u00a0?',
  notDoing: "Qu'est-ce que le salarié ne fait pas\u00a0?",
  doingWrong: "Qu'est-ce que le salarié fait mal\u00a0?",
} as const;
const FACTOR_KIND: Readonly<Record<string, string>> = {
  territory: 'lié au secteur',
  lead_quality: 'lié à la qualité des prospects',
  playbook: 'lié à la méthode de vente',
  tooling: 'lié aux outils',
  tool_fatigue: "lié à la saturation d'outils",
  other: "lié à l'environnement de travail",
};
const CHARACTERISTIC: Readonly<Record<string, string>> = {
  age: 'âge',
  sex_gender: 'sexe ou genre',
  pregnancy_maternity: 'grossesse ou maternité',
  race_ethnicity_origin: 'origine ethnique ou nationalité',
  religion: 'religion ou convictions',
  disability_health: 'handicap ou état de santé',
  sexual_orientation: 'orientation sexuelle',
  marital_family_status: 'situation familiale',
  union_membership: 'appartenance syndicale',
  genetic_information: 'caractéristiques génétiques',
  military_service: 'service militaire',
  host_listed: 'un terme de la politique',
};
const CADENCE = { weekly: 'ont lieu chaque semaine', biweekly: 'ont lieu toutes les deux semaines' } as const;
const CATEGORY: Readonly<Record<string, string>> = {
  revenue: "Chiffre d'affaires / résultats",
  activity: 'Activité',
  skill: 'Compétence',
  customer: 'Client',
  conduct: 'Comportement professionnel',
};
const category = (code: string | undefined): string => (code === undefined ? '?' : quoted(CATEGORY[code] ?? code));
/** Une part en pourcentage, avec au plus deux décimales : 0,6667 -> « 66,67 % ». */
const percent = (share: number | undefined): string => (share === undefined ? '?' : `${w.plain(share * 100)}\u00a0%`);
const num = (text: string | undefined): string => (text === undefined ? '?' : /^-?\d+(\.\d+)?$/.test(text) ? w.plain(Number(text)) : text);
const days = (text: string | undefined): string => {
  if (text === undefined) return '? jours';
  return /^-?\d+(\.\d+)?$/.test(text) ? w.plural(Number(text), { one: `${num(text)} jour`, other: `${num(text)} jours` }) : `${text} jours`;
};

function categoryLead(f: LintFacts): string {
  const categories = f.categories ?? [];
  if (f.count === undefined) return 'Les objectifs relèvent tous d\'une seule catégorie';
  if (f.count === 1) return `Le seul objectif du plan, ${f.what ?? '?'}, relève de la catégorie ${category(categories[0])}`;
  return categories.length === 1
    ? `Les ${w.count(f.count)} objectifs relèvent tous de la catégorie ${category(categories[0])}`
    : `Les ${w.count(f.count)} objectifs ne relèvent que de ${w.count(categories.length)} catégories (${w.list(categories.map(category))})`;
}

function gapFigures(f: LintFacts): string {
  const gap = f.gap;
  if (gap === undefined) return 'le salarié atteint le niveau attendu.';
  return `${gap.metricName} s'établit à ${w.value(gap.current, gap.unit)} pour un niveau attendu de ${w.value(gap.standard, gap.unit)} (${gap.lowerIsBetter ? 'une valeur plus basse est meilleure' : 'une valeur plus élevée est meilleure'}).`;
}

const SENTENCES: FindingSentencesByCode<PlanLevelFactsByCode> = {
  purpose_missing: () => ({
    message: "Le plan n'indique aucun objet.",
    fix: "Expliquez en deux ou trois phrases pourquoi le plan existe\u00a0: l'écart persistant, ce qui doit changer, et l'accompagnement que l'entreprise apportera.",
  }),
  hr_partner_missing: () => ({
    message: "Aucun référent RH n'est désigné\u00a0; les RH examinent le plan avant sa signature pour en garantir l'équité et la cohérence.",
    fix: 'Désignez le référent RH qui examinera le plan.',
  }),
  role_start_missing: () => ({
    message: "La date de prise de poste du salarié n'est pas renseignée\u00a0; le plan ne peut donc pas montrer que sa période de montée en compétences est terminée.",
    fix: 'Renseignez `employee.roleStartDate`.',
  }),
  plan_too_short: (f) => ({
    message: `Le plan dure ${days(f.value)}, moins que la durée minimale de ${days(f.limit)}\u00a0: trop peu de temps pour constater un changement.`,
    fix: 'Prévoyez une durée de 30, 60 ou 90\u00a0jours.',
  }),
  skill_gap_needs_time: (f) => ({
    message: `Le plan vise à combler un écart de compétences (${f.gaps !== undefined && f.gaps.length > 0 ? `écart ${f.gaps.join(', ')}` : 'la cause profonde relève des compétences'}) en ${days(f.value)}\u00a0; il faut ${num(f.limit ?? '60')} à 90\u00a0jours pour acquérir une compétence et la voir se traduire dans les affaires en cours.`,
    fix: "Allongez le plan à 60 à 90\u00a0jours, ou reportez l'objectif de compétences à un plan ultérieur.",
  }),
  diagnostic_missing: () => ({
    message: "Le plan ne comporte aucune analyse de la situation\u00a0: la cause profonde (compétence, volonté ou environnement de travail) est inconnue.",
    fix: "Répondez aux cinq questions de l'analyse et qualifiez la cause profonde avant de rédiger les objectifs.",
  }),
  diagnostic_incomplete: (f) => ({
    message: `L'analyse de la situation laisse sans réponse la question ${quoted(f.question === undefined ? '?' : QUESTIONS[f.question])}.`,
    fix: "Répondez à chaque question de l'analyse\u00a0; «\u00a0rien à signaler\u00a0» est aussi une réponse.",
  }),
  root_cause_system: () => ({
    message: "La cause profonde tient uniquement à l'environnement de travail (secteur, prospects, méthode de vente, outils)\u00a0: un plan d'amélioration de la performance jugerait le salarié pour un dysfonctionnement qui ne dépend pas de lui.",
    fix: "Corrigez d'abord les facteurs liés à l'environnement de travail\u00a0; n'engagez un plan que s'il subsiste ensuite un écart que le salarié peut combler.",
  }),
  system_factor_unaddressed: (f) => ({
    message: `L'analyse de la situation relève un facteur ${FACTOR_KIND[f.kind ?? 'other'] ?? "lié à l'environnement de travail"} (${f.what ?? '?'}), mais rien dans le plan n'y répond\u00a0; le salarié serait jugé pour un dysfonctionnement qui ne dépend pas de lui.`,
    fix: "Ajoutez un engagement d'accompagnement qui mentionne ce facteur dans `systemFactorIds`, ou décrivez la réponse apportée dans `mitigation`.",
  }),
  gaps_missing: () => ({
    message: "Le plan ne mentionne aucun écart de performance\u00a0: les objectifs doivent découler d'écarts mesurés.",
    fix: "Consignez chaque écart avec l'indicateur, le niveau du salarié, le niveau attendu, la période et les éléments factuels.",
  }),
  gap_not_a_shortfall: (f) => ({
    message: `L'écart ${f.what ?? '?'} ne traduit aucun déficit\u00a0: ${gapFigures(f)}`,
    fix: "Vérifiez les chiffres et le sens de l'indicateur\u00a0; supprimez l'écart si le salarié atteint le niveau attendu.",
  }),
  gap_evidence_missing: (f) => ({
    message: `L'écart ${f.what ?? '?'} ne s'appuie sur aucun élément factuel.`,
    fix: 'Citez les données dont proviennent les chiffres (rapport, période, volumes).',
  }),
  gap_period_missing: (f) => ({
    message: `L'écart ${f.what ?? '?'} ne précise aucune période et ne peut donc pas démontrer une tendance durable.`,
    fix: 'Indiquez la période sur laquelle les chiffres ont été mesurés.',
  }),
  gap_period_short: (f) => ({
    message: `L'écart ${f.what ?? '?'} a été mesuré sur ${days(f.value)}, moins que ${days(f.limit)}\u00a0: il peut s'agir d'un seul mauvais mois, et non d'une tendance durable.`,
    fix: "Montrez l'écart sur plusieurs périodes (un trimestre), ou commencez par un accompagnement informel.",
  }),
  gap_unaddressed: (f) => ({
    message: `L'écart ${f.what ?? '?'} n'est traité par aucun objectif.`,
    fix: "Ajoutez un objectif qui comble l'écart (rattaché dans le champ `gapIds` de l'objectif), ou supprimez l'écart.",
  }),
  goals_missing: () => ({
    message: "Le plan ne comporte aucun objectif.",
    fix: 'Ajoutez des objectifs SMART liés aux écarts, en combinant indicateurs avancés et résultats.',
  }),
  only_outcome_goals: () => ({
    message: "Tous les objectifs portent sur des résultats, qui n'évoluent qu'avec retard\u00a0; aucun indicateur avancé (activité ou comportement) ne montre de progrès avant que les résultats n'arrivent.",
    fix: "Ajoutez un objectif d'activité ou de comportement (appels, rendez-vous obtenus, phase de découverte menée dans les affaires en cours) qui fasse progresser le résultat.",
  }),
  leading_indicator_missing: () => ({
    message: "Aucun objectif ne mesure une activité ou un comportement, c'est-à-dire les indicateurs avancés des résultats.",
    fix: "Ajoutez un objectif de comportement montrant la compétence mise en œuvre dans les affaires en cours, ou un objectif d'activité.",
  }),
  skill_metric_missing: () => ({
    message: "La cause profonde relève des compétences, mais aucun objectif ne mesure la compétence elle-même (un indicateur de compétences évalué à l'aide d'une grille d'évaluation).",
    fix: "Ajoutez un objectif de compétences évalué à l'aide d'une grille d'évaluation, assorti d'une action de développement prévoyant mise en pratique et retours.",
  }),
  weights_incomplete: (f) => ({
    message: `L'objectif ${f.what ?? '?'} n'a pas de pondération, alors que d'autres objectifs en ont une.`,
    fix: 'Attribuez une pondération à chaque objectif, ou à aucun.',
  }),
  weights_sum: (f) => ({
    message: `La somme des pondérations des objectifs est de ${num(f.value)}, et non exactement de 100.`,
    fix: 'Ajustez les pondérations pour que leur somme soit égale à 100.',
  }),
  development_missing: (f) => ({
    message: `L'objectif de compétences ${f.what ?? '?'} n'est assorti d'aucune action de développement\u00a0: comment la compétence est mise en pratique et comment les retours montrent sa progression.`,
    fix: "Ajoutez une action de développement précisant la compétence, la mise en pratique et les retours, rattachée à l'objectif.",
  }),
  support_missing: () => ({
    message: "Le plan ne prévoit aucun accompagnement\u00a0: un plan est un engagement réciproque.",
    fix: "Ajoutez au moins un engagement d'accompagnement (coaching, formation, mentorat, outils), avec un responsable et des dates.",
  }),
  support_owner_missing: (f) => ({
    message: `L'accompagnement ${f.what ?? '?'} n'a pas de responsable\u00a0; personne n'est chargé de le mettre en œuvre.`,
    fix: 'Désignez la personne qui le met en œuvre.',
  }),
  support_unscheduled: (f) => ({
    message: `L'accompagnement ${f.what ?? '?'} n'a ni fréquence ni dates prévues\u00a0; sa mise en œuvre ne peut donc pas être suivie.`,
    fix: 'Fixez-lui une fréquence (chaque semaine, toutes les deux semaines, chaque mois) ou des dates prévues.',
  }),
  support_outside_plan: (f) => ({
    message: `L'accompagnement ${f.what ?? '?'} est daté du ${f.value ?? '?'}, en dehors des dates du plan (${f.limit ?? '?'}).`,
    fix: "Planifiez l'accompagnement pendant la durée du plan.",
  }),
  will_with_training_only: () => ({
    message: "La cause profonde relève de la volonté («\u00a0ne le fait pas\u00a0»), mais le seul accompagnement prévu est une formation, qui répond à un manque de compétence («\u00a0ne sait pas faire\u00a0»).",
    fix: 'Ajoutez du coaching ou des points de suivi avec le responsable hiérarchique portant sur la motivation et les attentes.',
  }),
  support_missed: (f) => ({
    message: `La séance d'accompagnement ${f.what ?? '?'} du ${f.value ?? '?'} n'a pas été réalisée.`,
    fix: "Reprogrammez-la\u00a0; un plan dont l'accompagnement n'a pas été réalisé ne peut pas équitablement se conclure par «\u00a0non atteint\u00a0».",
  }),
  check_ins_missing: () => ({
    message: "Aucun point de suivi n'est planifié.",
    fix: "Planifiez à l'avance des points de suivi chaque semaine ou toutes les deux semaines.",
  }),
  check_in_first_date_outside_plan: (f) => ({
    message: `Le premier point de suivi (${f.value ?? '?'}) se situe en dehors des dates du plan (${f.limit ?? '?'}).`,
    fix: 'Commencez les points de suivi dès la première ou la deuxième semaine du plan.',
  }),
  check_in_cadence_sparse: (f) => ({
    message: `${
      f.cadence !== undefined
        ? `Les points de suivi ${CADENCE[f.cadence]}`
        : f.wait !== undefined
          ? `Le premier point de suivi a lieu ${w.plural(f.wait, { one: '# jour', other: '# jours' })} après le début du plan (${f.value ?? '?'})`
          : 'Les points de suivi sont trop espacés'
    }\u00a0: plus de ${days(f.limit)} s'écoulent sans point de suivi.`,
    fix: 'Tenez un point de suivi au moins toutes les deux semaines, en commençant dans les deux premières semaines du plan.',
  }),
  check_in_missed: (f) => ({
    message: `Le point de suivi ${f.what ?? '?'} du ${f.value ?? '?'} a été manqué.`,
    fix: 'Reprogrammez-le et consignez la nouvelle date.',
  }),
  check_in_undocumented: (f) => ({
    message: `Le point de suivi ${f.what ?? '?'} du ${f.value ?? '?'} a été tenu, mais aucune note ni aucun progrès n'ont été consignés.`,
    fix: 'Documentez chaque point de suivi\u00a0: progrès par objectif, actions convenues, ajustements.',
  }),
  outcomes_missing: () => ({
    message: "Le plan n'indique ni à quoi se reconnaît la réussite, ni ce qui se passe si les objectifs ne sont pas atteints.",
    fix: 'Rédigez les critères de réussite et les conséquences (prolongation, changement de poste ou départ).',
  }),
  success_criteria_missing: () => ({
    message: "Le plan n'indique pas à quoi se reconnaît un plan mené à bien.",
    fix: 'Formulez les critères de réussite au regard des objectifs.',
  }),
  consequences_missing: () => ({
    message: "Le plan n'indique pas ce qui se passe si les objectifs ne sont pas atteints.",
    fix: 'Précisez les conséquences (un réexamen, une prolongation, un changement de poste ou un départ).',
  }),
  prior_coaching_missing: () => ({
    message: "Aucun accompagnement informel n'a été consigné avant le plan\u00a0: un plan ne doit pas être la première conversation.",
    fix: 'Commencez par un accompagnement informel et consignez les entretiens (date, notes) dans `priorCoaching`.',
  }),
  prior_coaching_insufficient: (f) => ({
    message: `Avant le plan, le nombre d'entretiens d'accompagnement consignés n'est que de ${num(f.value)}\u00a0; la politique en prévoit ${num(f.limit)}.`,
    fix: "Menez et documentez davantage d'entretiens d'accompagnement informels avant d'engager un plan formel.",
  }),
  rep_ramping: (f) => ({
    message: `Le salarié a pris son poste le ${f.value ?? '?'} et, au début du plan, se trouve encore en période de montée en compétences jusqu'au ${f.limit ?? '?'}.`,
    fix: "Accompagnez le salarié pendant sa montée en compétences\u00a0; n'engagez un plan qu'en cas d'écart persistant au-delà de cette période.",
  }),
  goals_single_category: (f) => ({
    message: `${categoryLead(f)}\u00a0; un plan équilibré combine au moins ${num(f.limit)} des catégories chiffre d'affaires, activité, compétence, client et comportement professionnel.`,
    fix: "Ajoutez des objectifs d'autres catégories pour les écarts visés par le plan\u00a0: un objectif d'activité avancé (appels, démonstrations), un objectif de compétences évalué à l'aide d'une grille d'évaluation, un objectif client ou de comportement professionnel (tenue du CRM, fidélisation) en plus du résultat. Un plan volontairement resserré (un plan d'activité sur 30\u00a0jours) en explique la raison dans son objet.",
  }),
  weight_concentrated: (f) => ({
    message: `${f.category !== undefined ? `Les objectifs de la catégorie ${category(f.category)} (${w.list(f.goalIds ?? [])}) portent ensemble` : `L'objectif ${f.what ?? '?'} porte${f.equal ? ', parmi des objectifs de même pondération,' : ''}`} ${percent(f.share)} de la pondération du plan, plus que les ${percent(f.maxShare)} autorisés par la politique\u00a0; les autres objectifs ne portent ensemble que ${percent(f.restShare)}, si bien que la conclusion en dépend.`,
    fix: "Répartissez la pondération entre les objectifs liés aux écarts (objectifs avancés d'activité et de compétences en plus du résultat), ou scindez l'objectif, afin qu'aucun objectif ni aucune catégorie ne pèse plus que ce qu'autorise la politique.",
  }),
  protected_characteristic: (f) => ({
    message: `Le texte du champ ${f.field ?? '?'}${f.entry !== undefined && f.entry.by !== 'index' ? ` (${f.entry.value})` : ''} mentionne ${
      f.terms !== undefined && f.terms.length > 0 ? w.list(f.terms.map((t) => `${quoted(t.text)} (${CHARACTERISTIC[t.characteristic] ?? t.characteristic})`)) : 'une caractéristique protégée'
    }\u00a0: les formulations portant sur des caractéristiques protégées n'ont pas leur place dans un plan d'amélioration de la performance.`,
    fix: f.leave
      ? "Consignez les absences de façon neutre («\u00a0absence autorisée\u00a0»)\u00a0: la nature de l'absence et tout détail médical ou familial relèvent des dossiers confidentiels des RH, et non du plan, qui ne doit jamais laisser entendre qu'ils ont un lien avec la performance."
      : "Les caractéristiques protégées (âge, sexe ou genre, grossesse, origine ethnique ou nationalité, religion, handicap ou état de santé, orientation sexuelle, situation familiale, appartenance syndicale) ne peuvent jamais fonder un plan d'amélioration de la performance\u00a0: supprimez la mention et décrivez plutôt le comportement professionnel observable (ce que le salarié a fait ou n'a pas fait, et quand, chiffres à l'appui).",
  }),
};


/** Les constats et corrections de la vérification du plan, en français. */
export const LINT_CATALOGS_FR: LintCatalogs = Object.freeze({ messages: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'fix') });
