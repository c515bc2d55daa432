/**
 * The rendered documents' words in Arabic (Modern Standard Arabic): the plan document and the
 * evaluation report. Counted nouns take all six plural categories (zero, one, two, few, many,
 * other), in the case the sentence needs: nominative for a subject or a label («يومان»),
 * genitive after a preposition or «آخر» («لمدة يومين», «آخر أسبوعين»).
 *
 * @module
 */
import type { RenderMessages } from '../../render/messages.js';
import { formatCount, pluralForm } from '../../issues/plural.js';

type Forms = Parameters<typeof pluralForm>[2];

const n = (count: number, forms: Forms): string => pluralForm('ar', count, forms);

/** A count standing alone, as in "3 of 10": written as Arabic writes numbers. */
const num = (count: number): string => formatCount('ar', count);

/**
 * An amount that arrives formatted ("24", "1.5"): its plural category read from the number, the
 * text kept as given. The forms hold the noun only.
 */
const amountOf = (amount: string, forms: Forms): string => `${amount} ${n(Number(amount), forms)}`;

/** Days, nominative (a label, a subject): «يومان». */
const DAYS: Forms = { zero: '# يوم', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** Days after a preposition (genitive): «لمدة يومين». */
const DAYS_GEN: Forms = { zero: '# يوم', one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' };
/** Support sessions, nominative. */
const SESSIONS: Forms = { zero: '# جلسة', one: 'جلسة واحدة', two: 'جلستان', few: '# جلسات', many: '# جلسة', other: '# جلسة' };
/** Support sessions after «من أصل» (genitive). */
const SESSIONS_GEN: Forms = { zero: '# جلسة', one: 'جلسة واحدة', two: 'جلستين', few: '# جلسات', many: '# جلسة', other: '# جلسة' };

/** Periods after «آخر» (genitive; «آخر أسبوع» needs no «واحد»). */
const LAST_PERIODS: Readonly<Record<string, Forms>> = {
  day: { zero: '# يوم', one: 'يوم', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' },
  week: { zero: '# أسبوع', one: 'أسبوع', two: 'أسبوعين', few: '# أسابيع', many: '# أسبوعًا', other: '# أسبوع' },
  month: { zero: '# شهر', one: 'شهر', two: 'شهرين', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
};
/** Periods after «من» ("3 of 10 weeks", genitive). */
const OF_PERIODS: Readonly<Record<string, Forms>> = {
  day: { zero: '# يوم', one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' },
  week: { zero: '# أسبوع', one: 'أسبوع واحد', two: 'أسبوعين', few: '# أسابيع', many: '# أسبوعًا', other: '# أسبوع' },
  month: { zero: '# شهر', one: 'شهر واحد', two: 'شهرين', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
};
/** A unit key this catalog does not know is shown as given, after its count. */
const periodsIn = (table: Readonly<Record<string, Forms>>, unit: string, count: number): string =>
  Object.hasOwn(table, unit) ? n(count, table[unit]!) : `${num(count)} ${unit}`;

/** "each week" («كل أسبوع»), for the charts' series. */
const EACH: Readonly<Record<string, string>> = { day: 'كل يوم', week: 'كل أسبوع', month: 'كل شهر' };

/** The noun after a duration's amount: plural for 3-10, singular otherwise. */
const DURATION: Readonly<Record<string, Forms>> = {
  minutes: { few: 'دقائق', other: 'دقيقة' },
  hours: { few: 'ساعات', other: 'ساعة' },
  days: { few: 'أيام', many: 'يومًا', other: 'يوم' },
};

const WEEKDAYS: Readonly<Record<string, string>> = {
  monday: 'الاثنين', tuesday: 'الثلاثاء', wednesday: 'الأربعاء', thursday: 'الخميس', friday: 'الجمعة', saturday: 'السبت', sunday: 'الأحد',
};

/** Names joined the Arabic way: «أ، ب وج». */
const list = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}` : items.join('');

/** The rendered documents' words in Arabic. */
export const RENDER_MESSAGES_AR: RenderMessages = {
  term: 'خطة تحسين الأداء',
  sections: {
    basics: 'البيانات الأساسية للخطة والغرض منها',
    diagnostic: 'التشخيص',
    gaps: 'فجوات الأداء',
    goals: 'الأهداف',
    development: 'خطة التطوير',
    support: 'الدعم والموارد',
    timeline: 'الجدول الزمني واجتماعات المتابعة',
    outcomes: 'معايير النجاح والعواقب',
    formalising: 'مراجعة الموارد البشرية والتوقيعات',
    reference: 'الحقول المرجعية',
  },
  labels: {
    planId: 'رقم الخطة', status: 'الحالة', revision: 'الإصدار', employee: 'الموظف', role: 'المسمى الوظيفي', team: 'الفريق',
    territory: 'المنطقة البيعية', manager: 'المدير المباشر', hrPartner: 'شريك الموارد البشرية', createdOn: 'تاريخ بدء الإجراء',
    startDate: 'البداية', endDate: 'النهاية', duration: 'المدة', salesCycle: 'دورة البيع المعتادة', purpose: 'الغرض',
    priorCoaching: 'التوجيه قبل هذه الخطة', strengths: 'ما يسير على ما يرام', struggles: 'مواطن الصعوبة',
    notDoing: 'ما لا يقوم به بعد', doingWrong: 'ما يقوم به بطريقة لا تحقق النتيجة',
    systemFactors: 'أثر بيئة العمل (المنطقة البيعية، العملاء المحتملون، منهجية البيع، الأدوات)', rootCause: 'السبب الجذري',
    rootCauseNotes: 'ملاحظات حول السبب الجذري', metric: 'المؤشر', current: 'الحالي', standard: 'المعيار',
    difference: 'الفجوة', period: 'الفترة', evidence: 'الأدلة', gapNotes: 'ملاحظات حول الفجوات', goal: 'الهدف',
    category: 'الفئة', baseline: 'القيمة الأساسية', target: 'القيمة المستهدفة', window: 'فترة القياس', weight: 'الوزن',
    required: 'إلزامي', closesGap: 'يسد الفجوة', milestones: 'المحطات الرئيسية', goalNotes: 'ملاحظات حول الأهداف',
    skill: 'المهارة', practice: 'التدريب العملي الذي ينمّيها', feedback: 'التغذية الراجعة التي تُظهر التقدم', forGoals: 'للأهداف',
    support: 'الدعم', kind: 'النوع', owner: 'المسؤول', schedule: 'المواعيد', addresses: 'يعالج',
    deliveryRecord: 'سجل التنفيذ', delivered: 'المنفَّذ', phases: 'المراحل', phase: 'المرحلة', days: 'الأيام',
    dates: 'التواريخ', focus: 'محور التركيز', checkInSchedule: 'جدول اجتماعات المتابعة', checkInDates: 'مواعيد اجتماعات المتابعة',
    checkInLog: 'سجل اجتماعات المتابعة', number: 'م', date: 'التاريخ', notes: 'الملاحظات', progress: 'التقدم',
    actions: 'الإجراءات المتفق عليها', adjustments: 'التعديلات', privateNotes: 'ملاحظات المدير السرية',
    attendees: 'الحاضرون', changes: 'التغييرات على الخطة', success: 'كيف يبدو النجاح',
    ifSuccessful: 'إذا تحققت الأهداف', ifNotMet: 'إذا لم تتحقق الأهداف', closure: 'الإغلاق',
    hrReview: 'مراجعة الموارد البشرية', decision: 'القرار', reviewNotes: 'ملاحظات المراجعة', signatures: 'التوقيعات',
    signature: 'التوقيع', comment: 'تعليق', mitigation: 'كيف تعالج الخطة ذلك', yes: 'نعم', no: 'لا',
    none: '—', value: 'القيمة', copy: 'النسخة', signer: 'الصفة', name: 'الاسم', signed: 'تاريخ التوقيع', holidays: 'العطلات الرسمية',
    measurement: 'كيف يُقاس التقدم', level: 'المستوى', looksLike: 'كيف يبدو',
  },
  empty: {
    purpose: 'لم يُحدَّد الغرض بعد.',
    priorCoaching: 'لا توجد محادثات توجيه مسجلة قبل هذه الخطة.',
    diagnostic: 'لم يُسجَّل تشخيص بعد.',
    list: 'لا شيء مسجَّل.',
    systemFactors: 'لا توجد عوامل بيئة عمل مسجلة.',
    gaps: 'لم تُسجَّل فجوات أداء بعد.',
    goals: 'لم تُحدَّد أهداف بعد.',
    development: 'لم تُسجَّل بنود تطوير بعد.',
    support: 'لم يُذكر أي دعم بعد.',
    deliveries: 'لم تُسجَّل جلسات دعم بعد.',
    checkInSchedule: 'لم تُجدوَل اجتماعات متابعة بعد.',
    checkIns: 'لم تُسجَّل اجتماعات متابعة بعد.',
    outcome: 'لم يُحدَّد بعد.',
    hrReview: 'لم تراجعها إدارة الموارد البشرية بعد.',
    signatures: 'لم تُوقَّع بعد.',
    notes: 'لا ملاحظات.',
  },
  rootCause: {
    skill: 'المهارة: لا يستطيع القيام بذلك بعد',
    will: 'الإرادة: لا يرغب في القيام بذلك',
    system: 'بيئة العمل: الظروف المحيطة تعيق الأداء',
    mixed: 'مختلط: المهارة والإرادة وبيئة العمل معًا',
  },
  systemFactorKind: {
    territory: 'المنطقة البيعية', lead_quality: 'جودة العملاء المحتملين', playbook: 'منهجية البيع', tooling: 'الأدوات',
    tool_fatigue: 'الإرهاق من كثرة الأدوات', other: 'أخرى',
  },
  standardSource: {
    team_average: 'متوسط الفريق', team_median: 'وسيط الفريق', quota: 'الحصة البيعية', role_standard: 'معيار الوظيفة',
    own_earlier_level: 'مستوى الموظف السابق', other: 'المعيار',
  },
  goalCategory: { revenue: 'الإيرادات / النتائج', activity: 'النشاط', skill: 'المهارة', customer: 'العملاء', conduct: 'السلوك المهني' },
  metricKind: { skill: 'مهارة', behavior: 'سلوك', activity: 'نشاط', outcome: 'نتيجة' },
  supportKind: {
    coaching: 'توجيه', training: 'تدريب', mentorship: 'إرشاد', shadowing: 'مرافقة في العمل', tool: 'أداة', other: 'أخرى',
  },
  planStatus: {
    draft: 'مسودة', in_review: 'قيد مراجعة الموارد البشرية', awaiting_acknowledgement: 'بانتظار الإقرار بالاستلام', active: 'سارية',
    paused: 'متوقفة مؤقتًا', in_evaluation: 'قيد التقييم', closed: 'مغلقة', monitoring: 'قيد المتابعة اللاحقة', completed: 'منتهية',
  },
  phase: {
    diagnose_and_develop: 'التشخيص والتطوير',
    practise_and_apply: 'الممارسة والتطبيق',
    measure_and_evaluate: 'القياس والتقييم',
  },
  phaseFocus: {
    diagnose_and_develop: 'تدريب وممارسة في بيئة آمنة؛ يراقب المدير ويقدم التغذية الراجعة.',
    practise_and_apply: 'تُستخدم المهارة في صفقات حقيقية وتُراجَع.',
    measure_and_evaluate: 'استخدام منتظم؛ تُقاس النتائج وتُراجَع بالبيانات.',
  },
  signerRole: { manager: 'المدير المباشر', employee: 'الموظف', hr: 'الموارد البشرية' },
  slotStatus: { held: 'عُقد', missed: 'لم يُعقد', overdue: 'متأخر', due: 'مستحق', upcoming: 'قادم', scheduled: 'مجدول' },
  sessionStatus: { delivered: 'نُفِّذت', missed: 'لم تُنفَّذ', overdue: 'متأخرة', upcoming: 'قادمة', scheduled: 'مجدولة' },
  closingOutcome: {
    successful: 'إتمام ناجح', extended_then_closed: 'مُدِّدت ثم أُغلقت', not_met: 'لم تتحقق', withdrawn: 'سُحبت',
  },
  reviewDecision: { approved: 'تمت الموافقة', changes_requested: 'طُلبت تعديلات' },
  checkInStatus: { held: 'عُقد', missed: 'لم يُعقد' },
  audience: { employee: 'نسخة الموظف', manager: 'نسخة المدير', hr: 'نسخة الموارد البشرية' },
  documentTitle: (term, employee) => `${term}: ${employee}`,
  subtitle: (role, team) => (team ? `${role}، فريق ${team}` : role),
  audienceNote: (audience, term) =>
    audience === 'employee'
      ? `نسخة الموظف من ${term}.`
      : `نسخة ${audience === 'hr' ? 'الموارد البشرية' : 'المدير'} من ${term}: تتضمن ملاحظات المدير السرية وملاحظات المراجعة الداخلية. لا تُشارَك مع الموظف.`,
  footer: (term, asOf) => (asOf ? `${term}. الحالات كما هي في ${asOf}.` : `${term}.`),
  days: (count) => n(count, DAYS),
  dayRange: (first, last) => `الأيام ${first}–${last}`,
  dateRange: (start, end) => `من ${start} إلى ${end}`,
  byDeadline: (date) => `بحلول ${date}`,
  basis: (basis) => ({ per_day: 'يوميًا', per_week: 'أسبوعيًا', per_month: 'شهريًا', window: 'على مدى فترة القياس' })[basis],
  atLeast: (value) => `${value} على الأقل`,
  atMost: (value) => `${value} على الأكثر`,
  shortBy: (amount) => `أقل بمقدار ${amount}`,
  overBy: (amount) => `أعلى بمقدار ${amount}`,
  noGap: 'يطابق المعيار',
  percentagePoints: (amount) => amountOf(amount, { few: 'نقاط مئوية', other: 'نقطة مئوية' }),
  durationUnit: (amount, unit) => (unit ? (Object.hasOwn(DURATION, unit) ? amountOf(amount, DURATION[unit]!) : `${amount} ${unit}`) : amount),
  rubricLevel: (value, label) => `${value} (${label})`,
  every: (every, starting, count) =>
    `${{ week: 'كل أسبوع', two_weeks: 'كل أسبوعين', month: 'كل شهر' }[every]} ابتداءً من ${starting}${count !== undefined ? `، بإجمالي ${n(count, SESSIONS_GEN)}` : ''}`,
  dueOn: (dates) => `مستحق في ${dates.join('، ')}`,
  deliveredCount: (delivered, missed, total) =>
    `نُفِّذت ${num(delivered)} من أصل ${n(total, SESSIONS_GEN)}${missed > 0 ? `، ولم تُنفَّذ ${n(missed, SESSIONS)}` : ''}`,
  checkInCadence: (cadence, weekday) => `${cadence === 'weekly' ? 'أسبوعيًا' : 'كل أسبوعين'}، يوم ${weekday}`,
  businessDaysOnly: 'يُنقل الموعد الذي يقع في عطلة نهاية الأسبوع إلى يوم عمل',
  holidays: (dates) => `لا تُعقد اجتماعات متابعة في ${dates.join('، ')}؛ ويُنقل الاجتماع الذي يصادف أحد هذه الأيام إلى يوم العمل التالي`,
  milestone: (label, date, target, goal) => `${label ? `${label}، ` : ''}${date}: ${target} (${goal})`,
  extension: (days, from, to, reason) => `مُدِّدت الخطة لمدة ${n(days, DAYS_GEN)}، من ${from} إلى ${to}: ${reason}`,
  pause: (start, end, reason) => `أُوقفت الخطة مؤقتًا ${end ? `من ${start} إلى ${end}` : `منذ ${start}`}: ${reason}`,
  amendment: (date, by, target, reason, revision) => `في ${date}، عدّل ${by} ${target} (الإصدار ${revision}): ${reason}`,
  amendedGoal: (title, changes) => `الهدف «${title}»: ${changes.length > 0 ? changes.join('، ') : 'لا تغيير في شروطه'}`,
  amendedSupport: (description, changes) => `الدعم «${description}»: ${changes.length > 0 ? changes.join('، ') : 'لا تغيير في شروطه'}`,
  amendmentWithChange: (amendment, change) => `${amendment} — ${change}`,
  addedGoal: (title) => `أُضيف الهدف «${title}»`,
  addedSupport: (description) => `أُضيف الدعم «${description}»`,
  fieldChange: (field, before, after) => `${field}: ${before} ← ${after}`,
  amendmentFields: {
    title: 'العنوان',
    category: 'الفئة',
    metricId: 'المؤشر',
    baseline: 'القيمة الأساسية',
    target: 'القيمة المستهدفة',
    window: 'فترة القياس',
    deadline: 'الموعد النهائي',
    weight: 'الوزن',
    required: 'إلزامي',
    floor: 'الحد الأدنى',
    milestones: 'المحطات الرئيسية',
    gapIds: 'الفجوات',
    description: 'الوصف',
    kind: 'النوع',
    owner: 'المسؤول',
    ownerName: 'المسؤول',
    cadence: 'المواعيد',
    dueDates: 'تواريخ الاستحقاق',
    goalIds: 'الأهداف',
    systemFactorIds: 'عوامل البيئة',
  },
  closure: (outcome, date, by) => `${outcome}؛ أغلق الخطةَ ${by} في ${date}`,
  closureBasis: (date, recommendation) => `اتُّخذ القرار بناءً على تقييم ${date}، الذي أوصى بما يلي: ${recommendation}.`,
  closureBasisFigures: (score, reasons) => `الدرجة ${score} من 100؛ الأسباب: ${reasons.length > 0 ? reasons.join('؛ ') : 'لم تُسجَّل أسباب'}.`,
  closureDeparture: (reason) => `سبب مخالفة التوصية: ${reason}`,
  reasonCode: {
    provisional_before_end: 'تقييم مؤقت قبل تاريخ انتهاء الخطة',
    plan_not_running: 'الخطة غير سارية',
    plan_not_started: 'الخطة لم تبدأ',
    nothing_elapsed: 'لم ينقضِ وقت بعد',
    insufficient_coverage: 'البيانات غير كافية',
    required_goal_without_data: 'هدف إلزامي بلا بيانات',
    check_ins_undocumented: 'اجتماعات متابعة غير موثقة',
    required_goals_met_and_sustained: 'تحققت الأهداف الإلزامية واستمرت',
    required_goal_held_recently: 'هدف إلزامي ثبت عند المستهدف مؤخرًا',
    score_past_success_threshold: 'الدرجة تجاوزت عتبة النجاح',
    non_required_goal_not_met: 'هدف غير إلزامي لم يتحقق',
    required_goal_not_met: 'هدف إلزامي لم يتحقق',
    required_goal_not_sustained: 'هدف إلزامي لم يستمر',
    goal_below_floor: 'هدف دون حده الأدنى',
    improvement_past_threshold: 'تحسن تجاوز العتبة',
    leading_indicators_improving: 'المؤشرات الاستباقية تتحسن',
    goals_on_course: 'الأهداف على المسار',
    extension_cap_reached: 'استُنفدت التمديدات المسموح بها',
    no_real_improvement: 'لا تحسن حقيقي',
    company_commitment_shortfall: 'قصّرت الشركة في تقديم الدعم',
  },
  review: (decision, by, date) => `${decision} من قِبل ${by} في ${date}`,
  signatureStatement: (term) =>
    `يُقرّ الموقِّع بتوقيعه باستلام ${term} هذه وفهم مضمونها، ولا يعني التوقيع الموافقة عليها. ويحق للموظف إضافة تعليق.`,
  signedRevision: (revision) => `الإصدار ${revision}`,
  unsigned: 'غير موقَّع',
  weekday: (weekday) => WEEKDAYS[weekday.toLowerCase()] ?? weekday,
  gapFor: (metric, current, standard) => `${metric}: ${current} مقابل ${standard}`,
  progressValue: (value) => `القيمة ${value}`,
  actionLine: (description, owner, due) =>
    `${description}${owner ? ` (المسؤول: ${owner}` : ''}${owner && due ? `، موعد الإنجاز ${due})` : owner ? ')' : due ? ` (موعد الإنجاز ${due})` : ''}`,
  privateNotesWarning: 'سري: لا يُطلَع عليه الموظف.',
  attendees: (names) => list(names),
  rubricTitle: (metric) => `سلّم التقييم: ${metric}`,
  standardLevel: 'المعيار',
  evaluation: {
    sections: {
      overview: 'نظرة سريعة',
      goals: 'الأهداف: أين يقف كل منها',
      triad: 'المهارات والسلوك والنتائج',
      checkIns: 'سجل اجتماعات المتابعة',
      support: 'سجل الدعم',
      recommendation: 'التوصية',
      data: 'عن البيانات',
      reference: 'الحقول المرجعية',
    },
    labels: {
      asOf: 'بتاريخ', reading: 'القراءة', score: 'الدرجة', progress: 'التقدم', triad: 'نظام القياس',
      checkIns: 'اجتماعات المتابعة', support: 'الدعم', coverage: 'تغطية البيانات', leave: 'الإجازة', recommendation: 'التوصية',
      goal: 'الهدف', baseline: 'القيمة الأساسية', target: 'القيمة المستهدفة', observed: 'القيمة المرصودة', attainment: 'نسبة الإنجاز', status: 'الحالة',
      trend: 'الاتجاه', weight: 'الوزن', metric: 'المؤشر', window: 'فترة القياس', required: 'إلزامي', sustained: 'الثبات عند المستهدف',
      projected: 'المتوقع في النهاية', skillLevel: 'مستوى المهارة', recentLevel: 'المستوى الأخير', component: 'المكوّن',
      state: 'القراءة', category: 'الفئة', points: 'النقاط', scheduled: 'المجدولة', due: 'المستحقة', held: 'المعقودة',
      missed: 'الفائتة', documented: 'الموثقة', date: 'التاريخ', notes: 'الملاحظات', progressNotes: 'التقدم',
      actions: 'الإجراءات المتفق عليها', privateNotes: 'ملاحظات المدير السرية', commitment: 'الالتزام', kind: 'النوع',
      owner: 'المسؤول', dueDate: 'الاستحقاق', deliveredOn: 'تاريخ التنفيذ', note: 'ملاحظة', delivered: 'المنفَّذة', share: 'النسبة',
      period: 'الفترة', value: 'القيمة', atTarget: 'عند المستهدف', goalByGoal: 'هدفًا هدفًا', overviewChart: 'الإنجاز حسب الهدف',
      scoreByCategory: 'الدرجة حسب الفئة', deliveryByCommitment: 'التنفيذ حسب الالتزام', sessions: 'الجلسات',
      reasons: 'الأسباب', milestones: 'المحطات الرئيسية', evidenceGoals: 'الأهداف', evidenceFigures: 'الأرقام', evidenceDates: 'التواريخ',
      plan: 'رقم الخطة', dates: 'التواريخ', copy: 'النسخة', none: '—', yes: 'نعم', no: 'لا', inPeriod: 'في الفترة',
      runningTotal: 'المجموع التراكمي', why: 'الأسباب', periodsAtTarget: 'الفترات عند المستهدف', legend: 'المقاييس',
    },
    heldRecentlyStatus: 'لم يتحقق على مدى فترة القياس؛ ثبت عند المستهدف مؤخرًا',
    heldRecentlyShort: 'ثبت مؤخرًا',
    recentLevel: (value, periods, unit, gapShare) =>
      `${value} خلال آخر ${periodsIn(LAST_PERIODS, unit, periods)}${gapShare !== undefined ? ` (سُدّ ${gapShare} من الفجوة)` : ''}`,
    periodsAtTarget: (atTarget, counted, unit, share, needed) =>
      `${num(atTarget)} من ${periodsIn(OF_PERIODS, unit, counted)} (${share}${needed !== undefined ? `؛ المطلوب ${needed}` : ''})`,
    periodsAtTargetShort: (atTarget, counted, unit) => `${num(atTarget)} من ${periodsIn(OF_PERIODS, unit, counted)}`,
    lastPeriodsAtTarget: (atTarget, considered, unit, sustained) =>
      `${num(atTarget)} من آخر ${periodsIn(LAST_PERIODS, unit, considered)}${sustained ? '، ثابت عند المستهدف' : '، غير ثابت عند المستهدف'}`,
    measuresLegend:
      'نسبة الإنجاز: الجزء المسدود من الفجوة بين القيمة الأساسية والقيمة المستهدفة على مدى فترة القياس كلها. الفترات عند المستهدف: الفترات المكتملة التي بلغت فيها القيمةُ المستهدفَ أو تخطته (وعليها يقوم «تحقق» في الأهداف الأسبوعية والشهرية). المستوى الأخير: قيمة الفترات الأخيرة، وهي ما يقرأه التقدم و«الثبات عند المستهدف».',
    goalStatus: {
      met: 'تحقق', not_met: 'لم يتحقق', on_track: 'على المسار', at_risk: 'معرّض للخطر', off_track: 'خارج المسار', no_data: 'لا بيانات بعد',
      not_started: 'لم يبدأ',
    },
    trend: { improving: 'في تحسن', flat: 'مستقر', declining: 'في تراجع' },
    triadComponent: { skill: 'المهارات', behavior: 'السلوك (مع النشاط)', outcome: 'النتائج' },
    triadState: { met: 'تحقق', improving: 'في تحسن', flat: 'دون تغيير', declining: 'في تراجع', no_data: 'لا بيانات بعد', not_measured: 'غير مقيس' },
    triadCode: {
      all_met: 'تحقق الجميع',
      improving: 'تحسن متزامن',
      improving_lagging_results: 'تحسن، والنتائج لم تلحق بعد',
      skill_not_applied: 'المهارة لم تُطبَّق بعد',
      results_without_leading_change: 'نتائج دون تغير في المؤشرات الاستباقية',
      declining: 'تراجع',
      no_improvement: 'لا تحسن',
      no_data: 'لا بيانات بعد',
    },
    outcome: {
      successful: 'إتمام ناجح',
      extend: 'تمديد الخطة',
      not_met: 'لم تتحقق',
      insufficient_evidence: 'الأدلة غير كافية للبت',
    },
    outcomeMeaning: {
      successful: 'تحققت الأهداف أو كان التحسن كبيرًا ومستدامًا: العودة إلى الوضع الطبيعي، مع متابعة للحفاظ على الزخم.',
      extend: 'تقدم حقيقي لم يبلغ الهدف بعد (أو قصّرت الشركة في تقديم الدعم): مزيد من الوقت بالأهداف نفسها والدعم نفسه.',
      not_met: 'لم تتحقق الأهداف ولم يكن التحسن كافيًا، رغم تقديم الدعم المتفق عليه.',
      insufficient_evidence: 'البيانات أو ملاحظات اجتماعات المتابعة أقل من أن تسمح بحكم منصف: يجب استكمالها قبل اتخاذ القرار.',
    },
    logStatus: { held: 'عُقد', missed: 'لم يُعقد', overdue: 'متأخر', due: 'مستحق', upcoming: 'قادم' },
    ledgerStatus: { delivered: 'نُفِّذت', missed: 'لم تُنفَّذ', overdue: 'متأخرة', upcoming: 'قادمة' },
    weighting: { goal_weights: 'حسب أوزان الأهداف', equal: 'الأهداف متساوية الوزن' },
    figure: {
      score: 'الدرجة', successScore: 'عتبة النجاح', extendScore: 'عتبة التمديد', progress: 'التقدم',
      improvementShare: 'التحسن المطلوب', coverage: 'التغطية', minCoverage: 'التغطية المطلوبة',
      periodsWithData: 'الفترات التي فيها بيانات', periodsElapsed: 'الفترات المنقضية', elapsedPeriods: 'الفترات المنقضية',
      held: 'اجتماعات المتابعة المعقودة', documented: 'اجتماعات المتابعة الموثقة', documentedShare: 'نسبة التوثيق',
      minDocumentedShare: 'نسبة التوثيق المطلوبة', supportDue: 'جلسات الدعم المستحقة', supportDelivered: 'جلسات الدعم المنفَّذة',
      supportDeliveredShare: 'الدعم المقدَّم', minSupportDeliveredShare: 'الدعم المطلوب',
      minCommitmentDeliveredShare: 'التنفيذ المطلوب لكل التزام', checkInsDue: 'اجتماعات المتابعة المستحقة', checkInsHeld: 'اجتماعات المتابعة المعقودة',
      checkInsHeldShare: 'نسبة الاجتماعات المعقودة', minCheckInHeldShare: 'نسبة الاجتماعات المعقودة المطلوبة',
      extensionsGranted: 'التمديدات الممنوحة', maxExtensions: 'التمديدات المسموح بها',
      sustainShare: 'النسبة المطلوبة من الفترات الأخيرة', periodMetShare: 'النسبة المطلوبة من الفترات',
    },
    allGoals: (count) =>
      n(count, { zero: 'لا أهداف', one: 'الهدف الوحيد', two: 'الهدفان كلاهما', few: 'الأهداف الـ# كلها', many: 'الأهداف الـ# كلها', other: 'الأهداف الـ# كلها' }),
    keyedFigure: (kind, subject) =>
      `${({ attainment: 'نسبة الإنجاز', sustained: 'الثبات عند المستهدف', coverage: 'التغطية', progress: 'التقدم', delivered: 'المنفَّذة', due: 'المستحقة', observed: 'القيمة المرصودة', target: 'القيمة المستهدفة', recent: 'المستوى الأخير', atTarget: 'الفترات عند المستهدف', periods: 'الفترات المحسوبة', metShare: 'نسبة الفترات عند المستهدف', floor: 'الحد الأدنى', recentStart: 'المستوى الأخير منذ' } as Readonly<Record<string, string>>)[kind] ?? kind} (${subject})`,
    date: { asOf: 'بتاريخ', endDate: 'نهاية الخطة', startDate: 'بداية الخطة' },
    documentTitle: (term, employee) => `تقييم ${term}: ${employee}`,
    audienceNote: (audience, term) =>
      audience === 'employee'
        ? `نسخة الموظف من تقييم ${term}.`
        : `نسخة ${audience === 'hr' ? 'الموارد البشرية' : 'المدير'} من تقييم ${term}: تتضمن ملاحظات المدير السرية عن اجتماعات المتابعة. لا تُشارَك مع الموظف.`,
    footer: (term, asOf) => `تقييم ${term} بتاريخ ${asOf}. تحتسب الأرقام البيانات المسجلة حتى ذلك اليوم.`,
    final: (end) => `نهائي: انتهت الخطة في ${end}.`,
    provisional: (end) => `مؤقت: تستمر الخطة حتى ${end}.`,
    score: (score, weighting) => `${score} من 100 (${weighting})`,
    progress: (share) => `سدّ المستوى الأخير ${share} من الفجوات`,
    goalProgress: (share) => `سدّ المستوى الأخير ${share} من الفجوة`,
    readingKind: { final: 'نهائية', provisional: 'مؤقتة', notRunning: 'غير سارية' },
    notRunning: 'غير سارية: لم تُفعَّل الخطة، لذا لا شيء مستحق بموجبها بعد.',
    ofDue: (count, due, what) => `${what}: ${num(count)} من أصل ${num(due)} مستحقة`,
    coverage: (share, withData, elapsed) => `${share} من الفترات المنقضية فيها بيانات (${num(withData)} من ${num(elapsed)})`,
    leave: (days, spans) =>
      `${n(days, { zero: '# يوم توقف', one: 'يوم توقف واحد', two: 'يوما توقف', few: '# أيام توقف', many: '# يومًا من التوقف', other: '# يوم توقف' })} (${spans.join('؛ ')})، خارج كل قياس: توقف عدّاد الخطة، ولم يُحتسب شيء على الموظف`,
    recommendationNote:
      'توصية مستخلصة من البيانات، وليست قرارًا: يعود القرار إلى المدير وإدارة الموارد البشرية، مع مراعاة ملاحظات اجتماعات المتابعة ورأي الموظف.',
    rawAttainment: (raw) => `${raw} من الفجوة`,
    goalFacts: (category, weight, required) => `${category}، الوزن ${weight}${required ? '، إلزامي' : ''}`,
    progressLine: (goal, note, value) => `${goal}: ${note}${value !== undefined ? ` (القيمة ${value})` : ''}`,
    chartTitle: (goal, metric) => `${goal}: ${metric}`,
    chartLegend: (series, baseline, target, asOf, milestones) =>
      `الخط الأزرق: ${series}. الخط الرمادي المتقطع: القيمة الأساسية ${baseline}. الخط الأخضر المتقطع: القيمة المستهدفة ${target}.${milestones ? ' البنفسجي: المحطات الرئيسية.' : ''} البرتقالي: ${asOf}.`,
    seriesName: (unit, runningTotal) => (runningTotal ? `المجموع التراكمي في نهاية ${EACH[unit] ?? unit}` : `قيمة ${EACH[unit] ?? unit}`),
    asOfMarker: (date) => `بتاريخ ${date}`,
    baselineLine: (value) => `القيمة الأساسية ${value}`,
    targetLine: (value) => `القيمة المستهدفة ${value}`,
    sparkline: (series, spark, first, last) => `${series}: ${spark} (من ${first} إلى ${last})`,
    periodEnding: (date) => `حتى ${date}`,
    barLabel: (attainment, status) => `${attainment} · ${status}`,
    overviewTitle: 'الإنجاز حسب الهدف: الجزء المسدود من كل فجوة',
    nothingToChart: 'لا توجد بعد فترة مكتملة فيها بيانات.',
    skillLevel: (level, standard) => `${level}؛ والمعيار ${standard}`,
    sustainedShare: (share, sustained) => `${share} من الفترات الأخيرة${sustained ? '، ثابت عند المستهدف' : ''}`,
    noCheckIns: 'لا توجد اجتماعات متابعة مجدولة أو مسجلة.',
    noSupport: 'لا توجد جلسات دعم ملتزم بها.',
    noGoals: 'لا توجد في الخطة أهداف للتقييم.',
  },
};
