/**
 * Every word a rendered document uses, in one place: section titles, labels, enum names and
 * sentences. Sentences that name the plan take the display name (`term`) as an argument, so
 * "Growth Plan" reads right everywhere. A translation is another object of this type, passed
 * as `options.messages`.
 *
 * @module
 */
import type {
  ClosingOutcome,
  GoalCategory,
  MetricKind,
  PlanPhase,
  PlanStatus,
  RootCause,
  SignerRole,
  StandardSource,
  SupportKind,
  SystemFactorKind,
  TargetBasis,
} from '../schema/types.js';
import type {
  CheckInLogEntry,
  GoalStatus,
  ReasonCode,
  RecommendedOutcome,
  SupportLedgerEntry,
  TrendDirection,
  TriadCode,
  TriadComponentName,
  TriadState,
} from '../evaluate/index.js';
import type { CheckInSlotStatus, SupportSessionStatus } from '../timeline/index.js';
import type { Audience } from './audience.js';

/** The sections of an evaluation report. */
export type EvaluationSectionKey = 'overview' | 'goals' | 'triad' | 'checkIns' | 'support' | 'recommendation' | 'data' | 'reference';

/** The labels and sentences of evaluation reports (`renderEvaluation`). */
export interface EvaluationMessages {
  readonly sections: Readonly<Record<EvaluationSectionKey, string>>;
  readonly labels: Readonly<Record<
    | 'asOf' | 'reading' | 'score' | 'progress' | 'triad' | 'checkIns' | 'support' | 'coverage' | 'recommendation'
    | 'goal' | 'baseline' | 'target' | 'observed' | 'attainment' | 'status' | 'trend' | 'weight' | 'metric' | 'window'
    | 'required' | 'sustained' | 'projected' | 'skillLevel' | 'recentLevel' | 'component' | 'state' | 'category' | 'points'
    | 'scheduled' | 'due' | 'held' | 'missed' | 'documented' | 'date' | 'notes' | 'progressNotes' | 'actions' | 'privateNotes'
    | 'commitment' | 'kind' | 'owner' | 'dueDate' | 'deliveredOn' | 'note' | 'delivered' | 'share' | 'period' | 'value' | 'atTarget'
    | 'goalByGoal' | 'overviewChart' | 'scoreByCategory' | 'deliveryByCommitment' | 'sessions' | 'reasons' | 'milestones'
    | 'evidenceGoals' | 'evidenceFigures' | 'evidenceDates' | 'plan' | 'dates' | 'copy' | 'none' | 'yes' | 'no'
    | 'inPeriod' | 'runningTotal' | 'leave' | 'why' | 'periodsAtTarget' | 'legend'
    , string>>;
  /** A goal not met over its window that a named rule counts for success (held at target recently). */
  readonly heldRecentlyStatus: string;
  /** The same, short, for the end of an overview bar. */
  readonly heldRecentlyShort: string;
  /** The recent level of a goal: its value over the last periods, and the share of the gap it has closed. */
  readonly recentLevel: (value: string, periods: number, unit: string, gapShare: string | undefined) => string;
  /** Per-period goals: periods at or past target against those counted, and the share the policy needs. */
  readonly periodsAtTarget: (atTarget: number, counted: number, unit: string, share: string, needed: string | undefined) => string;
  /** The same, short, for the goal table. */
  readonly periodsAtTargetShort: (atTarget: number, counted: number, unit: string) => string;
  /** Of the last periods (sustainment): how many at target. */
  readonly lastPeriodsAtTarget: (atTarget: number, considered: number, unit: string, sustained: boolean) => string;
  /** The short legend under the goal table: one word per measure. */
  readonly measuresLegend: string;
  readonly goalStatus: Readonly<Record<GoalStatus, string>>;
  readonly trend: Readonly<Record<TrendDirection, string>>;
  readonly triadComponent: Readonly<Record<TriadComponentName, string>>;
  readonly triadState: Readonly<Record<TriadState, string>>;
  /** A short name for each triad combination (the evaluator's sentence explains it). */
  readonly triadCode: Readonly<Record<TriadCode, string>>;
  /** The recommended outcome as a headline. */
  readonly outcome: Readonly<Record<RecommendedOutcome, string>>;
  /** What each outcome means for the people involved. */
  readonly outcomeMeaning: Readonly<Record<RecommendedOutcome, string>>;
  readonly logStatus: Readonly<Record<CheckInLogEntry['status'], string>>;
  readonly ledgerStatus: Readonly<Record<SupportLedgerEntry['status'], string>>;
  readonly weighting: Readonly<Record<'goal_weights' | 'equal', string>>;
  /** Labels of a reason's figures by key (`score`, `minCoverage`); keyed figures (`attainment:<goal>`) use {@link keyedFigure}. */
  readonly figure: Readonly<Record<string, string>>;
  /** Every goal of the plan, as a reason's evidence. */
  readonly allGoals: (count: number) => string;
  /** A figure about one goal or commitment: `attainment:g-1` becomes "Attainment (<goal title>)". */
  readonly keyedFigure: (kind: string, subject: string) => string;
  /** Labels of a reason's dates by key. */
  readonly date: Readonly<Record<string, string>>;
  /** "Performance Improvement Plan evaluation: Jordan Reyes" */
  readonly documentTitle: (term: string, employee: string) => string;
  /** Who the copy is for; the manager's and HR's copies warn that they hold private notes. */
  readonly audienceNote: (audience: Audience, term: string) => string;
  /** The closing line, with the as-of date. */
  readonly footer: (term: string, asOf: string) => string;
  /** The reading is final (the plan's end date has passed). */
  readonly final: (end: string) => string;
  /** The reading is provisional (the plan runs on). */
  readonly provisional: (end: string) => string;
  /** The score out of 100 and how goals are weighted. */
  readonly score: (score: string, weighting: string) => string;
  /** Progress: the share of the gaps the recent level has closed. */
  readonly progress: (share: string) => string;
  /** One goal's progress: the share of its gap the recent level has closed. */
  readonly goalProgress: (share: string) => string;
  /** Whether the reading is final or provisional (or the plan not running), in a word. */
  readonly readingKind: Readonly<Record<'final' | 'provisional' | 'notRunning', string>>;
  /** The plan has not been activated: nothing runs under it yet. */
  readonly notRunning: string;
  /** "9 of 10 due held" */
  readonly ofDue: (count: number, due: number, what: string) => string;
  /** Coverage: periods with data against periods elapsed. */
  readonly coverage: (share: string, withData: number, elapsed: number) => string;
  /** Paused days (leave), with their spans written out: outside every measure. */
  readonly leave: (days: number, spans: readonly string[]) => string;
  /** The sentence that says a recommendation is not a decision. */
  readonly recommendationNote: string;
  /** The attainment shown when it was clamped: the raw share of the gap closed. */
  readonly rawAttainment: (raw: string) => string;
  /** A goal's weight and category under its title. */
  readonly goalFacts: (category: string, weight: string, required: boolean) => string;
  /** A check-in's progress note for a goal, with the value noted. */
  readonly progressLine: (goal: string, note: string, value: string | undefined) => string;
  /** The chart's accessible title. */
  readonly chartTitle: (goal: string, metric: string) => string;
  /** The chart's legend: what each line and marker stands for. */
  readonly chartLegend: (series: string, baseline: string, target: string, asOf: string, milestones: boolean) => string;
  /** What the chart's line shows: period values, or the running total. */
  readonly seriesName: (unit: 'day' | 'week' | 'month', runningTotal: boolean) => string;
  /** The vertical marker at the as-of date. */
  readonly asOfMarker: (date: string) => string;
  /** The baseline's reference line label. */
  readonly baselineLine: (value: string) => string;
  /** The target's reference line label. */
  readonly targetLine: (value: string) => string;
  /** The text fallback's one-line sparkline. */
  readonly sparkline: (series: string, spark: string, first: string, last: string) => string;
  /** A period's end in the text fallback. */
  readonly periodEnding: (date: string) => string;
  /** The text at the end of an overview bar: attainment and status. */
  readonly barLabel: (attainment: string, status: string) => string;
  /** The overview chart's accessible title. */
  readonly overviewTitle: string;
  /** A goal with nothing to chart yet. */
  readonly nothingToChart: string;
  /** A skill level against the rubric's standard. */
  readonly skillLevel: (level: string, standard: string) => string;
  /** A sustainment share. */
  readonly sustainedShare: (share: string, sustained: boolean) => string;
  readonly noCheckIns: string;
  readonly noSupport: string;
  readonly noGoals: string;
}

/** The labels and sentences of rendered documents. Override some with `options.messages`. */
export interface RenderMessages {
  readonly sections: {
    readonly basics: string;
    readonly diagnostic: string;
    readonly gaps: string;
    readonly goals: string;
    readonly development: string;
    readonly support: string;
    readonly timeline: string;
    readonly outcomes: string;
    readonly formalising: string;
    readonly reference: string;
  };
  readonly labels: Readonly<Record<
    | 'planId' | 'status' | 'revision' | 'employee' | 'role' | 'team' | 'territory' | 'manager' | 'hrPartner'
    | 'createdOn' | 'startDate' | 'endDate' | 'duration' | 'salesCycle' | 'purpose' | 'priorCoaching'
    | 'strengths' | 'struggles' | 'notDoing' | 'doingWrong' | 'systemFactors' | 'rootCause' | 'rootCauseNotes'
    | 'metric' | 'current' | 'standard' | 'difference' | 'period' | 'evidence' | 'gapNotes'
    | 'goal' | 'category' | 'baseline' | 'target' | 'window' | 'weight' | 'required' | 'closesGap' | 'milestones' | 'goalNotes'
    | 'skill' | 'practice' | 'feedback' | 'forGoals'
    | 'support' | 'kind' | 'owner' | 'schedule' | 'addresses' | 'deliveryRecord' | 'delivered'
    | 'phases' | 'phase' | 'days' | 'dates' | 'focus' | 'checkInSchedule' | 'checkInDates' | 'checkInLog'
    | 'number' | 'date' | 'notes' | 'progress' | 'actions' | 'adjustments' | 'privateNotes' | 'attendees'
    | 'changes' | 'success' | 'ifSuccessful' | 'ifNotMet' | 'closure' | 'hrReview' | 'decision' | 'reviewNotes'
    | 'signatures' | 'signature' | 'comment' | 'mitigation' | 'yes' | 'no' | 'none' | 'value' | 'copy' | 'signer' | 'name' | 'signed' | 'holidays' | 'measurement' | 'level' | 'looksLike'
    , string>>;
  readonly empty: Readonly<Record<
    'purpose' | 'priorCoaching' | 'diagnostic' | 'list' | 'systemFactors' | 'gaps' | 'goals' | 'development'
    | 'support' | 'deliveries' | 'checkInSchedule' | 'checkIns' | 'outcome' | 'hrReview' | 'signatures' | 'notes'
    , string>>;
  readonly rootCause: Readonly<Record<RootCause, string>>;
  readonly systemFactorKind: Readonly<Record<SystemFactorKind, string>>;
  readonly standardSource: Readonly<Record<StandardSource, string>>;
  readonly goalCategory: Readonly<Record<GoalCategory, string>>;
  readonly metricKind: Readonly<Record<MetricKind, string>>;
  readonly supportKind: Readonly<Record<SupportKind, string>>;
  readonly planStatus: Readonly<Record<PlanStatus, string>>;
  readonly phase: Readonly<Record<PlanPhase, string>>;
  readonly phaseFocus: Readonly<Record<PlanPhase, string>>;
  readonly signerRole: Readonly<Record<SignerRole, string>>;
  readonly slotStatus: Readonly<Record<CheckInSlotStatus | 'scheduled', string>>;
  readonly sessionStatus: Readonly<Record<SupportSessionStatus | 'scheduled', string>>;
  readonly closingOutcome: Readonly<Record<ClosingOutcome, string>>;
  readonly reviewDecision: Readonly<Record<'approved' | 'changes_requested', string>>;
  readonly checkInStatus: Readonly<Record<'held' | 'missed', string>>;
  readonly audience: Readonly<Record<Audience, string>>;
  /** "Performance Improvement Plan: Jordan Reyes" */
  readonly documentTitle: (term: string, employee: string) => string;
  /** The line under the title: role and team. */
  readonly subtitle: (role: string, team: string | undefined) => string;
  /** Who the copy is for, and the warning on manager and HR copies. */
  readonly audienceNote: (audience: Audience, term: string) => string;
  /** The closing line; states the as-of date when there is one. */
  readonly footer: (term: string, asOf: string | undefined) => string;
  /** A number of days ("90 days"). */
  readonly days: (count: number) => string;
  /** A phase's days ("Days 1-30"). */
  readonly dayRange: (first: number, last: number) => string;
  /** Two formatted dates as a span. */
  readonly dateRange: (start: string, end: string) => string;
  /** A goal window given by its deadline. */
  readonly byDeadline: (date: string) => string;
  /** What a target counts: per week, per month, over the window. */
  readonly basis: (basis: TargetBasis) => string;
  /** A target that must be reached or passed. */
  readonly atLeast: (value: string) => string;
  /** A target that must not be exceeded. */
  readonly atMost: (value: string) => string;
  /** How far a current value falls short of its standard. */
  readonly shortBy: (amount: string) => string;
  /** How far a current value is beyond its standard. */
  readonly overBy: (amount: string) => string;
  readonly noGap: string;
  /** A difference of two ratios, in percentage points. */
  readonly percentagePoints: (amount: string) => string;
  /** A duration with its unit ("24 hours"). */
  readonly durationUnit: (amount: string, unit: 'minutes' | 'hours' | 'days' | undefined) => string;
  /** A rubric score with its level's label ("3 (Proficient)"). */
  readonly rubricLevel: (value: string, label: string) => string;
  /** A recurring support schedule. */
  readonly every: (every: 'week' | 'two_weeks' | 'month', starting: string, count: number | undefined) => string;
  /** The due dates of a support commitment. */
  readonly dueOn: (dates: readonly string[]) => string;
  /** How many support sessions were delivered and missed. */
  readonly deliveredCount: (delivered: number, missed: number, total: number) => string;
  /** The check-in rhythm ("Weekly on Monday"). */
  readonly checkInCadence: (cadence: 'weekly' | 'biweekly', weekday: string) => string;
  readonly businessDaysOnly: string;
  /** Days without check-ins. */
  readonly holidays: (dates: readonly string[]) => string;
  /** One milestone: label, date, target and goal. */
  readonly milestone: (label: string | undefined, date: string, target: string, goal: string) => string;
  /** A granted extension. */
  readonly extension: (days: number, from: string, to: string, reason: string) => string;
  /** A pause of the plan clock. */
  readonly pause: (start: string, end: string | undefined, reason: string) => string;
  /** An amendment with its reason. */
  readonly amendment: (date: string, by: string, target: string, reason: string, revision: number) => string;
  /** What an amendment changed in a goal: the goal's title and each change ({@link RenderMessages.fieldChange}); no change when its terms stayed the same. */
  readonly amendedGoal: (title: string, changes: readonly string[]) => string;
  /** What an amendment changed in a support commitment, as {@link RenderMessages.amendedGoal}. */
  readonly amendedSupport: (description: string, changes: readonly string[]) => string;
  /** An amendment's line followed by what it changed. */
  readonly amendmentWithChange: (amendment: string, change: string) => string;
  /** A goal an amendment added. */
  readonly addedGoal: (title: string) => string;
  /** A support commitment an amendment added. */
  readonly addedSupport: (description: string) => string;
  /** One changed field of an amended goal or commitment: its name, the value before and the value after. */
  readonly fieldChange: (field: string, before: string, after: string) => string;
  /** The names of the goal and commitment fields an amendment shows (a field not named here shows its key). */
  readonly amendmentFields: Readonly<Record<string, string>>;
  /** How and when the plan closed. */
  readonly closure: (outcome: string, date: string, by: string) => string;
  /** The evaluation a close rests on: its as-of date and the outcome it recommended (every copy). */
  readonly closureBasis: (date: string, recommendation: string) => string;
  /** The evaluation's score (0-100) and its reasons, worded (manager and HR copies). */
  readonly closureBasisFigures: (score: string, reasons: readonly string[]) => string;
  /** The reason given for closing with an outcome the evaluation did not recommend. */
  readonly closureDeparture: (reason: string) => string;
  /** A recommendation reason's code in a few words (the close's basis keeps codes, not sentences). */
  readonly reasonCode: Readonly<Record<ReasonCode, string>>;
  /** An HR review decision. */
  readonly review: (decision: string, by: string, date: string) => string;
  /** What a signature means: acknowledgement of receipt and understanding, not agreement. */
  readonly signatureStatement: (term: string) => string;
  /** The plan revision a signature acknowledges. */
  readonly signedRevision: (revision: number) => string;
  readonly unsigned: string;
  /** A weekday name as shown. */
  readonly weekday: (weekday: string) => string;
  /** A gap in one line: metric, current value, standard. */
  readonly gapFor: (metric: string, current: string, standard: string) => string;
  /** A value noted at a check-in. */
  readonly progressValue: (value: string) => string;
  /** An agreed action with its owner and due date. */
  readonly actionLine: (description: string, owner: string | undefined, due: string | undefined) => string;
  readonly privateNotesWarning: string;
  /** The people at a check-in. */
  readonly attendees: (names: readonly string[]) => string;
  /** The title of a skill metric's rubric. */
  readonly rubricTitle: (metric: string) => string;
  /** Marks the rubric level that meets the standard. */
  readonly standardLevel: string;
  /** The words of evaluation reports. */
  readonly evaluation: EvaluationMessages;
  /** The plan's name when neither the options (`terminology`) nor the plan (`title`) give one. */
  readonly term: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The English messages (the default). */
export const RENDER_MESSAGES_EN: RenderMessages = {
  term: 'Performance Improvement Plan',
  sections: {
    basics: 'Plan basics and purpose',
    diagnostic: 'Diagnostic',
    gaps: 'Performance gaps',
    goals: 'Goals',
    development: 'Development plan',
    support: 'Support and resources',
    timeline: 'Timeline and check-ins',
    outcomes: 'Success criteria and consequences',
    formalising: 'HR review and signatures',
    reference: 'Reference fields',
  },
  labels: {
    planId: 'Plan', status: 'Status', revision: 'Revision', employee: 'Employee', role: 'Role', team: 'Team',
    territory: 'Territory', manager: 'Manager', hrPartner: 'HR partner', createdOn: 'Date initiated',
    startDate: 'Start', endDate: 'End', duration: 'Duration', salesCycle: 'Typical sales cycle', purpose: 'Purpose',
    priorCoaching: 'Coaching before this plan', strengths: 'What is going well', struggles: 'Struggling with',
    notDoing: 'Not doing yet', doingWrong: 'Doing in a way that does not work',
    systemFactors: 'What the system is doing (territory, leads, playbook, tools)', rootCause: 'Root cause',
    rootCauseNotes: 'About the root cause', metric: 'Metric', current: 'Current', standard: 'Standard',
    difference: 'Gap', period: 'Period', evidence: 'Evidence', gapNotes: 'About the gaps', goal: 'Goal',
    category: 'Category', baseline: 'Baseline', target: 'Target', window: 'Window', weight: 'Weight',
    required: 'Required', closesGap: 'Closes gap', milestones: 'Milestones', goalNotes: 'About the goals',
    skill: 'Skill', practice: 'Practice that builds it', feedback: 'Feedback that shows progress', forGoals: 'For goals',
    support: 'Support', kind: 'Kind', owner: 'Owner', schedule: 'Schedule', addresses: 'Addresses',
    deliveryRecord: 'Delivery record', delivered: 'Delivered', phases: 'Phases', phase: 'Phase', days: 'Days',
    dates: 'Dates', focus: 'Focus', checkInSchedule: 'Check-in schedule', checkInDates: 'Check-in dates',
    checkInLog: 'Check-in log', number: '#', date: 'Date', notes: 'Notes', progress: 'Progress',
    actions: 'Agreed actions', adjustments: 'Adjustments', privateNotes: "Manager's private notes",
    attendees: 'Attendees', changes: 'Changes to the plan', success: 'What success looks like',
    ifSuccessful: 'If the goals are met', ifNotMet: 'If the goals are not met', closure: 'Closure',
    hrReview: 'HR review', decision: 'Decision', reviewNotes: 'Review notes', signatures: 'Signatures',
    signature: 'Signature', comment: 'Comment', mitigation: 'How the plan deals with it', yes: 'Yes', no: 'No',
    none: '-', value: 'Value', copy: 'Copy', signer: 'Role', name: 'Name', signed: 'Signed', holidays: 'Holidays', measurement: 'How progress is measured', level: 'Level', looksLike: 'What it looks like',
  },
  empty: {
    purpose: 'No purpose stated yet.',
    priorCoaching: 'No coaching conversations before this plan are recorded.',
    diagnostic: 'No diagnostic recorded yet.',
    list: 'Nothing recorded.',
    systemFactors: 'No system factors recorded.',
    gaps: 'No performance gaps recorded yet.',
    goals: 'No goals set yet.',
    development: 'No development entries yet.',
    support: 'No support listed yet.',
    deliveries: 'No support sessions recorded yet.',
    checkInSchedule: 'No check-ins scheduled yet.',
    checkIns: 'No check-ins recorded yet.',
    outcome: 'Not stated yet.',
    hrReview: 'Not reviewed by HR yet.',
    signatures: 'Not signed yet.',
    notes: 'No notes.',
  },
  rootCause: {
    skill: "Skill: can't do it yet",
    will: "Will: won't do it",
    system: 'System: the environment gets in the way',
    mixed: 'Mixed: skill, will and system together',
  },
  systemFactorKind: {
    territory: 'Territory', lead_quality: 'Lead quality', playbook: 'Playbook', tooling: 'Tooling',
    tool_fatigue: 'Tool fatigue', other: 'Other',
  },
  standardSource: {
    team_average: 'team average', team_median: 'team median', quota: 'quota', role_standard: 'role standard',
    own_earlier_level: 'own earlier level', other: 'standard',
  },
  goalCategory: { revenue: 'Revenue / outcome', activity: 'Activity', skill: 'Skill', customer: 'Customer', conduct: 'Conduct' },
  metricKind: { skill: 'skill', behavior: 'behavior', activity: 'activity', outcome: 'outcome' },
  supportKind: {
    coaching: 'Coaching', training: 'Training', mentorship: 'Mentorship', shadowing: 'Shadowing', tool: 'Tool', other: 'Other',
  },
  planStatus: {
    draft: 'Draft', in_review: 'In HR review', awaiting_acknowledgement: 'Awaiting acknowledgement', active: 'Active',
    paused: 'Paused', in_evaluation: 'In evaluation', closed: 'Closed', monitoring: 'Monitoring', completed: 'Completed',
  },
  phase: {
    diagnose_and_develop: 'Diagnose and develop',
    practise_and_apply: 'Practise and apply',
    measure_and_evaluate: 'Measure and evaluate',
  },
  phaseFocus: {
    diagnose_and_develop: 'Training and practice in a safe setting; the manager observes and gives feedback.',
    practise_and_apply: 'The skill is used in live deals and reviewed.',
    measure_and_evaluate: 'Consistent use; outcomes are measured and reviewed as data.',
  },
  signerRole: { manager: 'Manager', employee: 'Employee', hr: 'HR' },
  slotStatus: { held: 'Held', missed: 'Missed', overdue: 'Overdue', due: 'Due', upcoming: 'Upcoming', scheduled: 'Scheduled' },
  sessionStatus: { delivered: 'Delivered', missed: 'Missed', overdue: 'Overdue', upcoming: 'Upcoming', scheduled: 'Scheduled' },
  closingOutcome: {
    successful: 'Successful completion', extended_then_closed: 'Extended, then closed', not_met: 'Not met', withdrawn: 'Withdrawn',
  },
  reviewDecision: { approved: 'Approved', changes_requested: 'Changes requested' },
  checkInStatus: { held: 'Held', missed: 'Missed' },
  audience: { employee: 'Employee copy', manager: 'Manager copy', hr: 'HR copy' },
  documentTitle: (term, employee) => `${term}: ${employee}`,
  subtitle: (role, team) => (team ? `${role}, ${team}` : role),
  audienceNote: (audience, term) =>
    audience === 'employee'
      ? `Employee copy of the ${term}.`
      : `${audience === 'hr' ? 'HR' : 'Manager'} copy of the ${term}: contains the manager's private notes and internal review notes. Do not share with the employee.`,
  footer: (term, asOf) => (asOf ? `${term}. Statuses as of ${asOf}.` : `${term}.`),
  days: (count) => `${count} day${count === 1 ? '' : 's'}`,
  dayRange: (first, last) => `Days ${first}-${last}`,
  dateRange: (start, end) => `${start} to ${end}`,
  byDeadline: (date) => `by ${date}`,
  basis: (basis) => ({ per_day: 'per day', per_week: 'per week', per_month: 'per month', window: 'over the window' })[basis],
  atLeast: (value) => `at least ${value}`,
  atMost: (value) => `at most ${value}`,
  shortBy: (amount) => `short by ${amount}`,
  overBy: (amount) => `over by ${amount}`,
  noGap: 'meets the standard',
  percentagePoints: (amount) => `${amount} pts`,
  durationUnit: (amount, unit) => (unit ? `${amount} ${unit}` : amount),
  rubricLevel: (value, label) => `${value} (${label})`,
  every: (every, starting, count) =>
    `${{ week: 'Every week', two_weeks: 'Every two weeks', month: 'Every month' }[every]} from ${starting}${count !== undefined ? `, ${count} ${count === 1 ? 'session' : 'sessions'}` : ''}`,
  dueOn: (dates) => `Due ${dates.join(', ')}`,
  deliveredCount: (delivered, missed, total) =>
    `${delivered} of ${total} session${total === 1 ? '' : 's'} delivered${missed > 0 ? `, ${missed} missed` : ''}`,
  checkInCadence: (cadence, weekday) => `${cadence === 'weekly' ? 'Weekly' : 'Every two weeks'} on ${weekday}`,
  businessDaysOnly: 'Moved off weekends',
  holidays: (dates) => `No check-ins on ${dates.join(', ')}; a check-in that falls on one moves to the next working day`,
  milestone: (label, date, target, goal) => `${label ? `${label}, ` : ''}${date}: ${target} (${goal})`,
  extension: (days, from, to, reason) => `Extended by ${days} ${days === 1 ? 'day' : 'days'}, from ${from} to ${to}: ${reason}`,
  pause: (start, end, reason) => `Paused ${end ? `from ${start} to ${end}` : `since ${start}`}: ${reason}`,
  amendment: (date, by, target, reason, revision) => `${date}, ${by} amended ${target} (revision ${revision}): ${reason}`,
  amendedGoal: (title, changes) => `Goal '${title}': ${changes.length > 0 ? changes.join(', ') : 'no change to its terms'}`,
  amendedSupport: (description, changes) => `Support '${description}': ${changes.length > 0 ? changes.join(', ') : 'no change to its terms'}`,
  amendmentWithChange: (amendment, change) => `${amendment} — ${change}`,
  addedGoal: (title) => `Goal '${title}' added`,
  addedSupport: (description) => `Support '${description}' added`,
  fieldChange: (field, before, after) => `${field} ${before} -> ${after}`,
  amendmentFields: {
    title: 'title',
    category: 'category',
    metricId: 'metric',
    baseline: 'baseline',
    target: 'target',
    window: 'window',
    deadline: 'deadline',
    weight: 'weight',
    required: 'required',
    floor: 'floor',
    milestones: 'milestones',
    gapIds: 'gaps',
    description: 'description',
    kind: 'kind',
    owner: 'owner',
    ownerName: 'owner',
    cadence: 'schedule',
    dueDates: 'due dates',
    goalIds: 'goals',
    systemFactorIds: 'system factors',
  },
  closure: (outcome, date, by) => `${outcome}, closed on ${date} by ${by}`,
  closureBasis: (date, recommendation) => `Decided on the evaluation of ${date}, which recommended: ${recommendation}.`,
  closureBasisFigures: (score, reasons) => `Score ${score} of 100; reasons: ${reasons.length > 0 ? reasons.join('; ') : 'none recorded'}.`,
  closureDeparture: (reason) => `Reason for departing from the recommendation: ${reason}`,
  reasonCode: {
    provisional_before_end: 'provisional, before the end date',
    plan_not_running: 'plan not running',
    plan_not_started: 'plan not started',
    nothing_elapsed: 'no time elapsed',
    insufficient_coverage: 'too little data',
    required_goal_without_data: 'a required goal has no data',
    check_ins_undocumented: 'check-ins not documented',
    required_goals_met_and_sustained: 'required goals met and sustained',
    required_goal_held_recently: 'a required goal held recently',
    score_past_success_threshold: 'score past the success threshold',
    non_required_goal_not_met: 'a goal that is not required was not met',
    required_goal_not_met: 'a required goal not met',
    required_goal_not_sustained: 'a required goal not sustained',
    goal_below_floor: 'a goal below its floor',
    improvement_past_threshold: 'improvement past the threshold',
    leading_indicators_improving: 'leading indicators improving',
    goals_on_course: 'goals on course',
    extension_cap_reached: 'no extension left',
    no_real_improvement: 'no real improvement',
    company_commitment_shortfall: "the company's support fell short",
  },
  review: (decision, by, date) => `${decision} by ${by} on ${date}`,
  signatureStatement: (term) =>
    `A signature acknowledges receipt and understanding of this ${term}; it does not mean agreement. The employee may add a comment.`,
  signedRevision: (revision) => `revision ${revision}`,
  unsigned: 'Not signed',
  weekday: (weekday) => cap(weekday),
  gapFor: (metric, current, standard) => `${metric}: ${current} against ${standard}`,
  progressValue: (value) => `value ${value}`,
  actionLine: (description, owner, due) => `${description}${owner ? ` (${owner}` : ''}${owner && due ? `, due ${due})` : owner ? ')' : due ? ` (due ${due})` : ''}`,
  privateNotesWarning: 'Private: not shown to the employee.',
  attendees: (names) => names.join(', '),
  rubricTitle: (metric) => `Rubric: ${metric}`,
  standardLevel: 'the standard',
  evaluation: {
    sections: {
      overview: 'At a glance',
      goals: 'Goals: where each one stands',
      triad: 'Skill, behavior and outcome',
      checkIns: 'Check-in log',
      support: 'Support ledger',
      recommendation: 'Recommendation',
      data: 'About the data',
      reference: 'Reference fields',
    },
    labels: {
      asOf: 'As of', reading: 'Reading', score: 'Score', progress: 'Progress', triad: 'Measurement system',
      checkIns: 'Check-ins', support: 'Support', coverage: 'Data coverage', leave: 'Leave', recommendation: 'Recommendation',
      goal: 'Goal', baseline: 'Baseline', target: 'Target', observed: 'Observed', attainment: 'Attainment', status: 'Status',
      trend: 'Trend', weight: 'Weight', metric: 'Metric', window: 'Window', required: 'Required', sustained: 'Held at target',
      projected: 'Projected at the end', skillLevel: 'Skill level', recentLevel: 'Recent level', component: 'Component',
      state: 'Reading', category: 'Category', points: 'Points', scheduled: 'Scheduled', due: 'Due', held: 'Held',
      missed: 'Missed', documented: 'Documented', date: 'Date', notes: 'Notes', progressNotes: 'Progress',
      actions: 'Agreed actions', privateNotes: "Manager's private notes", commitment: 'Commitment', kind: 'Kind',
      owner: 'Owner', dueDate: 'Due', deliveredOn: 'Delivered on', note: 'Note', delivered: 'Delivered', share: 'Share',
      period: 'Period', value: 'Value', atTarget: 'At target', goalByGoal: 'Goal by goal', overviewChart: 'Attainment by goal',
      scoreByCategory: 'Score by category', deliveryByCommitment: 'Delivery by commitment', sessions: 'Sessions',
      reasons: 'Why', milestones: 'Milestones', evidenceGoals: 'Goals', evidenceFigures: 'Figures', evidenceDates: 'Dates',
      plan: 'Plan', dates: 'Dates', copy: 'Copy', none: '-', yes: 'Yes', no: 'No', inPeriod: 'In the period',
      runningTotal: 'Running total', why: 'Why', periodsAtTarget: 'Periods at target', legend: 'Measures',
    },
    heldRecentlyStatus: 'Not met over the window; held at target recently',
    heldRecentlyShort: 'Held recently',
    recentLevel: (value, periods, unit, gapShare) =>
      `${value} over the last ${periods} ${periods === 1 ? unit : `${unit}s`}${gapShare !== undefined ? ` (${gapShare} of the gap closed)` : ''}`,
    periodsAtTarget: (atTarget, counted, unit, share, needed) =>
      `${atTarget} of ${counted} ${counted === 1 ? unit : `${unit}s`} (${share}${needed !== undefined ? `; ${needed} needed` : ''})`,
    periodsAtTargetShort: (atTarget, counted, unit) => `${atTarget} of ${counted} ${counted === 1 ? unit : `${unit}s`}`,
    lastPeriodsAtTarget: (atTarget, considered, unit, sustained) =>
      `${atTarget} of the last ${considered} ${considered === 1 ? unit : `${unit}s`}${sustained ? ', sustained' : ', not sustained'}`,
    measuresLegend:
      'Attainment: the share of the gap from baseline to target closed over the whole window. Periods at target: the complete periods at or past target (what "met" rests on for per-week and per-month goals). Recent level: the value over the last periods, what progress and "held at target" read.',
    goalStatus: {
      met: 'Met', not_met: 'Not met', on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data yet',
      not_started: 'Not started',
    },
    trend: { improving: 'Improving', flat: 'Flat', declining: 'Declining' },
    triadComponent: { skill: 'Skill', behavior: 'Behavior (with activity)', outcome: 'Outcome' },
    triadState: { met: 'Met', improving: 'Improving', flat: 'Flat', declining: 'Declining', no_data: 'No data yet', not_measured: 'Not measured' },
    triadCode: {
      all_met: 'All met',
      improving: 'Improving together',
      improving_lagging_results: 'Improving, results lagging',
      skill_not_applied: 'Skill not yet applied',
      results_without_leading_change: 'Results without leading change',
      declining: 'Declining',
      no_improvement: 'No improvement',
      no_data: 'No data yet',
    },
    outcome: {
      successful: 'Successful completion',
      extend: 'Extend the plan',
      not_met: 'Not met',
      insufficient_evidence: 'Not enough evidence to decide',
    },
    outcomeMeaning: {
      successful: 'The goals are met or the improvement is significant and sustained: back to good standing, with a follow-up to keep the momentum.',
      extend: 'Real progress, not there yet (or the company\'s support fell short): more time with the same goals and support.',
      not_met: 'The goals are not met and the improvement is not enough, with the agreed support delivered.',
      insufficient_evidence: 'The data or the check-in notes are too thin to judge fairly: record them before deciding.',
    },
    logStatus: { held: 'Held', missed: 'Missed', overdue: 'Overdue', due: 'Due', upcoming: 'Upcoming' },
    ledgerStatus: { delivered: 'Delivered', missed: 'Missed', overdue: 'Overdue', upcoming: 'Upcoming' },
    weighting: { goal_weights: 'by goal weights', equal: 'goals weighted equally' },
    figure: {
      score: 'Score', successScore: 'Success threshold', extendScore: 'Extend threshold', progress: 'Progress',
      improvementShare: 'Improvement needed', coverage: 'Coverage', minCoverage: 'Coverage needed',
      periodsWithData: 'Periods with data', periodsElapsed: 'Periods elapsed', elapsedPeriods: 'Periods elapsed',
      held: 'Check-ins held', documented: 'Check-ins documented', documentedShare: 'Documented share',
      minDocumentedShare: 'Documented share needed', supportDue: 'Support sessions due', supportDelivered: 'Support sessions delivered',
      supportDeliveredShare: 'Support delivered', minSupportDeliveredShare: 'Support delivery needed',
      minCommitmentDeliveredShare: 'Per-commitment delivery needed', checkInsDue: 'Check-ins due', checkInsHeld: 'Check-ins held',
      checkInsHeldShare: 'Check-ins held share', minCheckInHeldShare: 'Check-ins held share needed',
      extensionsGranted: 'Extensions granted', maxExtensions: 'Extensions allowed',
      sustainShare: 'Share of the last periods needed', periodMetShare: 'Share of periods needed',
    },
    allGoals: (count) => (count === 1 ? 'the only goal' : `all ${count}`),
    keyedFigure: (kind, subject) =>
      `${({ attainment: 'Attainment', sustained: 'Held at target', coverage: 'Coverage', progress: 'Progress', delivered: 'Delivered', due: 'Due', observed: 'Observed', target: 'Target', recent: 'Recent level', atTarget: 'Periods at target', periods: 'Periods counted', metShare: 'Share of periods at target', floor: 'Floor', recentStart: 'Recent level since' } as Readonly<Record<string, string>>)[kind] ?? kind} (${subject})`,
    date: { asOf: 'As of', endDate: 'Plan ends', startDate: 'Plan starts' },
    documentTitle: (term, employee) => `${term} evaluation: ${employee}`,
    audienceNote: (audience, term) =>
      audience === 'employee'
        ? `Employee copy of the evaluation of the ${term}.`
        : `${audience === 'hr' ? 'HR' : 'Manager'} copy of the evaluation of the ${term}: contains the manager's private check-in notes. Do not share with the employee.`,
    footer: (term, asOf) => `Evaluation of the ${term} as of ${asOf}. Figures count the data recorded by that day.`,
    final: (end) => `Final: the plan ended on ${end}.`,
    provisional: (end) => `Provisional: the plan runs until ${end}.`,
    score: (score, weighting) => `${score} of 100 (${weighting})`,
    progress: (share) => `The recent level has closed ${share} of the gaps`,
    goalProgress: (share) => `The recent level has closed ${share} of the gap`,
    readingKind: { final: 'final', provisional: 'provisional', notRunning: 'not running' },
    notRunning: 'Not running: the plan has not been activated, so nothing is due under it yet.',
    ofDue: (count, due, what) => `${count} of ${due} due ${what}`,
    coverage: (share, withData, elapsed) => `${share} of elapsed periods have data (${withData} of ${elapsed})`,
    leave: (days, spans) => `${days} paused ${days === 1 ? 'day' : 'days'} (${spans.join('; ')}), outside every measure: the plan clock stopped, and nothing counted against the rep`,
    recommendationNote:
      'A recommendation read from the data, not a decision: the manager and HR decide, with the check-in notes and the employee\'s view.',
    rawAttainment: (raw) => `${raw} of the gap`,
    goalFacts: (category, weight, required) => `${category}, weight ${weight}${required ? ', required' : ''}`,
    progressLine: (goal, note, value) => `${goal}: ${note}${value !== undefined ? ` (${value})` : ''}`,
    chartTitle: (goal, metric) => `${goal}: ${metric}`,
    chartLegend: (series, baseline, target, asOf, milestones) =>
      `Blue line: ${series}. Grey dashes: baseline ${baseline}. Green dashes: target ${target}.${milestones ? ' Purple: milestones.' : ''} Orange: ${asOf}.`,
    seriesName: (unit, runningTotal) =>
      runningTotal ? `running total at the end of each ${unit}` : `value of each ${unit}`,
    asOfMarker: (date) => `As of ${date}`,
    baselineLine: (value) => `Baseline ${value}`,
    targetLine: (value) => `Target ${value}`,
    sparkline: (series, spark, first, last) => `${cap(series)}: ${spark} (from ${first} to ${last})`,
    periodEnding: (date) => `to ${date}`,
    barLabel: (attainment, status) => `${attainment} \u00b7 ${status}`,
    overviewTitle: 'Attainment by goal: the share of each gap closed',
    nothingToChart: 'No complete period with data yet.',
    skillLevel: (level, standard) => `${level}; the standard is ${standard}`,
    sustainedShare: (share, sustained) => `${share} of the last periods${sustained ? ', sustained' : ''}`,
    noCheckIns: 'No check-ins scheduled or recorded.',
    noSupport: 'No support sessions committed.',
    noGoals: 'The plan has no goals to evaluate.',
  },
};
