/**
 * دورة حياة الخطة بالعربية: لماذا رُفض أمر، وما تقوله كل رسالة تذكير وكل إشعار. تبقى الأوامر
 * (`withdraw`) ورموز الأدوار كما تكتبها الواجهة البرمجية؛ وتُذكر حالات الخطة ونتائجها بكلمات
 * وثيقة الخطة.
 *
 * @module
 */
import type { LifecycleCatalogs } from '../../lifecycle/catalogs.js';
import { nestedIssueRef } from '../../lifecycle/nested-issue-ref.js';
import { figureWords } from '../../issues/figures.js';
import { codeWords } from '../code-words.js';
import type { PluralForms } from '../../issues/plural.js';
import { RENDER_MESSAGES_AR } from './render.js';

const w = figureWords('ar');
const { status, outcome, recommended } = codeWords(RENDER_MESSAGES_AR, (text) => `«${text}»`);
const ROLE: Readonly<Record<string, string>> = { manager: 'المدير المباشر', employee: 'الموظف', hr: 'الموارد البشرية', system: 'النظام' };
const role = (code: string): string => ROLE[code] ?? code;
const list = (items: readonly string[] | undefined): string => (items && items.length > 0 ? items.join('، ') : 'لا شيء');
const DAYS: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' };
const days = (n: number): string => w.plural(n, DAYS);
const RELATION = { employee: 'الموظف المعني بالخطة', manager: 'المدير المباشر في الخطة', hr_partner: 'شريك الموارد البشرية في الخطة' } as const;

/** حالات الرفض ورسائل التذكير بالعربية. */
export const LIFECYCLE_CATALOGS_AR: LifecycleCatalogs = Object.freeze<LifecycleCatalogs>({
  rejections: {
    unknown_command: (f) => `${f.command} ليس أمرًا تعرفه هذه المكتبة (الأوامر: ${list(f.allowed)}).`,
    invalid_command: (f) => `الأمر ${f.command} غير مكتمل البنية: ${nestedIssueRef(f.first, 'command')}.`,
    invalid_context: (f) =>
      `السياق غير صالح للاستخدام: ${f.field === 'asOf' ? 'يجب أن يكون asOf تاريخًا حقيقيًا في التقويم بصيغة YYYY-MM-DD' : 'يجب أن يكون actor بالشكل { id, role } بدور manager أو employee أو hr أو system'}.`,
    policy_invalid: (f) => `سياسة دورة الحياة غير صالحة للاستخدام (${nestedIssueRef(f.first, 'policy')})؛ لم يُتخذ أي قرار بناءً عليها.`,
    clock_backwards: (f) => `asOf يسبق ${f.date}، تاريخ آخر حدث في الخطة: يجب أن يبقى السجل مرتبًا زمنيًا.`,
    before_plan_created: (f) => `asOf يسبق ${f.date}، يوم إنشاء الخطة: لا يحدث شيء للخطة قبل وجودها.`,
    log_full: (f) => `سجل أحداث الخطة ممتلئ (عدد الأحداث: ${w.count(f.count)})؛ أرشِف الخطة قبل تسجيل المزيد.`,
    event_not_storable: (f) => `لا يمكن حفظ الأمر ${f.command} في سجل الأحداث: ${nestedIssueRef(f.first, 'command')}.`,
    wrong_state: (f) => `الخطة في حالة ${status(f.status)} لا تقبل ${f.command}؛ فهي تقبل: ${list(f.allowed)}.`,
    plan_closed: (f) => `الخطة ${status(f.status)}: الخطط المغلقة للقراءة فقط إلا لأغراض المتابعة اللاحقة (تقبل: ${list(f.allowed)}).`,
    wrong_role: (f) => `الأمر ${f.command} مخصص لـ${list(f.roles)}، لا لـ${f.role}.`,
    wrong_person: (f) => `لا يحق تنفيذ ${f.command} بهذا الدور إلا لـ${role(f.role)} في هذه الخطة نفسها (${role(f.role)} في الخطة هو ${f.expected}).`,
    conflict_of_interest: (f) =>
      `${f.actor} هو ${RELATION[f.relation]}، ولا يجوز له أن يتصرف فيها بصفة ${f.role}: في خطته الخاصة يتصرف المدير المباشر بصفته مديرًا فقط، والموظف بصفته موظفًا فقط، ولا يتصرف أي منهما نيابةً عن الموارد البشرية أو النظام.`,
    not_plan_reviewer: (f) =>
      `لا يحق تنفيذ ${f.command} على هذه الخطة إلا لـ${f.hrPartner === undefined ? 'شريك الموارد البشرية في الخطة (لا تسمّي الخطة أحدًا: اطلب تعديلات ليُسمّى شريك)' : `شريك الموارد البشرية في الخطة، ${f.hrPartner}،`}: مراجعة الموارد البشرية يتولاها الشخص المسمّى لها.`,
    lint_errors: (f) => `لا يمكن إحالة الخطة إلى مراجعة الموارد البشرية ما دامت فيها أخطاء تدقيق (عددها: ${w.count(f.count)})؛ راجع النتائج.`,
    reason_required: (f) => `يتطلب ${f.command} سببًا: اذكر السبب بكلمات سيقرؤها الموظف.`,
    not_approved: () => 'لم توافق الموارد البشرية على الخطة: لا تُفعَّل الخطة إلا بعد مراجعة الموارد البشرية.',
    not_acknowledged: (f) =>
      `لم يُقرّ ${f.missing.length > 0 ? w.list(f.missing.map((m) => (m === 'manager' ? 'المدير المباشر' : 'الموظف'))) : 'المدير المباشر والموظف'} باستلام الإصدار الحالي بعد.`,
    before_start_date: (f) => `تبدأ الخطة في ${f.date}؛ ولا يمكن تفعيلها قبل ذلك.`,
    after_end_date: (f) => `انتهت الخطة في ${f.date}؛ ولم يعد من الممكن تفعيلها. عدّلها أو مدّدها أو اسحبها.`,
    already_acknowledged: (f) => `أقرّ ${role(f.role)} باستلام الإصدار ${f.count} من قبل.`,
    comment_not_allowed: () => 'الموظف وحده يضيف تعليقًا إلى الإقرار بالاستلام.',
    invalid_change: (f) => `سيجعل الأمر ${f.command} الخطة غير صالحة: ${nestedIssueRef(f.first)}.`,
    extension_count_exceeded: (f) =>
      `عدد مرات تمديد الخطة حتى الآن: ${w.count(f.refusal.facts.used)}؛ والسياسة تسمح بـ${w.count(f.refusal.facts.max)} على الأكثر.`,
    extension_days_exceeded: (f) =>
      `تمديد مدته ${days(f.refusal.facts.requested)} يتجاوز المتبقي من المجموع الذي تحدده السياسة (المتبقي: ${days(f.refusal.facts.left)} من أصل ${days(f.refusal.facts.max)}).`,
    before_end_date: (f) => `تنتهي الخطة في ${f.date ?? '?'}: يبدأ التقييم حينها، ولا يبدأ قبل ذلك إلا إذا تحققت جميع الأهداف.`,
    outcome_not_allowed: (f) =>
      f.outcome === 'withdrawn'
        ? `النتيجة ${outcome(f.outcome)} غير مسموح بها هنا: استخدم الأمر withdraw مع ذكر السبب.`
        : `النتيجة ${outcome(f.outcome)} غير مسموح بها هنا: لم تُمدَّد الخطة قط.`,
    support_not_delivered: (f) =>
      `لا يمكن إغلاق الخطة على أنها لم تتحقق ما دامت جلسات دعم موعودة لم تُنفَّذ (عددها: ${w.count(f.count)}؛ نُفِّذ ${w.count(f.held)} من ${w.count(f.due)}): الخطة التزام من الطرفين.`,
    check_ins_not_held: (f) =>
      `لا يمكن إغلاق الخطة على أنها لم تتحقق وقد عُقد ${w.count(f.held)} فقط من ${w.count(f.due)} من اجتماعات المتابعة: عقد اجتماعات المتابعة جزء من التزام الشركة في الخطة.`,
    evaluation_missing: () =>
      'يتطلب close التقييم الذي يستند إليه الإغلاق: مرّر basis { asOf, score, recommendation, reasonCodes } (تبنيه closeBasis(evaluatePlan(...), recommendOutcome(...))).',
    evaluation_out_of_date: (f) =>
      `لا يصلح تقييم ${f.basisDate} أساسًا لهذا الإغلاق: ${
        f.why === 'after_close'
          ? `فهو مؤرخ بعد الإغلاق في ${f.date}.`
          : f.why === 'before_extension'
            ? `فهو مؤرخ قبل التمديد الممنوح في ${f.date}؛ قيّم الخطة من جديد.`
            : `فهو مؤرخ قبل تاريخ انتهاء الخطة، ${f.date}، حين لم يكن التقييم قد بدأ بعد (لم تتحقق جميع الأهداف).`
      }`,
    reason_required_against_recommendation: (f) =>
      `أوصى تقييم ${f.basisDate} بـ${recommended(f.recommendation)}؛ والإغلاق بنتيجة ${outcome(f.outcome)} يخالف ذلك ويتطلب سببًا بكلمات سيقرؤها الموظف والموارد البشرية.`,
    not_in_good_standing: () => 'لا تلي المتابعةُ اللاحقة إلا خطةً أُغلقت بنجاح أو أُغلقت بعد تمديد.',
    already_monitored: () => 'خضعت الخطة للمتابعة اللاحقة من قبل.',
    record_in_future: (f) => `السجل مؤرخ في ${f.recordDate}، بعد asOf (${f.date}): لا يُسجَّل إلا ما حدث فعلًا.`,
    record_before_start: (f) => `السجل مؤرخ في ${f.recordDate}، قبل بدء الخطة في ${f.date}: اجتماعات المتابعة وجلسات الدعم جزء من أيام الخطة.`,
    plan_not_running: (f) =>
      `لم تبدأ الخطة بعد: فهي ${status(f.status)} بانتظار أول إقرارات بالاستلام وتفعيلها، لذا لا يخصها أي ${f.command}. تُؤخذ السجلات منذ التفعيل (وكذلك ما دام تعديل أُجري بعده ينتظر إعادة الإقرار).`,
    duplicate_check_in: (f) => `سُجّل اجتماع متابعة في ${f.date} من قبل: سجل واحد لكل يوم (عُقد أو لم يُعقد).`,
  },
  effects: {
    check_in_due: (f) => (f.inDays === 0 ? `يحين اليوم (${f.date}) موعد اجتماع متابعة.` : `يحين موعد اجتماع متابعة بعد ${days(f.inDays)}، في ${f.date}.`),
    acknowledgement_pending: (f) =>
      `إقرار ${f.role === 'manager' ? 'المدير المباشر' : 'الموظف'} باستلام الإصدار ${f.revision} معلّق منذ ${days(f.pendingDays)}.`,
    support_session_overdue: (f) =>
      `جلسة الدعم ${f.commitmentId} المستحقة في ${f.dueDate} متأخرة منذ ${days(f.overdueDays)} ولم تُسجَّل على أنها نُفِّذت.`,
    evaluation_due: (f) =>
      f.daysSinceEnd === 0 ? `تنتهي الخطة اليوم (${f.endDate}): حان موعد التقييم.` : `انتهت الخطة في ${f.endDate}، منذ ${days(f.daysSinceEnd)}: حان موعد التقييم.`,
    monitoring_review_due: (f) => `بدأت المتابعة اللاحقة في ${f.since}، منذ ${days(f.days)}: راجع المؤشرات وأنهِ المتابعة.`,
    review_requested: () => 'قُدِّمت الخطة لمراجعة الموارد البشرية.',
    acknowledgement_requested: (f) =>
      `يحتاج الإصدار ${f.revision} من الخطة إلى إقرار المدير المباشر والموظف بالاستلام (إقرار بالاستلام والفهم، لا بالموافقة).`,
    plan_activated: (f) => `الخطة سارية اعتبارًا من ${f.on}؛ وتنتهي في ${f.endDate}.`,
    plan_paused: (f) => `الخطة متوقفة مؤقتًا اعتبارًا من ${f.on}: توقفت مدتها، وتتأخر مواعيدها بعدد أيام التوقف.`,
    plan_resumed: (f) => `استُؤنفت الخطة في ${f.on} بعد توقف دام ${days(f.pausedDays)}؛ وتنتهي الآن في ${f.endDate}.`,
    plan_extended: (f) => `مُدِّدت الخطة ${days(f.days)}: تنتهي الآن في ${f.newEndDate} (بدلًا من ${f.previousEndDate}).`,
    evaluation_started: (f) =>
      f.early ? `بدأ تقييم الخطة في ${f.on}، قبل تاريخ انتهائها: فقد تحققت جميع الأهداف.` : `بدأ تقييم الخطة في ${f.on}.`,
    plan_closed: (f) => `أُغلقت الخطة في ${f.on} بنتيجة ${outcome(f.outcome)}.`,
    monitoring_started: (f) => `بدأت المتابعة اللاحقة لمؤشرات الخطة في ${f.on}.`,
    monitoring_ended: (f) => `انتهت المتابعة اللاحقة في ${f.on}: اكتملت الخطة.`,
    relapse_detected: (f) => `رصدت المتابعة اللاحقة انتكاسة في ${f.on} (${f.goalIds.join('، ')}): عادت النتائج إلى ما دون المستهدف.`,
  },
});
