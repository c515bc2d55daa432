/**
 * Le cycle de vie en français : pourquoi une commande est refusée, et ce que dit chaque rappel et
 * chaque notification. Les commandes (`withdraw`) et les codes de rôle restent tels que l'API les
 * écrit ; les statuts et les issues sont dans les mots du document du plan.
 *
 * @module
 */
import type { LifecycleCatalogs } from '../../lifecycle/catalogs.js';
import { nestedIssueRef } from '../../lifecycle/nested-issue-ref.js';
import { figureWords } from '../../issues/figures.js';
import { codeWords } from '../code-words.js';
import { RENDER_MESSAGES_FR } from './render.js';

const w = figureWords('fr');
const { status, outcome, recommended } = codeWords(RENDER_MESSAGES_FR, (text) => `«\u00a0${text}\u00a0»`);
const ROLE: Readonly<Record<string, string>> = { manager: 'le responsable hiérarchique', employee: 'le salarié', hr: 'les RH', system: 'le système' };
const role = (code: string): string => ROLE[code] ?? code;
const list = (items: readonly string[] | undefined): string => (items && items.length > 0 ? items.join(', ') : 'aucune');
const days = (n: number): string => w.plural(n, { one: '# jour', other: '# jours' });
const RELATION = { employee: 'le salarié concerné par le plan', manager: 'le responsable hiérarchique du plan', hr_partner: 'le référent RH du plan' } as const;

/** Les refus et les rappels, en français. */
export const LIFECYCLE_CATALOGS_FR: LifecycleCatalogs = Object.freeze<LifecycleCatalogs>({
  rejections: {
    unknown_command: (f) => `${f.command} n'est pas une commande connue de cette bibliothèque (commandes\u00a0: ${list(f.allowed)}).`,
    invalid_command: (f) => `La commande ${f.command} est mal formée\u00a0: ${nestedIssueRef(f.first, 'command')}.`,
    invalid_context: (f) =>
      `Le contexte est inutilisable\u00a0: ${f.field === 'asOf' ? 'asOf doit être une vraie date du calendrier au format AAAA-MM-JJ' : 'actor doit être { id, role }, avec le rôle manager, employee, hr ou system'}.`,
    policy_invalid: (f) => `La politique du cycle de vie est inutilisable (${nestedIssueRef(f.first, 'policy')})\u00a0; rien n'a été décidé sur cette base.`,
    clock_backwards: (f) => `asOf est antérieur au ${f.date}, date du dernier événement du plan\u00a0: le journal doit rester dans l'ordre chronologique.`,
    before_plan_created: (f) => `asOf est antérieur au ${f.date}, jour de création du plan\u00a0: rien n'arrive à un plan avant qu'il n'existe.`,
    log_full: (f) => `Le journal des événements du plan est plein (${w.count(f.count)} événements)\u00a0; archivez le plan avant d'enregistrer autre chose.`,
    event_not_storable: (f) => `La commande ${f.command} ne peut pas être enregistrée dans le journal des événements\u00a0: ${nestedIssueRef(f.first, 'command')}.`,
    wrong_state: (f) => `Un plan au statut ${status(f.status)} n'accepte pas ${f.command}\u00a0; il accepte ${list(f.allowed)}.`,
    plan_closed: (f) => `Le plan est ${status(f.status)}\u00a0: un plan clôturé n'est plus modifiable, sauf pour le suivi post-plan (il accepte ${list(f.allowed)}).`,
    wrong_role: (f) => `${f.command} est réservé à ${list(f.roles)}, pas à ${f.role}.`,
    wrong_person: (f) => `Seul ${role(f.role)} de ce plan peut exécuter ${f.command} dans ce rôle (${role(f.role)} du plan est ${f.expected}).`,
    conflict_of_interest: (f) =>
      `${f.actor} est ${RELATION[f.relation]} et ne peut pas y agir en tant que ${f.role}\u00a0: sur son propre plan, le responsable hiérarchique n'agit qu'en tant que responsable et le salarié qu'en tant que salarié, jamais pour les RH ou le système.`,
    not_plan_reviewer: (f) =>
      `Seul ${f.hrPartner === undefined ? "le référent RH du plan (le plan n'en désigne aucun\u00a0: demandez des modifications pour qu'il en soit désigné un)" : `le référent RH du plan, ${f.hrPartner},`} peut exécuter ${f.command} sur ce plan\u00a0: la revue RH est faite par la personne désignée pour cela.`,
    lint_errors: (f) => `Le plan ne peut pas passer en revue RH tant qu'il comporte ${w.plural(f.count, { one: '# erreur de contrôle', other: '# erreurs de contrôle' })}\u00a0; voir les constats.`,
    reason_required: (f) => `${f.command} exige un motif\u00a0: expliquez pourquoi, avec des mots que le salarié lira.`,
    not_approved: () => "Les RH n'ont pas approuvé le plan\u00a0: un plan n'est activé qu'après la revue RH.",
    not_acknowledged: (f) =>
      `La révision en vigueur n'a pas fait l'objet d'un accusé de réception de ${f.missing.length > 0 ? w.list(f.missing.map((m) => (m === 'manager' ? 'la part du responsable hiérarchique' : 'la part du salarié'))) : 'la part du responsable hiérarchique et du salarié'}.`,
    before_start_date: (f) => `Le plan commence le ${f.date}\u00a0; il ne peut pas être activé avant cette date.`,
    after_end_date: (f) => `Le plan a pris fin le ${f.date}\u00a0; il ne peut plus être activé. Modifiez-le, prolongez-le ou retirez-le.`,
    already_acknowledged: (f) => `${role(f.role).replace(/^l/, 'L')} a déjà accusé réception de la révision ${f.count}.`,
    comment_not_allowed: () => "Seul le salarié peut joindre un commentaire à son accusé de réception.",
    invalid_change: (f) => `La commande ${f.command} rendrait le plan invalide\u00a0: ${nestedIssueRef(f.first)}.`,
    extension_count_exceeded: (f) =>
      `Le plan a déjà été prolongé ${w.plural(f.refusal.facts.used, { one: '# fois', other: '# fois' })}\u00a0; la politique autorise au plus ${w.plural(f.refusal.facts.max, { one: '# prolongation', other: '# prolongations' })}.`,
    extension_days_exceeded: (f) =>
      `Une prolongation de ${days(f.refusal.facts.requested)} dépasse les ${days(f.refusal.facts.left)} restants sur le total de ${days(f.refusal.facts.max)} fixé par la politique.`,
    before_end_date: (f) => `Le plan se termine le ${f.date ?? '?'}\u00a0: l'évaluation commence à cette date, ou plus tôt seulement si tous les objectifs sont déjà atteints.`,
    outcome_not_allowed: (f) =>
      f.outcome === 'withdrawn'
        ? `L'issue ${outcome(f.outcome)} n'est pas admise ici\u00a0: utilisez la commande withdraw, avec un motif.`
        : `L'issue ${outcome(f.outcome)} n'est pas admise ici\u00a0: le plan n'a jamais été prolongé.`,
    support_not_delivered: (f) =>
      `Le plan ne peut pas être clôturé comme non atteint tant que ${w.plural(f.count, { one: '# séance d’accompagnement promise n’a pas été réalisée', other: '# séances d’accompagnement promises n’ont pas été réalisées' })} (${w.count(f.held)} réalisées sur ${w.count(f.due)})\u00a0: un plan est un engagement réciproque.`,
    check_ins_not_held: (f) =>
      `Le plan ne peut pas être clôturé comme non atteint avec ${w.count(f.held)} points de suivi tenus sur ${w.count(f.due)}\u00a0: tenir ses points de suivi fait partie des engagements de l'entreprise.`,
    evaluation_missing: () =>
      "close exige l'évaluation sur laquelle repose la clôture\u00a0: transmettez basis { asOf, score, recommendation, reasonCodes } (closeBasis(evaluatePlan(...), recommendOutcome(...)) la construit).",
    evaluation_out_of_date: (f) =>
      `L'évaluation du ${f.basisDate} ne peut pas fonder cette clôture\u00a0: ${
        f.why === 'after_close'
          ? `elle est datée d'après la clôture du ${f.date}.`
          : f.why === 'before_extension'
            ? `elle est datée d'avant la prolongation accordée le ${f.date}\u00a0; évaluez de nouveau le plan.`
            : `elle est datée d'avant la date de fin du plan, le ${f.date}, alors que l'évaluation ne pouvait pas encore commencer (tous les objectifs n'étaient pas atteints).`
      }`,
    reason_required_against_recommendation: (f) =>
      `L'évaluation du ${f.basisDate} recommandait ${recommended(f.recommendation)}\u00a0; clôturer avec l'issue ${outcome(f.outcome)} s'en écarte et exige un motif, avec des mots que le salarié et les RH liront.`,
    not_in_good_standing: () => "Le suivi post-plan ne s'applique qu'à un plan clôturé avec succès ou clôturé après prolongation.",
    already_monitored: () => 'Le plan a déjà fait l’objet d’un suivi post-plan.',
    record_in_future: (f) => `L'enregistrement est daté du ${f.recordDate}, après asOf (${f.date})\u00a0: seul ce qui a eu lieu peut être enregistré.`,
    record_before_start: (f) =>
      `L'enregistrement est daté du ${f.recordDate}, avant le début du plan le ${f.date}\u00a0: les points de suivi et les séances d'accompagnement appartiennent à la durée du plan.`,
    plan_not_running: (f) =>
      `Le plan n'a pas encore commencé\u00a0: il est ${status(f.status)}, dans l'attente des premiers accusés de réception et de son activation, donc aucun ${f.command} ne lui appartient. Les enregistrements commencent à l'activation (et continuent pendant qu'une modification ultérieure attend les nouveaux accusés de réception).`,
    duplicate_check_in: (f) => `Un point de suivi est déjà enregistré le ${f.date}\u00a0: un seul enregistrement par jour (tenu ou manqué).`,
  },
  effects: {
    check_in_due: (f) => (f.inDays === 0 ? `Un point de suivi est prévu aujourd'hui (${f.date}).` : `Un point de suivi est prévu dans ${days(f.inDays)}, le ${f.date}.`),
    acknowledgement_pending: (f) =>
      `L'accusé de réception de la révision ${f.revision} par ${f.role === 'manager' ? 'le responsable hiérarchique' : 'le salarié'} est en attente depuis ${days(f.pendingDays)}.`,
    support_session_overdue: (f) =>
      `La séance d'accompagnement ${f.commitmentId} prévue le ${f.dueDate} est en retard de ${days(f.overdueDays)} et n'est pas enregistrée comme réalisée.`,
    evaluation_due: (f) =>
      f.daysSinceEnd === 0
        ? `Le plan se termine aujourd'hui (${f.endDate})\u00a0: l'évaluation est à faire.`
        : `Le plan a pris fin le ${f.endDate}, il y a ${days(f.daysSinceEnd)}\u00a0: l'évaluation est à faire.`,
    monitoring_review_due: (f) => `Le suivi post-plan a commencé le ${f.since}, il y a ${days(f.days)}\u00a0: examinez les indicateurs et mettez fin au suivi.`,
    review_requested: () => 'Le plan a été soumis à la revue RH.',
    acknowledgement_requested: (f) =>
      `La révision ${f.revision} du plan attend l'accusé de réception du responsable hiérarchique et du salarié (il atteste la réception et la compréhension, il ne vaut pas accord).`,
    plan_activated: (f) => `Le plan est en cours à compter du ${f.on}\u00a0; il se termine le ${f.endDate}.`,
    plan_paused: (f) => `Le plan est suspendu à compter du ${f.on}\u00a0: son délai est arrêté, et ses dates sont décalées des jours de suspension.`,
    plan_resumed: (f) => `Le plan a repris le ${f.on} après ${days(f.pausedDays)} de suspension\u00a0; il se termine désormais le ${f.endDate}.`,
    plan_extended: (f) => `Le plan a été prolongé de ${days(f.days)}\u00a0: il se termine désormais le ${f.newEndDate} (au lieu du ${f.previousEndDate}).`,
    evaluation_started: (f) =>
      f.early
        ? `L'évaluation du plan a commencé le ${f.on}, avant sa date de fin\u00a0: tous les objectifs sont déjà atteints.`
        : `L'évaluation du plan a commencé le ${f.on}.`,
    plan_closed: (f) => `Le plan a été clôturé le ${f.on} avec l'issue ${outcome(f.outcome)}.`,
    monitoring_started: (f) => `Le suivi post-plan des indicateurs du plan a commencé le ${f.on}.`,
    monitoring_ended: (f) => `Le suivi post-plan a pris fin le ${f.on}\u00a0: le plan est terminé.`,
    relapse_detected: (f) => `Le suivi post-plan a constaté une rechute le ${f.on} (${f.goalIds.join(', ')})\u00a0: les résultats sont repassés sous la cible.`,
  },
});
