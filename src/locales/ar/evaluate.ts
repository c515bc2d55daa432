/**
 * The evaluation's sentences in Arabic (Modern Standard Arabic): recommendation reasons, goal
 * status notes, the triad, warnings and issues, with relapse and team-screen findings. Counted
 * nouns take all six plural categories.
 *
 * @module
 */
import type { EvaluationCatalogs } from '../../evaluate/catalogs.js';
import type { RepeatWarningFacts, ScreenDeclineFacts } from '../../evaluate/messages.js';
import { readsRecentLevel } from '../../evaluate/recent-level.js';
import type {
  CommitmentShortfallFacts,
  GoalHeldRecentlyFacts,
  GoalNotHeldFacts,
  GoalShortfallFacts,
  GoalUnderFloorFacts,
  ReasonScope,
} from '../../evaluate/reason-messages.js';
import type { GoalEvaluation } from '../../evaluate/types.js';
import { figureWords } from '../../issues/figures.js';
import type { PluralForms } from '../../issues/plural.js';
import { POLICY_CATALOGS_AR } from './policy.js';

const w = figureWords('ar');

// Counted nouns. Arabic: one and two without the figure (the dual), 3-10 the plural, 11-99 the
// singular in the accusative, 100 and 0 the singular. Most counts below follow a preposition or
// stand in an idafa ("من أصل", "آخر", "لمدة", "بتأخير"), so the dual is in the genitive ("أسبوعين").

/** Days counted, genitive. */
const DAYS: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** A period unit counted, genitive: "٣ أسابيع", "أسبوعين", "١٢ أسبوعًا". */
const PERIODS: Readonly<Record<string, PluralForms>> = {
  day: DAYS,
  week: { zero: '# أسبوع', one: 'أسبوع واحد', two: 'أسبوعين', few: '# أسابيع', many: '# أسبوعًا', other: '# أسبوع' },
  month: { zero: '# شهر', one: 'شهر واحد', two: 'شهرين', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
};
/** Periods of any unit counted, genitive: "٣ فترات". */
const ANY_PERIODS: PluralForms = { zero: '# فترة', one: 'فترة واحدة', two: 'فترتين', few: '# فترات', many: '# فترة', other: '# فترة' };
/** A period unit alone: "أسبوع". */
const UNIT: Readonly<Record<string, string>> = { day: 'يوم', week: 'أسبوع', month: 'شهر' };
/** How a goal is measured: "أسبوعيًا". */
const MEASURED_BY: Readonly<Record<string, string>> = { day: 'يوميًا', week: 'أسبوعيًا', month: 'شهريًا' };
/** The complete periods of a unit: "الأسابيع المكتملة". */
const COMPLETE: Readonly<Record<string, string>> = { day: 'الأيام المكتملة', week: 'الأسابيع المكتملة', month: 'الأشهر المكتملة' };
/** Observations counted, nominative. */
const OBSERVATIONS: PluralForms = { zero: '# قياس', one: 'قياس واحد', two: 'قياسان', few: '# قياسات', many: '# قياسًا', other: '# قياس' };
/** Repeated observations counted, nominative. */
const REPEATED: PluralForms = {
  zero: '# قياس مكرر',
  one: 'قياس واحد مكرر',
  two: 'قياسان مكرران',
  few: '# قياسات مكررة',
  many: '# قياسًا مكررًا',
  other: '# قياس مكرر',
};
/** Extensions counted, genitive. */
const EXTENSIONS: PluralForms = { zero: '# تمديدات', one: 'تمديد واحد', two: 'تمديدين', few: '# تمديدات', many: '# تمديدًا', other: '# تمديد' };
/** Support sessions due, genitive. */
const SESSIONS_DUE: PluralForms = {
  zero: '# جلسة دعم مستحقة',
  one: 'جلسة دعم واحدة مستحقة',
  two: 'جلستي دعم مستحقتين',
  few: '# جلسات دعم مستحقة',
  many: '# جلسة دعم مستحقة',
  other: '# جلسة دعم مستحقة',
};
/** Check-ins due, genitive. */
const CHECK_INS_DUE: PluralForms = {
  zero: '# اجتماع متابعة مستحق',
  one: 'اجتماع متابعة واحد مستحق',
  two: 'اجتماعي متابعة مستحقين',
  few: '# اجتماعات متابعة مستحقة',
  many: '# اجتماعَ متابعة مستحقًا',
  other: '# اجتماع متابعة مستحق',
};
/** Paused days counted, nominative (as in the documents). */
const PAUSED_DAYS: PluralForms = { zero: '# يوم توقف', one: 'يوم توقف واحد', two: 'يوما توقف', few: '# أيام توقف', many: '# يومًا من التوقف', other: '# يوم توقف' };
/** Issues counted, nominative (the parse catalog counts its overflow the same way). */
export const MORE_ISSUES: PluralForms = {
  zero: '# مشكلة أخرى',
  one: 'مشكلة أخرى واحدة',
  two: 'مشكلتان أخريان',
  few: '# مشكلات أخرى',
  many: '# مشكلة أخرى',
  other: '# مشكلة أخرى',
};

const count = (n: number, forms: PluralForms): string => w.plural(n, forms);
/** A period unit counted ('day' | 'week' | 'month'; any other unit as it is, after the count). */
const periods = (unit: string, n: number): string => (Object.hasOwn(PERIODS, unit) ? count(n, PERIODS[unit]!) : `${w.count(n)} ${unit}`);
const unitName = (unit: string): string => (Object.hasOwn(UNIT, unit) ? UNIT[unit]! : unit);

const quoted = (title: string): string => `«${title}»`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
const id = (value: string | undefined): string => JSON.stringify(value);

/** The triad's sentence, by combination (also the end of `leading_indicators_improving`). */
const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'تحققت أهداف المهارات والسلوك والنتائج جميعها.',
  improving: () => 'تتحسن المهارات والسلوك والنتائج معًا.',
  improving_lagging_results: () => 'تتحسن المهارات والسلوك لكن النتائج متأخرة: تحسن لم ينعكس على الأرقام بعد، وليس إخفاقًا.',
  skill_not_applied: () => 'تتحسن المهارة لكنها لا تُطبَّق بعد في الصفقات الفعلية (السلوك لا يتحسن).',
  results_without_leading_change: () =>
    'تحسنت النتائج دون تغير مماثل في المهارات أو السلوك: ينبغي التحقق من وجود أسباب خارجية قبل التعويل على استمرار هذا التحسن.',
  declining: () => 'نظام القياس في تراجع: مكوّن واحد على الأقل أسوأ من القيمة الأساسية، ولا يتحسن أي مكوّن.',
  no_improvement: () => 'لا يُظهر أي مكوّن من مكونات نظام القياس تحسنًا حقيقيًا مقارنة بالقيمة الأساسية.',
  no_data: () => 'لا توجد بيانات بعد لأي مكوّن من مكونات نظام القياس.',
};

/**
 * Where a goal that is not met stands, with its figures: «المكالمات»: عند ٤٠ أو أفضل في ٥ من أصل
 * ١٣ أسبوعًا (٣٨٫٥٪؛ والمطلوب ٨٠٪).
 */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : ' حتى الآن';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}: عند ${v(f.target)} أو أفضل في ${w.count(p.atTarget)} من أصل ${periods(p.unit, p.counted)}${soFar} (${w.percent(p.metShare)}؛ والمطلوب ${w.percent(f.periodMetShare)})`;
  }
  if (f.observed === null) return `${quoted(f.title)}: لا توجد بيانات`;
  return `${quoted(f.title)}: ${v(f.observed)}${soFar} مقابل قيمة مستهدفة قدرها ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods, with the figures. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}: عند ${w.value(f.target, f.metric)} أو أفضل في ${w.count(s.atTarget)} من آخر ${periods(s.unit, s.counted)} (والمطلوب ${w.percent(f.sustainShare)} من آخر ${periods(s.unit, s.periods)})`;
}

/** A required goal held at target recently: the figures that make it count. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over =
    win !== null
      ? `متوسطًا قدره ${v(f.observed)}، وكان عند قيمته المستهدفة أو أفضل في ${w.count(win.atTarget)} من أصل ${periods(win.unit, win.counted)}`
      : `قيمة قدرها ${v(f.observed)}`;
  const s = r.lastPeriods;
  return `سجّل ${quoted(f.title)} على مدى فترة القياس ${over}، أي دون قيمته المستهدفة البالغة ${v(f.target)}، لكنه كان عند ${v(f.target)} أو أفضل في ${w.count(s.atTarget)} من آخر ${periods(s.unit, s.counted)} (${v(r.value)} من ${r.start} إلى ${r.end})`;
}

/** A goal below its floor, with its attainment, recent level and floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`نسبة الإنجاز ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`المستوى الأخير عند ${w.percent(f.progress)} من الفجوة`);
  return `${quoted(f.title)}: ${parts.join('، ')}، مقابل حد أدنى قدره ${w.percent(f.floor)}`;
}

/** What fell short on the company's side, in one clause list. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push('لم يُلتزَم بتقديم أي دعم');
  else if (f.support !== null) parts.push(`نُفِّذت ${w.count(f.support.delivered)} من أصل ${count(f.support.due, SESSIONS_DUE)} (${w.percent(f.support.share)})`);
  for (const c of f.commitments) parts.push(`${quoted(c.description)}: ${w.count(c.delivered)} من أصل ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push('لم يُعقد أي اجتماع متابعة');
  else if (f.checkIns !== null) parts.push(`عُقد ${w.count(f.checkIns.held)} من أصل ${count(f.checkIns.due, CHECK_INS_DUE)} (${w.percent(f.checkIns.share)})`);
  return parts.join('؛ ');
}

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `المستوى الأخير (آخر ${periods(goal.periodUnit, goal.recent!.periods)}): ` : ''}${v(e.current)} مقابل ${v(e.value)} وفق المسار المتوقع حتى الآن (${e.behindShare > 0 ? `متأخر عن المسار بما يعادل ${w.percent(e.behindShare)} من الفجوة` : 'على المسار المتوقع أو متقدم عليه'})`
    : `${v(goal.observed ?? 0)} حتى الآن`;
  const projection = goal.projected !== null ? `؛ ويُتوقع أن يبلغ ${v(goal.projected)} بحلول ${goal.window.end} مقابل قيمة مستهدفة قدرها ${v(goal.target)}` : '';
  return `${label}: ${where}${projection}.`;
}

const first = (f: RepeatWarningFacts): string => `الأول: ${f.id === undefined ? '' : `${id(f.id)} في `}${f.source}[${f.index}]`;
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? 'قياسات الخطة نفسها' : 'مصدر البيانات');
const eachOnce = (n: number): string =>
  count(n, { one: 'وقد احتُسب مرة واحدة', two: 'وقد احتُسب كلٌّ منهما مرة واحدة', other: 'وقد احتُسب كلٌّ منها مرة واحدة' });

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `خلال آخر ${count(f.count, ANY_PERIODS)} تحرّك اتجاهه العام في الاتجاه الخاطئ بما يعادل ${w.percent(f.share)} من مستواه المعتاد (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })})`;

/** The evaluation's sentences in Arabic. */
export const EVALUATION_CATALOGS_AR: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `تقييم مؤقت: تستمر الخطة حتى ${f.endDate}، وهذه القراءة حتى تاريخ ${f.asOf}.`,
    plan_not_running: () => 'الخطة غير سارية: لم تُفعَّل، لذا لا يُستحق بموجبها شيء بعد، ولا يمكن استخلاص أي نتيجة منها.',
    plan_not_started: (f) => `لم تبدأ الخطة بعد (تبدأ بعد ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `لم تكتمل بعد أي فترة قياس لـ${w.list(f.goals.map((g) => `${quoted(g.title)} (يُقاس ${MEASURED_BY[g.unit] ?? g.unit})`))}: من السابق لأوانه الحكم.`
        : 'لم تنقضِ بعد أي فترة قياس مكتملة: لا يوجد ما يمكن الحكم عليه.',
    insufficient_coverage: (f) =>
      `تتوفر البيانات في ${w.percent(f.share)} من فترات القياس المنقضية${f.goals.length > 0 ? `، وفي نسبة أقل ${f.goals.length > 1 ? `للأهداف ${every(f.scope) ? '' : 'الإلزامية '}` : `للهدف ${every(f.scope) ? '' : 'الإلزامي '}`}${titles(f.goals)}` : ''} (تشترط السياسة ${w.percent(f.threshold)}): البيانات غير كافية لاتخاذ قرار.`,
    required_goal_without_data: (f) =>
      every(f.scope)
        ? `لا توجد بيانات بعد لـ${titles(f.goals)}.`
        : `${several(f.goals) ? 'أهداف إلزامية لا بيانات لها' : 'هدف إلزامي لا بيانات له'}: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `لم يُوثَّق سوى ${w.percent(f.share)} من اجتماعات المتابعة التي عُقدت (تشترط السياسة ${w.percent(f.threshold)}): التوثيق غير كافٍ لاتخاذ قرار.`,
    required_goals_met_and_sustained: (f) =>
      f.heldRecently > 0
        ? `${several(f.goals) ? `أهداف ${every(f.scope) ? '' : 'إلزامية '}متحققة وثابتة` : `هدف ${every(f.scope) ? '' : 'إلزامي '}متحقق وثابت`} خلال الفترات الأخيرة: ${titles(f.goals)}.`
        : `تحقق كل هدف ${every(f.scope) ? '' : 'إلزامي '}وثبت خلال فتراته الأخيرة: ${titles(f.goals)}.`,
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}: الهدف ${every(f.scope) ? '' : 'الإلزامي '}الذي يبلغ مستواه الأخير قيمته المستهدفة ويثبت عندها خلال فتراته الأخيرة يُعدّ متحققًا، أي تحسنًا كبيرًا ومستدامًا (قاعدة recentLevelMeetsRequired في السياسة).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map((g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}، نسبة الإنجاز ${w.percent(g.attainment)} مقابل حد أدنى قدره ${w.percent(g.floor)}`);
      return `الدرجة ${w.plain(f.score, 1)}، أي عند عتبة النجاح البالغة ${w.plain(f.threshold, 1)} أو فوقها، ولا يقع أي هدف دون حده الأدنى: تحسن كبير ومستدام${items.length > 0 ? `، وإن ${several(items) ? 'كانت هذه الأهداف دون قيمها المستهدفة' : 'كان هذا الهدف دون قيمته المستهدفة'}: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) =>
      `${several(f.goals) ? 'أهداف لم تتحقق، وهي غير إلزامية للنجاح' : 'هدف لم يتحقق، وهو غير إلزامي للنجاح'}: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${every(f.scope) ? 'لم يتحقق (لم يُحدَّد أي هدف على أنه إلزامي، لذا يُحتسب كل هدف)' : several(f.goals) ? 'أهداف إلزامية لم تتحقق' : 'هدف إلزامي لم يتحقق'}: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` الدرجة ${w.plain(f.score.score, 1)} تتجاوز عتبة النجاح البالغة ${w.plain(f.score.threshold, 1)}، لكن الدرجة لا تحل محل هدف إلزامي.` : ''}`,
    required_goal_not_sustained: (f) =>
      `${several(f.goals) ? 'أهداف تحققت لكنها لم تثبت' : 'هدف تحقق لكنه لم يثبت'} خلال الفترات الأخيرة: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `${several(f.goals) ? 'أهداف دون حدودها الدنيا' : 'هدف دون حده الأدنى'}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `تحسن حقيقي: الدرجة ${w.plain(f.score, 1)} (عتبة التمديد ${w.plain(f.threshold, 1)})، وقد سدّ المستوى الأخير ${w.percent(f.progress)} من الفجوات.`,
    leading_indicators_improving: (f) => `تتحسن المؤشرات الاستباقية بينما تتأخر النتائج. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `على المسار: كل هدف بدأت فترة قياسه إما تحقق وإما يسير على مساره المتوقع (${titles(f.goals)})، فالتحسن عند المستوى الذي تتوقعه الخطة في هذه المرحلة.`,
    extension_cap_reached: (f) =>
      `حصلت الخطة على ${count(f.count, EXTENSIONS)} من أصل ${count(f.cap, EXTENSIONS)} كحد أقصى تسمح به السياسة؛ ولا يمكن التوصية بتمديد آخر.`,
    no_real_improvement: (f) =>
      `لا يوجد تحسن حقيقي: الدرجة ${w.plain(f.score, 1)} (عتبة التمديد ${w.plain(f.threshold, 1)})، وقد سدّ المستوى الأخير ${w.percent(f.progress)} من الفجوات.`,
    company_commitment_shortfall: (f) =>
      `قصّرت الشركة في الوفاء بالتزاماتها في الخطة (${shortfallDetail(f)}): لا يمكن إنصافًا أن تنتهي الخطة بنتيجة «لم تتحقق».`,
  },
  goalStatus: {
    not_started: (goal) => `تبدأ فترة قياس الهدف في ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `لم يكتمل بعد أي ${unitName(goal.periodUnit)} من فترة القياس (${count(goal.observations, OBSERVATIONS)} حتى الآن).`
        : `لا توجد قياسات صالحة للمؤشر ${goal.metric.name} من ${goal.window.start} إلى ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `تحقق: ${w.percent(goal.metShare)} من ${COMPLETE[goal.periodUnit] ?? goal.periodUnit} عند ${v(goal.target)} أو أفضل (المتوسط ${v(goal.observed ?? 0)}).`
        : `تحقق: ${v(goal.observed ?? 0)} مقابل قيمة مستهدفة قدرها ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `لم يتحقق: ${w.percent(goal.metShare)} من ${COMPLETE[goal.periodUnit] ?? goal.periodUnit} عند ${v(goal.target)} أو أفضل عند انتهاء فترة القياس في ${goal.window.end}.`
        : `لم يتحقق: ${v(goal.observed ?? 0)} مقابل قيمة مستهدفة قدرها ${v(goal.target)} عند انتهاء فترة القياس في ${goal.window.end}.`;
    },
    on_track: (goal) => trajectoryNote('على المسار', goal),
    at_risk: (goal) => trajectoryNote('معرّض للخطر', goal),
    off_track: (goal) => trajectoryNote('خارج المسار', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `في مصدر البيانات ${count(f.count, REPEATED)} لقياسات الخطة نفسها (المعرّف نفسه، أو تطابق تام دون معرّف؛ ${first(f)})؛ ${eachOnce(f.count)}.`,
    duplicate_id: (f) =>
      `في ${sourceName(f)} ${count(f.count, OBSERVATIONS)} بمعرّف سبقت قراءته هناك بالأرقام نفسها (${first(f)})؛ ${eachOnce(f.count)}.`,
    conflicting_duplicate: (f) =>
      `في ${sourceName(f)} ${count(f.count, OBSERVATIONS)} بمعرّف سبقت قراءته بأرقام مختلفة (${first(f)})؛ تُعتمد القراءة الأولى، و${count(f.count, { one: 'استُبعد هذا القياس', two: 'استُبعد هذان القياسان', other: 'استُبعدت هذه القياسات' })}. يُرجى التحقق من المصدر.`,
    window_moved: (f) =>
      `انتقلت فترة قياس الهدف ${id(f.goalId)} (من ${f.windowStart} إلى ${f.windowEnd}) مع عدّاد الخطة لتصبح من ${f.evaluatedStart} إلى ${f.evaluatedEnd} (بتأخير ${count(f.count, DAYS)})، كما انتقل تاريخ انتهاء الخطة: يحتفظ الموظف بكل يوم عمل منحته إياه الخطة مهما طال التوقف (قاعدة windowsFollowPauses في السياسة).`,
    paused_days_excluded: (f) => {
      const them = count(f.count, { one: 'ه', two: 'هما', other: 'ها' });
      const spans = f.pauses.map((p) => (p.start === p.end ? p.start : `من ${p.start} إلى ${p.end}`) + (p.open ? '، ولا يزال التوقف مستمرًا' : '')).join('؛ ');
      return `${count(f.count, PAUSED_DAYS)} (${spans}) خارج كل قياس: لا تحتسب${them} أي فترة أو نسبة أو تغطية أو اتجاه أو وتيرة أو قيمة متوقعة، ولا يُستحق في${them} أي اجتماع متابعة أو جلسة دعم.`;
    },
    window_clipped: (f) =>
      `تتجاوز فترة قياس الهدف ${id(f.goalId)} (من ${f.windowStart} إلى ${f.windowEnd}) حدود الخطة (من ${f.planStart} إلى ${f.planEnd})؛ وقد قُيّمت من ${f.evaluatedStart} إلى ${f.evaluatedEnd} (بعد حذف ${count(f.count, DAYS)}).`,
  },
  issues: {
    observation_unknown_metric: (f) => `يشير القياس إلى المؤشر ${id(f.metricId)}، وهو مؤشر لا تعرّفه الخطة؛ وقد استُبعد القياس.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `يحتاج قياس المؤشر ${id(f.metricId)} إلى بسط ومقام (فالمؤشر نسبة بين مجموعين)؛ وقد استُبعد القياس.`
        : `يحتاج قياس المؤشر ${id(f.metricId)} إلى قيمة؛ وقد استُبعد القياس.`,
    observation_invalid: (f) => `يتضمن قياس المؤشر ${id(f.metricId)} تاريخًا أو رقمًا غير صالح؛ وقد استُبعد القياس.`,
    goal_metric_unknown: (f) => `يشير الهدف ${id(f.goalId)} إلى المؤشر ${id(f.metricId)}، وهو مؤشر لا تعرّفه الخطة؛ ولم يُقيَّم الهدف.`,
    policy_invalid: POLICY_CATALOGS_AR.issues.policy_invalid,
    issues_truncated: (f) => `لم تُدرج ${count(f.count, MORE_ISSUES)} من الأنواع نفسها.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` مقابل ${v(p.target)}` : ''}`).join('؛ ');
      return f.prorated
        ? `عاد ${quoted(f.title)} إلى ما دون القيمة المستهدفة لمدة ${periods(f.unit, f.count)} على التوالي (من ${f.start} إلى ${f.end}): قورن كل ${Object.hasOwn(UNIT, f.unit) ? unitName(f.unit) : 'فترة'} بحصته، وفق أيام العمل، من القيمة المستهدفة البالغة ${v(f.target)} على مدى فترة قياس الهدف${detail ? ` (${detail})` : ''}. لم يُعالَج السبب الجذري؛ ينبغي التدخل سريعًا.`
        : `عاد ${quoted(f.title)} إلى ما دون قيمته المستهدفة البالغة ${v(f.target)} لمدة ${periods(f.unit, f.count)} على التوالي (من ${f.start} إلى ${f.end}${detail ? `؛ ${detail}` : ''}): لم يُعالَج السبب الجذري؛ ينبغي التدخل سريعًا.`;
    },
    relapse_lost_improvement: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` مقابل ${v(p.target)}` : ''}`).join('؛ ');
      return `فقد ${quoted(f.title)} أكثر من ${w.percent(f.lossShare)} من التحسن الذي تحقق خلال الخطة، لمدة ${periods(f.unit, f.count)} على التوالي (من ${f.start} إلى ${f.end}${detail ? `؛ ${detail}` : ''}).`;
    },
    not_closed_successfully: (f) =>
      `لا تنطبق متابعة الانتكاس إلا بعد إغلاق الخطة بنجاح؛ وهذه الخطة ${'outcome' in f ? `أُغلقت بنتيجة ${f.outcome}` : `غير مغلقة (الحالة ${f.status})`}.`,
    no_monitoring_data: (f) => `لا توجد بيانات متابعة لـ${quoted(f.title)} منذ ${f.start}.`,
    holding: (f) => `${quoted(f.title)} ثابت: لم تحدث سلسلة من ${count(f.count, ANY_PERIODS)} دون القيمة المستهدفة منذ ${f.start}.`,
  },
  screen: {
    leading_indicator_declining: (f) => `${quoted(f.metricName)} في تراجع: ${decline(f)} (حد السياسة ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `${quoted(f.metricName)} في تراجع فعلًا: ${decline(f)}.`,
    outcomes_holding: () => 'لم تنخفض النتائج بعد: هذا هو وقت التوجيه والتدريب، قبل أن تدعو الحاجة إلى خطة.',
    insufficient_data: (f) => `الفترات التي تتوفر فيها بيانات لـ${quoted(f.metricName)} أقل من أن تكفي للفحص (${w.count(f.count)}).`,
    steady: () => 'لا يتراجع أي مؤشر استباقي بما يتجاوز حد السياسة.',
  },
};
