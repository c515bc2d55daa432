/**
 * The evaluation's sentences in Arabic (Modern Standard Arabic): recommendation reasons, goal
 * status notes, the triad, warnings and issues. Counted nouns take all six plural categories.
 *
 * @module
 */
import type { EvaluationCatalogs } from '../../evaluate/catalogs.js';
import type { GoalEvaluation } from '../../evaluate/types.js';
import type {
  CommitmentShortfallFacts,
  GoalHeldRecentlyFacts,
  GoalNotHeldFacts,
  GoalShortfallFacts,
  GoalUnderFloorFacts,
  ReasonScope,
} from '../../evaluate/reason-messages.js';
import type { RepeatWarningFacts, ScreenDeclineFacts } from '../../evaluate/messages.js';
import { readsRecentLevel } from '../../evaluate/recent-level.js';
import { figureWords } from '../../issues/figures.js';
import type { PluralForms } from '../../issues/plural.js';

const w = figureWords('ar');

/** Counted nouns: one, two (dual), few (3-10), many (11-99), other (100, 0, ...). */
const DAYS: PluralForms = { zero: '# يوم', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };
const PERIODS: Readonly<Record<string, PluralForms>> = {
  day: DAYS,
  week: { zero: '# أسبوع', one: 'أسبوع واحد', two: 'أسبوعان', few: '# أسابيع', many: '# أسبوعًا', other: '# أسبوع' },
  month: { zero: '# شهر', one: 'شهر واحد', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
};
/** The unit alone after "x من y". */
const UNIT: Readonly<Record<string, PluralForms>> = {
  day: { few: 'أيام', other: 'يوم' },
  week: { few: 'أسابيع', other: 'أسبوع' },
  month: { few: 'أشهر', other: 'شهر' },
};
const periods = (unit: string, count: number): string => (Object.hasOwn(PERIODS, unit) ? w.plural(count, PERIODS[unit]!) : `${w.count(count)} ${unit}`);
const unitOf = (unit: string, count: number): string => (Object.hasOwn(UNIT, unit) ? w.plural(count, UNIT[unit]!) : unit);
/** What a goal is measured by: "بالأسبوع". */
const MEASURED_BY: Readonly<Record<string, string>> = { day: 'باليوم', week: 'بالأسبوع', month: 'بالشهر' };
/** The plural of a unit as a kind of period: "الأسابيع المكتملة". */
const COMPLETE: Readonly<Record<string, string>> = { day: 'الأيام المكتملة', week: 'الأسابيع المكتملة', month: 'الأشهر المكتملة' };

const quoted = (title: string): string => `«${title}»`;
const titles = (goals: readonly string[]): string => w.list(goals.map(quoted));
const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;
const id = (value: string | undefined): string => JSON.stringify(value);
const count = (n: number, forms: PluralForms): string => w.plural(n, forms);

const TRIAD: EvaluationCatalogs['triad'] = {
  all_met: () => 'تحققت أهداف المهارات والسلوك والنتائج جميعها.',
  improving: () => 'تتحسن المهارات والسلوك والنتائج معًا.',
  improving_lagging_results: () => 'تتحسن المهارات والسلوك لكن النتائج متأخرة: تحسن لم يظهر في الأرقام بعد، وليس إخفاقًا.',
  skill_not_applied: () => 'تتحسن المهارة لكنها لا تُستخدم بعد في الصفقات الفعلية (السلوك لا يتحسن).',
  results_without_leading_change: () => 'تحسنت النتائج دون تغير مماثل في المهارات أو السلوك: ينبغي التحقق من الأسباب الخارجية قبل التعويل على استمرارها.',
  declining: () => 'نظام القياس في تراجع: مكوّن واحد على الأقل دون القيمة الأساسية ولا يتحسن أي مكوّن.',
  no_improvement: () => 'لا يُظهر أي مكوّن من مكونات نظام القياس تحسنًا حقيقيًا مقارنة بالقيمة الأساسية.',
  no_data: () => 'لا توجد بيانات بعد لأي مكوّن من مكونات نظام القياس.',
};

/** Where a goal that is not met stands, with its figures. */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const soFar = f.ended ? '' : ' حتى الآن';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}: عند ${v(f.target)} أو أعلى في ${w.count(p.atTarget)} من ${w.count(p.counted)} ${unitOf(p.unit, p.counted)}${soFar} (${w.percent(p.metShare)}؛ المطلوب ${w.percent(f.periodMetShare)})`;
  }
  if (f.observed === null) return `${quoted(f.title)}: لا بيانات`;
  return `${quoted(f.title)}: ${v(f.observed)}${soFar} مقابل قيمة مستهدفة قدرها ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}: عند ${w.value(f.target, f.metric)} أو أعلى في ${w.count(s.atTarget)} من آخر ${periods(s.unit, s.counted)} (المطلوب ${w.percent(f.sustainShare)} من آخر ${w.count(s.periods)})`;
}

/** A required goal held at target recently. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => w.value(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const win = f.window;
  const over = win !== null ? `متوسطًا قدره ${v(f.observed)} وبلغ المستهدف أو تجاوزه في ${w.count(win.atTarget)} من ${w.count(win.counted)} ${unitOf(win.unit, win.counted)}` : v(f.observed);
  const s = r.lastPeriods;
  return `سجّل ${quoted(f.title)} ${over} على مدى فترة القياس، دون قيمته المستهدفة البالغة ${v(f.target)}، لكنه بلغ ${v(f.target)} أو تجاوزها في ${w.count(s.atTarget)} من آخر ${periods(s.unit, s.counted)} (${v(r.value)} من ${r.start} إلى ${r.end})`;
}

/** A goal below its floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`نسبة الإنجاز ${w.percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`المستوى الأخير ${w.percent(f.progress)} من الفجوة`);
  return `${quoted(f.title)}: ${parts.join('، ')}، مقابل حد أدنى قدره ${w.percent(f.floor)}`;
}

/** What fell short on the company's side. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push('لم يُلتزم بأي دعم');
  else if (f.support !== null)
    parts.push(`نُفِّذت ${w.count(f.support.delivered)} من أصل ${count(f.support.due, { zero: '# جلسة دعم مستحقة', one: 'جلسة دعم واحدة مستحقة', two: 'جلستي دعم مستحقتين', few: '# جلسات دعم مستحقة', many: '# جلسة دعم مستحقة', other: '# جلسة دعم مستحقة' })} (${w.percent(f.support.share)})`);
  for (const c of f.commitments) parts.push(`${quoted(c.description)}: ${w.count(c.delivered)} من ${w.count(c.due)}`);
  if (f.checkIns === 'none_held') parts.push('لم يُعقد أي اجتماع متابعة');
  else if (f.checkIns !== null)
    parts.push(`عُقد ${w.count(f.checkIns.held)} من أصل ${count(f.checkIns.due, { zero: '# اجتماع متابعة مستحق', one: 'اجتماع متابعة واحد مستحق', two: 'اجتماعَي متابعة مستحقين', few: '# اجتماعات متابعة مستحقة', many: '# اجتماعًا مستحقًا للمتابعة', other: '# اجتماع متابعة مستحق' })} (${w.percent(f.checkIns.share)})`);
  return parts.join('؛ ');
}

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = (value: number): string => w.value(value, goal.metric);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `المستوى الأخير (آخر ${periods(goal.periodUnit, goal.recent!.periods)}) هو ` : ''}${v(e.current)} مقابل ${v(e.value)} متوقعة حتى الآن (${e.behindShare > 0 ? `متأخر بمقدار ${w.percent(e.behindShare)} من الفجوة` : 'على المسار أو متقدم عليه'})`
    : `${v(goal.observed ?? 0)} حتى الآن`;
  const projection = goal.projected !== null ? `؛ المتوقع ${v(goal.projected)} بحلول ${goal.window.end} مقابل ${v(goal.target)}` : '';
  return `${label}: ${where}${projection}.`;
}

const first = (f: RepeatWarningFacts): string => `أولها: ${f.id === undefined ? '' : `${id(f.id)} في `}${f.source}[${f.index}]`;
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? 'قياسات الخطة نفسها' : 'مصدر البيانات');
const OBSERVATIONS: PluralForms = { zero: '# قياس', one: 'قياس واحد', two: 'قياسان', few: '# قياسات', many: '# قياسًا', other: '# قياس' };

/** How a metric got worse over the lookback, with its typical level. */
const decline = (f: ScreenDeclineFacts): string =>
  `خلال آخر ${w.count(f.count)} فترة تحرك اتجاهه في الاتجاه الخاطئ بمقدار ${w.percent(f.share)} من مستواه المعتاد (${f.level === null ? '?' : w.value(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit })})`;

/** The evaluation's sentences in Arabic. */
export const EVALUATION_CATALOGS_AR: EvaluationCatalogs = {
  reasons: {
    provisional_before_end: (f) => `مؤقت: تستمر الخطة حتى ${f.endDate}؛ وهذه القراءة بتاريخ ${f.asOf}.`,
    plan_not_running: () => 'الخطة غير سارية: لم تُفعَّل، لذا لا شيء مستحق بموجبها بعد ولا يمكن استخلاص نتيجة منها.',
    plan_not_started: (f) => `لم تبدأ الخطة بعد (تبدأ بعد ${f.asOf}).`,
    nothing_elapsed: (f) =>
      f.goals.length > 0
        ? `لا توجد بعد فترة قياس مكتملة لـ${w.list(f.goals.map((g) => `${quoted(g.title)} (يُقاس ${MEASURED_BY[g.unit] ?? g.unit})`))}: من المبكر الحكم.`
        : 'لم تنقضِ بعد أي فترة قياس مكتملة: لا يوجد ما يُحكم عليه.',
    insufficient_coverage: (f) =>
      `${w.percent(f.share)} من فترات القياس المنقضية فيها بيانات${f.goals.length > 0 ? `، وأقل من ذلك ${f.goals.length > 1 ? 'للأهداف' : 'للهدف'} ${every(f.scope) ? '' : f.goals.length > 1 ? 'الإلزامية ' : 'الإلزامي '}${titles(f.goals)}` : ''} (تشترط السياسة ${w.percent(f.threshold)}): البيانات أقل من أن يُبنى عليها قرار.`,
    required_goal_without_data: (f) =>
      every(f.scope) ? `لا بيانات بعد لـ${titles(f.goals)}.` : `${several(f.goals) ? 'أهداف إلزامية بلا بيانات' : 'هدف إلزامي بلا بيانات'}: ${titles(f.goals)}.`,
    check_ins_undocumented: (f) =>
      `${w.percent(f.share)} فقط من اجتماعات المتابعة المعقودة موثقة (تشترط السياسة ${w.percent(f.threshold)}): التوثيق أقل من أن يُبنى عليه قرار.`,
    required_goals_met_and_sustained: (f) =>
      f.heldRecently > 0
        ? `${every(f.scope) ? 'تحققت' : 'إلزامية وتحققت'}، واستمرت خلال الفترات الأخيرة: ${titles(f.goals)}.`
        : `تحقق كل هدف ${every(f.scope) ? '' : 'إلزامي '}واستمر خلال فتراته الأخيرة: ${titles(f.goals)}.`,
    required_goal_held_recently: (f) =>
      `${w.list(f.goals.map(goalHeldRecently))}: الهدف ${every(f.scope) ? '' : 'الإلزامي '}الذي يبلغ مستواه الأخير القيمة المستهدفة ويثبت عندها خلال فتراته الأخيرة يُعدّ متحققًا، وهذا تحسن كبير ومستدام (قاعدة recentLevelMeetsRequired في السياسة).`,
    score_past_success_threshold: (f) => {
      const items = f.goals.map((g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}، نسبة الإنجاز ${w.percent(g.attainment)} مقابل حد أدنى قدره ${w.percent(g.floor)}`);
      return `الدرجة ${w.plain(f.score, 1)}، عند عتبة النجاح البالغة ${w.plain(f.threshold, 1)} أو فوقها، ولا هدف دون حده الأدنى: تحسن كبير ومستدام${items.length > 0 ? `، وإن كانت ${several(items) ? 'هذه الأهداف دون قيمها المستهدفة' : 'هذا الهدف دون قيمته المستهدفة'}: ${w.list(items)}` : ''}.`;
    },
    non_required_goal_not_met: (f) => `لم يتحقق، وليس إلزاميًا للنجاح: ${w.list(f.goals.map(goalShortfall))}.`,
    required_goal_not_met: (f) =>
      `${every(f.scope) ? 'لم يتحقق (لا يوجد هدف محدد بأنه إلزامي، لذا يُحتسب كل هدف)' : several(f.goals) ? 'أهداف إلزامية لم تتحقق' : 'هدف إلزامي لم يتحقق'}: ${w.list(f.goals.map(goalShortfall))}.${f.score !== null ? ` الدرجة ${w.plain(f.score.score, 1)} تتجاوز عتبة النجاح البالغة ${w.plain(f.score.threshold, 1)}، لكن الدرجة لا تحل محل هدف إلزامي.` : ''}`,
    required_goal_not_sustained: (f) => `تحقق لكنه لم يستمر خلال الفترات الأخيرة: ${w.list(f.goals.map(goalNotHeld))}.`,
    goal_below_floor: (f) => `${several(f.goals) ? 'دون حدودها الدنيا' : 'دون حده الأدنى'}: ${w.list(f.goals.map(goalUnderFloor))}.`,
    improvement_past_threshold: (f) =>
      `تحسن حقيقي: الدرجة ${w.plain(f.score, 1)} (عتبة التمديد ${w.plain(f.threshold, 1)})، وقد سدّ المستوى الأخير ${w.percent(f.progress)} من الفجوات.`,
    leading_indicators_improving: (f) => `المؤشرات الاستباقية تتحسن بينما النتائج متأخرة. ${TRIAD[f.triad]({})}`.trim(),
    goals_on_course: (f) =>
      `على المسار: كل هدف بدأ قد تحقق أو يسير وفق مساره المتوقع (${titles(f.goals)})، فالتحسن حيث تتوقعه الخطة في هذه المرحلة.`,
    extension_cap_reached: (f) =>
      `حصلت الخطة على ${count(f.count, { zero: '# تمديد', one: 'تمديد واحد', two: 'تمديدين', few: '# تمديدات', many: '# تمديدًا', other: '# تمديد' })} من أصل ${count(f.cap, { zero: '# تمديد', one: 'التمديد الوحيد', two: 'التمديدين', few: 'التمديدات الـ#', many: 'التمديدات الـ#', other: 'التمديدات الـ#' })} التي تسمح بها السياسة؛ ولا يمكن التوصية بتمديد آخر.`,
    no_real_improvement: (f) =>
      `لا تحسن حقيقي: الدرجة ${w.plain(f.score, 1)} (عتبة التمديد ${w.plain(f.threshold, 1)})، وقد سدّ المستوى الأخير ${w.percent(f.progress)} من الفجوات.`,
    company_commitment_shortfall: (f) => `قصّرت الشركة في الوفاء بنصيبها من الخطة (${shortfallDetail(f)}): لا يمكن بإنصاف أن تنتهي الخطة بنتيجة «لم تتحقق».`,
  },
  goalStatus: {
    not_started: (goal) => `تبدأ فترة قياس الهدف في ${goal.window.start}.`,
    no_data: (goal) =>
      goal.reading === 'per_period' && goal.observations > 0
        ? `لا توجد بعد فترة مكتملة (${unitOf(goal.periodUnit, 1)}) ضمن فترة القياس (${count(goal.observations, OBSERVATIONS)} حتى الآن).`
        : `لا توجد قياسات صالحة لـ${goal.metric.name} من ${goal.window.start} إلى ${goal.evaluated?.end ?? goal.window.start}.`,
    met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `تحقق: ${w.percent(goal.metShare)} من ${COMPLETE[goal.periodUnit] ?? goal.periodUnit} عند ${v(goal.target)} أو أعلى (المتوسط ${v(goal.observed ?? 0)}).`
        : `تحقق: ${v(goal.observed ?? 0)} مقابل قيمة مستهدفة قدرها ${v(goal.target)}.`;
    },
    not_met: (goal) => {
      const v = (value: number): string => w.value(value, goal.metric);
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `لم يتحقق: ${w.percent(goal.metShare)} من ${COMPLETE[goal.periodUnit] ?? goal.periodUnit} عند ${v(goal.target)} أو أعلى عند انتهاء فترة القياس في ${goal.window.end}.`
        : `لم يتحقق: ${v(goal.observed ?? 0)} مقابل قيمة مستهدفة قدرها ${v(goal.target)} عند انتهاء فترة القياس في ${goal.window.end}.`;
    },
    on_track: (goal) => trajectoryNote('على المسار', goal),
    at_risk: (goal) => trajectoryNote('معرّض للخطر', goal),
    off_track: (goal) => trajectoryNote('خارج المسار', goal),
  },
  triad: TRIAD,
  warnings: {
    feed_repeats_plan: (f) =>
      `${count(f.count, OBSERVATIONS)} من مصدر البيانات ${f.count === 1 ? 'يكرر' : 'تكرر'} قياسات الخطة نفسها (المعرّف نفسه، أو متطابقة دون معرّف؛ ${first(f)})؛ واحتُسب كل منها مرة واحدة.`,
    duplicate_id: (f) =>
      `${count(f.count, OBSERVATIONS)} من ${sourceName(f)} ${f.count === 1 ? 'يكرر' : 'تكرر'} معرّفًا سبقت قراءته هناك بالأرقام نفسها (${first(f)})؛ واحتُسب كل منها مرة واحدة.`,
    conflicting_duplicate: (f) =>
      `${count(f.count, OBSERVATIONS)} من ${sourceName(f)} ${f.count === 1 ? 'يعيد' : 'تعيد'} استخدام معرّف سبقت قراءته بأرقام أخرى (${first(f)})؛ تُعتمد القراءة الأولى واستُبعد ${f.count === 1 ? 'هذا القياس' : 'هذه القياسات'}. يُرجى التحقق من المصدر.`,
    window_moved: (f) =>
      `نُقلت فترة قياس الهدف ${id(f.goalId)} من ${f.windowStart}–${f.windowEnd} مع عدّاد الخطة إلى ${f.evaluatedStart}–${f.evaluatedEnd} (بعد ${count(f.count, DAYS)})، كما نُقل تاريخ انتهاء الخطة: يحتفظ الموظف بكل يوم عمل منحته الخطة مهما طال التوقف (قاعدة windowsFollowPauses).`,
    paused_days_excluded: (f) =>
      `${count(f.count, { zero: '# يوم توقف', one: 'يوم توقف واحد', two: 'يوما توقف', few: '# أيام توقف', many: '# يومًا من التوقف', other: '# يوم توقف' })} (${f.pauses.map((p) => (p.start === p.end ? p.start : `من ${p.start} إلى ${p.end}`) + (p.open ? '، ما زال مفتوحًا' : '')).join('؛ ')}) خارج كل قياس: لا تحتسبها أي فترة أو نسبة أو تغطية أو اتجاه أو وتيرة أو قيمة متوقعة، ولا يستحق فيها أي اجتماع متابعة أو جلسة دعم.`,
    window_clipped: (f) =>
      `تمتد فترة قياس الهدف ${id(f.goalId)} من ${f.windowStart} إلى ${f.windowEnd} خارج الخطة (من ${f.planStart} إلى ${f.planEnd})؛ وقد قُيّمت من ${f.evaluatedStart} إلى ${f.evaluatedEnd} (حُذف ${count(f.count, DAYS)}).`,
  },
  issues: {
    observation_unknown_metric: (f) => `يشير القياس إلى المؤشر ${id(f.metricId)}، الذي لا تعرّفه الخطة؛ وقد استُبعد.`,
    observation_shape_mismatch: (f) =>
      f.aggregation === 'ratio'
        ? `يحتاج قياس ${id(f.metricId)} إلى بسط ومقام (المؤشر نسبة بين مجموعين)؛ وقد استُبعد.`
        : `يحتاج قياس ${id(f.metricId)} إلى قيمة؛ وقد استُبعد.`,
    observation_invalid: (f) => `في قياس ${id(f.metricId)} تاريخ أو رقم غير صالح؛ وقد استُبعد.`,
    goal_metric_unknown: (f) => `يشير الهدف ${id(f.goalId)} إلى المؤشر ${id(f.metricId)}، الذي لا تعرّفه الخطة؛ ولم يُقيَّم.`,
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid':
          return `يجب أن يكون حقل السياسة ${f.field} ${f.expected}، لا ${f.received}؛ واستُخدمت القيمة الافتراضية.`;
        case 'unknown':
          return `${f.field} ليس حقلًا في هذه السياسة${f.suggestion === undefined ? '' : ` (هل تقصد ${f.suggestion}؟)`}؛ وقد تم تجاهله.`;
        case 'not_an_object':
          return `يجب أن تكون السياسة كائنًا يضم الحقول المراد استبدالها، لا ${f.received}؛ واستُخدمت القيم الافتراضية.`;
        case 'unreadable':
          return `تعذّرت قراءة حقل السياسة ${f.field}؛ واستُخدمت القيمة الافتراضية.`;
      }
    },
    issues_truncated: (f) =>
      `لم يُدرج ${count(f.count, { zero: '# ملاحظة أخرى', one: 'ملاحظة أخرى واحدة', two: 'ملاحظتان أخريان', few: '# ملاحظات أخرى', many: '# ملاحظة أخرى', other: '# ملاحظة أخرى' })} من الأنواع نفسها.`,
  },
  relapse: {
    relapse_below_target: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` مقابل ${v(p.target)}` : ''}`).join('؛ ');
      return f.prorated
        ? `عاد ${quoted(f.title)} إلى ما دون المستهدف لمدة ${periods(f.unit, f.count)} متتالية (من ${f.start} إلى ${f.end}): قورنت كل فترة بحصتها من أيام العمل في المستهدف البالغ ${v(f.target)} على مدى فترة قياس الهدف${detail ? ` (${detail})` : ''}. لم يُعالَج السبب الجذري؛ يجب التحرك سريعًا.`
        : `عاد ${quoted(f.title)} إلى ما دون قيمته المستهدفة البالغة ${v(f.target)} لمدة ${periods(f.unit, f.count)} متتالية (من ${f.start} إلى ${f.end}${detail ? `؛ ${detail}` : ''}): لم يُعالَج السبب الجذري؛ يجب التحرك سريعًا.`;
    },
    relapse_lost_improvement: (f) => {
      const v = (value: number): string => w.value(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
      const detail = f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` مقابل ${v(p.target)}` : ''}`).join('؛ ');
      return `فقد ${quoted(f.title)} أكثر من ${w.percent(f.lossShare)} من التحسن الذي تحقق خلال الخطة لمدة ${periods(f.unit, f.count)} متتالية (من ${f.start} إلى ${f.end}${detail ? `؛ ${detail}` : ''}).`;
    },
    not_closed_successfully: (f) =>
      `تنطبق متابعة الانتكاس بعد الإغلاق الناجح؛ وهذه الخطة ${'outcome' in f ? `أُغلقت بنتيجة ${f.outcome}` : `غير مغلقة (الحالة ${f.status})`}.`,
    no_monitoring_data: (f) => `لا توجد بيانات متابعة لـ${quoted(f.title)} منذ ${f.start}.`,
    holding: (f) => `${quoted(f.title)} صامد: لا توجد سلسلة من ${w.count(f.count)} فترات دون المستهدف منذ ${f.start}.`,
  },
  screen: {
    leading_indicator_declining: (f) => `${quoted(f.metricName)} يتراجع: ${decline(f)} (السياسة ${w.percent(f.threshold)}).`,
    outcome_declining: (f) => `${quoted(f.metricName)} يتراجع بالفعل: ${decline(f)}.`,
    outcomes_holding: () => 'لم تنخفض النتائج بعد: هذا هو وقت التوجيه، قبل أن تصبح الخطة ضرورية.',
    insufficient_data: (f) => `لدى ${quoted(f.metricName)} فترات قليلة جدًا فيها بيانات لا تكفي للفحص (${w.count(f.count)}).`,
    steady: () => 'لا يوجد مؤشر استباقي يتراجع بما يتجاوز حدود السياسة.',
  },
};
