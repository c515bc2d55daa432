/**
 * تحليل العدالة بالعربية: نتائج المقارنة بين المجموعات (الأثر السلبي وفق قاعدة الأربعة أخماس،
 * واختبار فيشر الدقيق، والمجموعات المحجوبة)، ومشكلات البيانات، ونتائج اتساق المعايير بين الخطط،
 * وكلمات التقرير الموجّه إلى الموارد البشرية. تُنقل تسميات المجموعات واسم السمة ومعرّفات الخطط
 * والتواريخ والقيم الواردة كما هي، وتُحاط تسميات المجموعات والعناوين بـ«»، ويُفصل بين أي بيانين
 * لاتينيين بكلمة عربية كي لا يختلط ترتيبهما في النص المكتوب من اليمين إلى اليسار.
 *
 * @module
 */
import type { FairnessMeasure } from '../../fairness/codes.js';
import type { ComparisonFacts, FairnessFindingFactsByCode, FairnessIssueFactsByCode, GroupFacts } from '../../fairness/messages.js';
import { figureWords } from '../../issues/figures.js';
import type { Catalog } from '../../issues/issue.js';
import type { PluralForms } from '../../issues/plural.js';
import type { FairnessDocumentCatalogs, FairnessReportMessages } from '../../render/fairness-report.js';
import type { ConsistencyFactsByCode, TargetComparisonFacts } from '../../team/messages.js';
import { EVALUATION_CATALOGS_AR } from './evaluate.js';

const w = figureWords('ar');

/** الأشخاص معدودين بعد حرف جر («أقل من ٥ أشخاص»، «أقل من شخصين»). */
const PEOPLE_GEN: PluralForms = { zero: '# شخص', one: 'شخص واحد', two: 'شخصين', few: '# أشخاص', many: '# شخصًا', other: '# شخص' };
/** الخطط معدودةً بعد حرف جر («ما لا يقل عن ٣ خطط»). */
const PLANS_GEN: PluralForms = { zero: '# خطة', one: 'خطة واحدة', two: 'خطتين', few: '# خطط', many: '# خطة', other: '# خطة' };
/** الأيام معدودةً في موضع الرفع («مدتها يومان»). */
const DAYS_NOM: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };

const people = (n: number): string => w.plural(n, PEOPLE_GEN);

/** نسبة بخانتين عشريتين على الأكثر: «0.84». */
const ratio = (value: number): string => w.plain(value, 2);
const pFormat = new Intl.NumberFormat('ar', { maximumSignificantDigits: 2 });
const levelFormat = new Intl.NumberFormat('ar', { maximumSignificantDigits: 6 });
/** قيمة p برقمين معنويين، أو «< 0.0001». */
const pValue = (p: number): string => (p < 0.0001 ? `< ${pFormat.format(0.0001)}` : `= ${pFormat.format(p)}`);
/** مستوى الدلالة كما تحدده السياسة: «0.05». */
const level = (value: number): string => levelFormat.format(value);

const quoted = (text: string): string => `«${text}»`;
/**
 * المرجع القانوني لقاعدة الأربعة أخماس، بين علامتي اتجاه من اليسار إلى اليمين (U+200E، وهما مما
 * يُبقي عليه العرض) كي يظهر الرقم 29 والقوس الأخير في موضعهما داخل النص العربي.
 */
const CFR = '\u200e29 CFR 1607.4(D)\u200e';
const NOT_MET = quoted('لم تتحقق');

/** كيف يُعبَّر عن كل مقياس. */
const MEASURE: {
  readonly [M in FairnessMeasure]: {
    /** اسم المقياس داخل الجملة. */
    readonly name: string;
    /** اسم المقياس في صدر الجملة. */
    readonly title: string;
    /** من يُحسب عليهم المعدل («من بين المشمولين بالتحليل»، «يقل عدد المدرجين في خطة»). */
    readonly base: string;
    /** الأشخاص معدودين من بين هؤلاء («٥ أشخاص من المدرجين في خطة»). */
    readonly among: string;
    /** النتيجة السلبية، بعد «بلغ عدد من». */
    readonly adverse: string;
    /** ما يقيسه معدل النتيجة الإيجابية. */
    readonly favourable: string;
    /** حين لا يكون في المجموعة المرجعية أحد بنتيجة إيجابية. */
    readonly noneFavourable: string;
    /** المقياس في جملة المجموعة المرجعية («لا يمكن عرض أرقامها في …»). */
    readonly reference: string;
  };
} = {
  placement: {
    name: 'الإدراج في خطة',
    title: 'الإدراج في خطة',
    base: 'المشمولين بالتحليل',
    among: 'من المشمولين بالتحليل',
    adverse: 'أُدرج منهم في خطة',
    favourable: 'نسبة من لم يُدرَجوا في خطة',
    noneFavourable: 'أُدرج في خطة كل من في المجموعة المرجعية',
    reference: 'الإدراج في خطة',
  },
  extension: {
    name: 'تمديد الخطة',
    title: 'تمديد الخطة',
    base: 'المدرجين في خطة',
    among: 'من المدرجين في خطة',
    adverse: 'مُدِّدت خطته منهم',
    favourable: 'نسبة من لم تُمدَّد خططهم',
    noneFavourable: 'مُدِّدت خطط كل المدرجين في خطة من المجموعة المرجعية',
    reference: 'التمديد',
  },
  not_met: {
    name: `نتيجة ${NOT_MET}`,
    title: `نتائج ${NOT_MET}`,
    base: 'من أُغلقت خططهم',
    among: 'ممن أُغلقت خططهم',
    adverse: `أُغلقت خطته منهم بنتيجة ${NOT_MET}`,
    favourable: `نسبة من أُغلقت خططهم بنتيجة غير ${NOT_MET}`,
    noneFavourable: `أُغلقت كل الخطط المغلقة في المجموعة المرجعية بنتيجة ${NOT_MET}`,
    reference: `نتيجة ${NOT_MET}`,
  },
};

// ---------------------------------------------------------------------------------------------
// نتائج التحليل
// ---------------------------------------------------------------------------------------------

/** «المجموعة «West» في Sales team، الإدراج في خطة». */
const about = (f: ComparisonFacts): string => `المجموعة ${quoted(f.group)} في ${f.attribute}، ${MEASURE[f.measure].name}`;

/** أعداد المجموعة والمجموعة المرجعية ومعدلات النتيجة السلبية فيهما. */
function counts(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  return `من بين ${m.base} في ${quoted(f.group)} وعددهم ${w.count(f.base)}، بلغ عدد من ${m.adverse} ${w.count(f.adverse)} (${w.percent(f.adverseRate)})، مقابل ${w.count(f.referenceAdverse)} من أصل ${w.count(f.referenceBase)} في ${quoted(f.reference)} (${w.percent(f.referenceAdverseRate)})`;
}

/** معدلا النتيجة الإيجابية ونسبة الأثر. */
function impact(f: ComparisonFacts): string {
  const m = MEASURE[f.measure];
  if (f.impactRatio === null) return `${m.noneFavourable}، لذا لا توجد نسبة أثر`;
  return `بلغت ${m.favourable} في ${quoted(f.group)} ${w.percent(f.favourableRate)} مقابل ${w.percent(f.referenceFavourableRate)} في المجموعة المرجعية، أي نسبة أثر قدرها ${ratio(f.impactRatio)} (عتبة الأربعة أخماس ${ratio(f.threshold)})`;
}

/** نسبة معدلي النتيجة السلبية. */
function adverseRatio(f: ComparisonFacts): string {
  return f.adverseRatio === null
    ? 'لا تُعرَّف نسبة المعدلات السلبية لأن المجموعة المرجعية لا تضم أي حالة'
    : `تبلغ نسبة معدلها السلبي إلى معدل المجموعة المرجعية ${ratio(f.adverseRatio)}`;
}

/** «فارق يتراوح بين انحرافين وثلاثة انحرافات معيارية» وما شابه، بحسب |z|. */
function deviations(z: number): string {
  const size = Math.abs(z);
  if (size < 2) return 'فارق أقل من انحرافين معياريين';
  if (size < 3) return 'فارق يتراوح بين انحرافين معياريين وثلاثة انحرافات معيارية';
  return 'فارق يزيد على ثلاثة انحرافات معيارية';
}

/** اختبار فيشر الدقيق وقيمة z. */
function significance(f: ComparisonFacts): string {
  const z = f.z === null ? 'لا توجد قيمة z (لا تباين)' : `قيمة z = ${ratio(f.z)}، أي ${deviations(f.z)}`;
  return `اختبار فيشر الدقيق (ثنائي الطرف): قيمة p ${pValue(f.fisherP)} مقابل مستوى دلالة قدره ${level(f.significanceLevel)}؛ ${z}`;
}

const disagree = (f: ComparisonFacts): string =>
  `تختلف قاعدة الأربعة أخماس واختبار الدلالة الإحصائية بشأن المجموعة ${quoted(f.group)} (${MEASURE[f.measure].name})`;

/** «المجموعة «North» في Sales team»؛ أو السمة وحدها إن غابت المجموعة. */
const groupName = (f: GroupFacts): string => (f.group === null ? `إحدى مجموعات ${f.attribute}` : `المجموعة ${quoted(f.group)} في ${f.attribute}`);

const FINDINGS: Catalog<FairnessFindingFactsByCode> = {
  adverse_impact_flagged: (f) =>
    `${about(f)}: ${impact(f)}. وهذا دون أربعة أخماس معدل المجموعة المرجعية: أثر سلبي (أثر مجحف) وفق قاعدة الأربعة أخماس (${CFR}). ${counts(f)}.`,
  difference_significant: (f) => `${about(f)}: ${counts(f)}؛ ${adverseRatio(f)}. والفرق ذو دلالة إحصائية: ${significance(f)}.`,
  flagged_not_significant: (f) =>
    `${disagree(f)}: نسبة الأثر ${ratio(f.impactRatio ?? 0)} دون ${ratio(f.threshold)}، لكن الفرق ليس ذا دلالة إحصائية (قيمة p ${pValue(f.fisherP)}). ففي مجموعات بهذا الصغر قد تنخفض النسبة عن أربعة أخماس بمحض الصدفة: تحرَّ الأمر، ولا تعدّه نتيجة قائمة بذاتها.`,
  significant_not_flagged: (f) =>
    `${disagree(f)}: الفرق ذو دلالة إحصائية (قيمة p ${pValue(f.fisherP)})، مع أن نسبة الأثر${f.impactRatio === null ? '' : ` ${ratio(f.impactRatio)}`} ضمن حدود قاعدة الأربعة أخماس. فحين تكون النتائج السلبية نادرة، قد يخفي فرق صغير في معدلات النتيجة الإيجابية فرقًا كبيرًا في معدلات النتيجة السلبية (${adverseRatio(f)}).`,
  no_adverse_impact: (f) => `${about(f)}: لم يُرصد أثر سلبي مقارنةً بالمجموعة ${quoted(f.reference)}: ${impact(f)}؛ ${significance(f)}.`,
  group_suppressed: (f) => `تضم ${groupName(f)} أقل من ${people(f.minGroupSize)} ضمن نطاق التحليل: أرقامها محجوبة حمايةً للأشخاص الذين تضمهم.`,
  measure_suppressed: (f) =>
    `${groupName(f)}${f.measure === null ? '' : `، ${MEASURE[f.measure].name}`}: يقل عدد ${f.measure === null ? 'المشمولين بالتحليل' : MEASURE[f.measure].base} فيها عن ${people(f.minGroupSize)}، لذا حُجبت هذه الأرقام حمايةً للأشخاص المعنيين.`,
  insufficient_population: (f) =>
    `${f.measure === null ? 'جميع المقاييس' : MEASURE[f.measure].title} حسب ${f.attribute}: لا توجد مجموعتان يضم كلٌّ منهما ما لا يقل عن ${people(f.minGroupSize)} ${f.measure === null ? 'من المشمولين بالتحليل' : MEASURE[f.measure].among}، لذا لا يوجد ما يُقارَن.`,
};

// ---------------------------------------------------------------------------------------------
// مشكلات البيانات
// ---------------------------------------------------------------------------------------------

/** مشكلة الفترة، كما تقولها الجملة. */
function periodProblem(f: FairnessIssueFactsByCode['period_invalid']): string {
  switch (f.problem) {
    case 'start_not_a_date':
      return `تاريخ بداية الفترة ${f.received} ليس تاريخًا تقويميًا؛ لذا ليس للفترة حدّ أدنى`;
    case 'end_not_a_date':
      return `تاريخ نهاية الفترة ${f.received} ليس تاريخًا تقويميًا؛ لذا تنتهي الفترة في ${f.asOf} (تاريخ asOf)`;
    case 'end_after_as_of':
      return `تمتد الفترة حتى ${f.end}، أي إلى ما بعد ${f.asOf} (تاريخ asOf)؛ لذا تنتهي عند هذا التاريخ`;
    case 'start_after_end':
      return `تبدأ الفترة في ${f.start}، أي بعد نهايتها في ${f.end}؛ لذا لا تُحتسب أي خطة`;
  }
}

const ISSUES: Catalog<FairnessIssueFactsByCode> = {
  // جملة السياسة نفسها التي يكتبها التقييم بالعربية (من كتالوج السياسات: الحقل والقيمة الواردة كما هي، وما يقبله الحقل بالعربية).
  policy_invalid: EVALUATION_CATALOGS_AR.issues.policy_invalid,
  as_of_invalid: (f) => `قيمة asOf، وهي ${f.received}، ليست تاريخًا تقويميًا (YYYY-MM-DD)؛ لذا لم يُحلَّل شيء.`,
  period_invalid: (f) => `${periodProblem(f)}.`,
  person_duplicate: (f) => `يرد الشخص ${f.received} أكثر من مرة في قائمة الأشخاص؛ ويُعتدّ بأول إدخال له.`,
  plan_person_unknown: (f) => `الخطة ${f.planId} تخص الشخص ${f.received}، وهو ليس من الأشخاص المشمولين بالتحليل؛ لذا استُبعدت.`,
  group_missing: (f) =>
    `لا مجموعة في هذه السمة بالنسبة إلى ${'count' in f ? people(f.count) : `أقل من ${people(f.minGroupSize)}`} ضمن نطاق التحليل، وقد استُبعدوا من كل المجموعات.`,
  reference_group_unavailable: (f) =>
    `المجموعة المرجعية ${f.received} ${
      f.problem === 'no_one_in_scope' ? 'لا تضم أحدًا ضمن نطاق التحليل' : `لا يمكن عرض أرقامها في ${MEASURE[f.measure].reference} (يضم أساس حسابها أقل من ${people(f.minGroupSize)})`
    }؛ لذا اعتُمدت بدلًا منها المجموعة صاحبة أعلى معدل للنتيجة الإيجابية.`,
};

// ---------------------------------------------------------------------------------------------
// اتساق المعايير
// ---------------------------------------------------------------------------------------------

/** «الهدف «المكالمات» في الخطة p3». */
const goal = (f: TargetComparisonFacts): string => `الهدف ${quoted(f.goalTitle)} في الخطة ${f.planId}`;
/** قيمة بوحدة المؤشر، «في الأسبوع» إن كانت المجاميع محوّلة إلى معدل أسبوعي. */
const figure = (f: TargetComparisonFacts, value: number): string => `${w.value(value, f.metric)}${f.normalisedAs === 'per_week' ? ' في الأسبوع' : ''}`;
/** أيام بعشر واحد على الأكثر، في موضع الرفع. */
const days = (value: number): string => w.plural(Math.round(value * 10) / 10, DAYS_NOM);

const CONSISTENCY: Catalog<ConsistencyFactsByCode> = {
  target_off_role_median: (f) =>
    `يحدد ${goal(f)} قيمة مستهدفة قدرها ${figure(f, f.target)} للمؤشر ${quoted(f.metricName)}، بفارق ${w.percent(f.share)} عن وسيط الدور الوظيفي البالغ ${figure(f, f.reference)} (تسمح السياسة بفارق أقصاه ${w.percent(f.threshold)}).`,
  duration_off_role_median: (f) =>
    `مدة الخطة ${f.planId} هي ${days(f.days)}، بفارق ${w.percent(f.share)} عن وسيط الدور الوظيفي، وهو ${days(f.medianDays)} (تسمح السياسة بفارق أقصاه ${w.percent(f.threshold)}).`,
  target_stricter_than_team: (f) =>
    `يحدد ${goal(f)} قيمة مستهدفة قدرها ${figure(f, f.target)} للمؤشر ${quoted(f.metricName)}، وهي أشد من متوسط الفريق نفسه البالغ ${figure(f, f.reference)} بنسبة ${w.percent(f.share)}.`,
  too_few_plans: (f) => `عدد الخطط القابلة للمقارنة في هذا الدور الوظيفي ${w.count(f.count)} فقط؛ ويلزم ما لا يقل عن ${w.plural(f.threshold, PLANS_GEN)} لحساب الوسيط.`,
};

// ---------------------------------------------------------------------------------------------
// التقرير
// ---------------------------------------------------------------------------------------------

const REPORT: FairnessReportMessages = {
  title: 'مراجعة العدالة: الأثر السلبي لخطط تحسين الأداء',
  subtitle: (attributes, asOf) => `حسب ${attributes.length > 0 ? w.list(attributes) : 'دون أي سمة'}، بتاريخ ${asOf}`,
  audienceNote: (min) =>
    `للموارد البشرية والمستشار القانوني لشؤون العمل فقط. أرقام على مستوى المجموعات لمراجعة الأثر السلبي: لا تذكر أي شخص، ولا يُعرض فيها أي رقم لمجموعة تضم أقل من ${people(min)}. لا تُشارَك مع الموظفين أو المديرين.`,
  footer: (asOf) => `مراجعة العدالة بتاريخ ${asOf}. تصف الأرقام مجموعات، لا أشخاصًا؛ والفرق بين المجموعات مسألة تستدعي التحري، لا دليل على سببها.`,
  sections: { summary: 'ما يستدعي الانتباه', consistency: 'اتساق المعايير بين الخطط', method: 'كيف يُقرأ هذا التقرير', data: 'ملاحظات حول البيانات' },
  labels: {
    asOf: 'بتاريخ',
    period: 'الخطط المحتسبة',
    attributes: 'السمات',
    policy: 'السياسة',
    attention: 'ما يستدعي الانتباه',
    group: 'المجموعة',
    people: 'الأشخاص',
    placed: 'أُدرجوا في خطة',
    placementRate: 'معدل الإدراج في خطة',
    extended: 'مُدِّدت خططهم',
    closed: 'أُغلقت خططهم',
    notMet: 'لم تتحقق',
    successful: 'إتمام ناجح',
    withdrawn: 'سُحبت',
    reference: 'المجموعة المرجعية',
    adverse: 'النتيجة السلبية',
    favourableRate: 'معدل النتيجة الإيجابية',
    impactRatio: 'نسبة الأثر',
    adverseRatio: 'نسبة المعدلات السلبية',
    fisherP: 'قيمة p لاختبار فيشر الدقيق',
    z: 'قيمة z',
    fourFifths: 'دون الأربعة أخماس',
    significant: 'ذو دلالة إحصائية',
    findings: 'نتائج التحليل',
    yes: 'نعم',
    no: 'لا',
    none: '—',
    groups: 'المجموعات',
  },
  measure: { placement: 'الإدراج في خطة', extension: 'تمديد الخطة', not_met: `نتائج ${NOT_MET}` },
  favourable: {
    placement: 'من لم يُدرَجوا في خطة',
    extension: 'من لم تُمدَّد خططهم، من بين المدرجين في خطة',
    not_met: `من أُغلقت خططهم بنتيجة غير ${NOT_MET}، من بين من أُغلقت خططهم`,
  },
  periodText: (start, end) => (start === undefined ? `المنشأة حتى ${end}` : `المنشأة من ${start} إلى ${end}`),
  policyText: (threshold, significanceLevel, min) =>
    `عتبة الأربعة أخماس ${threshold}؛ مستوى الدلالة ${significanceLevel} (اختبار فيشر الدقيق، ثنائي الطرف)؛ تُحجب المجموعات التي تضم أقل من ${people(min)}`,
  attentionText: (a, s, d, c) =>
    `دون الأربعة أخماس: ${w.count(a)}؛ ذات دلالة إحصائية: ${w.count(s)}؛ تعارض بين القاعدة والاختبار: ${w.count(d)}؛ نتائج اتساق المعايير: ${w.count(c)}`,
  nothingFlagged: 'لا تقع أي مجموعة دون أربعة أخماس معدل مجموعتها المرجعية، ولا يوجد فرق ذو دلالة إحصائية.',
  suppressed: (min) => `محجوبة: أقل من ${people(min)}`,
  referenceMark: 'المجموعة المرجعية',
  suppressedBar: 'محجوبة',
  referenceText: (group, chosenBy) => `المجموعة المرجعية: ${quoted(group)} (${chosenBy === 'policy' ? 'محددة في السياسة' : 'صاحبة أعلى معدل للنتيجة الإيجابية'}).`,
  chartTitle: (measure, attribute) => `${measure}: معدل النتيجة الإيجابية حسب ${attribute}`,
  chartLegend: (favourable, line, threshold, reference) =>
    `الأعمدة: نسبة ${favourable}، في كل مجموعة. يقع الخط الرأسي عند ${line}، أي ${threshold} من معدل المجموعة المرجعية (${reference}): والعمود الذي لا يبلغه يقع دون الأربعة أخماس.`,
  lineLabel: (line) => `خط الأربعة أخماس: ${line}`,
  againstLine: (below) => (below ? 'دون خط الأربعة أخماس' : 'عند خط الأربعة أخماس أو فوقه'),
  nothingToCompare: 'عدد المجموعات التي يمكن عرض أرقامها في هذا المقياس أقل من اثنتين: لا يوجد ما يُقارَن.',
  consistencyScope:
    'تُقارَن القيم المستهدفة لكل خطة ومدتها بالخطط الأخرى للدور الوظيفي نفسه التي أُنشئت خلال الفترة، أيًّا كانت المجموعة (انظر compareConsistency).',
  noConsistencyFindings: 'لا تبتعد القيم المستهدفة أو المدة في أي خطة عن وسيط دورها الوظيفي بأكثر مما تسمح به السياسة، ولا توجد خطة أشد من متوسط الفريق نفسه.',
  noIssues: 'لا توجد أي مشكلة في البيانات.',
  method: [
    `نسبة الأثر (قاعدة الأربعة أخماس، ${CFR}): معدل النتيجة الإيجابية لمجموعة ما (عدم الإدراج في خطة، أو عدم التمديد، أو إغلاق الخطة بنتيجة غير ${NOT_MET}) مقسومًا على معدل المجموعة المرجعية. والنسبة التي تقل عن 0.8 (العتبة المحددة في السياسة) قرينة على أثر سلبي وفق القاعدة التقريبية التي تعتمدها الجهات الحكومية الأمريكية.`,
    'نسبة المعدلات السلبية: معدل النتيجة السلبية في المجموعة مقسومًا على معدل المجموعة المرجعية. فحين تكون النتائج السلبية نادرة (قلة من الأشخاص يُدرَجون في خطة)، قد يقابل فرقٌ صغير في معدلات النتيجة الإيجابية فرقًا كبيرًا في معدلات النتيجة السلبية: اقرأ النسبتين معًا.',
    'اختبار فيشر الدقيق (ثنائي الطرف): احتمال الحصول على توزيع لا يقل تفاوتًا عن التوزيع المرصود لو لم تكن النتائج مرتبطة بالمجموعة. وهو دقيق مع الأعداد الصغيرة؛ فإذا قلّت قيمته عن مستوى الدلالة كان الفرق ذا دلالة إحصائية.',
    'اختبار z: عدد الانحرافات المعيارية التي تفصل بين المعدلين (بالخطأ المعياري المجمَّع)؛ و«انحرافان أو ثلاثة انحرافات معيارية» هي القاعدة التقريبية التي تعتمدها المحاكم. وهو تقريب لاختبار فيشر، ودقته ضعيفة في المجموعات الصغيرة.',
    'الأعداد الصغيرة: حين لا تضم المجموعة إلا عددًا قليلًا من الأشخاص، قد تُظهر قاعدة الأربعة أخماس فرقًا مردّه إلى الصدفة، ولا يستطيع أي اختبار أن يكشف فرقًا حقيقيًا. وحين تختلف القاعدة والاختبار، ينص التقرير على ذلك. أما المجموعات التي يقل حجمها عن الحد الأدنى المحدد في السياسة فتُحجب أرقامها حمايةً للأشخاص الذين تضمهم.',
    'سمة واحدة في كل مرة: تُحلَّل كل سمة على حدة؛ وقد تنشأ الفروق عن سمة أخرى مرتبطة بها (الدور الوظيفي، أو مدة الخدمة، أو المنطقة البيعية).',
    'الارتباط ليس سببية: الفرق مسألة ينبغي أن تتحرّاها الموارد البشرية (الخطط، والبيانات التي تستند إليها، والدعم المقدَّم)، وليس أبدًا حكمًا على شخص أو على مدير.',
  ],
};

/** تحليل العدالة وتقريره بالعربية: النتائج، ومشكلات البيانات، ونتائج اتساق المعايير، وكلمات التقرير. */
export const FAIRNESS_CATALOGS_AR: FairnessDocumentCatalogs = Object.freeze({ findings: FINDINGS, issues: ISSUES, consistency: CONSISTENCY, report: REPORT });
