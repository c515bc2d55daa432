/**
 * The fairness review as a document for HR: what needs attention, per attribute the groups'
 * counts and rates, per measure a bar chart of the favourable rate of each group with the
 * four-fifths line and the comparison with the reference group, the consistency of standards
 * across plans, how to read the measures and their limits, and notes about the data. HR's
 * audience only: the employee's and the manager's copies are refused.
 *
 * @module
 */
import type { DateLocale } from './date-locale.js';
import type { FairnessFinding, FairnessMeasure, FairnessReview, AdverseImpactReport, MeasureAnalysis, GroupComparison } from '../fairness/index.js';
import type { Audience } from './audience.js';
import { cell, numericCell, type Block, type Cell, type Fact, type Inline, type RenderDocument, type Section } from './document.js';
import { makeFormatter, type ValueFormatter } from './format.js';
import { h, type Html } from './html/element.js';
import { resolveRenderOptions, type HtmlShell, type RenderFormat, type RenderLocale, type RenderOptions } from './options.js';
import { rewordFairnessReview, type FairnessCatalogs, type FairnessCatalogsOverride, type FairnessLocale } from '../fairness/catalogs.js';
import { localePart } from '../issues/locale-part.js';
import type { MessagesOverride } from '../issues/override.js';
import { barChart, barChartLayout, BAR_CHART_GEOMETRY, type BarTone, type ChartBar } from './svg/bar-chart.js';
import { writeDocument } from './write.js';

/** The words of the fairness report. Override some with `options.messages`. */
export interface FairnessReportMessages {
  /** The document's title. */
  readonly title: string;
  /** The line under the title. */
  readonly subtitle: (attributes: readonly string[], asOf: string) => string;
  /** The warning under it: HR only, no person named, small groups suppressed. */
  readonly audienceNote: (minGroupSize: number) => string;
  /** The closing line, with the as-of date. */
  readonly footer: (asOf: string) => string;
  readonly sections: Readonly<Record<'summary' | 'consistency' | 'method' | 'data', string>>;
  readonly labels: Readonly<Record<
    | 'asOf' | 'period' | 'attributes' | 'policy' | 'attention' | 'group' | 'people' | 'placed' | 'placementRate' | 'extended'
    | 'closed' | 'notMet' | 'successful' | 'withdrawn' | 'reference' | 'adverse' | 'favourableRate' | 'impactRatio'
    | 'adverseRatio' | 'fisherP' | 'z' | 'fourFifths' | 'significant' | 'findings'
    | 'yes' | 'no' | 'none' | 'groups'
    , string>>;
  /** A measure's name as a subsection title. */
  readonly measure: Readonly<Record<FairnessMeasure, string>>;
  /** What a measure's bars show. */
  readonly favourable: Readonly<Record<FairnessMeasure, string>>;
  /** The period: created up to `end`, or from `start` to `end`. */
  readonly periodText: (start: string | undefined, end: string) => string;
  /** The policy applied, in words. */
  readonly policyText: (threshold: string, level: string, minGroupSize: number) => string;
  /** How many findings need attention, in words. */
  readonly attentionText: (adverseImpact: number, significant: number, disagreements: number, consistency: number) => string;
  /** "What needs attention" when nothing does. */
  readonly nothingFlagged: string;
  /** A suppressed group's cell. */
  readonly suppressed: (minGroupSize: number) => string;
  /** The mark after the reference group's name in a comparison table, in running text ("reference group"). */
  readonly referenceMark: string;
  /** A suppressed group's bar label on a chart. */
  readonly suppressedBar: string;
  /** Which group is the reference for a measure, and why. */
  readonly referenceText: (group: string, chosenBy: 'policy' | 'most_favourable') => string;
  /** A chart's accessible title. */
  readonly chartTitle: (measure: string, attribute: string) => string;
  /** The figure's legend: the bars and the four-fifths line. */
  readonly chartLegend: (favourable: string, line: string, threshold: string, reference: string) => string;
  /** The four-fifths line's tooltip. */
  readonly lineLabel: (line: string) => string;
  /** Markdown's fallback column: whether the bar reaches the line. */
  readonly againstLine: (below: boolean) => string;
  /** A measure with fewer than two reportable groups. */
  readonly nothingToCompare: string;
  /** What the consistency section compares (the same words whatever the plans, so that it reveals nothing). */
  readonly consistencyScope: string;
  /** The consistency section without findings. */
  readonly noConsistencyFindings: string;
  /** The data notes without an issue. */
  readonly noIssues: string;
  /** "How to read this report", one item per measure or limit. */
  readonly method: readonly string[];
}

/** The English words of the fairness report. */
export const FAIRNESS_REPORT_MESSAGES_EN: FairnessReportMessages = {
  title: 'Fairness review: adverse impact of improvement plans',
  subtitle: (attributes, asOf) => `By ${attributes.length > 0 ? attributes.join(', ').toLowerCase() : 'no attribute'}, as of ${asOf}`,
  audienceNote: (min) =>
    `For HR and employment counsel only. Group figures for an adverse-impact review: it names no person, and no figure of a group of fewer than ${min} ${min === 1 ? 'person' : 'people'} is shown. Not for employees or managers.`,
  footer: (asOf) => `Fairness review as of ${asOf}. Figures describe groups, never a person; a difference between groups is a question to look into, not its cause.`,
  sections: { summary: 'What needs attention', consistency: 'Consistency of standards across plans', method: 'How to read this report', data: 'Notes about the data' },
  labels: {
    asOf: 'As of',
    period: 'Plans counted',
    attributes: 'Attributes',
    policy: 'Policy',
    attention: 'Attention',
    group: 'Group',
    people: 'People',
    placed: 'Placed on a plan',
    placementRate: 'Placement rate',
    extended: 'Extended',
    closed: 'Closed',
    notMet: 'Not met',
    successful: 'Successful',
    withdrawn: 'Withdrawn',
    reference: 'Reference group',
    adverse: 'Adverse outcome',
    favourableRate: 'Favourable rate',
    impactRatio: 'Impact ratio',
    adverseRatio: 'Adverse-rate ratio',
    fisherP: "Fisher's exact p",
    z: 'z',
    fourFifths: 'Below four fifths',
    significant: 'Significant',
    findings: 'Findings',
    yes: 'Yes',
    no: 'No',
    none: '—',
    groups: 'Groups',
  },
  measure: { placement: 'Placement on a plan', extension: 'Extension of the plan', not_met: '"Not met" outcomes' },
  favourable: { placement: 'not placed on a plan', extension: 'not extended, of those placed', not_met: 'closed other than "not met", of those closed' },
  periodText: (start, end) => (start === undefined ? `created up to ${end}` : `created from ${start} to ${end}`),
  policyText: (threshold, level, min) => `four-fifths threshold ${threshold}; significance level ${level} (Fisher's exact test, two-sided); groups of fewer than ${min} people suppressed`,
  attentionText: (a, s, d, c) => `${a} below four fifths, ${s} statistically significant, ${d} where the two disagree; ${c} consistency findings`,
  nothingFlagged: 'No group falls below four fifths of its reference group and no difference is statistically significant.',
  suppressed: (min) => `Suppressed: fewer than ${min} people`,
  referenceMark: 'reference group',
  suppressedBar: 'Suppressed',
  referenceText: (group, chosenBy) => `Reference group: ${group} (${chosenBy === 'policy' ? 'named by the policy' : 'the most favourable rate'}).`,
  chartTitle: (measure, attribute) => `${measure}: favourable rate by ${attribute.toLowerCase()}`,
  chartLegend: (favourable, line, threshold, reference) =>
    `Bars: the share ${favourable}, per group. The vertical line at ${line} is ${threshold} of the reference group's rate (${reference}): a bar that stops short of it falls below four fifths.`,
  lineLabel: (line) => `Four-fifths line: ${line}`,
  againstLine: (below) => (below ? 'below the four-fifths line' : 'at or above the four-fifths line'),
  nothingToCompare: 'Fewer than two groups can be reported for this measure: there is nothing to compare.',
  consistencyScope: "Each plan's targets and duration are compared with the other plans of the same role created in the period, whatever the group (see compareConsistency).",
  noConsistencyFindings: "No plan's targets or duration are off its role's median beyond the policy, and none is stricter than the team's own average.",
  noIssues: 'No problem with the data.',
  method: [
    'Impact ratio (the four-fifths rule, 29 CFR 1607.4(D)): a group\'s favourable rate (not placed, not extended, not closed as "not met") divided by the reference group\'s. Below 0.8 (the policy\'s threshold) is evidence of adverse impact by the rule of thumb the US agencies use.',
    'Adverse-rate ratio: the group\'s adverse rate over the reference group\'s. When adverse outcomes are rare (few people are placed on a plan), a small difference in favourable rates can be a large one in adverse rates: read both.',
    "Fisher's exact test (two-sided): the probability of a split at least as uneven as the one observed if outcomes did not depend on the group. Exact for small numbers; below the significance level the difference is statistically significant.",
    'The z-test: how many standard deviations apart the two rates are (pooled standard error); "two or three standard deviations" is the courts\' rule of thumb. It approximates Fisher\'s test and is poor for small groups.',
    'Small numbers: with a handful of people, the four-fifths rule can flag a difference that is chance, and no test can find a real one. Where the rule and the test disagree, the report says so. Groups below the policy\'s minimum size are suppressed to protect the people in them.',
    'One attribute at a time: each attribute is analysed on its own; differences can come from another attribute that goes with it (role, tenure, territory).',
    'Correlation is not cause: a difference is a question for HR to look into (the plans, the data behind them, the support given), never a finding about a person or a verdict on a manager.',
  ],
};

/** Every word of the fairness report in a language: the analysis's catalogs and the report's own words. */
export interface FairnessDocumentCatalogs extends FairnessCatalogs {
  /** The report's headings, labels, sentences and notes on method ({@link FairnessReportMessages}). */
  readonly report: FairnessReportMessages;
}

/**
 * What `renderFairnessReport` reads of a `Locale`: its code, direction, dates and numbers, the
 * report's words (`fairness.report`), the analysis's sentences (`fairness.findings`, `issues`,
 * `consistency`) and the evaluation's issue sentences; any word left out is English.
 */
export interface FairnessReportLocale extends Omit<RenderLocale, 'messages'> {
  readonly messages?: FairnessLocale['messages'] & {
    readonly fairness?: FairnessCatalogsOverride & { readonly report?: MessagesOverride<FairnessReportMessages> };
  };
}

/** Options of {@link renderFairnessReport}. */
export interface FairnessRenderOptions {
  /** `markdown` or `html`. */
  readonly format: RenderFormat;
  /** Who the copy is for: only `hr` is accepted; `employee` and `manager` are refused with a {@link FairnessAudienceError}. Default `'employee'` (refused: forgetting the option shows nothing). */
  readonly audience?: Audience;
  /** A date-fns `format` pattern for dates. Default `'PP'`. */
  readonly dateFormat?: string;
  /**
   * The language: a `Locale` (`de`, `ar`) sets the report's words, the findings' and issues'
   * sentences, the dates, the numbers, `lang` and the direction; a bare date-fns locale (see
   * {@link DateLocale}) sets the dates only, as before. Default `date-fns locale en-US` (English).
   */
  readonly locale?: FairnessReportLocale | DateLocale;
  /** BCP 47 locale for numbers and percentages. Default: the locale's. */
  readonly numberLocale?: string;
  /** HTML only: a whole page or a fragment to embed. Default `'page'`. */
  readonly htmlShell?: HtmlShell;
  /** Replace some of the words (a translation, house style). Default: {@link FAIRNESS_REPORT_MESSAGES_EN}, in English. */
  readonly messages?: Partial<FairnessReportMessages>;
}

/**
 * The fairness report was asked for an audience other than HR. The review holds group figures
 * for an adverse-impact analysis: neither the employee's nor the manager's copy exists.
 *
 * @example
 * ```ts
 * try {
 *   renderFairnessReport(review, { format: 'markdown', audience: 'manager' });
 * } catch (error) {
 *   error instanceof FairnessAudienceError; // => true
 *   (error as FairnessAudienceError).code; // => "audience_refused"
 * }
 * ```
 */
export class FairnessAudienceError extends RangeError {
  /** Always `audience_refused`. */
  readonly code = 'audience_refused' as const;
  /** The audience asked for. */
  readonly audience: string;

  constructor(audience: string) {
    super(`renderFairnessReport: the fairness report is for HR only; the ${JSON.stringify(audience)} audience is refused`);
    this.name = 'FairnessAudienceError';
    this.audience = audience;
  }
}

interface Context {
  readonly m: FairnessReportMessages;
  readonly f: ValueFormatter;
  readonly review: FairnessReview;
  readonly ratio: Intl.NumberFormat;
  readonly p: Intl.NumberFormat;
}

const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
const fact = (label: string, ...value: Inline[]): Fact => ({ label, value });
const list = (items: readonly string[]): Block => ({ kind: 'list', items: items.map((item) => [item]) });

function pText(ctx: Context, p: number): string {
  return p < 0.0001 ? `< ${ctx.p.format(0.0001)}` : ctx.p.format(p);
}

function count(ctx: Context, value: number | null | undefined): Cell {
  return numericCell(value === null || value === undefined ? { muted: ctx.m.labels.none } : ctx.f.number(value));
}

function groupTable(ctx: Context, analysis: AdverseImpactReport): Block {
  const { m, f } = ctx;
  const min = analysis.policy.minGroupSize;
  const rows = analysis.groups.map((g) => {
    if (g.suppressed || !g.counts || !g.rates) return [cell({ strong: g.label }), cell({ muted: m.suppressed(min) })];
    const c = g.counts;
    return [
      cell({ strong: g.label }),
      count(ctx, c.headcount),
      count(ctx, c.placed),
      numericCell(f.percent(g.rates.placement)),
      count(ctx, c.extended),
      count(ctx, c.closed),
      count(ctx, c.notMet),
      count(ctx, c.successful),
      count(ctx, c.withdrawn),
    ];
  });
  const l = m.labels;
  return { kind: 'table', name: 'groups', head: [l.group, l.people, l.placed, l.placementRate, l.extended, l.closed, l.notMet, l.successful, l.withdrawn], rows };
}

function toneOf(comparison: GroupComparison | undefined): BarTone {
  if (!comparison) return 'good';
  if (comparison.fourFifthsFlag) return 'poor';
  if (comparison.significant) return 'fair';
  return 'good';
}

/** The bar chart of favourable rates with the four-fifths line: the shared bar chart, with the line drawn over it. */
function rateChart(ctx: Context, analysis: AdverseImpactReport, measure: MeasureAnalysis, index: number): Block {
  const { m, f } = ctx;
  const reference = measure.rates.find((r) => r.group === measure.reference);
  const referenceRate = reference?.favourableRate ?? 0;
  const threshold = analysis.policy.impactRatioThreshold;
  const line = threshold * referenceRate;
  const byGroup = new Map(measure.comparisons.map((c) => [c.group, c]));
  const bars: ChartBar[] = measure.rates.map((r) =>
    r.suppressed || r.favourableRate === null
      ? { label: r.group, value: null, valueLabel: m.suppressedBar, tone: 'none' }
      : { label: r.group, value: r.favourableRate, valueLabel: f.percent(r.favourableRate), tone: toneOf(byGroup.get(r.group)) },
  );
  const title = m.chartTitle(m.measure[measure.measure], analysis.attribute);
  const spec = { title, bars, ticks: [f.percent(0), f.percent(0.5), f.percent(1)] } as const;
  const bars0 = barChart(spec);
  const g = BAR_CHART_GEOMETRY;
  const { height, plotBottom } = barChartLayout(spec);
  const x = g.plotLeft + (g.plotRight - g.plotLeft) * Math.min(1, Math.max(0, line));
  const svg: Html = h(
    'svg',
    { viewBox: `0 0 ${g.width} ${height}`, width: g.width, height, role: 'img', 'aria-label': title, class: 'ip-chart-svg ip-chart-svg--bars' },
    h('title', null, title),
    bars0,
    h(
      'g',
      { 'data-threshold-line': f.percent(line) },
      h('title', null, m.lineLabel(f.percent(line))),
      h('line', { x1: x, x2: x, y1: g.top - 4, y2: plotBottom + 4, stroke: '#1d2433', 'stroke-width': 2, 'stroke-dasharray': '6 3' }),
    ),
  );
  const fallback: Block = {
    kind: 'table',
    name: `rates-${measure.measure}`,
    head: [m.labels.group, m.labels.favourableRate, m.lineLabel(f.percent(line))],
    rows: measure.rates.map((r) =>
      r.suppressed || r.favourableRate === null
        ? [cell({ strong: r.group }), cell({ muted: m.suppressed(analysis.policy.minGroupSize) }), cell('')]
        : [cell({ strong: r.group }), numericCell(f.percent(r.favourableRate)), cell(m.againstLine(r.favourableRate < line))],
    ),
  };
  return {
    kind: 'chart',
    name: `rates-${index + 1}-${measure.measure}`,
    svg,
    fallback,
    caption: [m.chartLegend(m.favourable[measure.measure], f.percent(line), f.percent(threshold), `${measure.reference ?? ''}, ${f.percent(referenceRate)}`)],
  };
}

function comparisonTable(ctx: Context, measure: MeasureAnalysis): Block {
  const { m, f } = ctx;
  const l = m.labels;
  const rows = measure.comparisons.map((c) => [
    cell({ strong: c.group }),
    numericCell(`${f.number(c.adverse)} / ${f.number(c.base)} (${f.percent(c.adverseRate)})`),
    numericCell(f.percent(c.favourableRate)),
    numericCell(c.impactRatio === null ? { muted: l.none } : ctx.ratio.format(c.impactRatio)),
    numericCell(c.adverseRatio === null ? { muted: l.none } : ctx.ratio.format(c.adverseRatio)),
    numericCell(pText(ctx, c.fisherP)),
    numericCell(c.z === null ? { muted: l.none } : ctx.ratio.format(c.z)),
    cell(c.fourFifthsFlag ? { strong: l.yes } : l.no),
    cell(c.significant ? { strong: l.yes } : l.no),
  ]);
  const ref = measure.rates.find((r) => r.group === measure.reference);
  const refRow = ref && ref.base !== null && ref.adverse !== null && ref.adverseRate !== null && ref.favourableRate !== null
    ? [[cell({ strong: ref.group }, { muted: ` (${ctx.m.referenceMark})` }), numericCell(`${f.number(ref.adverse)} / ${f.number(ref.base)} (${f.percent(ref.adverseRate)})`), numericCell(f.percent(ref.favourableRate)), cell(''), cell(''), cell(''), cell(''), cell(''), cell('')]]
    : [];
  return { kind: 'table', name: `comparison-${measure.measure}`, head: [l.group, l.adverse, l.favourableRate, l.impactRatio, l.adverseRatio, l.fisherP, l.z, l.fourFifths, l.significant], rows: [...refRow, ...rows] };
}

function analysisSection(ctx: Context, analysis: AdverseImpactReport, index: number): Section {
  const { m } = ctx;
  const blocks: Block[] = [groupTable(ctx, analysis)];
  const suppressed = analysis.findings.filter((x) => x.code === 'group_suppressed').map((x) => x.message);
  if (suppressed.length > 0) blocks.push(list(suppressed));
  for (const measure of analysis.measures) {
    const findings = analysis.findings.filter((x) => x.measure === measure.measure).map((x) => x.message);
    const children: Block[] = [];
    if (measure.reference === null || measure.referenceChosenBy === null) children.push(paragraph({ muted: m.nothingToCompare }));
    else children.push(paragraph(m.referenceText(measure.reference, measure.referenceChosenBy)), rateChart(ctx, analysis, measure, index), comparisonTable(ctx, measure));
    if (findings.length > 0) children.push({ kind: 'subsection', title: m.labels.findings, blocks: [list(findings)] });
    blocks.push({ kind: 'subsection', title: m.measure[measure.measure], blocks: children });
  }
  return { id: `attribute-${index + 1}`, title: analysis.attribute, blocks };
}

const ATTENTION = new Set(['adverse_impact_flagged', 'difference_significant', 'flagged_not_significant', 'significant_not_flagged']);

function summary(ctx: Context): Section {
  const findings: FairnessFinding[] = ctx.review.analyses.flatMap((a) => a.findings.filter((x) => ATTENTION.has(x.code)));
  const blocks: Block[] = findings.length > 0 ? [list(findings.map((x) => x.message))] : [paragraph(ctx.m.nothingFlagged)];
  const consistency = ctx.review.consistency.findings.filter((x) => x.code !== 'too_few_plans').map((x) => x.message);
  if (consistency.length > 0) blocks.push(list(consistency));
  return { id: 'summary', title: ctx.m.sections.summary, blocks };
}

/**
 * The consistency findings, without counts or role names: the comparison covers every plan in
 * scope whatever the group, so a count of plans per role (or whether a role has plans at all),
 * set against the groups' figures, could reveal what suppression hides. `too_few_plans` (which
 * states a count) is left out for the same reason; the other findings are about single plans,
 * which HR reviews anyway.
 */
function consistency(ctx: Context): Section {
  const { m } = ctx;
  const findings = ctx.review.consistency.findings.filter((x) => x.code !== 'too_few_plans').map((x) => x.message);
  return { id: 'consistency', title: m.sections.consistency, blocks: [paragraph(m.consistencyScope), findings.length > 0 ? list(findings) : paragraph({ muted: m.noConsistencyFindings })] };
}

function data(ctx: Context): Section {
  const issues = [...ctx.review.issues.map((i) => i.message), ...ctx.review.consistency.issues.map((i) => i.message)];
  return { id: 'data', title: ctx.m.sections.data, blocks: [issues.length > 0 ? list(issues) : paragraph({ muted: ctx.m.noIssues })] };
}

/**
 * Render a fairness review ({@link reviewFairness}) for HR: Markdown or a self-contained HTML page
 * with what needs attention, per attribute a table of every group's counts and rates (suppressed
 * groups by name only), per measure a bar chart of each group's favourable rate with the
 * four-fifths line (Markdown gets a table instead) and the comparison with the reference group
 * (impact ratio, adverse-rate ratio, Fisher's exact p, z), the consistency of standards across
 * plans, how to read the measures and their limits, and notes about the data. Pure: the same
 * review and options give the same text.
 *
 * HR only: the copy for `audience` `employee` or `manager` (the default audience is `employee`)
 * is refused with a {@link FairnessAudienceError}; no plan document or employee/manager rendering
 * ever holds these figures.
 *
 * @throws FairnessAudienceError for any audience but `hr`; RangeError for invalid options, as
 * `renderPlan` (a `dateFormat` date-fns rejects or with a `Y…`/`D…` token, a `numberLocale` Intl rejects).
 * @example
 * ```ts
 * const review = reviewFairness({ people, plans }, { asOf: '2026-06-30', attributes: [{ name: 'Sales team', groupOf }] });
 * const html = renderFairnessReport(review, { format: 'html', audience: 'hr' });
 * html.includes('data-threshold-line'); // => true (the four-fifths line on each chart)
 * renderFairnessReport(review, { format: 'markdown', audience: 'manager' }); // throws FairnessAudienceError
 * ```
 */
export function renderFairnessReport(stored: FairnessReview, options: FairnessRenderOptions): string {
  const audience = options.audience ?? 'employee';
  if (audience !== 'hr') throw new FairnessAudienceError(audience);
  const resolved = resolveRenderOptions({
    format: options.format,
    audience,
    ...(options.dateFormat === undefined ? {} : { dateFormat: options.dateFormat }),
    ...(options.locale === undefined ? {} : { locale: options.locale as RenderOptions['locale'] & object }),
    ...(options.numberLocale === undefined ? {} : { numberLocale: options.numberLocale }),
    ...(options.htmlShell === undefined ? {} : { htmlShell: options.htmlShell }),
  });
  const language = localePart(options.locale, ['fairness', 'report'], FAIRNESS_REPORT_MESSAGES_EN) ?? FAIRNESS_REPORT_MESSAGES_EN;
  const m: FairnessReportMessages = options.messages ? { ...language, ...options.messages } : language;
  const review = rewordFairnessReview(stored, options.locale as FairnessLocale | undefined);
  const f = makeFormatter(resolved);
  const ctx: Context = {
    m,
    f,
    review,
    ratio: new Intl.NumberFormat(resolved.numberLocale, { maximumFractionDigits: 2 }),
    p: new Intl.NumberFormat(resolved.numberLocale, { maximumSignificantDigits: 2 }),
  };
  const asOf = f.date(review.asOf);
  const policy = review.policy;
  const attributes = review.analyses.map((a) => a.attribute);
  const a = review.attention;
  const doc: RenderDocument = {
    lang: resolved.lang,
    dir: resolved.dir,
    title: m.title,
    subtitle: m.subtitle(attributes, asOf),
    audienceNote: m.audienceNote(policy.minGroupSize),
    private: true,
    facts: [
      fact(m.labels.asOf, asOf),
      fact(m.labels.period, m.periodText(review.period.start === null ? undefined : f.date(review.period.start), f.date(review.period.end))),
      fact(m.labels.attributes, attributes.length > 0 ? attributes.join(', ') : { muted: m.labels.none }),
      fact(m.labels.policy, m.policyText(f.percent(policy.impactRatioThreshold), ctx.ratio.format(policy.significanceLevel), policy.minGroupSize)),
      fact(m.labels.attention, m.attentionText(a.adverseImpact, a.significant, a.disagreements, a.consistency)),
    ],
    sections: [
      summary(ctx),
      ...review.analyses.map((analysis, i) => analysisSection(ctx, analysis, i)),
      consistency(ctx),
      { id: 'method', title: m.sections.method, blocks: [list(m.method)] },
      data(ctx),
    ],
    footer: m.footer(asOf),
  };
  return writeDocument(doc, resolved);
}
