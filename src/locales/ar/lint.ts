/**
 * تدقيق الخطة بالعربية: كل نتيجة تخص الخطة بمجملها وما ينبغي تغييره (أما النتائج الخاصة بكل هدف
 * فهي نتائج فحص SMART). تُنقل الأرقام والتواريخ كما وردت في الحقائق.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { PluralForms } from '../../issues/plural.js';
import type { LintCatalogs, LintFacts, PlanLevelFactsByCode } from '../../lint/messages.js';

const w = figureWords('ar');

const QUESTIONS = {
  strengths: 'ما الذي يجيده الموظف؟',
  struggles: 'ما الذي يواجه الموظف صعوبة فيه؟',
  notDoing: 'ما الذي لا يفعله الموظف؟',
  doingWrong: 'ما الذي يفعله الموظف على نحو خاطئ؟',
} as const;
const FACTOR_KIND: Readonly<Record<string, string>> = {
  territory: 'بالمنطقة البيعية',
  lead_quality: 'بجودة العملاء المحتملين',
  playbook: 'بدليل البيع',
  tooling: 'بالأدوات',
  tool_fatigue: 'بالإرهاق من كثرة الأدوات',
  other: 'بالنظام',
};
const CHARACTERISTIC: Readonly<Record<string, string>> = {
  age: 'العمر',
  sex_gender: 'الجنس أو النوع الاجتماعي',
  pregnancy_maternity: 'الحمل أو الأمومة',
  race_ethnicity_origin: 'العرق أو الأصل الإثني أو القومي',
  religion: 'الدين أو المعتقد',
  disability_health: 'الإعاقة أو الحالة الصحية',
  sexual_orientation: 'التوجه الجنسي',
  marital_family_status: 'الحالة الاجتماعية أو العائلية',
  union_membership: 'العضوية النقابية',
  genetic_information: 'المعلومات الوراثية',
  military_service: 'الخدمة العسكرية',
  host_listed: 'مصطلح مذكور في السياسة',
};
const CADENCE = { weekly: 'أسبوعيًا', biweekly: 'كل أسبوعين' } as const;
const CATEGORY: Readonly<Record<string, string>> = { revenue: 'الإيرادات / النتائج', activity: 'النشاط', skill: 'المهارة', customer: 'العملاء', conduct: 'السلوك المهني' };
const category = (code: string | undefined): string => (code === undefined ? '?' : `«${CATEGORY[code] ?? code}»`);
/** حصة كنسبة مئوية. */
const percent = (share: number | undefined): string => (share === undefined ? '?' : w.percent(share));
const text = (value: string | undefined): string => value ?? '?';

/** الأيام معدودةً في موضع الجر: «يومين». */
const DAYS_GEN: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** الأيام معدودةً في موضع الرفع: «يومان». */
const DAYS_NOM: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** عدد أيام وارد نصًا: بصيغه الست إن كان عددًا، وإلا «N من الأيام». */
function daysOf(value: string | undefined, forms: PluralForms): string {
  if (value === undefined) return '? من الأيام';
  if (!/^\d+(\.\d+)?$/.test(value)) return `${value} من الأيام`;
  const n = Number(value);
  return w.plural(n, forms).replace(w.count(n), value);
}
const COACHING: PluralForms = {
  zero: '# محادثة توجيه موثقة',
  one: 'محادثة توجيه موثقة واحدة',
  two: 'محادثتا توجيه موثقتان',
  few: '# محادثات توجيه موثقة',
  many: '# محادثة توجيه موثقة',
  other: '# محادثة توجيه موثقة',
};

function categoryLead(f: LintFacts): string {
  const categories = f.categories ?? [];
  if (f.count === undefined) return 'تقع الأهداف في فئة واحدة';
  if (f.count === 1) return `الهدف الوحيد في الخطة، ${f.what ?? '?'}، يقع في فئة ${category(categories[0])}`;
  return categories.length === 1
    ? `تقع أهداف الخطة جميعها (عددها: ${w.count(f.count)}) في فئة ${category(categories[0])}`
    : `لا تتوزع أهداف الخطة (عددها: ${w.count(f.count)}) إلا على ${w.count(categories.length)} من الفئات (${w.list(categories.map(category))})`;
}

function gapFigures(f: LintFacts): string {
  const gap = f.gap;
  if (gap === undefined) return 'الموظف يبلغ المعيار.';
  return `قيمة ${gap.metricName} هي ${w.value(gap.current, gap.unit)} مقابل معيار قدره ${w.value(gap.standard, gap.unit)} (${gap.lowerIsBetter ? 'الأقل أفضل' : 'الأعلى أفضل'}).`;
}

const SENTENCES: FindingSentencesByCode<PlanLevelFactsByCode> = {
  purpose_missing: () => ({
    message: 'لا تذكر الخطة الغرض منها.',
    fix: 'اذكر في جملتين أو ثلاث سبب وجود الخطة: فجوة الأداء المستمرة، وما يجب أن يتغير، وأن الشركة ستقدم الدعم.',
  }),
  hr_partner_missing: () => ({
    message: 'لم يُسمَّ شريك الموارد البشرية؛ فالموارد البشرية تراجع الخطة قبل توقيعها للتحقق من عدالتها واتساقها.',
    fix: 'سمِّ شريك الموارد البشرية الذي سيراجع الخطة.',
  }),
  role_start_missing: () => ({
    message: 'تاريخ بدء الموظف في الدور غير مسجل، لذا لا تستطيع الخطة أن تُثبت أن فترة التأهيل قد انتهت.',
    fix: 'سجّل `employee.roleStartDate`.',
  }),
  plan_too_short: (f) => ({
    message: `مدة الخطة ${daysOf(f.value, DAYS_NOM)}، وهي أقصر من الحد الأدنى (${daysOf(f.limit, DAYS_NOM)}): الوقت أقصر من أن يُظهر تغييرًا.`,
    fix: 'اجعل مدة الخطة 30 أو 60 أو 90 يومًا.',
  }),
  skill_gap_needs_time: (f) => ({
    message: `تسعى الخطة إلى سدّ فجوة في المهارات (${f.gaps !== undefined && f.gaps.length > 0 ? `الفجوة ${f.gaps.join('، ')}` : 'السبب الجذري يتعلق بالمهارات'}) خلال ${daysOf(f.value, DAYS_GEN)}؛ والمهارات تحتاج إلى ما بين ${f.limit ?? '60'} و90 يومًا حتى تُبنى وتظهر في الصفقات الجارية.`,
    fix: 'مدّد الخطة إلى ما بين 60 و90 يومًا، أو انقل هدف المهارة إلى خطة لاحقة.',
  }),
  diagnostic_missing: () => ({
    message: 'ليس في الخطة تشخيص: السبب الجذري (المهارة أو الرغبة أو النظام) غير معروف.',
    fix: 'أجب عن أسئلة التشخيص الخمسة وصنّف السبب الجذري قبل كتابة الأهداف.',
  }),
  diagnostic_incomplete: (f) => ({
    message: `يترك التشخيص السؤال «${f.question === undefined ? '?' : QUESTIONS[f.question]}» دون إجابة.`,
    fix: 'أجب عن كل سؤال من أسئلة التشخيص؛ فعبارة «لم يُرصد شيء» إجابة أيضًا.',
  }),
  root_cause_system: () => ({
    message: 'السبب الجذري هو النظام وحده (المنطقة البيعية، العملاء المحتملون، دليل البيع، الأدوات): خطة تحسين الأداء ستحاسب الموظف على خلل في النظام.',
    fix: 'عالج العوامل النظامية أولًا؛ ولا تلجأ إلى خطة إلا إذا بقيت فجوة يستطيع الموظف سدّها.',
  }),
  system_factor_unaddressed: (f) => ({
    message: `يسجل التشخيص عاملًا نظاميًا يتعلق ${FACTOR_KIND[f.kind ?? 'other'] ?? 'بالنظام'} (${f.what ?? '?'})، لكن لا شيء في الخطة يعالجه؛ وبذلك سيُحاسب الموظف على خلل في النظام.`,
    fix: 'أضف التزام دعم يذكر هذا العامل في `systemFactorIds`، أو اكتب `mitigation` الخاص به.',
  }),
  gaps_missing: () => ({
    message: 'لا تذكر الخطة أي فجوة أداء: يجب أن تنبثق الأهداف من فجوات مقيسة.',
    fix: 'أضف كل فجوة مع المؤشر، وقيمة الموظف، والمعيار، والفترة، والأدلة.',
  }),
  gap_not_a_shortfall: (f) => ({
    message: `الفجوة ${f.what ?? '?'} ليست قصورًا: ${gapFigures(f)}`,
    fix: 'راجع الأرقام واتجاه المؤشر؛ واحذف الفجوة إن كان الموظف يبلغ المعيار.',
  }),
  gap_evidence_missing: (f) => ({ message: `ليس للفجوة ${f.what ?? '?'} أي أدلة.`, fix: 'اذكر البيانات التي تأتي منها الأرقام (التقرير، الفترة، الأعداد).' }),
  gap_period_missing: (f) => ({
    message: `لا تذكر الفجوة ${f.what ?? '?'} أي فترة، لذا لا يمكنها أن تُظهر نمطًا مستمرًا.`,
    fix: 'اذكر الفترة التي قيست خلالها الأرقام.',
  }),
  gap_period_short: (f) => ({
    message: `قيست الفجوة ${f.what ?? '?'} على مدى ${daysOf(f.value, DAYS_GEN)}، أي أقل من ${daysOf(f.limit, DAYS_GEN)}: قد يكون ذلك شهرًا ضعيفًا واحدًا لا نمطًا مستمرًا.`,
    fix: 'أظهر الفجوة على مدى عدة فترات (ربع سنة)، أو ابدأ بالتوجيه غير الرسمي أولًا.',
  }),
  gap_unaddressed: (f) => ({
    message: `لا يعالج أي هدف الفجوة ${f.what ?? '?'}.`,
    fix: 'أضف هدفًا يسدّ الفجوة (واربطه بها في `gapIds` الخاص بالهدف)، أو احذف الفجوة.',
  }),
  goals_missing: () => ({ message: 'ليس في الخطة أي أهداف.', fix: 'أضف أهداف SMART مرتبطة بالفجوات، تجمع بين المؤشرات الاستباقية والنتائج.' }),
  only_outcome_goals: () => ({
    message: 'كل الأهداف نتائج متأخرة الظهور؛ ولا يوجد مؤشر استباقي (نشاط أو سلوك) يُظهر التحسن قبل أن تظهر النتائج.',
    fix: 'أضف هدف نشاط أو سلوك (المكالمات، الاجتماعات المحجوزة، استكشاف احتياجات العميل في الصفقات الجارية) يقود إلى النتيجة.',
  }),
  leading_indicator_missing: () => ({
    message: 'لا يقيس أي هدف نشاطًا أو سلوكًا، وهما المؤشران الاستباقيان للنتائج.',
    fix: 'أضف هدف سلوك يُظهر تطبيق المهارة في الصفقات الجارية، أو هدف نشاط.',
  }),
  skill_metric_missing: () => ({
    message: 'السبب الجذري يتعلق بالمهارات، لكن لا يقيس أي هدف المهارة نفسها (مؤشر مهارة يُقيَّم وفق سلّم التقييم).',
    fix: 'أضف هدف مهارة يُقيَّم وفق سلّم التقييم، مع بند تطوير للتدريب العملي والتغذية الراجعة.',
  }),
  weights_incomplete: (f) => ({ message: `ليس للهدف ${f.what ?? '?'} وزن، بينما للأهداف الأخرى أوزان.`, fix: 'حدّد وزنًا لكل هدف، أو لا تحدد وزنًا لأي منها.' }),
  weights_sum: (f) => ({ message: `مجموع أوزان الأهداف ${text(f.value)}، لا 100 بالضبط.`, fix: 'عدّل الأوزان بحيث يكون مجموعها 100.' }),
  development_missing: (f) => ({
    message: `ليس لهدف المهارة ${f.what ?? '?'} بند تطوير: كيف تُمارَس المهارة، وكيف تُظهر التغذية الراجعة تطورها.`,
    fix: 'أضف بند تطوير يذكر المهارة والتدريب العملي والتغذية الراجعة، مرتبطًا بالهدف.',
  }),
  support_missing: () => ({
    message: 'لا تذكر الخطة أي دعم: الخطة التزام من الطرفين.',
    fix: 'أضف التزام دعم واحدًا على الأقل (توجيه، تدريب، إرشاد، أدوات) مع شخص مسؤول عنه ومواعيد.',
  }),
  support_owner_missing: (f) => ({
    message: `ليس للدعم ${f.what ?? '?'} مسؤول، فلا أحد يُسأل عن تقديمه.`,
    fix: 'سمِّ الشخص الذي يقدّمه.',
  }),
  support_unscheduled: (f) => ({
    message: `ليس للدعم ${f.what ?? '?'} وتيرة ولا مواعيد استحقاق، لذا لا يمكن تتبع تنفيذه.`,
    fix: 'حدّد له وتيرة (أسبوعيًا، كل أسبوعين، شهريًا) أو مواعيد استحقاق.',
  }),
  support_outside_plan: (f) => ({
    message: `الدعم ${f.what ?? '?'} مؤرخ في ${text(f.value)}، خارج تواريخ الخطة (${text(f.limit)}).`,
    fix: 'حدّد موعد الدعم ضمن مدة الخطة.',
  }),
  will_with_training_only: () => ({
    message: 'السبب الجذري يتعلق بالرغبة («لا يريد»)، لكن الدعم الوحيد هو التدريب، وهو يعالج القدرة («لا يستطيع»).',
    fix: 'أضف توجيهًا أو اجتماعات متابعة مع المدير المباشر تتناول الدافعية والتوقعات.',
  }),
  support_missed: (f) => ({
    message: `لم تُنفَّذ جلسة الدعم ${f.what ?? '?'} المقررة في ${text(f.value)}.`,
    fix: 'أعد جدولتها؛ فالخطة التي لم يُقدَّم دعمها لا يمكن أن تنتهي بإنصاف بنتيجة «لم يتحقق».',
  }),
  check_ins_missing: () => ({ message: 'لم تُجدول أي اجتماعات متابعة.', fix: 'جدول اجتماعات متابعة أسبوعية أو كل أسبوعين مسبقًا.' }),
  check_in_first_date_outside_plan: (f) => ({
    message: `أول اجتماع متابعة (${text(f.value)}) خارج تواريخ الخطة (${text(f.limit)}).`,
    fix: 'ابدأ اجتماعات المتابعة في الأسبوع الأول أو الثاني من الخطة.',
  }),
  check_in_cadence_sparse: (f) => ({
    message: `${
      f.cadence !== undefined
        ? `تُعقد اجتماعات المتابعة ${CADENCE[f.cadence]}`
        : f.wait !== undefined
          ? `يأتي أول اجتماع متابعة بعد ${w.plural(f.wait, DAYS_GEN)} من البدء (${text(f.value)})`
          : 'اجتماعات المتابعة متباعدة أكثر مما ينبغي'
    }: تمر أكثر من ${daysOf(f.limit, DAYS_GEN)} دون اجتماع متابعة.`,
    fix: 'اعقد اجتماع متابعة كل أسبوعين على الأقل، بدءًا من الأسبوعين الأولين من الخطة.',
  }),
  check_in_missed: (f) => ({ message: `لم يُعقد اجتماع المتابعة ${f.what ?? '?'} المقرر في ${text(f.value)}.`, fix: 'أعد جدولته وسجّل الموعد الجديد.' }),
  check_in_undocumented: (f) => ({
    message: `عُقد اجتماع المتابعة ${f.what ?? '?'} في ${text(f.value)}، لكن لم تُسجَّل له ملاحظات ولا تقدّم.`,
    fix: 'وثّق كل اجتماع متابعة: التقدم في كل هدف، والإجراءات المتفق عليها، والتعديلات.',
  }),
  outcomes_missing: () => ({
    message: 'لا تذكر الخطة كيف يبدو النجاح، ولا ما يحدث إذا لم تتحقق الأهداف.',
    fix: 'اكتب معايير النجاح والعواقب (التمديد، أو الانتقال من الدور).',
  }),
  success_criteria_missing: () => ({ message: 'لا تذكر الخطة كيف يبدو إتمامها بنجاح.', fix: 'اذكر معايير النجاح بدلالة الأهداف.' }),
  consequences_missing: () => ({
    message: 'لا تذكر الخطة ما يحدث إذا لم تتحقق الأهداف.',
    fix: 'اذكر العواقب (مراجعة، أو تمديد، أو انتقال من الدور).',
  }),
  prior_coaching_missing: () => ({
    message: 'لم يسبق الخطة أي توجيه غير رسمي موثق: لا يجوز أن تكون الخطة أول محادثة.',
    fix: 'ابدأ بالتوجيه غير الرسمي وسجّل المحادثات (التاريخ، الملاحظات) في `priorCoaching`.',
  }),
  prior_coaching_insufficient: (f) => ({
    message: `لم تسبق الخطة سوى ${w.plural(Number(f.value ?? 0), COACHING)}؛ والعدد الذي تتوقعه السياسة: ${text(f.limit)}.`,
    fix: 'اعقد مزيدًا من جلسات التوجيه غير الرسمي ووثّقها قبل البدء بخطة رسمية.',
  }),
  rep_ramping: (f) => ({
    message: `بدأ الموظف في الدور في ${text(f.value)}، ولا يزال في فترة التأهيل حتى ${text(f.limit)} عند بدء الخطة.`,
    fix: 'ادعم الموظف خلال فترة التأهيل؛ ولا تبدأ خطة إلا لفجوة أداء مستمرة بعدها.',
  }),
  goals_single_category: (f) => ({
    message: `${categoryLead(f)}؛ والخطة المتوازنة تجمع بين ${text(f.limit)} على الأقل من فئات الأهداف: الإيرادات، والنشاط، والمهارة، والعملاء، والسلوك المهني.`,
    fix: 'أضف أهدافًا من فئات أخرى للفجوات التي تعالجها الخطة: هدف نشاط استباقي (المكالمات، العروض التوضيحية)، وهدف مهارة يُقيَّم وفق سلّم التقييم، وهدف يتعلق بالعملاء أو بالسلوك المهني (تحديث بيانات نظام إدارة علاقات العملاء، الاحتفاظ بالعملاء) إلى جانب النتيجة. والخطة الضيقة عن قصد (خطة نشاط مدتها 30 يومًا) توضّح سبب ذلك في الغرض منها.',
  }),
  weight_concentrated: (f) => ({
    message: `${
      f.category !== undefined
        ? `تحمل أهداف فئة ${category(f.category)} (${w.list(f.goalIds ?? [])}) مجتمعةً`
        : `يحمل الهدف ${f.what ?? '?'}${f.equal ? '، بوصفه أحد أهداف متساوية الأوزان،' : ''}`
    } ${percent(f.share)} من وزن الخطة، وهذا أكثر من ${percent(f.maxShare)} التي تسمح بها السياسة؛ أما بقية الأهداف فتحمل مجتمعةً ${percent(f.restShare)}، فيتوقف الحكم على ذلك وحده.`,
    fix: 'وزّع الوزن على الأهداف التي تعالج الفجوات (أهداف النشاط والمهارة الاستباقية إلى جانب النتيجة)، أو قسّم الهدف، بحيث لا يحمل أي هدف أو فئة أكثر مما تسمح به السياسة.',
  }),
  protected_characteristic: (f) => ({
    message: `يذكر النص في ${f.field ?? '?'}${f.entry !== undefined && f.entry.by !== 'index' ? ` (${f.entry.value})` : ''} ${
      f.terms !== undefined && f.terms.length > 0 ? w.list(f.terms.map((t) => `«${t.text}» (${CHARACTERISTIC[t.characteristic] ?? t.characteristic})`)) : 'سمة محمية'
    }: لا مكان في خطة تحسين الأداء لأي صياغة تتناول السمات المحمية.`,
    fix: f.leave
      ? 'سجّل الإجازة بصيغة محايدة («إجازة معتمدة»): نوع الإجازة وأي تفاصيل طبية أو عائلية مكانها السجلات السرية للموارد البشرية لا الخطة، التي يجب ألا توحي أبدًا بأن لها صلة بالأداء.'
      : 'السمات المحمية (العمر، الجنس أو النوع الاجتماعي، الحمل، العرق أو الأصل الإثني أو القومي، الدين، الإعاقة أو الحالة الصحية، التوجه الجنسي، الحالة الاجتماعية أو العائلية، العضوية النقابية) ليست أبدًا أساسًا لخطة تحسين الأداء: احذف الإشارة إليها وصِف بدلًا من ذلك سلوك العمل الملحوظ (ما فعله الموظف أو لم يفعله، ومتى، مع الأرقام).',
  }),
};

/** نتائج تدقيق الخطة وتصويباتها بالعربية. */
export const LINT_CATALOGS_AR: LintCatalogs = Object.freeze({ messages: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<PlanLevelFactsByCode>(SENTENCES, 'fix') });
