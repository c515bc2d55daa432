/**
 * What a plan document says, section by section (the domain spec's standard template), for
 * one audience. Format-neutral: the Markdown and HTML writers turn it into text.
 *
 * @internal
 * @module
 */
import { daysBetween, shiftDate, type CalendarDate } from '../dates/calendar.js';
import { writtenWindowOf, type DateWindow } from '../dates/windows.js';
import { followsRecommendation } from '../schema/follows-recommendation.js';
import type { CheckIn, Goal, MetricDefinition, Plan } from '../schema/types.js';
import { checkInSlots, planEndDate, planPhases, supportSessions } from '../timeline/index.js';
import { amendmentChange, type ChangeWords } from './amendment-changes.js';
import { seesCloseBasisFigures, seesPrivateNotes, seesReviewNotes, visibleMetadata } from './audience.js';
import { cell, numericCell, type Block, type Fact, type Inline, type RenderDocument, type Section, type SignatureLine } from './document.js';
import { makeFormatter, type ValueFormatter } from './format.js';
import type { RenderMessages } from './messages.js';
import { holidayDates, type ResolvedRenderOptions } from './options.js';

/** Stable ids of the plan document's sections, in order. */
export const PLAN_SECTION_IDS = [
  'basics',
  'diagnostic',
  'gaps',
  'goals',
  'development',
  'support',
  'timeline',
  'outcomes',
  'formalising',
] as const;

/** A section of the plan document. `reference` appears only when metadata is rendered. */
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number] | 'reference';

interface Context {
  readonly plan: Plan;
  readonly options: ResolvedRenderOptions;
  readonly m: RenderMessages;
  readonly f: ValueFormatter;
  readonly end: CalendarDate;
  readonly metrics: ReadonlyMap<string, MetricDefinition>;
  readonly goals: ReadonlyMap<string, Goal>;
  readonly people: ReadonlyMap<string, string>;
}

const text = (value: string): Block => ({ kind: 'text', text: value });
const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
const facts = (...rows: (Fact | undefined)[]): Block => ({ kind: 'facts', facts: rows.filter((row): row is Fact => row !== undefined) });
const fact = (label: string, ...value: Inline[]): Fact => ({ label, value });
const list = (items: readonly (readonly Inline[])[], empty: string): Block =>
  items.length > 0 ? { kind: 'list', items } : paragraph({ muted: empty });
const subsection = (title: string, ...blocks: Block[]): Block => ({ kind: 'subsection', title, blocks });
const byDate = <T extends { readonly date: CalendarDate }>(items: readonly T[]): T[] =>
  items.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

function who(ctx: Context, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (ctx.people.get(id) ?? id);
}

function metricName(ctx: Context, metricId: string): string {
  return ctx.metrics.get(metricId)?.name ?? metricId;
}

function goalTitle(ctx: Context, goalId: string): string {
  return ctx.goals.get(goalId)?.title ?? goalId;
}

function dateRange(ctx: Context, start: CalendarDate, end: CalendarDate): string {
  return ctx.m.dateRange(ctx.f.date(start), ctx.f.date(end));
}

// ---------------------------------------------------------------------------

function basics(ctx: Context): Section {
  const { plan, m, f } = ctx;
  const { employee, manager, hrPartner } = plan;
  const status = plan.phase ? `${m.planStatus[plan.status]} (${m.phase[plan.phase]})` : m.planStatus[plan.status];
  const coaching = byDate(plan.priorCoaching).map((c): Inline[] => [
    { strong: f.date(c.date) },
    c.topic ? `, ${c.topic}: ` : ': ',
    c.notes,
    ...(c.by ? [{ muted: ` (${who(ctx, c.by) ?? ''})` }] : []),
  ]);
  return {
    id: 'basics',
    title: m.sections.basics,
    blocks: [
      facts(
        fact(m.labels.employee, employee.name),
        fact(m.labels.role, employee.role),
        employee.team ? fact(m.labels.team, employee.team) : undefined,
        employee.territory ? fact(m.labels.territory, employee.territory) : undefined,
        fact(m.labels.manager, manager.title ? `${manager.name}, ${manager.title}` : manager.name),
        fact(m.labels.hrPartner, hrPartner ? (hrPartner.title ? `${hrPartner.name}, ${hrPartner.title}` : hrPartner.name) : m.labels.none),
        fact(m.labels.createdOn, f.date(plan.createdOn)),
        fact(m.labels.startDate, f.date(plan.startDate)),
        fact(m.labels.endDate, f.date(ctx.end)),
        fact(m.labels.duration, m.days(daysBetween(plan.startDate, ctx.end) + 1)),
        plan.salesCycleDays !== undefined ? fact(m.labels.salesCycle, m.days(plan.salesCycleDays)) : undefined,
        fact(m.labels.status, status),
        fact(m.labels.revision, String(plan.revision)),
      ),
      subsection(m.labels.purpose, plan.purpose?.trim() ? text(plan.purpose) : paragraph({ muted: m.empty.purpose })),
      subsection(m.labels.priorCoaching, list(coaching, m.empty.priorCoaching)),
    ],
  };
}

function diagnostic(ctx: Context): Section {
  const { m } = ctx;
  const d = ctx.plan.diagnostic;
  if (!d) return { id: 'diagnostic', title: m.sections.diagnostic, blocks: [paragraph({ muted: m.empty.diagnostic })] };
  const answers = (items: readonly string[]) => list(items.map((item) => [item]), m.empty.list);
  const factors = d.systemFactors.map((factor): Inline[] => [
    { strong: m.systemFactorKind[factor.kind] },
    `: ${factor.description}`,
    ...(factor.mitigation ? [{ muted: ` ${m.labels.mitigation}: ` }, factor.mitigation] : []),
  ]);
  return {
    id: 'diagnostic',
    title: m.sections.diagnostic,
    blocks: [
      facts(fact(m.labels.rootCause, m.rootCause[d.rootCause])),
      ...(d.rootCauseNotes?.trim() ? [text(d.rootCauseNotes)] : []),
      subsection(m.labels.strengths, answers(d.strengths)),
      subsection(m.labels.struggles, answers(d.struggles)),
      subsection(m.labels.notDoing, answers(d.notDoing)),
      subsection(m.labels.doingWrong, answers(d.doingWrong)),
      subsection(m.labels.systemFactors, list(factors, m.empty.systemFactors)),
    ],
  };
}

function gaps(ctx: Context): Section {
  const { plan, m, f } = ctx;
  if (plan.gaps.length === 0) return { id: 'gaps', title: m.sections.gaps, blocks: [paragraph({ muted: m.empty.gaps })] };
  const rows = plan.gaps.map((gap) => {
    const metric = ctx.metrics.get(gap.metricId);
    return [
      cell(metric?.name ?? gap.metricId, ...(metric ? [{ muted: ` (${m.metricKind[metric.kind]})` }] : [])),
      numericCell(f.value(metric, gap.current)),
      numericCell(f.value(metric, gap.standard), { muted: ` (${m.standardSource[gap.standardSource]})` }),
      cell({ strong: f.gap(metric, gap.current, gap.standard) }),
      cell(gap.period ? dateRange(ctx, gap.period.start, gap.period.end) : m.labels.none),
    ];
  });
  const evidence = plan.gaps.flatMap((gap) => [
    ...(gap.description?.trim() ? [[{ strong: metricName(ctx, gap.metricId) }, `: ${gap.description}`]] : []),
    ...(gap.evidence ?? []).map((item): Inline[] => [{ strong: metricName(ctx, gap.metricId) }, `: ${item}`]),
  ]);
  return {
    id: 'gaps',
    title: m.sections.gaps,
    blocks: [
      { kind: 'table', name: 'gaps', head: [m.labels.metric, m.labels.current, m.labels.standard, m.labels.difference, m.labels.period], rows },
      subsection(m.labels.evidence, list(evidence, m.empty.list)),
    ],
  };
}

function targetText(ctx: Context, goal: Goal): string {
  const metric = ctx.metrics.get(goal.metricId);
  const comparator = goal.comparator ?? (metric?.direction === 'lower_is_better' ? 'at_most' : 'at_least');
  const value = ctx.f.value(metric, goal.target);
  const bound = comparator === 'at_most' ? ctx.m.atMost(value) : ctx.m.atLeast(value);
  return `${bound} ${ctx.m.basis(goal.basis)}`;
}

function goalWindow(ctx: Context, goal: Goal): string {
  if (!goal.window && goal.deadline) return ctx.m.byDeadline(ctx.f.date(goal.deadline));
  const window = writtenWindowOf(goal, ctx.plan.startDate, ctx.end) as DateWindow;
  return dateRange(ctx, window.start, window.end);
}

function goals(ctx: Context): Section {
  const { plan, m, f } = ctx;
  if (plan.goals.length === 0) return { id: 'goals', title: m.sections.goals, blocks: [paragraph({ muted: m.empty.goals })] };
  const rows = plan.goals.map((goal) => {
    const metric = ctx.metrics.get(goal.metricId);
    return [
      cell({ strong: goal.title }),
      cell(m.goalCategory[goal.category]),
      cell(metric?.name ?? goal.metricId),
      numericCell(f.value(metric, goal.baseline)),
      cell(targetText(ctx, goal)),
      cell(goalWindow(ctx, goal)),
      numericCell(goal.weight !== undefined ? `${f.number(goal.weight)}%` : m.labels.none),
      cell(goal.required === undefined ? m.labels.none : goal.required ? m.labels.yes : m.labels.no),
    ];
  });
  const gapById = new Map(plan.gaps.map((gap) => [gap.id, gap]));
  const about = plan.goals.map((goal): Inline[] => {
    const closes = goal.gapIds.map((id) => {
      const gap = gapById.get(id);
      if (!gap) return id;
      const metric = ctx.metrics.get(gap.metricId);
      return m.gapFor(metric?.name ?? gap.metricId, f.value(metric, gap.current), f.value(metric, gap.standard));
    });
    return [
      { strong: goal.title },
      ...(goal.description?.trim() ? [`: ${goal.description}`] : []),
      { muted: ` ${m.labels.closesGap}: ${closes.length > 0 ? closes.join('; ') : m.labels.none}` },
    ];
  });
  return {
    id: 'goals',
    title: m.sections.goals,
    blocks: [
      {
        kind: 'table',
        name: 'goals',
        head: [m.labels.goal, m.labels.category, m.labels.metric, m.labels.baseline, m.labels.target, m.labels.window, m.labels.weight, m.labels.required],
        rows,
      },
      subsection(m.labels.goalNotes, list(about, m.empty.list)),
      ...measurement(ctx),
    ],
  };
}

/** How each metric the goals use is measured: kind, source, description, and skill rubrics. */
function measurement(ctx: Context): Block[] {
  const { plan, m, f } = ctx;
  const used = new Set(plan.goals.map((goal) => goal.metricId));
  const metrics = plan.metrics.filter((metric) => used.has(metric.id));
  if (metrics.length === 0) return [];
  const items = metrics.map((metric): Inline[] => [
    { strong: metric.name },
    { muted: ` (${m.metricKind[metric.kind]})` },
    ...(metric.source ? [`: ${metric.source}`] : []),
    ...(metric.description?.trim() ? [`. ${metric.description}`] : []),
  ]);
  const rubrics = metrics.flatMap((metric): Block[] =>
    metric.rubric
      ? [
          subsection(m.rubricTitle(metric.name), {
            kind: 'table',
            name: 'rubric',
            head: [m.labels.level, m.labels.name, m.labels.looksLike],
            rows: metric.rubric.levels.map((level) => [
              numericCell(f.number(level.value)),
              cell(level.value === metric.rubric?.standard ? { strong: level.label } : level.label, ...(level.value === metric.rubric?.standard ? [{ muted: ` (${m.standardLevel})` }] : [])),
              cell(level.description),
            ]),
          }),
        ]
      : [],
  );
  return [subsection(m.labels.measurement, list(items, m.empty.list), ...rubrics)];
}

function development(ctx: Context): Section {
  const { plan, m } = ctx;
  if (plan.development.length === 0) return { id: 'development', title: m.sections.development, blocks: [paragraph({ muted: m.empty.development })] };
  const rows = plan.development.map((entry) => [
    cell({ strong: entry.skill }),
    cell(entry.practice),
    cell(entry.feedback),
    cell(entry.goalIds.length > 0 ? entry.goalIds.map((id) => goalTitle(ctx, id)).join('; ') : m.labels.none),
  ]);
  return {
    id: 'development',
    title: m.sections.development,
    blocks: [{ kind: 'table', name: 'development', head: [m.labels.skill, m.labels.practice, m.labels.feedback, m.labels.forGoals], rows }],
  };
}

function support(ctx: Context): Section {
  const { plan, m, f } = ctx;
  if (plan.support.length === 0) return { id: 'support', title: m.sections.support, blocks: [paragraph({ muted: m.empty.support })] };
  const factors = new Map((plan.diagnostic?.systemFactors ?? []).map((factor) => [factor.id, factor]));
  const rows = plan.support.map((commitment) => {
    const schedule = [
      ...(commitment.cadence
        ? [m.every(commitment.cadence.every, f.date(commitment.cadence.starting ?? plan.startDate), commitment.cadence.count)]
        : []),
      ...(commitment.dueDates && commitment.dueDates.length > 0 ? [m.dueOn(commitment.dueDates.map((d) => f.date(d)))] : []),
    ];
    const addresses = [
      ...commitment.goalIds.map((id) => goalTitle(ctx, id)),
      ...(commitment.systemFactorIds ?? []).map((id) => {
        const factor = factors.get(id);
        return factor ? m.systemFactorKind[factor.kind] : id;
      }),
    ];
    return [
      cell({ strong: commitment.description }),
      cell(m.supportKind[commitment.kind]),
      cell(who(ctx, commitment.owner) ?? m.labels.none),
      cell(schedule.length > 0 ? schedule.join('; ') : m.labels.none),
      cell(addresses.length > 0 ? addresses.join('; ') : m.labels.none),
    ];
  });
  const sessions = supportSessions(plan, { asOf: ctx.options.asOf ?? shiftDate(plan.startDate, -1) });
  const tally = plan.support.map((commitment): Inline[] => {
    const own = sessions.filter((s) => s.commitmentId === commitment.id);
    const delivered = own.filter((s) => s.status === 'delivered').length;
    const missed = own.filter((s) => s.status === 'missed').length;
    return [{ strong: commitment.description }, `: ${m.deliveredCount(delivered, missed, own.length)}`];
  });
  const descriptions = new Map(plan.support.map((commitment) => [commitment.id, commitment.description]));
  const deliveries = byDate(plan.supportDeliveries).map((delivery): Inline[] => [
    { strong: f.date(delivery.date) },
    `: ${descriptions.get(delivery.commitmentId) ?? delivery.commitmentId}, ${m.sessionStatus[delivery.status]}`,
    ...(delivery.note?.trim() ? [` (${delivery.note})`] : []),
  ]);
  return {
    id: 'support',
    title: m.sections.support,
    blocks: [
      {
        kind: 'table',
        name: 'support',
        head: [m.labels.support, m.labels.kind, m.labels.owner, m.labels.schedule, m.labels.addresses],
        rows,
      },
      subsection(m.labels.deliveryRecord, list(tally, m.empty.deliveries), ...(deliveries.length > 0 ? [list(deliveries, m.empty.deliveries)] : [])),
    ],
  };
}

function checkInRecord(ctx: Context, checkIn: CheckIn): Block {
  const { m, f } = ctx;
  const blocks: Block[] = [];
  if (checkIn.attendees && checkIn.attendees.length > 0) {
    blocks.push(facts(fact(m.labels.attendees, m.attendees(checkIn.attendees.map((id) => who(ctx, id) ?? id)))));
  }
  blocks.push(checkIn.notes?.trim() ? text(checkIn.notes) : paragraph({ muted: m.empty.notes }));
  if (checkIn.progress && checkIn.progress.length > 0) {
    const items = checkIn.progress.map((p): Inline[] => {
      const goal = ctx.goals.get(p.goalId);
      const metric = goal ? ctx.metrics.get(goal.metricId) : undefined;
      return [{ strong: goal?.title ?? p.goalId }, `: ${p.note}`, ...(p.value !== undefined ? [{ muted: ` (${m.progressValue(f.value(metric, p.value))})` }] : [])];
    });
    blocks.push(subsection(m.labels.progress, list(items, m.empty.list)));
  }
  if (checkIn.actions && checkIn.actions.length > 0) {
    const items = checkIn.actions.map((a): Inline[] => [m.actionLine(a.description, who(ctx, a.owner), a.due ? f.date(a.due) : undefined)]);
    blocks.push(subsection(m.labels.actions, list(items, m.empty.list)));
  }
  if (checkIn.adjustments && checkIn.adjustments.length > 0) {
    blocks.push(subsection(m.labels.adjustments, list(checkIn.adjustments.map((a) => [a]), m.empty.list)));
  }
  if (seesPrivateNotes(ctx.options.audience) && checkIn.privateNotes?.trim()) {
    blocks.push({ kind: 'note', tone: 'private', content: [{ strong: `${m.labels.privateNotes}: ` }, checkIn.privateNotes, { muted: ` ${m.privateNotesWarning}` }] });
  }
  return subsection(`${f.date(checkIn.date)}: ${m.checkInStatus[checkIn.status]}`, ...blocks);
}

function timeline(ctx: Context): Section {
  const { plan, m, f, options } = ctx;
  // The timeline's phases: scaled to the plan's length, moved by pauses, extensions in the last.
  const phases = planPhases(plan).map((span) => [
    cell({ strong: m.phase[span.phase] }),
    cell(m.dayRange(span.firstPlanDay, span.firstPlanDay + span.days - 1)),
    cell(dateRange(ctx, span.start, span.end)),
    cell(m.phaseFocus[span.phase]),
  ]);
  const milestones = plan.goals
    .flatMap((goal) => (goal.milestones ?? []).map((milestone) => ({ goal, milestone, date: milestone.date })))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ goal, milestone }): Inline[] => [
      m.milestone(milestone.label, f.date(milestone.date), f.value(ctx.metrics.get(goal.metricId), milestone.target), goal.title),
    ]);
  const schedule = plan.checkInSchedule;
  const holidays = holidayDates(schedule?.holidays, options.holidays);
  const scheduleBlock = schedule
    ? facts(
        fact(m.labels.checkInSchedule, m.checkInCadence(schedule.cadence, m.weekday(schedule.weekday))),
        schedule.businessDaysOnly ? fact(m.businessDaysOnly, m.labels.yes) : undefined,
        holidays.length > 0 ? fact(m.labels.holidays, m.holidays(holidays.map((d) => f.date(d)))) : undefined,
      )
    : paragraph({ muted: m.empty.checkInSchedule });
  // One holiday calendar: the schedule's and the host's, as the evaluation and the nightly job count them.
  const slots = checkInSlots(plan, { asOf: options.asOf ?? shiftDate(plan.startDate, -1), holidays: options.holidays });
  const slotRows = slots.map((slot, i) => [
    numericCell(String(i + 1)),
    cell(f.date(slot.date)),
    cell(options.asOf === undefined && slot.status === 'upcoming' ? m.slotStatus.scheduled : m.slotStatus[slot.status]),
  ]);
  const changeWords: ChangeWords = { m, f, metrics: ctx.metrics, goalTitle: (id) => goalTitle(ctx, id), person: (id) => who(ctx, id) ?? id };
  const changes: Inline[][] = [
    ...byDate(plan.amendments).map((a): Inline[] => {
      const line = m.amendment(f.date(a.date), who(ctx, a.by) ?? a.by, a.target === 'goal' ? goalTitle(ctx, a.targetId) : (plan.support.find((s) => s.id === a.targetId)?.description ?? a.targetId), a.reason, a.revision);
      const change = amendmentChange(changeWords, a);
      return [change === undefined ? line : m.amendmentWithChange(line, change)];
    }),
    ...plan.extensions.map((e): Inline[] => [m.extension(e.days, f.date(e.previousEndDate), f.date(e.newEndDate), e.reason)]),
    ...plan.pauses.map((p): Inline[] => [m.pause(f.date(p.start), p.end ? f.date(p.end) : undefined, p.reason)]),
  ];
  const blocks: Block[] = [
    facts(
      fact(m.labels.startDate, f.date(plan.startDate)),
      fact(m.labels.endDate, f.date(ctx.end)),
      fact(m.labels.duration, m.days(daysBetween(plan.startDate, ctx.end) + 1)),
    ),
    subsection(m.labels.phases, { kind: 'table', name: 'phases', head: [m.labels.phase, m.labels.days, m.labels.dates, m.labels.focus], rows: phases }),
    subsection(m.labels.milestones, list(milestones, m.empty.list)),
    subsection(
      m.labels.checkInDates,
      scheduleBlock,
      ...(slotRows.length > 0 ? [{ kind: 'table' as const, name: 'check-in-dates', head: [m.labels.number, m.labels.date, m.labels.status], rows: slotRows }] : []),
    ),
    subsection(m.labels.checkInLog, ...(plan.checkIns.length > 0 ? byDate(plan.checkIns).map((c) => checkInRecord(ctx, c)) : [paragraph({ muted: m.empty.checkIns })])),
  ];
  if (changes.length > 0) blocks.push(subsection(m.labels.changes, list(changes, m.empty.list)));
  return { id: 'timeline', title: m.sections.timeline, blocks };
}

/**
 * What a close rests on (issue 19, item 4): the evaluation's date and recommendation in every copy,
 * its score and reasons in the manager's and HR's, and the reason given, named as a departure when
 * the outcome is not the one recommended. A close recorded before bases were kept shows its reason
 * only.
 */
function closureBasis(ctx: Context, closure: NonNullable<Plan['closure']>): Block[] {
  const { m, f } = ctx;
  const reason = closure.reason?.trim() ? closure.reason : undefined;
  const basis = closure.basis;
  if (!basis) return reason ? [text(reason)] : [];
  const blocks: Block[] = [paragraph(m.closureBasis(f.date(basis.asOf), m.evaluation.outcome[basis.recommendation]))];
  if (seesCloseBasisFigures(ctx.options.audience)) {
    blocks.push(paragraph(m.closureBasisFigures(f.number(basis.score), basis.reasonCodes.map((code) => m.reasonCode[code]))));
  }
  if (reason) blocks.push(followsRecommendation(closure.outcome, basis.recommendation) ? text(reason) : paragraph(m.closureDeparture(reason)));
  return blocks;
}

function outcomes(ctx: Context): Section {
  const { plan, m, f } = ctx;
  const statement = (value: string | undefined): Block => (value?.trim() ? text(value) : paragraph({ muted: m.empty.outcome }));
  const blocks: Block[] = [
    subsection(m.labels.success, statement(plan.outcomes?.success)),
    ...(plan.outcomes?.ifSuccessful?.trim() ? [subsection(m.labels.ifSuccessful, statement(plan.outcomes.ifSuccessful))] : []),
    subsection(m.labels.ifNotMet, statement(plan.outcomes?.ifNotMet)),
  ];
  if (plan.closure) {
    const closure = plan.closure;
    blocks.push(
      subsection(
        m.labels.closure,
        paragraph({ strong: m.closure(m.closingOutcome[closure.outcome], f.date(closure.date), who(ctx, closure.by) ?? closure.by) }),
        ...closureBasis(ctx, closure),
      ),
    );
  }
  return { id: 'outcomes', title: m.sections.outcomes, blocks };
}

function formalising(ctx: Context): Section {
  const { plan, m, f, options } = ctx;
  const reviews = byDate(plan.reviews).flatMap((review): Block[] => [
    paragraph({ strong: m.review(m.reviewDecision[review.decision], who(ctx, review.by) ?? review.by, f.date(review.date)) }),
    ...(seesReviewNotes(options.audience) && review.notes?.trim()
      ? [{ kind: 'note' as const, tone: 'private' as const, content: [{ strong: `${m.labels.reviewNotes}: ` }, review.notes, { muted: ` ${m.privateNotesWarning}` }] }]
      : []),
  ]);
  const signed: SignatureLine[] = byDate(plan.signatures).map((s) => ({
    role: m.signerRole[s.role],
    name: s.name,
    date: f.date(s.date),
    detail: m.signedRevision(s.revision),
    ...(s.comment?.trim() ? { comment: s.comment } : {}),
    signed: true,
  }));
  const current = new Set(plan.signatures.filter((s) => s.revision === plan.revision).map((s) => s.role));
  const open: SignatureLine[] = [
    ...(current.has('manager') ? [] : [{ role: m.signerRole.manager, name: plan.manager.name, signed: false }]),
    ...(current.has('employee') ? [] : [{ role: m.signerRole.employee, name: plan.employee.name, signed: false }]),
  ];
  return {
    id: 'formalising',
    title: m.sections.formalising,
    blocks: [
      subsection(m.labels.hrReview, ...(reviews.length > 0 ? reviews : [paragraph({ muted: m.empty.hrReview })])),
      subsection(m.labels.signatures, {
        kind: 'signatures',
        statement: m.signatureStatement(options.terminology),
        head: [m.labels.signer, m.labels.name, m.labels.signed, m.labels.comment],
        unsigned: m.unsigned,
        lines: [...signed, ...open],
      }),
    ],
  };
}

function reference(ctx: Context): Section | undefined {
  const { options, m } = ctx;
  const entries = visibleMetadata(ctx.plan.metadata, options.audience, options.includeMetadata, options.privateMetadata);
  if (entries.length === 0) return undefined;
  return { id: 'reference', title: m.sections.reference, blocks: [facts(...entries.map((e) => fact(e.path.join('.'), e.value)))] };
}

/**
 * Build the plan document for the options' audience.
 *
 * @internal
 */
export function planDocument(plan: Plan, options: ResolvedRenderOptions): RenderDocument {
  const m = options.messages;
  const f = makeFormatter(options);
  const people = new Map<string, string>();
  for (const signature of plan.signatures) people.set(signature.signerId, signature.name);
  if (plan.hrPartner) people.set(plan.hrPartner.id, plan.hrPartner.name);
  for (const c of plan.support) if (c.owner && c.ownerName) people.set(c.owner, c.ownerName);
  people.set(plan.manager.id, plan.manager.name);
  people.set(plan.employee.id, plan.employee.name);
  const ctx: Context = {
    plan,
    options,
    m,
    f,
    end: planEndDate(plan),
    metrics: new Map(plan.metrics.map((metric) => [metric.id, metric])),
    goals: new Map(plan.goals.map((goal) => [goal.id, goal])),
    people,
  };
  const sections = [basics(ctx), diagnostic(ctx), gaps(ctx), goals(ctx), development(ctx), support(ctx), timeline(ctx), outcomes(ctx), formalising(ctx)];
  const extra = reference(ctx);
  if (extra) sections.push(extra);
  return {
    lang: options.lang,
    dir: options.dir,
    title: m.documentTitle(options.terminology, plan.employee.name),
    subtitle: m.subtitle(plan.employee.role, plan.employee.team),
    audienceNote: m.audienceNote(options.audience, options.terminology),
    private: options.audience !== 'employee',
    facts: [
      fact(m.labels.planId, plan.id),
      fact(m.labels.status, m.planStatus[plan.status]),
      fact(m.labels.dates, dateRange(ctx, plan.startDate, ctx.end)),
      fact(m.labels.copy, m.audience[options.audience]),
    ],
    sections,
    footer: m.footer(options.terminology, options.asOf ? f.date(options.asOf) : undefined),
  };
}
