/**
 * What an evaluation report says, section by section, for one audience: the overview with the
 * attainment of every goal, the goal table and each goal's chart, the skill / behavior /
 * outcome reading and the score, the check-in log, the support ledger, the recommendation with
 * its reasons, notes about the data, and reference fields. Format-neutral, like the plan
 * document.
 *
 * @internal
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import type { EvaluationSummary, GoalEvaluation, GoalSummaryRow, PlanEvaluation, RecommendationReason } from '../evaluate/index.js';
import type { Goal, MetricDefinition, Plan } from '../schema/types.js';
import { seesPrivateNotes, visibleMetadata } from './audience.js';
import { cell, numericCell, type Block, type Cell, type Fact, type Inline, type RenderDocument, type Section } from './document.js';
import { makeFormatter, type UnitFacts, type ValueFormatter } from './format.js';
import { goalSeries, type GoalSeries } from './goal-series.js';
import type { EvaluationMessages, RenderMessages } from './messages.js';
import type { ResolvedRenderOptions } from './options.js';
import { barChart, barChartLayout, type BarTone } from './svg/bar-chart.js';
import { lineChart, lineChartLayout, type ChartMarker, type LineChartSpec } from './svg/line-chart.js';

/** Stable ids of the evaluation report's sections, in order (`data` and `reference` appear only when they have content). */
export const EVALUATION_SECTION_IDS = ['overview', 'goals', 'triad', 'check-ins', 'support', 'recommendation'] as const;

/** A section of the evaluation report. */
export type EvaluationSectionId = (typeof EVALUATION_SECTION_IDS)[number] | 'data' | 'reference';

interface Context {
  readonly summary: EvaluationSummary;
  readonly options: ResolvedRenderOptions;
  readonly m: RenderMessages;
  readonly e: EvaluationMessages;
  readonly f: ValueFormatter;
  readonly plan: Plan | undefined;
  readonly evaluation: PlanEvaluation | undefined;
  readonly planGoals: ReadonlyMap<string, Goal>;
  readonly planMetrics: ReadonlyMap<string, MetricDefinition>;
  readonly evaluated: ReadonlyMap<string, GoalEvaluation>;
  readonly rows: ReadonlyMap<string, GoalSummaryRow>;
  readonly people: ReadonlyMap<string, string>;
}

const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
const fact = (label: string, ...value: Inline[]): Fact => ({ label, value });
const subsection = (title: string, ...blocks: Block[]): Block => ({ kind: 'subsection', title, blocks });
const table = (name: string, head: readonly string[], rows: readonly (readonly Cell[])[]): Block => ({ kind: 'table', name, head, rows });

function unitFacts(ctx: Context, row: GoalSummaryRow): UnitFacts {
  const metricId = ctx.planGoals.get(row.goalId)?.metricId;
  const rubric = metricId === undefined ? undefined : ctx.planMetrics.get(metricId)?.rubric;
  return {
    unit: row.unit,
    currency: row.currency ?? undefined,
    durationUnit: row.durationUnit ?? undefined,
    direction: row.direction,
    ...(rubric ? { rubric } : {}),
  };
}

/** The evaluator's sentences write ISO dates: the page writes every date the one way it writes its own. */
function prose(ctx: Context, text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (date) => ctx.f.date(date as CalendarDate));
}

/** Goals not met over their window that the recommendation counts for success by a named rule. */
function heldRecently(ctx: Context): ReadonlySet<string> {
  return new Set(ctx.summary.recommendation.reasons.filter((r) => r.code === 'required_goal_held_recently').flatMap((r) => r.evidence.goalIds));
}

/** A goal's status as the page shows it: "not met" over the window but held recently says so. */
function statusText(ctx: Context, row: GoalSummaryRow, short = false): string {
  if (!row.met && heldRecently(ctx).has(row.goalId)) return short ? ctx.e.heldRecentlyShort : ctx.e.heldRecentlyStatus;
  return ctx.e.goalStatus[row.status];
}

/**
 * The one sentence under the headline: the reason the outcome rests on (the rule with its
 * figures), after the provisional note. For a successful outcome with a goal short of target,
 * the rule that overrides it (held recently, or success by score) comes first.
 */
function deciding(ctx: Context): string | undefined {
  if (!ctx.summary.plan.running) return undefined; // the reading line says it
  const reasons = ctx.summary.recommendation.reasons.filter((r) => r.code !== 'provisional_before_end');
  const first =
    reasons.find((r) => r.code === 'required_goal_held_recently' || r.code === 'score_past_success_threshold') ??
    reasons.find((r) => r.code !== 'non_required_goal_not_met') ??
    reasons[0];
  return first === undefined ? undefined : prose(ctx, first.message);
}

function orNone(ctx: Context, value: string | undefined): Inline {
  return value === undefined ? { muted: ctx.e.labels.none } : value;
}

function share(ctx: Context, value: number | null): string | undefined {
  return value === null ? undefined : ctx.f.percent(value);
}

function goalTitle(ctx: Context, goalId: string): string {
  return ctx.rows.get(goalId)?.title ?? goalId;
}

function who(ctx: Context, id: string | null): string | undefined {
  return id === null ? undefined : (ctx.people.get(id) ?? id);
}

function targetText(ctx: Context, row: GoalSummaryRow): string {
  const comparator = ctx.planGoals.get(row.goalId)?.comparator ?? (row.direction === 'lower_is_better' ? 'at_most' : 'at_least');
  const value = ctx.f.value(unitFacts(ctx, row), row.target);
  return `${comparator === 'at_most' ? ctx.m.atMost(value) : ctx.m.atLeast(value)} ${ctx.m.basis(row.basis)}`;
}

function observedText(ctx: Context, row: GoalSummaryRow): string | undefined {
  if (row.observed === null) return undefined;
  const value = ctx.f.value(unitFacts(ctx, row), row.observed);
  return row.basis === 'window' ? value : `${value} ${ctx.m.basis(row.basis)}`;
}

function attainmentCell(ctx: Context, row: GoalSummaryRow): Cell {
  if (row.attainment === null) return numericCell({ muted: ctx.e.labels.none });
  const clamped = ctx.f.percent(row.attainment);
  const raw = row.attainmentRaw !== null && row.attainmentRaw !== row.attainment ? ctx.f.percent(row.attainmentRaw) : undefined;
  return numericCell(clamped, ...(raw !== undefined ? [{ muted: ` (${ctx.e.rawAttainment(raw)})` }] : []));
}

/** Per-period goals: the complete periods at or past target, against those counted. */
function periodsText(ctx: Context, row: GoalSummaryRow, short = false): string | undefined {
  if (row.reading !== 'per_period' || row.periodsAtTarget === null || row.metShare === null) return undefined;
  if (short) return ctx.e.periodsAtTargetShort(row.periodsAtTarget, row.periodsCounted, row.periodUnit);
  const needed = ctx.evaluation ? ctx.f.percent(ctx.evaluation.policy.periodMetShare) : undefined;
  return ctx.e.periodsAtTarget(row.periodsAtTarget, row.periodsCounted, row.periodUnit, ctx.f.percent(row.metShare), needed);
}

function tone(status: GoalSummaryRow['status']): BarTone {
  switch (status) {
    case 'met':
    case 'on_track':
      return 'good';
    case 'at_risk':
      return 'fair';
    case 'off_track':
    case 'not_met':
      return 'poor';
    default:
      return 'none';
  }
}

/** Unicode blocks for a share, ten cells wide: the text form of a bar. */
function textBar(value: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, value)) * 10);
  return `${'\u2588'.repeat(filled)}${'\u2591'.repeat(10 - filled)}`;
}

const SPARKS = ['\u2581', '\u2582', '\u2583', '\u2584', '\u2585', '\u2586', '\u2587', '\u2588'];

/** A one-line text chart: each value as a block whose height is its place between min and max. */
function sparkline(values: readonly (number | undefined)[], bounds: readonly number[]): string {
  const known = [...values.filter((v): v is number => v !== undefined && Number.isFinite(v)), ...bounds];
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return values
    .map((v) => {
      if (v === undefined || !Number.isFinite(v)) return '\u00b7';
      const i = hi === lo ? SPARKS.length - 1 : Math.round(((v - lo) / (hi - lo)) * (SPARKS.length - 1));
      return SPARKS[Math.min(SPARKS.length - 1, Math.max(0, i))];
    })
    .join('');
}

// ---------------------------------------------------------------------------

function overview(ctx: Context): Section {
  const { summary: s, e, f } = ctx;
  const endDate = f.date(s.plan.endDate);
  const bars = s.goals.map((row) => ({
    label: row.title,
    value: row.attainment,
    valueLabel: row.attainment === null ? statusText(ctx, row) : e.barLabel(ctx.f.percent(row.attainment), statusText(ctx, row, true)),
    tone: tone(row.status),
  }));
  const fallbackRows = s.goals.map((row) => [
    cell({ strong: row.title }),
    cell(row.attainment === null ? { muted: e.labels.none } : `${textBar(row.attainment)} ${f.percent(row.attainment)}`),
    cell(statusText(ctx, row)),
  ]);
  const why = deciding(ctx);
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        fact(e.labels.recommendation, { strong: e.outcome[s.recommendation.outcome] }),
        ...(why === undefined ? [] : [fact(e.labels.why, why)]),
        fact(e.labels.reading, !s.plan.running ? e.notRunning : s.recommendation.final ? e.final(endDate) : e.provisional(endDate)),
        fact(e.labels.score, e.score(f.number(s.score.value), e.weighting[s.score.weighting])),
        fact(e.labels.progress, e.progress(f.percent(s.progress))),
        fact(e.labels.triad, e.triadCode[s.triad.code]),
        fact(e.labels.checkIns, e.ofDue(s.checkIns.held, s.checkIns.due, e.labels.held.toLowerCase())),
        fact(e.labels.support, e.ofDue(s.support.delivered, s.support.due, e.labels.delivered.toLowerCase())),
        fact(e.labels.coverage, s.coverage.share === null ? { muted: e.labels.none } : e.coverage(f.percent(s.coverage.share), s.coverage.withData, s.coverage.elapsed)),
        // A summary from before issue 19 has no calendar; a plan never paused needs no line.
        ...(s.calendar !== undefined && s.calendar.pausedDays > 0
          ? [fact(e.labels.leave, e.leave(s.calendar.pausedDays, s.calendar.pauses.map((p) => (p.start === p.end ? f.date(p.start) : ctx.m.dateRange(f.date(p.start), f.date(p.end))))))]
          : []),
      ],
    },
  ];
  if (s.goals.length > 0) {
    blocks.push(
      subsection(e.labels.overviewChart, {
        kind: 'chart',
        name: 'overview',
        svg: barChart({ title: e.overviewTitle, bars, ticks: [f.percent(0), f.percent(0.5), f.percent(1)] }),
        layout: barChartLayout({ title: e.overviewTitle, bars }),
        fallback: table('overview', [e.labels.goal, e.labels.attainment, e.labels.status], fallbackRows),
      }),
    );
  }
  return { id: 'overview', title: e.sections.overview, blocks };
}

function goalTable(ctx: Context): Block {
  const { e, m, f } = ctx;
  const rows = ctx.summary.goals.map((row) => {
    const units = unitFacts(ctx, row);
    return [
      cell({ strong: row.title }, { muted: ` (${e.goalFacts(m.goalCategory[row.category], f.percent(row.weight / 100), row.required)})` }),
      numericCell(f.value(units, row.baseline)),
      cell(targetText(ctx, row)),
      numericCell(orNone(ctx, observedText(ctx, row))),
      attainmentCell(ctx, row),
      cell(orNone(ctx, periodsText(ctx, row, true))),
      cell({ strong: statusText(ctx, row, true) }),
      cell(row.trend === null ? { muted: e.labels.none } : e.trend[row.trend]),
    ];
  });
  return table('goals', [e.labels.goal, e.labels.baseline, e.labels.target, e.labels.observed, e.labels.attainment, e.labels.periodsAtTarget, e.labels.status, e.labels.trend], rows);
}

function chartBlock(ctx: Context, row: GoalSummaryRow, goal: GoalEvaluation, series: GoalSeries): Block {
  const { e, f, summary } = ctx;
  const units = unitFacts(ctx, row);
  const short = (value: number) => f.short(units, value);
  const milestones = (ctx.planGoals.get(row.goalId)?.milestones ?? [])
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const markers: ChartMarker[] = [
    ...milestones.map((mi) => ({ x: mi.date, y: mi.target, tone: 'milestone' as const, label: mi.label ?? f.date(mi.date) })),
    { x: summary.plan.asOf, tone: 'today' as const, label: e.asOfMarker(f.date(summary.plan.asOf)) },
  ];
  const seriesName = e.seriesName(series.unit, series.runningTotal);
  const spec: LineChartSpec = {
    title: e.chartTitle(row.title, row.metricName),
    description: row.statusNote,
    series: series.points,
    references: [
      { y: row.baseline, tone: 'baseline', label: e.baselineLine(short(row.baseline)) },
      { y: row.target, tone: 'target', label: e.targetLine(short(row.target)) },
    ],
    markers,
    // The window, stretched to the as-of date when the report is read after the window ended.
    domain: { start: goal.window.start, end: summary.plan.asOf > goal.window.end ? summary.plan.asOf : goal.window.end },
    formatY: short,
    formatX: (date: CalendarDate) => f.date(date),
  };
  const layout = lineChartLayout(spec);
  const svg = lineChart(spec, layout);
  const head = series.runningTotal
    ? [e.labels.period, e.labels.inPeriod, e.labels.runningTotal]
    : [e.labels.period, e.labels.value, e.labels.atTarget];
  const periodRows = series.periods.map((p) => [
    cell(ctx.m.dateRange(f.date(p.start), f.date(p.end))),
    numericCell(p.value === null ? { muted: e.labels.none } : f.value(units, p.value)),
    series.runningTotal
      ? numericCell(p.runningTotal === null ? { muted: e.labels.none } : f.value(units, p.runningTotal))
      : cell(p.atTarget === null ? { muted: e.labels.none } : p.atTarget ? e.labels.yes : e.labels.no),
  ]);
  const values = series.periods.map((p) => (series.runningTotal ? p.runningTotal : p.value) ?? undefined);
  const first = series.periods[0];
  const last = series.periods[series.periods.length - 1];
  const fallback: Block[] = [];
  if (first && last) {
    fallback.push(paragraph(e.sparkline(seriesName, sparkline(values, [row.baseline, row.target]), f.date(first.end), f.date(last.end))));
  }
  fallback.push(table('series', head, periodRows));
  if (milestones.length > 0) {
    fallback.push(
      subsection(
        e.labels.milestones,
        { kind: 'list', items: milestones.map((mi): Inline[] => [ctx.m.milestone(mi.label, f.date(mi.date), f.value(units, mi.target), row.title)]) },
      ),
    );
  }
  return {
    kind: 'chart',
    name: `goal-${row.goalId}`,
    svg,
    layout,
    fallback,
    caption: [e.chartLegend(seriesName, f.value(units, row.baseline), f.value(units, row.target), e.asOfMarker(f.date(summary.plan.asOf)), milestones.length > 0)],
  };
}

function goalDetail(ctx: Context, row: GoalSummaryRow): Block {
  const { e, m, f } = ctx;
  const units = unitFacts(ctx, row);
  const facts: Fact[] = [
    fact(e.labels.metric, row.metricName, { muted: ` (${m.goalCategory[row.category]})` }),
    fact(e.labels.window, m.dateRange(f.date(row.windowStart), f.date(row.windowEnd))),
    fact(e.labels.baseline, f.value(units, row.baseline)),
    fact(e.labels.target, targetText(ctx, row)),
    fact(e.labels.observed, orNone(ctx, observedText(ctx, row))),
  ];
  const periods = periodsText(ctx, row);
  if (periods !== undefined) facts.push(fact(e.labels.periodsAtTarget, periods));
  if (row.recentValue !== null && row.recentPeriods !== null) {
    facts.push(fact(e.labels.recentLevel, e.recentLevel(f.value(units, row.recentValue), row.recentPeriods, row.periodUnit, row.progress === null ? undefined : f.percent(row.progress))));
  } else {
    facts.push(fact(e.labels.progress, row.progress === null ? { muted: e.labels.none } : e.goalProgress(f.percent(row.progress))));
  }
  if (row.sustainedConsidered !== null && row.sustainedAtTarget !== null && row.sustainedConsidered > 0) {
    facts.push(fact(e.labels.sustained, e.lastPeriodsAtTarget(row.sustainedAtTarget, row.sustainedConsidered, row.periodUnit, row.sustained === true)));
  } else if (row.sustainedShare !== null) {
    facts.push(fact(e.labels.sustained, e.sustainedShare(f.percent(row.sustainedShare), row.sustained === true)));
  }
  // No projection once the window has ended (the summary gives none then).
  if (row.projected !== null && row.phase !== 'ended') facts.push(fact(e.labels.projected, f.value(units, row.projected)));
  if (row.skillLevel !== null || row.skillStandard !== null) {
    facts.push(
      fact(
        e.labels.skillLevel,
        e.skillLevel(row.skillLevel === null ? e.labels.none : f.value(units, row.skillLevel), row.skillStandard === null ? e.labels.none : f.value(units, row.skillStandard)),
      ),
    );
  }
  if (row.coverage !== null) facts.push(fact(e.labels.coverage, f.percent(row.coverage)));
  // The evaluator's note usually starts with the status ("On track: ..."): show that part strong.
  const label = e.goalStatus[row.status];
  const shown = statusText(ctx, row);
  const statusNote = prose(ctx, row.statusNote);
  const note = statusNote.startsWith(`${label}: `) ? paragraph({ strong: `${shown}: ` }, statusNote.slice(label.length + 2)) : paragraph({ strong: `${shown}. ` }, statusNote);
  const blocks: Block[] = [note, { kind: 'facts', facts }];
  const goal = ctx.evaluated.get(row.goalId);
  if (goal && ctx.evaluation) {
    const series = goalSeries(goal, ctx.evaluation.policy.workingDays, ctx.evaluation.evidence.calendar);
    // Something to draw: a period with data, or (for a running total) a total so far.
    const drawable = series.periods.some((p) => p.value !== null) || (series.runningTotal && goal.observed !== null);
    blocks.push(drawable ? chartBlock(ctx, row, goal, series) : paragraph({ muted: e.nothingToChart }));
  }
  return subsection(row.title, ...blocks);
}

function goals(ctx: Context): Section {
  const { e, summary } = ctx;
  if (summary.goals.length === 0) return { id: 'goals', title: e.sections.goals, blocks: [paragraph({ muted: e.noGoals })] };
  return {
    id: 'goals',
    title: e.sections.goals,
    blocks: [goalTable(ctx), paragraph({ muted: e.measuresLegend }), subsection(e.labels.goalByGoal, ...summary.goals.map((row) => goalDetail(ctx, row)))],
  };
}

function triad(ctx: Context): Section {
  const { e, m, f, summary: s } = ctx;
  const rows = s.triad.components.map((c) => [
    cell({ strong: e.triadComponent[c.name] }),
    cell(e.triadState[c.state]),
    numericCell(orNone(ctx, share(ctx, c.attainment))),
    numericCell(orNone(ctx, share(ctx, c.progress))),
    cell(c.trend === null ? { muted: e.labels.none } : e.trend[c.trend]),
  ]);
  const categories = s.score.categories.map((c) => [
    cell({ strong: m.goalCategory[c.category] }),
    cell(c.goalIds.map((id) => goalTitle(ctx, id)).join('; ')),
    numericCell(f.percent(c.weight / 100)),
    numericCell(orNone(ctx, share(ctx, c.attainment))),
    numericCell(f.number(c.points)),
  ]);
  return {
    id: 'triad',
    title: e.sections.triad,
    blocks: [
      paragraph({ strong: `${e.triadCode[s.triad.code]}. ` }, s.triad.message),
      table('triad', [e.labels.component, e.labels.state, e.labels.attainment, e.labels.progress, e.labels.trend], rows),
      subsection(
        e.labels.scoreByCategory,
        paragraph({ strong: `${e.labels.score}: ` }, e.score(f.number(s.score.value), e.weighting[s.score.weighting])),
        ...(categories.length > 0 ? [table('score', [e.labels.category, e.labels.goal, e.labels.weight, e.labels.attainment, e.labels.points], categories)] : []),
      ),
    ],
  };
}

function privateNotesFor(ctx: Context, entry: EvaluationSummary['checkIns']['log'][number]): string | undefined {
  if (!ctx.plan || !seesPrivateNotes(ctx.options.audience)) return undefined;
  const asOf = ctx.summary.plan.asOf;
  const notes = ctx.plan.checkIns
    .filter((c) => c.date <= asOf && (c.date === entry.heldOn || (entry.heldOn === null && (c.scheduledFor ?? c.date) === entry.scheduledFor)))
    .map((c) => c.privateNotes?.trim() ?? '')
    .filter((note) => note !== '');
  return notes.length > 0 ? notes.join(' / ') : undefined;
}

function checkIns(ctx: Context): Section {
  const { e, f, summary: s } = ctx;
  const c = s.checkIns;
  if (c.log.length === 0) return { id: 'check-ins', title: e.sections.checkIns, blocks: [paragraph({ muted: e.noCheckIns })] };
  const withPrivate = ctx.plan !== undefined && seesPrivateNotes(ctx.options.audience);
  const rows = c.log.map((entry) => {
    const progress = entry.progress.map((p) => {
      const row = ctx.rows.get(p.goalId);
      return e.progressLine(goalTitle(ctx, p.goalId), p.note, p.value === null ? undefined : f.value(row ? unitFacts(ctx, row) : undefined, p.value));
    });
    const privateNotes = withPrivate ? privateNotesFor(ctx, entry) : undefined;
    return [
      cell(f.date(entry.date)),
      cell(entry.status === 'held' ? { strong: e.logStatus[entry.status] } : e.logStatus[entry.status]),
      cell(entry.notes ?? { muted: e.labels.none }),
      cell(progress.length > 0 ? progress.join('; ') : { muted: e.labels.none }),
      cell(entry.actions.length > 0 ? entry.actions.join('; ') : { muted: e.labels.none }),
      ...(withPrivate ? [cell(privateNotes ?? { muted: e.labels.none })] : []),
    ];
  });
  const head = [e.labels.date, e.labels.status, e.labels.notes, e.labels.progressNotes, e.labels.actions, ...(withPrivate ? [e.labels.privateNotes] : [])];
  return {
    id: 'check-ins',
    title: e.sections.checkIns,
    blocks: [
      {
        kind: 'facts',
        facts: [
          fact(e.labels.scheduled, f.number(c.scheduled)),
          fact(e.labels.held, e.ofDue(c.held, c.due, e.labels.held.toLowerCase()), ...(c.heldShare !== null ? [{ muted: ` (${f.percent(c.heldShare)})` }] : [])),
          fact(e.labels.missed, f.number(c.missed)),
          fact(e.labels.documented, `${f.number(c.documented)} / ${f.number(c.held)}`, ...(c.documentedShare !== null ? [{ muted: ` (${f.percent(c.documentedShare)})` }] : [])),
        ],
      },
      table('check-in-log', head, rows),
    ],
  };
}

function support(ctx: Context): Section {
  const { e, m, f, summary: s } = ctx;
  const sup = s.support;
  if (sup.commitments.length === 0 && sup.ledger.length === 0) return { id: 'support', title: e.sections.support, blocks: [paragraph({ muted: e.noSupport })] };
  const byCommitment = sup.commitments.map((c) => [
    cell({ strong: c.description }),
    cell(m.supportKind[c.kind]),
    numericCell(e.ofDue(c.delivered, c.due, e.labels.delivered.toLowerCase())),
    numericCell(orNone(ctx, share(ctx, c.share))),
  ]);
  const ledger = sup.ledger
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (a.entry.dueDate < b.entry.dueDate ? -1 : a.entry.dueDate > b.entry.dueDate ? 1 : a.i - b.i))
    .map(({ entry }) => [
    cell(f.date(entry.dueDate)),
    cell(entry.description === '' ? entry.commitmentId : entry.description),
    cell(orNone(ctx, entry.ownerName ?? who(ctx, entry.owner))),
    cell(entry.status === 'delivered' ? { strong: e.ledgerStatus[entry.status] } : e.ledgerStatus[entry.status]),
    cell(entry.deliveredOn === null ? { muted: e.labels.none } : f.date(entry.deliveredOn)),
    cell(entry.note ?? { muted: e.labels.none }),
  ]);
  return {
    id: 'support',
    title: e.sections.support,
    blocks: [
      {
        kind: 'facts',
        facts: [
          fact(e.labels.sessions, f.number(sup.committed)),
          fact(e.labels.delivered, e.ofDue(sup.delivered, sup.due, e.labels.delivered.toLowerCase()), ...(sup.deliveredShare !== null ? [{ muted: ` (${f.percent(sup.deliveredShare)})` }] : [])),
          fact(e.labels.missed, f.number(sup.missed)),
        ],
      },
      subsection(e.labels.deliveryByCommitment, table('support-by-commitment', [e.labels.commitment, e.labels.kind, e.labels.delivered, e.labels.share], byCommitment)),
      subsection(e.labels.sessions, table('support-ledger', [e.labels.dueDate, e.labels.commitment, e.labels.owner, e.labels.status, e.labels.deliveredOn, e.labels.note], ledger)),
    ],
  };
}

const PERCENT_FIGURES = new Set(['coverage', 'minCoverage', 'progress', 'improvementShare']);

function figureText(ctx: Context, key: string, value: number): { label: string; value: string } {
  const { e, f } = ctx;
  const colon = key.indexOf(':');
  if (colon > 0) {
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    const subject =
      kind === 'progress' && (id === 'skill' || id === 'behavior' || id === 'outcome')
        ? e.triadComponent[id]
        : kind === 'delivered' || kind === 'due'
          ? (ctx.summary.support.commitments.find((c) => c.commitmentId === id)?.description ?? id)
          : goalTitle(ctx, id);
    const counted = kind === 'delivered' || kind === 'due' || kind === 'atTarget' || kind === 'periods';
    // a goal's own values are written in its unit (a rate, money, a count), never as a share
    const row = ctx.rows.get(id);
    const valued = (kind === 'observed' || kind === 'target' || kind === 'recent' || kind === 'periodTarget') && row !== undefined;
    return {
      label: e.keyedFigure(kind, subject),
      value: valued ? f.value(unitFacts(ctx, row), value) : counted ? f.number(value) : f.percent(value),
    };
  }
  const isShare = key.endsWith('Share') || PERCENT_FIGURES.has(key);
  return { label: e.figure[key] ?? key, value: isShare ? f.percent(value) : f.number(value) };
}

function evidence(ctx: Context, reason: RecommendationReason): Inline[] {
  const { e, f, summary } = ctx;
  const parts: string[] = [];
  const figures = Object.entries(reason.evidence.figures).map(([key, value]) => figureText(ctx, key, value));
  // Goals the message or a figure already names are not listed again; every goal is "all goals".
  const ids = reason.evidence.goalIds;
  const said = `${reason.message} ${figures.map((x) => x.label).join(' ')}`;
  if (ids.length > 1 && ids.length === summary.goals.length) parts.push(`${e.labels.evidenceGoals}: ${e.allGoals(ids.length)}`);
  else {
    const goals = ids.map((id) => goalTitle(ctx, id)).filter((title) => !said.includes(title));
    if (goals.length > 0) parts.push(`${e.labels.evidenceGoals}: ${goals.join('; ')}`);
  }
  if (figures.length > 0) parts.push(`${e.labels.evidenceFigures}: ${figures.map((x) => `${x.label} ${x.value}`).join('; ')}`);
  // The report's own dates (as of, the end) are in its header: only other dates are listed.
  const dates = Object.entries(reason.evidence.dates)
    .filter(([key, date]) => !((key === 'asOf' && date === summary.plan.asOf) || (key === 'endDate' && date === summary.plan.endDate)))
    .map(([key, date]) => {
      const colon = key.indexOf(':');
      const label = colon > 0 ? e.keyedFigure(key.slice(0, colon), goalTitle(ctx, key.slice(colon + 1))) : (e.date[key] ?? key);
      return `${label} ${f.date(date)}`;
    });
  if (dates.length > 0) parts.push(`${e.labels.evidenceDates}: ${dates.join(', ')}`);
  return parts.length > 0 ? [{ muted: ` ${parts.join('. ')}.` }] : [];
}

function recommendation(ctx: Context): Section {
  const { e, f, summary: s } = ctx;
  const r = s.recommendation;
  const endDate = f.date(s.plan.endDate);
  return {
    id: 'recommendation',
    title: e.sections.recommendation,
    blocks: [
      { kind: 'note', tone: 'info', content: [{ strong: `${e.outcome[r.outcome]}. ` }, !s.plan.running ? e.notRunning : r.final ? e.final(endDate) : e.provisional(endDate)] },
      paragraph(e.outcomeMeaning[r.outcome]),
      subsection(e.labels.reasons, {
        kind: 'list',
        ordered: true,
        items: r.reasons.map((reason): Inline[] => [prose(ctx, reason.message), ...evidence(ctx, reason)]),
      }),
      paragraph({ muted: e.recommendationNote }),
    ],
  };
}

function data(ctx: Context): Section | undefined {
  const issues = ctx.summary.issues;
  if (issues.length === 0) return undefined;
  return {
    id: 'data',
    title: ctx.e.sections.data,
    blocks: [{ kind: 'list', items: issues.map((issue): Inline[] => [issue.message, { muted: ` (${issue.code}${issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''})` }]) }],
  };
}

function reference(ctx: Context): Section | undefined {
  const { options } = ctx;
  const entries = visibleMetadata(ctx.plan?.metadata, options.audience, options.includeMetadata, options.privateMetadata);
  if (entries.length === 0) return undefined;
  return { id: 'reference', title: ctx.e.sections.reference, blocks: [{ kind: 'facts', facts: entries.map((entry) => fact(entry.path.join('.'), entry.value)) }] };
}

/**
 * Build the evaluation report for the options' audience. `plan` adds milestones, the rubric's
 * level names, people's names, the manager's private notes (manager and HR copies) and
 * metadata; `evaluation` adds each goal's chart.
 *
 * @internal
 */
export function evaluationDocument(
  summary: EvaluationSummary,
  options: ResolvedRenderOptions,
  plan: Plan | undefined,
  evaluation: PlanEvaluation | undefined,
): RenderDocument {
  const m = options.messages;
  const e = m.evaluation;
  const f = makeFormatter(options);
  const people = new Map<string, string>();
  if (plan) {
    for (const signature of plan.signatures) people.set(signature.signerId, signature.name);
    if (plan.hrPartner) people.set(plan.hrPartner.id, plan.hrPartner.name);
    for (const c of plan.support) if (c.owner && c.ownerName) people.set(c.owner, c.ownerName);
  }
  people.set(summary.plan.manager.id, summary.plan.manager.name);
  people.set(summary.plan.employee.id, summary.plan.employee.name);
  const ctx: Context = {
    summary,
    options,
    m,
    e,
    f,
    plan,
    evaluation,
    planGoals: new Map((plan?.goals ?? []).map((goal) => [goal.id, goal])),
    planMetrics: new Map((plan?.metrics ?? []).map((metric) => [metric.id, metric])),
    evaluated: new Map((evaluation?.goals ?? []).map((goal) => [goal.goalId, goal])),
    rows: new Map(summary.goals.map((row) => [row.goalId, row])),
    people,
  };
  const sections: Section[] = [overview(ctx), goals(ctx), triad(ctx), checkIns(ctx), support(ctx), recommendation(ctx)];
  for (const extra of [data(ctx), reference(ctx)]) if (extra) sections.push(extra);
  const asOf = f.date(summary.plan.asOf);
  return {
    lang: options.lang,
    dir: options.dir,
    title: e.documentTitle(options.terminology, summary.plan.employee.name),
    subtitle: m.subtitle(summary.plan.employee.role, plan?.employee.team),
    audienceNote: e.audienceNote(options.audience, options.terminology),
    private: options.audience !== 'employee',
    facts: [
      fact(e.labels.plan, summary.plan.id),
      fact(e.labels.dates, m.dateRange(f.date(summary.plan.startDate), f.date(summary.plan.endDate))),
      fact(e.labels.asOf, asOf, { muted: ` (${e.readingKind[!summary.plan.running ? 'notRunning' : summary.plan.final ? 'final' : 'provisional']})` }),
      fact(e.labels.copy, m.audience[options.audience]),
    ],
    sections,
    footer: e.footer(options.terminology, asOf),
  };
}
