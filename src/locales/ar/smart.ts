/**
 * فحص SMART بالعربية: كل نتيجة وما ينبغي تغييره، لكل سبب. تُذكر الأعداد مع معدوداتها بصيغها
 * الست (صفر، مفرد، مثنى، جمع قلة، تمييز منصوب، مئة فما فوق).
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import { sentencesOf, type FindingSentencesByCode } from '../../issues/finding-sentences.js';
import type { PluralForms } from '../../issues/plural.js';
import type { SmartAbout, SmartBound, SmartCatalogs, SmartFactsByCode, SmartSpan } from '../../goals/messages.js';

const w = figureWords('ar');

/** الأيام معدودةً، في موضع الرفع: «يومان». */
const DAYS: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** مستويات سلّم التقييم، في موضع الرفع: «مستويان». */
const LEVELS: PluralForms = { zero: '# مستوى', one: 'مستوى واحد', two: 'مستويان', few: '# مستويات', many: '# مستوًى', other: '# مستوى' };
/** مستويات سلّم التقييم، في موضع الجر: «مستويين». */
const LEVELS_GEN: PluralForms = { zero: '# مستوى', one: 'مستوى واحد', two: 'مستويين', few: '# مستويات', many: '# مستوًى', other: '# مستوى' };
/** النقاط المئوية بعد رقمها: «3 نقاط مئوية». */
const POINTS: PluralForms = { zero: 'نقطة مئوية', one: 'نقطة مئوية', two: 'نقطة مئوية', few: 'نقاط مئوية', many: 'نقطة مئوية', other: 'نقطة مئوية' };
const days = (n: number): string => w.plural(n, DAYS);

const goal = (f: SmartAbout): string => `«${f.title}» (${f.goalId})`;
const fig = (f: SmartAbout, value: number): string => (f.unit === undefined ? w.plain(value) : w.value(value, f.unit));
const span = (s: SmartSpan): string => `من ${s.start} إلى ${s.end}`;
/** تغيّر بوحدة المؤشر: النسب بالنقاط المئوية. */
const difference = (f: SmartAbout, change: number): string => {
  if (f.unit?.unit !== 'ratio') return fig(f, change);
  const points = change * 100;
  return `${w.plain(points)} ${w.plural(Math.abs(points), POINTS)}`;
};
const changeOf = (f: SmartAbout & { readonly change: number; readonly relative?: number }): string =>
  f.relative === undefined ? difference(f, f.change) : `${difference(f, f.change)} (+${w.percent(f.relative)} من القيمة الأساسية)`;
/** التغيير المطلوب من الهدف، مقيسًا بحدّه (في موضع الرفع، بعد «قدره»). */
function asked(f: SmartAbout & SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return `${w.plural(f.levels, LEVELS)} على سلّم التقييم`;
    case 'own_best':
      return `${changeOf(f)}، أي ${w.percent(f.beyond)} فوق أفضل مستوى حققه الموظف مؤخرًا (${fig(f, f.best)})`;
    case 'headroom':
      return `${changeOf(f)}، بما يسدّ ${w.percent(f.headroom)} من الهامش المتبقي حتى ${f.toward === 0 ? '0%' : '100%'}`;
    case 'relative':
      return changeOf(f);
  }
}
/** الحد الذي يُقاس به التغيير (في موضع الرفع). */
function bound(f: SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return w.plural(f.limit, LEVELS);
    case 'own_best':
      return `${w.percent(f.limit)} فوق أفضل مستوى للموظف نفسه`;
    case 'headroom':
      return `${w.percent(f.limit)} من الهامش المتبقي`;
    case 'relative':
      return w.percent(f.limit);
  }
}
/** ما لا يجوز أن يكون سالبًا، بحسب نوع الوحدة. */
const UNIT_KIND: Readonly<Record<string, string>> = { count: 'العدد', currency: 'المبلغ', duration: 'المدة', score: 'الدرجة' };
const NOTHING = 'لا حاجة إلى أي إجراء.';

const SENTENCES: FindingSentencesByCode<SmartFactsByCode> = {
  metric_unknown: (f) => ({
    message: `يقيس الهدف ${goal(f)} المؤشر ${JSON.stringify(f.metricId)}، وهو مؤشر لا تعرّفه الخطة.`,
    fix: 'عرّف المؤشر (الوحدة، والاتجاه، وطريقة التجميع، ومصدر البيانات) أو اربط الهدف بمؤشر موجود.',
  }),
  vague_wording: (f) => ({
    message: `صياغة الهدف ${goal(f)} مبهمة (${f.phrases.map((phrase) => `«${phrase}»`).join('، ')}${f.quantified ? '' : '، دون رقم'}): لا يستطيع الموظف أن يعرف بدقة ما الذي يجب أن يتغير.`,
    fix: 'اذكر السلوك أو النتيجة والرقم المطلوب بلوغه، مثل: «رفع نسبة تحويل العملاء المحتملين إلى عروض توضيحية من 20% إلى 23% خلال 60 يومًا».',
  }),
  title_without_target: (f) => ({
    message: `لا تذكر صياغة الهدف ${goal(f)} قيمته المستهدفة (${fig(f, f.target)}).`,
    fix: 'اكتب القيمة المستهدفة والفترة الزمنية في نص الهدف، ليعرف الموظف بدقة ما هو متوقع منه.',
  }),
  target_against_direction: (f) => ({
    message: `يحدد الهدف ${goal(f)} قيمة مستهدفة قدرها ${fig(f, f.target)}، وهي أسوأ من القيمة الأساسية البالغة ${fig(f, f.baseline)} في ${f.metric} (${f.direction === 'lower_is_better' ? 'الأقل أفضل' : 'الأعلى أفضل'}).`,
    fix: 'حدّد قيمة مستهدفة أفضل من القيمة الأساسية في اتجاه المؤشر (أو مساوية لها إذا كان الهدف الحفاظ على مستوى قائم).',
  }),
  specific_target: (f) => ({ message: `يسمّي الهدف ${goal(f)} مؤشره (${f.metric}) وقيمة مستهدفة محددة قدرها ${fig(f, f.target)}.`, fix: NOTHING }),
  metric_source_missing: (f) => ({
    message: `يُقاس الهدف ${goal(f)} بالمؤشر ${f.metric}، وليس لهذا المؤشر مصدر بيانات.`,
    fix: 'اذكر في الحقل `source` للمؤشر من أين تأتي الأرقام (تقرير نظام إدارة علاقات العملاء، نظام الاتصال، مراجعات المكالمات، تقييم).',
  }),
  target_outside_unit: (f) => ({
    message: `الهدف ${goal(f)}: ${f.field === 'target' ? 'القيمة المستهدفة' : 'القيمة الأساسية'} ${f.value} ليست قيمة صالحة للمؤشر ${f.metric} (${f.problem === 'ratio_range' ? 'النسبة كسر بين 0 و1' : `لا يمكن أن تكون قيمة ${UNIT_KIND[f.unitKind] ?? 'المؤشر'} سالبة`}).`,
    fix: 'اكتب الأرقام بوحدة المؤشر: النسب ككسور (0.15 تعني 15%)، والمبالغ المالية بأصغر وحدة نقدية دون كسور، والأعداد والمدد بقيم غير سالبة.',
  }),
  skill_target_not_rubric: (f) => ({
    message: `الهدف ${goal(f)} هدف مهارة، لكن ${f.levels === undefined ? `مؤشره ${f.metric} ليس له سلّم تقييم` : `قيمته المستهدفة ${f.target} ليست من مستويات سلّم التقييم (${f.levels.join('، ')})`}.`,
    fix: 'ضع لمؤشر المهارة سلّم تقييم (مستويات تصف المهارة)، واجعل القيمة المستهدفة أحد مستوياته.',
  }),
  measurable_target: (f) => ({ message: `للهدف ${goal(f)} قيمة مستهدفة قدرها ${fig(f, f.target)} بوحدة ${f.metric}، تُقاس من ${f.source}.`, fix: NOTHING }),
  window_shorter_than_sales_cycle: (f) => ({
    message: `الهدف ${goal(f)} هدف نتائج مدة فترة قياسه ${days(f.days)}، وهي أقصر من دورة البيع في هذا الدور، ومدتها ${days(f.cycle)}: لا يمكن أن تُغلق خلالها الصفقات التي تبدأ أثناء الخطة.`,
    fix: 'اجعل فترة قياس هدف النتائج لا تقل عن دورة البيع، أو قِس بدلًا من ذلك مؤشرًا استباقيًا (الاجتماعات، الفرص المؤهلة).',
  }),
  sales_cycle_unknown: (f) => ({
    message: `الهدف ${goal(f)} هدف نتائج، لكن الخطة لا تذكر دورة البيع في هذا الدور، لذا لا يمكن الحكم على فترة قياسه التي مدتها ${days(f.days)}.`,
    fix: 'سجّل دورة البيع المعتادة لهذا الدور في `salesCycleDays`.',
  }),
  improvement_impossible: (f) => ({
    message: `يطلب الهدف ${goal(f)} تغييرًا عن القيمة الأساسية قدره ${asked(f)}، وهذا يتجاوز أي تحسن واقعي (الحد هو ${bound(f)}).`,
    fix: 'حدّد قيمة مستهدفة يستطيع الموظف بلوغها خلال فترة القياس، وسُدّ الفجوة تدريجيًا عبر محطات رئيسية.',
  }),
  improvement_unrealistic: (f) => ({
    message: `يطلب الهدف ${goal(f)} تغييرًا عن القيمة الأساسية قدره ${asked(f)}، وهذا يتجاوز الحد الواقعي (${bound(f)}).`,
    fix: 'قارن القيمة المستهدفة بأداء الموظف السابق وبأداء الفريق؛ وخفّضها أو مدّد فترة القياس إن كانت بعيدة المنال.',
  }),
  beyond_own_best: (f) => ({
    message: `يحدد الهدف ${goal(f)} قيمة مستهدفة قدرها ${fig(f, f.target)}، ${f.beyond === undefined ? 'أعلى من' : `تزيد بنسبة ${w.percent(f.beyond)} على`} أفضل مستوى حققه الموظف في الفترات الأخيرة (${fig(f, f.best)}).`,
    fix: 'استهدف مستوى قريبًا من أفضل ما بلغه الموظف من قبل، أو وضّح في الخطة لماذا أصبح تحقيق المزيد واقعيًا الآن.',
  }),
  target_beyond_standard: (f) => ({
    message: `يحدد الهدف ${goal(f)} قيمة مستهدفة قدرها ${fig(f, f.target)}، وهي تتجاوز المعيار (${fig(f, f.standard)}) الذي يُفترض أن يسدّ الفجوة حتى بلوغه (الفجوة ${f.gapId}).`,
    fix: 'تطلب الخطة من الموظف بلوغ المعيار لا تجاوزه: اجعل القيمة المستهدفة عند معيار الفجوة أو قريبة منه.',
  }),
  rubric_climb_too_steep: (f) => ({
    message: `يطلب الهدف ${goal(f)} الارتقاء بمقدار ${w.plural(f.levels, LEVELS_GEN)} على سلّم التقييم في خطة واحدة (الحد الواقعي: ${w.plural(f.limit, LEVELS)}).`,
    fix: 'استهدف المستوى التالي أو الذي يليه، وحدّد محطة رئيسية لاحقة لما تبقى.',
  }),
  within_sales_cycle: (f) => ({
    message: `فترة قياس الهدف ${goal(f)}، ومدتها ${days(f.days)}، تغطي دورة البيع في هذا الدور، ومدتها ${days(f.cycle)}.`,
    fix: NOTHING,
  }),
  within_realistic_bound: (f) => ({ message: `يطلب الهدف ${goal(f)} تغييرًا عن القيمة الأساسية قدره ${asked(f)}، وهذا ضمن الحد الواقعي (${bound(f)}).`, fix: NOTHING }),
  reached_before: (f) => ({ message: `يحدد الهدف ${goal(f)} قيمة مستهدفة قدرها ${fig(f, f.target)}، وهو مستوى بلغه الموظف مؤخرًا (أفضل مستوى: ${fig(f, f.best)}).`, fix: NOTHING }),
  improvement_not_judged: (f) => ({
    message: `الهدف ${goal(f)}: ${f.change === undefined ? 'لا تطلب القيمة المستهدفة أي تغيير عن القيمة الأساسية، فلا يوجد ما يُقاس بحدّ' : `التغيير انطلاقًا من قيمة أساسية صفرية (${difference(f, f.change)}) ليس له حجم نسبي`}.`,
    fix: 'لا حاجة إلى أي إجراء؛ أضف بيانات أداء الموظف السابقة ليُحكم على القيمة المستهدفة في ضوئها.',
  }),
  goal_without_gap: (f) => ({
    message: `لا يعالج الهدف ${goal(f)} أي فجوة أداء محددة.`,
    fix: 'اربط الهدف بفجوة الأداء (المدعومة بالبيانات) التي يسدّها، أو احذفه: يجب أن يرجع كل هدف إلى فجوة أداء مقيسة.',
  }),
  gap_unknown: (f) => ({
    message: `يشير الهدف ${goal(f)} إلى الفجوة ${JSON.stringify(f.gapId)}، وهي فجوة لا تعرّفها الخطة.`,
    fix: 'عرّف الفجوة بأرقامها، أو احذف الإشارة إليها.',
  }),
  gap_metric_unrelated: (f) => ({
    message: `يقيس الهدف ${goal(f)} المؤشر ${f.metric}، لكن فجوته ${JSON.stringify(f.gapId)} تتعلق بالمؤشر ${f.gapMetric}، ولم يُصرَّح بأن المؤشر الأول يؤثر فيه.`,
    fix: 'قِس مؤشر الفجوة، أو صرّح في الحقل `drives` للمؤشر بأنه مؤشر استباقي لمؤشر الفجوة.',
  }),
  linked_to_gap: (f) => ({
    message: `يسدّ الهدف ${goal(f)} ${f.closes.map((c) => (c.through === undefined ? `الفجوة ${c.gapId}` : `الفجوة ${c.gapId} عبر المؤشر الذي يؤثر فيه (${c.through})`)).join('، ')}.`,
    fix: NOTHING,
  }),
  goal_without_window: (f) => ({
    message: `ليس للهدف ${goal(f)} فترة قياس ولا موعد نهائي.`,
    fix: 'حدّد للهدف فترة قياس (بداية ونهاية) أو موعدًا نهائيًا ضمن مدة الخطة.',
  }),
  goal_window_outside_plan: (f) => ({
    message: `الهدف ${goal(f)}: ${f.field === 'window' ? 'فترة قياسه' : 'موعده النهائي'} (${span(f.window)}) خارج تواريخ الخطة (${span(f.plan)}).`,
    fix: 'انقل فترة القياس أو الموعد النهائي إلى ما بين تاريخ بدء الخطة وتاريخ انتهائها.',
  }),
  milestone_outside_window: (f) => ({
    message: `للهدف ${goal(f)} محطة رئيسية في ${f.date}، خارج فترة قياسه (${span(f.window)}).`,
    fix: 'حدّد تواريخ المحطات الرئيسية ضمن فترة قياس الهدف.',
  }),
  milestone_not_monotone: (f) => ({
    message: `الهدف ${goal(f)}: تستهدف المحطة الرئيسية في ${f.date} القيمة ${fig(f, f.target)}، وهي لا تتقدم من ${fig(f, f.previous)} نحو القيمة المستهدفة.`,
    fix: 'رتّب قيم المحطات الرئيسية من القيمة الأساسية نحو القيمة المستهدفة، بحيث تتقدم كل محطة خطوة أبعد من سابقتها.',
  }),
  window_inside_plan: (f) => ({ message: `تمتد فترة قياس الهدف ${goal(f)} ${span(f.window)}، ضمن تواريخ الخطة.`, fix: NOTHING }),
};

/** نتائج فحص SMART وتصويباتها بالعربية. */
export const SMART_CATALOGS_AR: SmartCatalogs = Object.freeze({ messages: sentencesOf<SmartFactsByCode>(SENTENCES, 'message'), fixes: sentencesOf<SmartFactsByCode>(SENTENCES, 'fix') });
