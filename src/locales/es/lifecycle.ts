/**
 * El ciclo de vida en español: por qué se rechaza un comando, y qué dice cada recordatorio y cada
 * aviso. Los comandos (`withdraw`) y los códigos de rol quedan como los escribe la API; los estados
 * y los resultados, con las palabras del documento del plan.
 *
 * @module
 */
import type { LifecycleCatalogs } from '../../lifecycle/catalogs.js';
import { nestedIssueRef } from '../../lifecycle/nested-issue-ref.js';
import { figureWords } from '../../issues/figures.js';
import { codeWords } from '../code-words.js';
import { RENDER_MESSAGES_ES } from './render.js';

const w = figureWords('es');
const { status, outcome, recommended } = codeWords(RENDER_MESSAGES_ES, (text) => `«${text}»`);
const ROLE: Readonly<Record<string, string>> = { manager: 'el/la responsable', employee: 'la persona empleada', hr: 'RR. HH.', system: 'el sistema' };
const role = (code: string): string => ROLE[code] ?? code;
const list = (items: readonly string[] | undefined): string => (items && items.length > 0 ? items.join(', ') : 'ninguno');
const days = (n: number): string => w.plural(n, { one: '# día', other: '# días' });
const RELATION = { employee: 'la persona empleada del plan', manager: 'el/la responsable del plan', hr_partner: 'el referente de RR. HH. del plan' } as const;
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Los rechazos y los recordatorios, en español. */
export const LIFECYCLE_CATALOGS_ES: LifecycleCatalogs = Object.freeze<LifecycleCatalogs>({
  rejections: {
    unknown_command: (f) => `${f.command} no es un comando que esta biblioteca conozca (comandos: ${list(f.allowed)}).`,
    invalid_command: (f) => `El comando ${f.command} no está bien formado: ${nestedIssueRef(f.first, 'command')}.`,
    invalid_context: (f) =>
      `El contexto no es utilizable: ${f.field === 'asOf' ? 'asOf debe ser una fecha real del calendario con el formato AAAA-MM-DD' : 'actor debe ser { id, role }, con el rol manager, employee, hr o system'}.`,
    policy_invalid: (f) => `La política del ciclo de vida no es utilizable (${nestedIssueRef(f.first, 'policy')}); no se decidió nada con ella.`,
    clock_backwards: (f) => `asOf es anterior al ${f.date}, la fecha del último evento del plan: el registro debe mantener el orden cronológico.`,
    before_plan_created: (f) => `asOf es anterior al ${f.date}, el día en que se creó el plan: a un plan no le ocurre nada antes de existir.`,
    log_full: (f) => `El registro de eventos del plan está lleno (${w.count(f.count)} eventos); archive el plan antes de registrar nada más.`,
    event_not_storable: (f) => `El comando ${f.command} no se puede guardar en el registro de eventos: ${nestedIssueRef(f.first, 'command')}.`,
    wrong_state: (f) => `Un plan en estado ${status(f.status)} no admite ${f.command}; admite ${list(f.allowed)}.`,
    plan_closed: (f) => `El plan está ${status(f.status)}: un plan cerrado es de solo lectura, salvo para el seguimiento posterior (admite ${list(f.allowed)}).`,
    wrong_role: (f) => `${f.command} corresponde a ${list(f.roles)}, no a ${f.role}.`,
    wrong_person: (f) => `Solo ${role(f.role)} de este plan puede ejecutar ${f.command} con ese rol (${role(f.role)} del plan es ${f.expected}).`,
    conflict_of_interest: (f) =>
      `${f.actor} es ${RELATION[f.relation]} y no puede actuar en él como ${f.role}: en su propio plan, el/la responsable actúa solo como responsable y la persona empleada solo como tal, nunca en nombre de RR. HH. ni del sistema.`,
    not_plan_reviewer: (f) =>
      `Solo ${f.hrPartner === undefined ? 'el referente de RR. HH. del plan (el plan no designa ninguno: solicite cambios para que se designe uno)' : `el referente de RR. HH. del plan, ${f.hrPartner},`} puede ejecutar ${f.command} en este plan: la revisión de RR. HH. la hace la persona designada para ello.`,
    lint_errors: (f) => `El plan no puede pasar a revisión de RR. HH. mientras tenga ${w.plural(f.count, { one: '# error de revisión', other: '# errores de revisión' })}; consulte los hallazgos.`,
    reason_required: (f) => `${f.command} requiere un motivo: explique por qué, con palabras que la persona empleada leerá.`,
    not_approved: () => 'RR. HH. no ha aprobado el plan: un plan solo se activa después de la revisión de RR. HH.',
    not_acknowledged: (f) =>
      `Falta el acuse de recibo de la versión vigente: ${f.missing.length > 0 ? w.list(f.missing.map((m) => (m === 'manager' ? 'el/la responsable' : 'la persona empleada'))) : 'el/la responsable y la persona empleada'}.`,
    before_start_date: (f) => `El plan empieza el ${f.date}; no se puede activar antes.`,
    after_end_date: (f) => `El plan terminó el ${f.date}; ya no se puede activar. Modifíquelo, prorróguelo o retírelo.`,
    already_acknowledged: (f) => `${capitalized(role(f.role))} ya ha acusado recibo de la versión ${f.count}.`,
    comment_not_allowed: () => 'Solo la persona empleada añade un comentario al acuse de recibo.',
    invalid_change: (f) => `El comando ${f.command} dejaría un plan no válido: ${nestedIssueRef(f.first)}.`,
    extension_count_exceeded: (f) =>
      `El plan ya ha tenido ${w.plural(f.refusal.facts.used, { one: '# prórroga', other: '# prórrogas' })}; la política permite como máximo ${w.count(f.refusal.facts.max)}.`,
    extension_days_exceeded: (f) =>
      `Una prórroga de ${days(f.refusal.facts.requested)} supera los ${days(f.refusal.facts.left)} que quedan del total de ${days(f.refusal.facts.max)} que fija la política.`,
    before_end_date: (f) => `El plan termina el ${f.date ?? '?'}: la evaluación empieza entonces, o antes solo si todos los objetivos ya se han cumplido.`,
    outcome_not_allowed: (f) =>
      f.outcome === 'withdrawn'
        ? `El resultado ${outcome(f.outcome)} no se admite aquí: use el comando withdraw, con un motivo.`
        : `El resultado ${outcome(f.outcome)} no se admite aquí: el plan nunca se prorrogó.`,
    support_not_delivered: (f) =>
      `El plan no puede cerrarse como no superado mientras ${w.plural(f.count, { one: '# sesión de apoyo comprometida no se haya realizado', other: '# sesiones de apoyo comprometidas no se hayan realizado' })} (${w.count(f.held)} de ${w.count(f.due)} realizadas): un plan es un compromiso de ambas partes.`,
    check_ins_not_held: (f) =>
      `El plan no puede cerrarse como no superado con ${w.count(f.held)} de ${w.count(f.due)} reuniones de seguimiento realizadas: realizar las reuniones de seguimiento forma parte del compromiso de la empresa.`,
    evaluation_missing: () =>
      'close necesita la evaluación en la que se basa el cierre: pase basis { asOf, score, recommendation, reasonCodes } (closeBasis(evaluatePlan(...), recommendOutcome(...)) la construye).',
    evaluation_out_of_date: (f) =>
      `La evaluación del ${f.basisDate} no puede ser la base de este cierre: ${
        f.why === 'after_close'
          ? `está fechada después del cierre del ${f.date}.`
          : f.why === 'before_extension'
            ? `está fechada antes de la prórroga concedida el ${f.date}; evalúe el plan de nuevo.`
            : `está fechada antes de la fecha de fin del plan, el ${f.date}, cuando la evaluación aún no podía empezar (no se habían cumplido todos los objetivos).`
      }`,
    reason_required_against_recommendation: (f) =>
      `La evaluación del ${f.basisDate} recomendó ${recommended(f.recommendation)}; cerrar con el resultado ${outcome(f.outcome)} se aparta de ella y requiere un motivo, con palabras que la persona empleada y RR. HH. leerán.`,
    not_in_good_standing: () => 'El seguimiento posterior solo sigue a un plan cerrado con éxito o cerrado tras una prórroga.',
    already_monitored: () => 'El plan ya ha tenido seguimiento posterior.',
    record_in_future: (f) => `El registro tiene fecha del ${f.recordDate}, posterior a asOf (${f.date}): solo se puede registrar lo que ya ha ocurrido.`,
    record_before_start: (f) =>
      `El registro tiene fecha del ${f.recordDate}, anterior al inicio del plan el ${f.date}: las reuniones de seguimiento y las sesiones de apoyo pertenecen a los días del plan.`,
    plan_not_running: (f) =>
      `El plan aún no ha empezado: está ${status(f.status)}, a la espera de los primeros acuses de recibo y de su activación, así que ningún ${f.command} le corresponde. Los registros se toman desde la activación (y mientras una modificación posterior espera los nuevos acuses de recibo).`,
    duplicate_check_in: (f) => `Ya hay una reunión de seguimiento registrada el ${f.date}: un registro por día (realizada o no realizada).`,
  },
  effects: {
    check_in_due: (f) => (f.inDays === 0 ? `Hoy (${f.date}) toca una reunión de seguimiento.` : `Dentro de ${days(f.inDays)}, el ${f.date}, toca una reunión de seguimiento.`),
    acknowledgement_pending: (f) =>
      `${f.role === 'manager' ? 'El/la responsable' : 'La persona empleada'} tiene pendiente desde hace ${days(f.pendingDays)} el acuse de recibo de la versión ${f.revision}.`,
    support_session_overdue: (f) =>
      `La sesión de apoyo ${f.commitmentId}, prevista para el ${f.dueDate}, lleva ${days(f.overdueDays)} de retraso y no consta como realizada.`,
    evaluation_due: (f) =>
      f.daysSinceEnd === 0
        ? `El plan termina hoy (${f.endDate}): toca la evaluación.`
        : `El plan terminó el ${f.endDate}, hace ${days(f.daysSinceEnd)}: toca la evaluación.`,
    monitoring_review_due: (f) => `El seguimiento posterior empezó el ${f.since}, hace ${days(f.days)}: revise los indicadores y dé por terminado el seguimiento.`,
    review_requested: () => 'El plan se ha enviado a revisión de RR. HH.',
    acknowledgement_requested: (f) =>
      `La versión ${f.revision} del plan necesita el acuse de recibo de el/la responsable y de la persona empleada (acredita la recepción y la comprensión, no implica conformidad).`,
    plan_activated: (f) => `El plan está en vigor desde el ${f.on}; termina el ${f.endDate}.`,
    plan_paused: (f) => `El plan está en pausa desde el ${f.on}: su plazo se detiene y sus fechas se desplazan los días de la pausa.`,
    plan_resumed: (f) => `El plan se reanudó el ${f.on} tras ${days(f.pausedDays)} de pausa; ahora termina el ${f.endDate}.`,
    plan_extended: (f) => `El plan se ha prorrogado ${days(f.days)}: ahora termina el ${f.newEndDate} (antes, el ${f.previousEndDate}).`,
    evaluation_started: (f) =>
      f.early
        ? `La evaluación del plan empezó el ${f.on}, antes de su fecha de fin: todos los objetivos ya se han cumplido.`
        : `La evaluación del plan empezó el ${f.on}.`,
    plan_closed: (f) => `El plan se cerró el ${f.on} con el resultado ${outcome(f.outcome)}.`,
    monitoring_started: (f) => `El seguimiento posterior de los indicadores del plan empezó el ${f.on}.`,
    monitoring_ended: (f) => `El seguimiento posterior terminó el ${f.on}: el plan ha finalizado.`,
    relapse_detected: (f) => `El seguimiento posterior detectó una recaída el ${f.on} (${f.goalIds.join(', ')}): los resultados volvieron a quedar por debajo del objetivo.`,
  },
});
