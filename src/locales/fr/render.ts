/**
 * The rendered documents' words in French: the plan document and the evaluation report.
 *
 * @module
 */
import type { RenderMessages } from '../../render/messages.js';
import { pluralForm } from '../../issues/plural.js';

const n = (count: number, forms: Parameters<typeof pluralForm>[2]): string => pluralForm('fr', count, forms);

type Forms = Parameters<typeof pluralForm>[2];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A bare count, written the French way. */
const NUMBER: Forms = { one: '#', other: '#' };

/** A number of periods of a unit ("3 semaines"). */
const PERIODS: Readonly<Record<string, Forms>> = {
  day: { one: '# jour', other: '# jours' },
  week: { one: '# semaine', other: '# semaines' },
  month: { one: '# mois', other: '# mois' },
};

/** The last periods of a unit ("les 4 dernières semaines"). */
const LAST_PERIODS: Readonly<Record<string, Forms>> = {
  day: { one: 'le dernier jour', other: 'les # derniers jours' },
  week: { one: 'la dernière semaine', other: 'les # dernières semaines' },
  month: { one: 'le dernier mois', other: 'les # derniers mois' },
};

/** A unit's name after "chaque". */
const UNIT_NAME: Readonly<Record<string, string>> = { day: 'jour', week: 'semaine', month: 'mois' };

const periods = (unit: string): Forms => PERIODS[unit] ?? { one: `# ${unit}`, other: `# ${unit}` };
const lastPeriods = (unit: string): Forms => LAST_PERIODS[unit] ?? { one: `# ${unit}`, other: `# ${unit}` };

const WEEKDAYS: Readonly<Record<string, string>> = {
  monday: 'lundi', tuesday: 'mardi', wednesday: 'mercredi', thursday: 'jeudi', friday: 'vendredi', saturday: 'samedi', sunday: 'dimanche',
};

const DURATION_UNITS: Readonly<Record<string, Forms>> = {
  minutes: { one: 'minute', other: 'minutes' },
  hours: { one: 'heure', other: 'heures' },
  days: { one: 'jour', other: 'jours' },
};

/** A formatted French amount ("1,5", "24") read back as a number, to choose the unit's form (2 when it cannot be read). */
const amountValue = (amount: string): number => {
  const value = Number.parseFloat(amount.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isNaN(value) ? 2 : Math.abs(value);
};

/** A French list: "A, B et C". */
const joinAnd = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}` : items.join('');

/** The rendered documents' words in French. */
export const RENDER_MESSAGES_FR: RenderMessages = {
  term: "Plan d'amélioration de la performance",
  sections: {
    basics: 'Informations générales et objet du plan',
    diagnostic: 'Analyse de la situation',
    gaps: 'Écarts de performance',
    goals: 'Objectifs',
    development: 'Plan de développement',
    support: 'Accompagnement et ressources',
    timeline: 'Calendrier et points de suivi',
    outcomes: 'Critères de réussite et conséquences',
    formalising: 'Revue RH et signatures',
    reference: 'Champs de référence',
  },
  labels: {
    planId: 'Identifiant du plan', status: 'Statut', revision: 'Révision', employee: 'Salarié', role: 'Poste', team: 'Équipe',
    territory: 'Secteur', manager: 'Responsable hiérarchique', hrPartner: 'Référent RH', createdOn: "Date d'ouverture",
    startDate: 'Début', endDate: 'Fin', duration: 'Durée', salesCycle: 'Cycle de vente habituel', purpose: 'Objet du plan',
    priorCoaching: 'Accompagnement antérieur au plan', strengths: 'Points forts', struggles: 'Difficultés rencontrées',
    notDoing: "Ce qui n'est pas encore fait", doingWrong: "Ce qui est fait d'une manière qui ne donne pas de résultats",
    systemFactors: "Facteurs liés à l'environnement de travail (secteur, prospects, méthode de vente, outils)", rootCause: 'Cause profonde',
    rootCauseNotes: 'À propos de la cause profonde', metric: 'Indicateur', current: 'Niveau actuel', standard: 'Niveau attendu',
    difference: 'Écart', period: 'Période', evidence: 'Éléments factuels', gapNotes: 'À propos des écarts', goal: 'Objectif',
    category: 'Catégorie', baseline: 'Niveau initial', target: 'Cible', window: 'Période de mesure', weight: 'Pondération',
    required: 'Obligatoire', closesGap: 'Écart visé', milestones: 'Jalons', goalNotes: 'À propos des objectifs',
    skill: 'Compétence', practice: 'Mise en pratique pour la développer', feedback: 'Retours qui montrent les progrès', forGoals: 'Objectifs concernés',
    support: 'Accompagnement', kind: 'Type', owner: 'Responsable', schedule: 'Calendrier', addresses: 'Répond à',
    deliveryRecord: 'Suivi de réalisation', delivered: 'Réalisé', phases: 'Phases', phase: 'Phase', days: 'Jours',
    dates: 'Période couverte', focus: 'Priorité', checkInSchedule: 'Calendrier des points de suivi', checkInDates: 'Dates des points de suivi',
    checkInLog: 'Journal des points de suivi', number: 'N°', date: 'Date', notes: 'Notes', progress: 'Progrès',
    actions: 'Actions convenues', adjustments: 'Ajustements', privateNotes: 'Notes privées du responsable hiérarchique',
    attendees: 'Participants', changes: 'Modifications du plan', success: 'Critères de réussite',
    ifSuccessful: 'Si les objectifs sont atteints', ifNotMet: 'Si les objectifs ne sont pas atteints', closure: 'Clôture',
    hrReview: 'Revue RH', decision: 'Décision', reviewNotes: 'Notes de revue', signatures: 'Signatures des parties',
    signature: 'Signature', comment: 'Commentaire', mitigation: 'Réponse apportée par le plan', yes: 'Oui', no: 'Non',
    none: '—', value: 'Valeur', copy: 'Exemplaire', signer: 'Qualité', name: 'Nom', signed: 'Signé le', holidays: 'Jours fériés',
    measurement: 'Mode de mesure des progrès', level: 'Niveau', looksLike: 'Comportements observables',
  },
  empty: {
    purpose: "Aucun objet n'est encore indiqué.",
    priorCoaching: "Aucun entretien d'accompagnement antérieur au plan n'est consigné.",
    diagnostic: "Aucune analyse de la situation n'est encore consignée.",
    list: 'Aucun élément consigné.',
    systemFactors: "Aucun facteur lié à l'environnement de travail n'est consigné.",
    gaps: "Aucun écart de performance n'est encore consigné.",
    goals: "Aucun objectif n'est encore fixé.",
    development: "Aucune action de développement n'est encore prévue.",
    support: "Aucun accompagnement n'est encore prévu.",
    deliveries: "Aucune séance d'accompagnement n'est encore consignée.",
    checkInSchedule: "Aucun point de suivi n'est encore planifié.",
    checkIns: "Aucun point de suivi n'est encore consigné.",
    outcome: 'Non précisé pour le moment.',
    hrReview: 'Pas encore examiné par les RH.',
    signatures: 'Pas encore signé.',
    notes: 'Aucune note.',
  },
  rootCause: {
    skill: 'Compétence\u00a0: ne sait pas encore faire',
    will: 'Volonté\u00a0: ne le fait pas, par choix',
    system: 'Environnement\u00a0: le contexte de travail fait obstacle',
    mixed: 'Mixte\u00a0: compétence, volonté et environnement combinés',
  },
  systemFactorKind: {
    territory: 'Secteur', lead_quality: 'Qualité des prospects', playbook: 'Méthode de vente', tooling: 'Outils',
    tool_fatigue: "Saturation d'outils", other: 'Autre',
  },
  standardSource: {
    team_average: "moyenne de l'équipe", team_median: "médiane de l'équipe", quota: 'objectif commercial (quota)',
    role_standard: 'niveau attendu pour le poste', own_earlier_level: 'niveau antérieur du salarié', other: 'niveau attendu',
  },
  goalCategory: {
    revenue: "Chiffre d'affaires / résultats", activity: 'Activité', skill: 'Compétence', customer: 'Client', conduct: 'Comportement professionnel',
  },
  metricKind: { skill: 'compétence', behavior: 'comportement', activity: 'activité', outcome: 'résultat' },
  supportKind: {
    coaching: 'Coaching', training: 'Formation', mentorship: 'Mentorat', shadowing: 'Observation en binôme', tool: 'Outil', other: 'Autre',
  },
  planStatus: {
    draft: 'Brouillon', in_review: 'En revue RH', awaiting_acknowledgement: "En attente d'accusé de réception", active: 'En cours',
    paused: 'Suspendu', in_evaluation: 'En évaluation', closed: 'Clôturé', monitoring: 'Suivi post-plan', completed: 'Terminé',
  },
  phase: {
    diagnose_and_develop: 'Diagnostiquer et développer',
    practise_and_apply: "S'exercer et appliquer",
    measure_and_evaluate: 'Mesurer et évaluer',
  },
  phaseFocus: {
    diagnose_and_develop: 'Formation et mise en pratique dans un cadre sécurisé\u00a0; le responsable hiérarchique observe et fait des retours.',
    practise_and_apply: "La compétence est mise en œuvre sur des affaires réelles et fait l'objet d'un débriefing.",
    measure_and_evaluate: 'Mise en œuvre régulière\u00a0; les résultats sont mesurés et analysés à partir des données.',
  },
  signerRole: { manager: 'Responsable hiérarchique', employee: 'Salarié', hr: 'RH' },
  slotStatus: { held: 'Tenu', missed: 'Manqué', overdue: 'En retard', due: 'À tenir', upcoming: 'À venir', scheduled: 'Planifié' },
  sessionStatus: { delivered: 'Réalisée', missed: 'Manquée', overdue: 'En retard', upcoming: 'À venir', scheduled: 'Planifiée' },
  closingOutcome: {
    successful: 'Plan mené à bien', extended_then_closed: 'Prolongé, puis clôturé', not_met: 'Objectifs non atteints', withdrawn: 'Retiré',
  },
  reviewDecision: { approved: 'Approuvé', changes_requested: 'Modifications demandées' },
  checkInStatus: { held: 'Tenu', missed: 'Manqué' },
  audience: { employee: 'Exemplaire du salarié', manager: 'Exemplaire du responsable hiérarchique', hr: 'Exemplaire RH' },
  documentTitle: (term, employee) => `${term}\u00a0: ${employee}`,
  subtitle: (role, team) => (team ? `${role}, équipe ${team}` : role),
  audienceNote: (audience, term) =>
    audience === 'employee'
      ? `${term}\u00a0: exemplaire du salarié.`
      : `${term}\u00a0: exemplaire ${audience === 'hr' ? 'RH' : 'du responsable hiérarchique'}. Contient les notes privées du responsable hiérarchique et les notes internes de revue. Ne pas communiquer au salarié.`,
  footer: (term, asOf) => (asOf ? `${term}. Statuts au ${asOf}.` : `${term}.`),
  days: (count) => n(count, { one: '# jour', other: '# jours' }),
  dayRange: (first, last) => `Jours ${first} à ${last}`,
  dateRange: (start, end) => `du ${start} au ${end}`,
  byDeadline: (date) => `au plus tard le ${date}`,
  basis: (basis) => ({ per_day: 'par jour', per_week: 'par semaine', per_month: 'par mois', window: 'sur la période de mesure' })[basis],
  atLeast: (value) => `au moins ${value}`,
  atMost: (value) => `au plus ${value}`,
  shortBy: (amount) => `en retrait de ${amount}`,
  overBy: (amount) => `en dépassement de ${amount}`,
  noGap: 'conforme au niveau attendu',
  percentagePoints: (amount) => `${amount}\u00a0points`,
  durationUnit: (amount, unit) => (unit ? `${amount}\u00a0${n(amountValue(amount), DURATION_UNITS[unit] ?? { other: unit })}` : amount),
  rubricLevel: (value, label) => `${value} – ${label}`,
  every: (every, starting, count) =>
    `${{ week: 'Chaque semaine', two_weeks: 'Toutes les deux semaines', month: 'Chaque mois' }[every]} à partir du ${starting}${count !== undefined ? `, ${n(count, { one: '# séance', other: '# séances' })}` : ''}`,
  dueOn: (dates) => `Échéances\u00a0: ${dates.join(', ')}`,
  deliveredCount: (delivered, missed, total) =>
    `${n(delivered, NUMBER)} sur ${n(total, { one: '# séance réalisée', other: '# séances réalisées' })}${missed > 0 ? `, ${n(missed, { one: '# manquée', other: '# manquées' })}` : ''}`,
  checkInCadence: (cadence, weekday) => `${cadence === 'weekly' ? 'Chaque semaine' : 'Toutes les deux semaines'}, le ${weekday}`,
  businessDaysOnly: 'Reportés hors week-end',
  holidays: (dates) =>
    `Aucun point de suivi les jours suivants\u00a0: ${dates.join(', ')}\u00a0; un point de suivi qui tombe l'un de ces jours est reporté au jour ouvré suivant`,
  milestone: (label, date, target, goal) => `${label ? `${label}, ` : ''}${date}\u00a0: ${target} (${goal})`,
  extension: (days, from, to, reason) => `Prolongé de ${n(days, { one: '# jour', other: '# jours' })}, du ${from} au ${to}\u00a0: ${reason}`,
  pause: (start, end, reason) => `Suspendu ${end ? `du ${start} au ${end}` : `depuis le ${start}`}\u00a0: ${reason}`,
  amendment: (date, by, target, reason, revision) => `Le ${date}, ${by} a modifié «\u00a0${target}\u00a0» (révision ${revision})\u00a0: ${reason}`,
  amendedGoal: (title, changes) =>
    `Objectif «\u00a0${title}\u00a0»\u00a0: ${changes.length > 0 ? changes.join(', ') : 'aucune modification de ses conditions'}`,
  amendedSupport: (description, changes) =>
    `Accompagnement «\u00a0${description}\u00a0»\u00a0: ${changes.length > 0 ? changes.join(', ') : 'aucune modification de ses conditions'}`,
  amendmentWithChange: (amendment, change) => `${amendment}. ${change}`,
  addedGoal: (title) => `Objectif «\u00a0${title}\u00a0» ajouté`,
  addedSupport: (description) => `Accompagnement «\u00a0${description}\u00a0» ajouté`,
  fieldChange: (field, before, after) => `${field}\u00a0: ${before} → ${after}`,
  amendmentFields: {
    title: 'intitulé',
    category: 'catégorie',
    metricId: 'indicateur',
    baseline: 'niveau initial',
    target: 'cible',
    window: 'période de mesure',
    deadline: 'échéance',
    weight: 'pondération',
    required: 'caractère obligatoire',
    floor: 'seuil plancher',
    milestones: 'jalons',
    gapIds: 'écarts',
    description: 'descriptif',
    kind: 'type',
    owner: 'responsable',
    ownerName: 'responsable',
    cadence: 'calendrier',
    dueDates: 'échéances',
    goalIds: 'objectifs',
    systemFactorIds: "facteurs liés à l'environnement de travail",
  },
  closure: (outcome, date, by) => `${outcome}\u00a0; plan clôturé le ${date} par ${by}`,
  closureBasis: (date, recommendation) => `Décision fondée sur l'évaluation du ${date}, qui recommandait\u00a0: ${recommendation}.`,
  closureBasisFigures: (score, reasons) =>
    `Score de ${score} sur 100\u00a0; motifs\u00a0: ${reasons.length > 0 ? reasons.join('\u00a0; ') : 'aucun motif consigné'}.`,
  closureDeparture: (reason) => `Motif de la décision contraire à la recommandation\u00a0: ${reason}`,
  reasonCode: {
    provisional_before_end: 'provisoire, avant la date de fin',
    plan_not_running: 'plan non actif',
    plan_not_started: 'plan non commencé',
    nothing_elapsed: 'aucune période écoulée',
    insufficient_coverage: 'données insuffisantes',
    required_goal_without_data: 'un objectif obligatoire sans données',
    check_ins_undocumented: 'points de suivi non documentés',
    required_goals_met_and_sustained: 'objectifs obligatoires atteints et maintenus',
    required_goal_held_recently: 'un objectif obligatoire récemment maintenu à la cible',
    score_past_success_threshold: 'score au-delà du seuil de réussite',
    non_required_goal_not_met: 'un objectif non obligatoire non atteint',
    required_goal_not_met: 'un objectif obligatoire non atteint',
    required_goal_not_sustained: 'un objectif obligatoire non maintenu',
    goal_below_floor: 'un objectif sous son seuil plancher',
    improvement_past_threshold: 'amélioration au-delà du seuil',
    leading_indicators_improving: 'indicateurs avancés en progression',
    goals_on_course: 'objectifs en bonne voie',
    extension_cap_reached: 'plus aucune prolongation possible',
    no_real_improvement: "pas d'amélioration réelle",
    company_commitment_shortfall: "accompagnement de l'entreprise insuffisamment assuré",
  },
  review: (decision, by, date) => `${decision} par ${by} le ${date}`,
  signatureStatement: (term) =>
    `La signature atteste la réception et la compréhension du présent document (${term})\u00a0; elle ne vaut pas accord sur son contenu. Le salarié peut y ajouter un commentaire.`,
  signedRevision: (revision) => `révision ${revision}`,
  unsigned: 'Non signé',
  weekday: (weekday) => WEEKDAYS[weekday] ?? weekday,
  gapFor: (metric, current, standard) => `${metric}\u00a0: ${current} pour un niveau attendu de ${standard}`,
  progressValue: (value) => `valeur\u00a0: ${value}`,
  actionLine: (description, owner, due) =>
    `${description}${owner ? ` (responsable\u00a0: ${owner}` : ''}${owner && due ? `, échéance\u00a0: ${due})` : owner ? ')' : due ? ` (échéance\u00a0: ${due})` : ''}`,
  privateNotesWarning: 'Confidentiel\u00a0: non visible par le salarié.',
  attendees: (names) => joinAnd(names),
  rubricTitle: (metric) => `Grille d'évaluation\u00a0: ${metric}`,
  standardLevel: 'le niveau attendu',
  evaluation: {
    sections: {
      overview: "Vue d'ensemble",
      goals: 'Objectifs\u00a0: où en est chacun',
      triad: 'Compétence, comportement et résultat',
      checkIns: 'Journal des points de suivi',
      support: "Suivi de l'accompagnement",
      recommendation: 'Recommandation',
      data: 'À propos des données',
      reference: 'Champs de référence',
    },
    labels: {
      asOf: 'Date de référence', reading: 'Lecture', score: 'Score', progress: 'Progrès', triad: 'Système de mesure',
      checkIns: 'Points de suivi', support: 'Accompagnement', coverage: 'Couverture des données', leave: 'Absences', recommendation: 'Recommandation',
      goal: 'Objectif', baseline: 'Niveau initial', target: 'Cible', observed: 'Constaté', attainment: "Taux d'atteinte", status: 'Statut',
      trend: 'Tendance', weight: 'Pondération', metric: 'Indicateur', window: 'Période de mesure', required: 'Obligatoire', sustained: 'Maintenu à la cible',
      projected: 'Projection en fin de plan', skillLevel: 'Niveau de compétence', recentLevel: 'Niveau récent', component: 'Composante',
      state: 'Lecture', category: 'Catégorie', points: 'Nombre de points', scheduled: 'Planifiés', due: 'À échéance', held: 'Tenus',
      missed: 'Manqués', documented: 'Documentés', date: 'Date', notes: 'Notes', progressNotes: 'Progrès',
      actions: 'Actions convenues', privateNotes: 'Notes privées du responsable hiérarchique', commitment: 'Engagement', kind: 'Type',
      owner: 'Responsable', dueDate: 'Échéance', deliveredOn: 'Réalisée le', note: 'Remarque', delivered: 'Réalisées', share: 'Part',
      period: 'Période', value: 'Valeur', atTarget: 'À la cible', goalByGoal: 'Objectif par objectif', overviewChart: "Taux d'atteinte par objectif",
      scoreByCategory: 'Score par catégorie', deliveryByCommitment: 'Réalisation par engagement', sessions: 'Séances',
      reasons: 'Motifs', milestones: 'Jalons', evidenceGoals: 'Objectifs', evidenceFigures: 'Chiffres', evidenceDates: 'Dates clés',
      plan: 'Plan', dates: 'Dates clés', copy: 'Exemplaire', none: '—', yes: 'Oui', no: 'Non', inPeriod: 'Sur la période',
      runningTotal: 'Cumul', why: 'Pourquoi', periodsAtTarget: 'Périodes à la cible', legend: 'Mesures',
    },
    heldRecentlyStatus: 'Non atteint sur la période de mesure\u00a0; maintenu à la cible récemment',
    heldRecentlyShort: 'Maintenu récemment',
    recentLevel: (value, periods, unit, gapShare) =>
      `${value} sur ${n(periods, lastPeriods(unit))}${gapShare !== undefined ? ` (${gapShare} de l'écart comblé)` : ''}`,
    periodsAtTarget: (atTarget, counted, unit, share, needed) =>
      `${n(atTarget, periods(unit))} sur ${n(counted, NUMBER)} (${share}${needed !== undefined ? `\u00a0; ${needed} requis` : ''})`,
    periodsAtTargetShort: (atTarget, counted, unit) => `${n(atTarget, periods(unit))} sur ${n(counted, NUMBER)}`,
    lastPeriodsAtTarget: (atTarget, considered, unit, sustained) =>
      `${n(atTarget, NUMBER)} sur ${n(considered, lastPeriods(unit))}${sustained ? ', niveau maintenu' : ', niveau non maintenu'}`,
    measuresLegend:
      "Taux d'atteinte\u00a0: la part de l'écart entre le niveau initial et la cible comblée sur l'ensemble de la période de mesure. Périodes à la cible\u00a0: les périodes complètes où la cible est atteinte ou dépassée (ce sur quoi repose «\u00a0atteint\u00a0» pour les objectifs hebdomadaires et mensuels). Niveau récent\u00a0: la valeur sur les dernières périodes, sur laquelle reposent le progrès et «\u00a0maintenu à la cible\u00a0».",
    goalStatus: {
      met: 'Atteint', not_met: 'Non atteint', on_track: 'En bonne voie', at_risk: 'À risque', off_track: 'En décrochage',
      no_data: 'Pas encore de données', not_started: 'Non commencé',
    },
    trend: { improving: 'En progression', flat: 'Stable', declining: 'En baisse' },
    triadComponent: { skill: 'Compétence', behavior: "Comportement (avec l'activité)", outcome: 'Résultat' },
    triadState: {
      met: 'Atteint', improving: 'En progression', flat: 'Stable', declining: 'En baisse', no_data: 'Pas encore de données', not_measured: 'Non mesuré',
    },
    triadCode: {
      all_met: 'Tout est atteint',
      improving: "Progression d'ensemble",
      improving_lagging_results: 'En progression, résultats en retard',
      skill_not_applied: 'Compétence pas encore mise en œuvre',
      results_without_leading_change: 'Résultats sans évolution des indicateurs avancés',
      declining: 'En baisse',
      no_improvement: 'Aucune amélioration',
      no_data: 'Pas encore de données',
    },
    outcome: {
      successful: 'Plan mené à bien',
      extend: 'Prolonger le plan',
      not_met: 'Objectifs non atteints',
      insufficient_evidence: 'Éléments insuffisants pour décider',
    },
    outcomeMeaning: {
      successful:
        "Les objectifs sont atteints, ou l'amélioration est significative et durable\u00a0: retour à une situation normale, avec un suivi pour maintenir la dynamique.",
      extend:
        "Des progrès réels, mais le niveau attendu n'est pas encore atteint (ou l'accompagnement prévu par l'entreprise n'a pas été pleinement assuré)\u00a0: un délai supplémentaire, avec les mêmes objectifs et le même accompagnement.",
      not_met: "Les objectifs ne sont pas atteints et l'amélioration est insuffisante, alors que l'accompagnement convenu a été assuré.",
      insufficient_evidence:
        'Les données ou les comptes rendus des points de suivi sont trop lacunaires pour en juger équitablement\u00a0: consignez-les avant de décider.',
    },
    logStatus: { held: 'Tenu', missed: 'Manqué', overdue: 'En retard', due: 'À tenir', upcoming: 'À venir' },
    ledgerStatus: { delivered: 'Réalisée', missed: 'Manquée', overdue: 'En retard', upcoming: 'À venir' },
    weighting: { goal_weights: 'selon la pondération des objectifs', equal: 'objectifs pondérés à parts égales' },
    figure: {
      score: 'Score', successScore: 'Seuil de réussite', extendScore: 'Seuil de prolongation', progress: 'Progrès',
      improvementShare: 'Amélioration requise', coverage: 'Couverture', minCoverage: 'Couverture requise',
      periodsWithData: 'Périodes avec données', periodsElapsed: 'Périodes écoulées', elapsedPeriods: 'Périodes écoulées',
      held: 'Points de suivi tenus', documented: 'Points de suivi documentés', documentedShare: 'Part documentée',
      minDocumentedShare: 'Part documentée requise', supportDue: "Séances d'accompagnement à échéance",
      supportDelivered: "Séances d'accompagnement réalisées", supportDeliveredShare: 'Accompagnement réalisé',
      minSupportDeliveredShare: "Réalisation de l'accompagnement requise", minCommitmentDeliveredShare: 'Réalisation requise par engagement',
      checkInsDue: 'Points de suivi à échéance', checkInsHeld: 'Points de suivi tenus', checkInsHeldShare: 'Part des points de suivi tenus',
      minCheckInHeldShare: 'Part des points de suivi tenus requise', extensionsGranted: 'Prolongations accordées',
      maxExtensions: 'Prolongations autorisées', sustainShare: 'Part des dernières périodes requise', periodMetShare: 'Part des périodes requise',
    },
    allGoals: (count) => n(count, { one: 'le seul objectif', other: 'les # objectifs' }),
    keyedFigure: (kind, subject) =>
      `${({ attainment: "Taux d'atteinte", sustained: 'Maintenu à la cible', coverage: 'Couverture', progress: 'Progrès', delivered: 'Réalisé', due: 'À échéance', observed: 'Constaté', target: 'Cible', recent: 'Niveau récent', atTarget: 'Périodes à la cible', periods: 'Périodes comptées', metShare: 'Part des périodes à la cible', floor: 'Seuil plancher', recentStart: 'Niveau récent depuis' } as Readonly<Record<string, string>>)[kind] ?? kind} (${subject})`,
    date: { asOf: 'Date de référence', endDate: 'Fin du plan', startDate: 'Début du plan' },
    documentTitle: (term, employee) => `Évaluation\u00a0: ${term} — ${employee}`,
    audienceNote: (audience, term) =>
      audience === 'employee'
        ? `Évaluation (${term})\u00a0: exemplaire du salarié.`
        : `Évaluation (${term})\u00a0: exemplaire ${audience === 'hr' ? 'RH' : 'du responsable hiérarchique'}. Contient les notes privées du responsable hiérarchique sur les points de suivi. Ne pas communiquer au salarié.`,
    footer: (term, asOf) => `Évaluation (${term}) au ${asOf}. Les chiffres reposent sur les données enregistrées à cette date.`,
    final: (end) => `Définitive\u00a0: le plan a pris fin le ${end}.`,
    provisional: (end) => `Provisoire\u00a0: le plan court jusqu'au ${end}.`,
    score: (score, weighting) => `${score} sur 100 (${weighting})`,
    progress: (share) => `Le niveau récent a comblé ${share} des écarts`,
    goalProgress: (share) => `Le niveau récent a comblé ${share} de l'écart`,
    readingKind: { final: 'définitive', provisional: 'provisoire', notRunning: 'plan non actif' },
    notRunning: "Plan non actif\u00a0: le plan n'a pas été activé, aucune échéance ne court encore.",
    ofDue: (count, due, what) => `${n(count, NUMBER)} ${what} sur ${n(due, NUMBER)} à échéance`,
    coverage: (share, withData, elapsed) =>
      `${share} des périodes écoulées disposent de données (${n(withData, NUMBER)} sur ${n(elapsed, NUMBER)})`,
    leave: (days, spans) =>
      `${n(days, { one: '# jour de suspension', other: '# jours de suspension' })} (${spans.join('\u00a0; ')}), ${n(days, { one: 'exclu', other: 'exclus' })} de toutes les mesures\u00a0: le calendrier du plan a été arrêté et rien n'a été retenu au détriment du salarié`,
    recommendationNote:
      'Une recommandation tirée des données, et non une décision\u00a0: le responsable hiérarchique et les RH décident, au vu des comptes rendus des points de suivi et du point de vue du salarié.',
    rawAttainment: (raw) => `${raw} de l'écart`,
    goalFacts: (category, weight, required) => `${category}, pondération ${weight}${required ? ', obligatoire' : ''}`,
    progressLine: (goal, note, value) => `${goal}\u00a0: ${note}${value !== undefined ? ` (${value})` : ''}`,
    chartTitle: (goal, metric) => `${goal}\u00a0: ${metric}`,
    chartLegend: (series, baseline, target, asOf, milestones) =>
      `Ligne bleue\u00a0: ${series}. Tirets gris\u00a0: niveau initial ${baseline}. Tirets verts\u00a0: cible ${target}.${milestones ? ' Violet\u00a0: jalons.' : ''} Orange\u00a0: ${asOf}.`,
    seriesName: (unit, runningTotal) =>
      runningTotal ? `cumul à la fin de chaque ${UNIT_NAME[unit] ?? unit}` : `valeur de chaque ${UNIT_NAME[unit] ?? unit}`,
    asOfMarker: (date) => `Au ${date}`,
    baselineLine: (value) => `Niveau initial ${value}`,
    targetLine: (value) => `Cible ${value}`,
    sparkline: (series, spark, first, last) => `${cap(series)}\u00a0: ${spark} (du ${first} au ${last})`,
    periodEnding: (date) => `jusqu'au ${date}`,
    barLabel: (attainment, status) => `${attainment} — ${status}`,
    overviewTitle: "Taux d'atteinte par objectif\u00a0: part de chaque écart comblée",
    nothingToChart: 'Aucune période complète avec des données pour le moment.',
    skillLevel: (level, standard) => `${level}\u00a0; le niveau attendu est ${standard}`,
    sustainedShare: (share, sustained) => `${share} des dernières périodes${sustained ? ', niveau maintenu' : ''}`,
    noCheckIns: 'Aucun point de suivi planifié ni consigné.',
    noSupport: "Aucune séance d'accompagnement prévue.",
    noGoals: 'Le plan ne comporte aucun objectif à évaluer.',
  },
};
