/**
 * مشكلات تحليل الخطة بالعربية: ما يجده `parsePlan` و`parsePlanJson` في بيانات لم تُقرأ، لمطوّر
 * النظام المضيف أو لمسؤول الموارد البشرية. تُنقل المسارات (`goals[0].weight`) والمعرّفات والتواريخ
 * ورموز الحالات والنتائج كما وردت في الحقائق؛ وكذلك أي نص من خارج المكتبة (خطأ محلّل JSON، أو ما
 * رمت به دالة). تأخذ الأسماء المعدودة صيغ الجمع الست.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { Catalog } from '../../issues/issue.js';
import type { PluralForms } from '../../issues/plural.js';
import { quote, type ApprovedRecord, type IssueFacts, type PlanIssueFactsByCode } from '../../schema/messages.js';
import { parseWords, type ProblemWords } from '../parse-words.js';
import { MORE_ISSUES } from './evaluate.js';

const w = figureWords('ar');

/** الأيام معدودةً في موضع الجر أو الإضافة: «بعد يومين». */
const DAYS_GEN: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** الأيام معدودةً في موضع الرفع: «يومان». */
const DAYS_NOM: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** أيام التوقف المؤقت معدودةً، في موضع الجر. */
const PAUSED_DAYS_GEN: PluralForms = {
  zero: '# يوم توقف',
  one: 'يوم توقف واحد',
  two: 'يومي توقف',
  few: '# أيام توقف',
  many: '# يومًا من أيام التوقف',
  other: '# يوم توقف',
};
/** الأحرف معدودةً في موضع الرفع. */
const CHARACTERS_NOM: PluralForms = { zero: '# حرف', one: 'حرف واحد', two: 'حرفان', few: '# أحرف', many: '# حرفًا', other: '# حرف' };
/** الأحرف معدودةً في موضع الجر: «أطول من حرفين». */
const CHARACTERS_GEN: PluralForms = { zero: '# حرف', one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' };
/** عناصر القائمة معدودةً في موضع الرفع. */
const ITEMS_NOM: PluralForms = { zero: '# عنصر', one: 'عنصر واحد', two: 'عنصران', few: '# عناصر', many: '# عنصرًا', other: '# عنصر' };
/** القيم معدودةً في موضع الرفع. */
const VALUES_NOM: PluralForms = { zero: '# قيمة', one: 'قيمة واحدة', two: 'قيمتان', few: '# قيم', many: '# قيمة', other: '# قيمة' };
/** مستويات التداخل معدودةً في موضع الجر. */
const LEVELS_GEN: PluralForms = { zero: '# مستوى', one: 'مستوى واحد', two: 'مستويين', few: '# مستويات', many: '# مستوًى', other: '# مستوى' };
/** المشكلات المُدرجة معدودةً في موضع الرفع. */
const ISSUES_NOM: PluralForms = { zero: '# مشكلة', one: 'مشكلة واحدة', two: 'مشكلتان', few: '# مشكلات', many: '# مشكلة', other: '# مشكلة' };
/** وحدة الحد، في موضع الرفع («الحد الأقصى ٢٥٦ حرفًا»). */
const UNIT_NOM: Readonly<Record<NonNullable<IssueFacts['unit']>, PluralForms>> = { characters: CHARACTERS_NOM, items: ITEMS_NOM, values: VALUES_NOM };

/**
 * عدد معدود بصيغته؛ والعدد الوارد نصًا («1,234») يُعرض كما ورد، وتُؤخذ صيغته من قيمته. ونص لا
 * يقرأ عددًا يُعرض كما هو مع الاسم بصيغته العامة.
 */
function counted(value: number | string, forms: PluralForms): string {
  if (typeof value === 'number') return Number.isFinite(value) ? w.plural(value, forms) : forms.other.replace('#', String(value));
  if (/^\d{1,3}(,\d{3})*$|^\d+$/.test(value)) {
    const n = Number(value.replaceAll(',', ''));
    if (Number.isSafeInteger(n)) {
      const text = w.plural(n, forms);
      const digits = w.count(n);
      return text.includes(digits) ? text.replace(digits, value) : text;
    }
  }
  return forms.other.replace('#', value);
}

const ROLE: Readonly<Record<string, string>> = { manager: 'المدير المباشر', employee: 'الموظف', hr: 'شريك الموارد البشرية' };
/** دور بكلمات الخطة، والدور الذي لا تعرفه المكتبة كما ورد. */
const role = (code: string | undefined): string => (code === undefined ? '?' : Object.hasOwn(ROLE, code) ? ROLE[code]! : code);
/** السجل الذي لا يكون إلا لخطة وافقت عليها الموارد البشرية (كلها مذكرة). */
const RECORD: Readonly<Record<ApprovedRecord, string>> = { signature: 'التوقيع', amendment: 'التعديل', extension: 'التمديد', pause: 'التوقف المؤقت' };
const record = (code: ApprovedRecord): string => RECORD[code] ?? code;
/** ما يستهدفه التعديل. */
const TARGET: Readonly<Record<string, string>> = { goal: 'الهدف', support: 'التزام الدعم' };
/** قبل التعديل أو بعده. */
const SIDE: Readonly<Record<string, string>> = { before: 'قبل', after: 'بعد' };
const named = (table: Readonly<Record<string, string>>, code: string): string => (Object.hasOwn(table, code) ? table[code]! : code);

/** كل مشكلة بالعربية، بوصفها العبارة التي تحملها جملة المشكلة؛ والمترجم يُلزم بكل نوع. */
const PROBLEM_WORDS_AR: ProblemWords = {
  span: (p) => `من ${p.start} إلى ${p.end}`,
  duration_end: (p) => `احتساب ${w.plural(p.days, DAYS_GEN)} بدءًا من ${p.start} ينتهي في ${p.derived}، لا في ${p.given}`,
  plan_span: (p) => `المدة من ${p.start} إلى ${p.end} هي ${w.plural(p.days, DAYS_NOM)}`,
  days_past_calendar: (p) => `إذ ستنتهي الخطة بعد هذا اليوم بمدة ${w.plural(p.days, DAYS_GEN)}`,
  granted_before_start: (p) => `مُنح التمديد في ${p.granted}، قبل بدء الخطة في ${p.start}`,
  granted_while_paused: (p) => `مُنح التمديد في ${p.granted}، والخطة متوقفة مؤقتًا`,
  previous_end: (p) =>
    `كانت الخطة تنتهي في ${p.expected} عند منح التمديد (${w.plural(p.written, DAYS_NOM)} كما هي مكتوبة${p.earlier > 0 ? `، و${w.plural(p.earlier, DAYS_NOM)} من تمديدات سابقة` : ''}${p.pausedSkipped ? '، مع تخطي أيام التوقف المؤقت' : ''})، لا في ${p.given}`,
  extension_end: (p) =>
    `احتساب ${w.plural(p.days, DAYS_GEN)} من أيام الخطة بعد ${p.previousEnd} ينتهي في ${p.expected}${p.skipped > 0 ? ` (مع تخطي ${w.plural(p.skipped, PAUSED_DAYS_GEN)})` : ''}، لا في ${p.given}`,
  pause_before_start: (p) => `يبدأ التوقف المؤقت في ${p.start}، قبل بدء الخطة في ${p.planStart}`,
  previous_pause_open: (p) => `التوقف المؤقت السابق، الذي بدأ في ${p.previousStart}، لم ينتهِ بعد`,
  pause_overlap: (p) =>
    `يبدأ التوقف المؤقت في ${p.start}، قبل انتهاء التوقف المؤقت السابق في ${p.previousEnd}؛ تُدرج التوقفات المؤقتة بترتيب تواريخها ولا تتداخل`,
  goal_without_weight: (p) => `الهدف ${quote(p.goalId)} بلا وزن`,
  amendment_target: (p) =>
    `${named(TARGET, p.target)} المحفوظ ${named(SIDE, p.side)} التعديل هو ${quote(p.kept)}، لا العنصر الذي يستهدفه التعديل ${quote(p.targetId)}`,
  window_and_deadline: () => 'يكون للهدف إما فترة قياس وإما موعد نهائي، لا الاثنان معًا',
  manager_is_employee: () => 'يجب أن يدير الخطةَ شخصٌ غير الموظف المعني بها',
  hr_partner_is_employee: () => 'يجب أن يكون شريك الموارد البشرية الذي يراجع الخطة شخصًا غير الموظف المعني بها',
  no_hr_partner: () => 'الخطة لا تسمّي شريكًا للموارد البشرية يوقّع بصفة hr',
  not_the_signer: (p) => `${role(p.role)} في الخطة هو ${quote(p.personId)}`,
  revision_below_one: () => 'كل تعديل يرفع الإصدار، لذا يكون الإصدار 1 أو أكثر',
  revision_not_raised: (p) =>
    `ترفع التعديلات الإصدار بالترتيب، والإصدار ${p.revision} يأتي بعد الإصدار ${p.previous}${p.sameRevision ? ' (سجلات الإصدار الواحد تعديل واحد: التاريخ نفسه، والكاتب نفسه، وتأتي متتالية)' : ''}`,
  signed_before_amendment: (p) => `وُقّع في ${p.signed}، قبل التعديل المؤرخ في ${p.amended} الذي أنشأه`,
  no_review: () => 'لا توجد أي مراجعة من الموارد البشرية',
  changes_requested: (p) => `آخر مراجعة للموارد البشرية، في ${p.date}، طلبت تغييرات`,
  not_acknowledged: (p) => `لم يُقرّ ${w.list(p.missing.map((m) => role(m)))} باستلام الإصدار ${p.revision}`,
  never_extended: () => 'أُغلقت بنتيجة extended_then_closed، لكن الخطة لم تُمدَّد قط',
  closed_before_start: (p) => `لا تُغلق الخطة بنتيجة ${p.outcome} إلا بعد أن تُنفَّذ، وقد أُغلقت في ${p.date}، قبل بدئها في ${p.start}`,
  no_open_pause: () => 'يجب أن يكون آخر توقف مؤقت في الخطة المتوقفة مؤقتًا مفتوحًا (بلا تاريخ انتهاء)',
  open_pause_not_last: () => 'لا يبقى مفتوحًا من التوقفات المؤقتة في الخطة المتوقفة مؤقتًا إلا آخرها',
  open_pause_not_paused: (p) => `حالة الخطة ${p.status}، وليست متوقفة مؤقتًا، لذا يجب أن يكون كل توقف مؤقت فيها قد انتهى`,
  active_without_phase: () => 'يجب أن تكون الخطة السارية في إحدى مراحلها الثلاث',
  phase_not_active: (p) => `لا تكون المرحلة إلا لخطة سارية، وحالة هذه الخطة ${p.status}`,
  monitoring_status: (p) => `حالة الخطة ${p.status}: المتابعة اللاحقة تجعل حالتها "monitoring"، ثم "completed"`,
  monitoring_after_outcome: (p) => `لا تلي المتابعةُ اللاحقة إلا إغلاقًا سليمًا (successful أو extended_then_closed)، لا إغلاقًا بنتيجة ${p.outcome}`,
  monitoring_missing: (p) => `يجب أن يكون للخطة التي حالتها ${p.status} سجل متابعة لاحقة`,
  monitoring_ended: () => 'المتابعة اللاحقة التي انتهت تجعل حالة الخطة "completed"، لا "monitoring"',
  monitoring_open: () => 'يجب أن يكون للمتابعة اللاحقة في الخطة المكتملة تاريخ انتهاء',
  monitoring_before_close: (p) => `تبدأ المتابعة اللاحقة في يوم الإغلاق، ${p.closed}، أو بعده، لا في ${p.start}`,
  not_approved: (p) => `لا يكون ${record(p.record)} إلا بعد موافقة الموارد البشرية على الخطة، ولم توافق عليها الموارد البشرية`,
  before_approval: (p) => `${record(p.record)} مؤرخ في ${p.date}، قبل موافقة الموارد البشرية على الخطة في ${p.approval}`,
  after_close: (p) => `أُغلقت الخطة في ${p.closed}`,
  pause_after_close: (p) => `أُغلقت الخطة في ${p.closed}؛ والتوقف المؤقت المفتوح حينها ينتهي في اليوم السابق للإغلاق`,
  not_an_object: () => 'المطلوب كائن',
  not_finite: (p) => `${p.value} ليس عددًا منتهيًا`,
  not_plain: () => 'لا يُسمح إلا بالكائنات البسيطة',
  not_json: (p) => `${receivedWord(p.type)} ليست من بيانات JSON`,
  value_and_parts: () => 'لكنه يحوي الاثنين معًا',
  no_value: () => 'لكنه لا يحوي أيًّا منهما',
  one_part: () => 'لكنه لا يحوي إلا أحد البسط والمقام',
  newer_version: (p) => `وهو أحدث مما يقرؤه هذا الإصدار من improvement-plan (${p.reads}): حدِّث المكتبة لقراءته`,
  earlier_version: () => 'وهو إصدار سابق من الصيغة: حدِّث الوثيقة باستخدام migratePlan، ثم حلّلها',
  no_upgrade_step: (p) => `وهو ليس إصدارًا تستطيع هذه المكتبة ترقيته: فهي تقرأ الإصدار ${p.reads}، وليس لديها خطوة ترقية من ${p.from} إلى ${p.from + 1}`,
  migration_failed: (p) => `وثيقةً تستطيع خطوة الترقية «${p.step}» (من إصدار الصيغة ${p.from}) ترقيتها (${p.error})`,
  not_a_template_goal: () => 'أهداف القالب',
};

/** ما يقبله الحقل بالعربية، حسب رمز النوع؛ وأي رمز آخر (من رموز zod، أو قائمة قيم) يُعرض كما هو. */
const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'نص',
  number: 'عدد منتهٍ',
  int: 'عدد صحيح',
  boolean: 'true أو false',
  object: 'كائن',
  array: 'مصفوفة',
  union: 'أحد الأشكال المسموح بها',
  json: 'بيانات JSON بسيطة',
  plan_document: 'وثيقة خطة (كائن)',
  log_entry: 'قيد في سجل الأحداث (كائن)',
  template_assignment: 'بيانات إسناد قالب',
  assignment_or_defaults: 'في بيانات الإسناد أو في القيم الافتراضية',
  goals_or_support: 'الأهداف أو أوجه الدعم المراد تغييرها',
  none_defined: 'لا توجد معرّفات محددة',
};

/** ما ورد بالعربية، حسب رمز النوع؛ والقيمة المكتوبة (`1.5`، `null`) تُعرض كما هي. */
const RECEIVED_WORDS: Readonly<Record<string, string>> = {
  array: 'مصفوفة',
  number: 'عدد',
  object: 'كائن',
  string: 'نص',
  boolean: 'قيمة منطقية',
  bigint: 'عدد صحيح كبير (bigint)',
  symbol: 'رمز (symbol)',
  function: 'دالة',
  undefined: 'قيمة غير معرَّفة',
};

/** رمز نوع بكلماته، أو كما هو. */
function receivedWord(code: string): string {
  return Object.hasOwn(RECEIVED_WORDS, code) ? RECEIVED_WORDS[code]! : code;
}

/** المشكلة و`expected` و`received` وحد الحجم مع وحدته («٢٥٦ حرفًا») بالعربية؛ والحد بلا وحدة كما ورد. */
const { detailOf, expectedOf, receivedOf, limitOf } = parseWords({
  problems: PROBLEM_WORDS_AR,
  expected: EXPECTED_WORDS,
  received: RECEIVED_WORDS,
  currentValue: (value) => (value === undefined ? 'القيمة الحالية للموظف' : `القيمة الحالية للموظف في المؤشر «${value}»`),
  unreadable: (detail) => `قيمة تعذّرت قراءتها (${detail})`,
  uncopyable: (detail) => `قيمة تعذّر نسخها (${detail})`,
  units: UNIT_NOM,
  figures: w,
  counted,
});

/** الجذور التي تُسمّى بها الوثيقة كلها في المسار. */
const ROOTS: ReadonlySet<string> = new Set(['plan', 'observations', 'assignment', 'value', 'event']);
/**
 * المسار مسبوقًا باسمه («الحقل goals[0].weight»، «المُدخل plan» للجذر)، لتبدأ الجملة بكلمة عربية
 * ويبقى المسار كما ورد.
 */
const field = (f: IssueFacts): string => `${ROOTS.has(f.where) ? 'المُدخل' : 'الحقل'} ${f.where}`;

/** «المسار: العبارة.» (للقواعد التي تشرح نفسها في عبارتها). */
const said = (f: IssueFacts): string => `في ${field(f)}: ${detailOf(f) ?? 'لا يتسق مع سجلات الخطة'}.`;

/**
 * رسالة كل رمز من رموز مشكلات التحليل بالعربية: الجزء الخاص بالمخطط من الكتالوج العربي.
 */
export const PLAN_ISSUE_MESSAGES_AR: Catalog<PlanIssueFactsByCode> = {
  invalid_json: (f) => `${field(f)} ليس JSON صالحًا${f.detail ? `: ${f.detail}` : ''}.`,
  required: (f) => `${field(f)} مطلوب${f.expected ? ` (${expectedOf(f)})` : ''}.`,
  invalid_type: (f) => `${field(f)} من نوع غير صحيح: المطلوب ${expectedOf(f) ?? 'نوع آخر'}${f.received ? `، لا ${receivedOf(f)}` : ''}.`,
  invalid_value: (f) =>
    f.text ??
    (f.problem !== undefined
      ? `يجب أن يكون ${f.where} ${expectedOf(f)}.`
      : `يجب أن يكون ${f.where} إحدى القيم المسموح بها${f.expected ? `: ${expectedOf(f)}` : ''}${f.received ? `، لا ${f.received}` : ''}.`),
  unknown_field: (f) => `ليس ${f.where} حقلًا تعرفه هذه المكتبة. ضع حقول النظام المضيف تحت \`metadata\`، حيث تُحفظ كما هي.`,
  too_big: (f) => `${field(f)} أكبر من المسموح به${limitOf(f) === undefined ? '' : `: الحد الأقصى ${limitOf(f)}`}${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  too_small: (f) => `${field(f)} أصغر من المسموح به${limitOf(f) === undefined ? '' : `: الحد الأدنى ${limitOf(f)}`}${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  not_integer: (f) => `يجب أن يكون ${f.where} عددًا صحيحًا${f.received ? `، لا ${f.received}` : ''}.`,
  invalid_format: (f) => `${field(f)} ليس بالصيغة المتوقعة${f.expected ? ` (${f.expected})` : ''}.`,
  invalid_date: (f) => `يجب أن يكون ${f.where} يومًا حقيقيًا في التقويم مكتوبًا بالصيغة YYYY-MM-DD${f.received ? `؛ والقيمة ${f.received} ليست كذلك` : ''}.`,
  end_before_start: (f) => `يجب أن يأتي ${f.where} بعد تاريخ البدء${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  duration_mismatch: (f) => `لا يتفق ${f.where} مع تاريخي البدء والانتهاء${detailOf(f) ? `: ${detailOf(f)}` : ''}.`,
  missing_end_date: (f) => `${field(f)} غير موجود: تحتاج الخطة إلى تاريخ انتهاء أو إلى مدة بالأيام.`,
  window_order: (f) => `في ${field(f)}: تنتهي الفترة قبل أن تبدأ${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  past_calendar_end: (f) => `يتجاوز ${f.where} بالخطة آخر يوم في التقويم، 9999-12-31${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  plan_too_long: (f) =>
    `يجعل ${f.where} مدة الخطة أطول من ${f.limit === undefined ? 'الحد المسموح به من الأيام' : counted(f.limit, DAYS_GEN)} بدءًا من تاريخ بدئها${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  conflicting_fields: (f) => `في ${field(f)}: ${detailOf(f) ?? 'عُيِّن حقلان لا يجوز اجتماعهما'}.`,
  money_not_integral: (f) => `${field(f)} مبلغ مالي، ويجب أن يكون عددًا صحيحًا من الوحدات الصغرى للعملة (السنتات)، لا ${f.received ?? 'كسرًا'}.`,
  currency_required: (f) => `في ${field(f)}: وحدة المؤشر "currency"، لذا يلزم رمز عملة وفق معيار ISO 4217.`,
  currency_not_allowed: (f) => `في ${field(f)}: للمؤشر رمز عملة، لكن وحدته ليست "currency".`,
  weights_incomplete: (f) => `في ${field(f)}: إذا كان لأي هدف وزن، فلا بد أن يكون لكل هدف وزن${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  weights_sum: (f) => `في ${field(f)}: يجب أن يكون مجموع أوزان الأهداف 100 تمامًا، ومجموعها ${f.received ?? '?'}.`,
  ratio_requires_parts: (f) => `${field(f)} يقيس مؤشر نسبة، ويحتاج إلى بسط ومقام (فمتوسط النسب سيكون خاطئًا).`,
  observation_value_shape: (f) => `يحتاج ${f.where} إما إلى قيمة وإما إلى بسط ومقام، ${detailOf(f) ?? 'لا إلى الاثنين معًا، ولا يخلو منهما'}.`,
  rubric_level_unknown: (f) => `${field(f)} ليس من مستويات سلّم التقييم الخاص بالمؤشر${f.expected ? ` (المستويات: ${f.expected})` : ''}.`,
  rubric_standard_unknown: (f) => `في ${field(f)}: مستوى المعيار في سلّم التقييم ليس من مستوياته.`,
  comparator_mismatch: (f) =>
    `يستخدم ${f.where} عامل المقارنة ${f.received ?? '?'} لكن اتجاه المؤشر ${f.expected ?? '?'}؛ ولا يجوز أن تعاكس القيمة المستهدفة اتجاه المؤشر.`,
  unknown_reference: (f) => `يشير ${f.where} إلى ${f.value ?? 'معرّف'}، وهو غير موجود${expectedOf(f) ? ` ضمن ${expectedOf(f)}` : ''}.`,
  duplicate_id: (f) => `يكرر ${f.where} المعرّف${f.value === undefined ? '' : ` ${f.value}`}؛ يجب ألا يتكرر أي معرّف.`,
  invalid_metadata: (f) => `يجب أن يكون ${f.where} كائن JSON (نصوص، وأعداد منتهية، وقيم منطقية، وnull، ومصفوفات، وكائنات)${detailOf(f) ? `: ${detailOf(f)}` : ''}.`,
  forbidden_key: (f) => `يستخدم ${f.where} المفتاح${f.value === undefined ? '' : ` ${f.value}`}، وهو غير مسموح به (فقد يغيّر النماذج الأولية للكائنات).`,
  too_deep: (f) => `يتداخل ${f.where} إلى عمق أكبر من ${f.limit === undefined ? 'الحد المسموح به من المستويات' : counted(f.limit, LEVELS_GEN)}.`,
  unsupported_version: (f) => `إصدار الصيغة في ${f.where} هو ${f.received ?? 'إصدار'}، ${detailOf(f) ?? 'وهو إصدار لا تقرؤه هذه المكتبة'}.`,
  key_too_long: (f) => `في ${f.where} مفتاح أطول من ${f.limit === undefined ? 'الحد المسموح به' : counted(f.limit, CHARACTERS_GEN)}: ${f.value ?? '?'}.`,
  approval_missing: (f) =>
    `قيمة ${f.where} هي ${f.received ?? '?'}، وهي حالة تتطلب أن تكون آخر مراجعة موافقةً من الموارد البشرية، لكن ${detailOf(f) ?? 'الموارد البشرية لم توافق على الخطة'}.`,
  approval_unexpected: (f) =>
    `${field(f)} موافقة من الموارد البشرية، لكن حالة الخطة لا تزال ${f.received ?? '?'}: الموافقة تنقل الخطة إلى مرحلة الإقرار بالاستلام.`,
  acknowledgement_missing: (f) =>
    `قيمة ${f.where} هي ${f.received ?? '?'}، وهي حالة تتطلب إقرار المدير المباشر والموظف باستلام الإصدار الحالي، لكن ${detailOf(f) ?? 'الإقرار ناقص'}.`,
  closure_missing: (f) => `قيمة ${f.where} هي ${f.received ?? '?'}، وهي حالة تتطلب سجل إغلاق (النتيجة، والتاريخ، ومن أغلق الخطة).`,
  closure_unexpected: (f) => `${field(f)} موجود، لكن حالة الخطة ${f.received ?? '?'}: لا يكون سجل الإغلاق إلا لخطة مغلقة.`,
  closure_mismatch: (f) => `${field(f)} يناقض الخطة: ${detailOf(f) ?? 'لا يتسق مع سجلاتها'}.`,
  pause_mismatch: said,
  phase_mismatch: said,
  monitoring_mismatch: said,
  same_person: (f) => `${field(f)} هو ${f.value ?? '?'}، أي الموظف المعني بالخطة؛ ${detailOf(f) ?? 'ويجب أن يكون شخصًا آخر'}.`,
  signer_mismatch: (f) => `${field(f)} هو ${f.received ?? '?'}، لكن ${detailOf(f) ?? 'الموقّع ليس صاحب هذا الدور في الخطة'}.`,
  duplicate_signature: (f) =>
    `في ${f.where} توقيع ثانٍ للإصدار ${f.value ?? '?'} بصفة ${role(f.received)}؛ كل دور يوقّع الإصدار الواحد مرة واحدة.`,
  revision_ahead: (f) => `قيمة ${f.where} هي ${f.received ?? '?'}، وهي تتجاوز إصدار الخطة (${f.limit ?? '?'}).`,
  revision_order: said,
  signature_before_revision: (f) => `${field(f)} يسبق وجود الإصدار ${f.value ?? '?'}: ${detailOf(f) ?? 'وُقّع قبل التعديل الذي أنشأه'}.`,
  record_before_approval: said,
  after_closure: (f) => `${field(f)} لاحق لإغلاق الخطة${detailOf(f) ? ` (${detailOf(f)})` : ''}؛ لا تقبل الخطة المغلقة مزيدًا من السجلات من هذا النوع.`,
  extension_mismatch: (f) => `لا يتفق ${f.where} مع مدة التمديد: ${detailOf(f) ?? 'التاريخ لا يطابق عدد أيامه'}.`,
  extension_outside_plan: (f) => `لا يتسق ${f.where} مع الخطة: ${detailOf(f) ?? 'التمديد خارج أيامها'}.`,
  pause_outside_plan: (f) => `${field(f)} خارج نطاق الخطة: ${detailOf(f) ?? 'التوقف المؤقت خارج أيامها'}.`,
  pause_order: said,
  event_sequence: (f) => `قيمة ${f.where} هي ${f.received ?? '?'}، لكن seq في قيد السجل هو موضعه في السجل، أي ${f.expected ?? '?'}.`,
  event_order: (f) => `قيمة ${f.where} هي ${f.received ?? '?'}، وهي تسبق قيد السجل السابق (${f.expected ?? '?'})؛ لا يعود السجل إلى الوراء زمنيًا أبدًا.`,
  too_many_issues: (f) =>
    `في ${f.where} مشكلات أكثر مما أُدرج هنا (${f.limit === undefined ? '?' : counted(f.limit, ISSUES_NOM)})؛ ولم تُدرج ${f.value === undefined ? 'مشكلات أخرى' : counted(f.value, MORE_ISSUES)}.`,
};
