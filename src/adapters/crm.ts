import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { Issue } from '../issues/issue.js';
import { fromDayNumber, isCalendarDate, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import { minorDigits } from '../gaps/format.js';
import type { TeamObservations } from '../metrics/aggregate.js';
import { periodOf, periodsBetween, type Period } from '../metrics/periods.js';
import type { MetricDefinition, Observation } from '../schema/types.js';
import { crmIssueMessage, type CrmIssueCode, type CrmIssueFacts } from './messages.js';

/**
 * One deal row of a CRM export, as the caller's CSV reader produced it: field name to text.
 * The fields read are those of the Maven "CRM + Sales Opportunities" export:
 * `opportunity_id`, `sales_agent`, `deal_stage` (Prospecting, Engaging, Won, Lost),
 * `engage_date`, `close_date`, `close_value` (in major units: dollars). Others (`product`,
 * `account`) are ignored.
 */
export type CrmDealRow = Readonly<Record<string, string | undefined>>;

/** The ids of the metrics the CRM adapter produces. */
export const CRM_METRIC_IDS = Object.freeze({
  dealsEngaged: 'crm-deals-engaged',
  dealsWon: 'crm-deals-won',
  dealsClosed: 'crm-deals-closed',
  wonRevenue: 'crm-won-revenue',
  winRate: 'crm-win-rate',
  daysToClose: 'crm-days-to-close',
} as const);

/** Options for {@link crmDealsToObservations}. */
export interface CrmAdapterOptions {
  /** The period each observation covers. */
  readonly unit: 'week' | 'month';
  /** ISO 4217 code of `close_value`. Default `'USD'`. */
  readonly currency?: string;
  /** The `source` written on metrics and observations. Default `'CRM export'`. */
  readonly source?: string;
}

/**
 * A row the adapter could not use, and why: an issue of the shared shape, whose `path` is
 * `['rows', index, field]` (0-based index) and whose `facts` (`row`, `field`, the value) the
 * message is written from (`CRM_ISSUE_MESSAGES`). `row` and `field` stay as fields of their own.
 */
export interface CrmRowIssue extends Issue<CrmIssueCode, CrmIssueFacts> {
  /** 1-based position among the rows given (with a header line, the file line is `row + 1`). */
  readonly row: number;
  /** The field at fault. */
  readonly field: string;
  /** The row's opportunity id, when it has one. */
  readonly opportunityId?: string;
}

/** Observations per rep and period from CRM deal rows, the team's totals, and the rows left out. */
export interface CrmObservations {
  /** Metric definitions and each rep's observations: what gap analysis and team screening take. */
  readonly team: TeamObservations;
  /** The team's own rows for the same periods: totals, pooled win rate, pooled days to close. */
  readonly teamTotals: readonly Observation[];
  /** The periods covered: from the first to the last date (engage or close) in the rows used, so every date read falls in one. */
  readonly periods: readonly Period[];
  /** Every row left out, with the row number, field and reason. */
  readonly issues: readonly CrmRowIssue[];
  /** Rows given. */
  readonly rowsRead: number;
  /** Rows used (rows given minus rows with issues). */
  readonly rowsUsed: number;
  /**
   * The rows used, by stage (they add up to `rowsUsed`). Engaging, Won and Lost rows count in
   * `crm-deals-engaged` (by engage date); Won and Lost also by close date in the closed-deal
   * metrics. Prospecting rows have no date, so they count in no figure: this is where they show.
   */
  readonly rowsByStage: Readonly<Record<CrmDealStage, number>>;
}

/** A deal stage of the export. */
export type CrmDealStage = 'Prospecting' | 'Engaging' | 'Won' | 'Lost';

type Stage = CrmDealStage;
const STAGES: ReadonlySet<string> = new Set(['Prospecting', 'Engaging', 'Won', 'Lost']);

/** A row that passed every check. */
interface Deal {
  /** The sales agent's name as written (trimmed). */
  readonly repKey: string;
  readonly stage: Stage;
  readonly engageDay: number | undefined;
  readonly closeDate: CalendarDate | undefined;
  readonly closeDay: number | undefined;
  /** Minor units. */
  readonly value: number;
}

const AMOUNT = /^\d{1,15}(\.\d{1,9})?$/;

/** Parse a non-negative decimal amount into minor units exactly (no float multiplication). */
function toMinorUnits(text: string, digits: number): { value: number } | { problem: string } {
  if (!AMOUNT.test(text)) return { problem: 'expected digits with an optional decimal point' };
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.replace(/0+$/, '').length > digits) return { problem: `more decimals than the currency's ${digits}-digit minor unit` };
  const minor = Number(whole) * 10 ** digits + Number((fraction + '0'.repeat(digits)).slice(0, digits) || '0');
  return Number.isSafeInteger(minor) ? { value: minor } : { problem: 'too large' };
}

/** A stable id from a name: lower-case words joined by dashes. */
function slug(name: string): string {
  let out = '';
  let dash = false;
  for (const char of name.toLowerCase()) {
    const code = char.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127) {
      if (dash && out !== '') out += '-';
      out += char;
      dash = false;
    } else dash = true;
  }
  return (out || 'rep').slice(0, 64);
}

function crmMetrics(currency: string, source: string): MetricDefinition[] {
  return [
    {
      id: CRM_METRIC_IDS.dealsEngaged,
      name: 'Deals engaged',
      kind: 'activity',
      unit: 'count',
      direction: 'higher_is_better',
      aggregation: 'sum',
      source,
      drives: [CRM_METRIC_IDS.dealsWon, CRM_METRIC_IDS.wonRevenue],
      description: 'Deals that reached the Engaging stage, counted in the period of their engage date: the leading indicator this export has.',
    },
    { id: CRM_METRIC_IDS.dealsWon, name: 'Deals won', kind: 'outcome', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source, description: 'Deals with stage Won, counted in the period of their close date.' },
    { id: CRM_METRIC_IDS.dealsClosed, name: 'Deals closed', kind: 'outcome', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source, description: 'Deals with stage Won or Lost, counted in the period of their close date.' },
    { id: CRM_METRIC_IDS.wonRevenue, name: 'Won revenue', kind: 'outcome', unit: 'currency', currency, direction: 'higher_is_better', aggregation: 'sum', source, description: 'Close value of deals won, in integer minor units, in the period of their close date.' },
    { id: CRM_METRIC_IDS.winRate, name: 'Win rate', kind: 'outcome', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', source, description: 'Deals won over deals closed (won or lost), as numerator and denominator.' },
    {
      id: CRM_METRIC_IDS.daysToClose,
      name: 'Days from engage to close',
      kind: 'outcome',
      unit: 'duration',
      durationUnit: 'days',
      direction: 'lower_is_better',
      aggregation: 'ratio',
      source,
      description:
        'Days from engage_date to close_date per deal closed (won or lost): the days of the deals closed in the period (numerator) over those deals (denominator). ' +
        'Over any span the totals divide into the mean per deal, so periods combine exactly (never a mean of per-period figures).',
    },
  ];
}

/** Running figures for one rep (or the team) in one period. */
interface Tally {
  engaged: number;
  won: number;
  closed: number;
  revenue: number;
  /** Days from engage to close, summed over the closed deals. */
  days: number;
}

function emptyTally(): Tally {
  return { engaged: 0, won: 0, closed: 0, revenue: 0, days: 0 };
}

function observationsOf(owner: string, tallies: readonly (Tally | undefined)[], periods: readonly Period[], from: number, source: string): Observation[] {
  const out: Observation[] = [];
  for (let p = from; p < periods.length; p += 1) {
    const period = periods[p] as Period;
    const tally = tallies[p] ?? emptyTally();
    const base = (metricId: string) => ({ id: `${owner}/${metricId}/${period.key}`, metricId, date: period.end, period: { start: period.start, end: period.end }, source });
    out.push({ ...base(CRM_METRIC_IDS.dealsEngaged), value: tally.engaged });
    out.push({ ...base(CRM_METRIC_IDS.dealsWon), value: tally.won });
    out.push({ ...base(CRM_METRIC_IDS.dealsClosed), value: tally.closed });
    out.push({ ...base(CRM_METRIC_IDS.wonRevenue), value: tally.revenue });
    if (tally.closed > 0) {
      out.push({ ...base(CRM_METRIC_IDS.winRate), numerator: tally.won, denominator: tally.closed });
      out.push({ ...base(CRM_METRIC_IDS.daysToClose), numerator: tally.days, denominator: tally.closed });
    }
  }
  return out;
}

/**
 * Turn CRM deal rows into observations per rep and period (ISO week or calendar month): deals
 * engaged (by engage date), deals won, deals closed (won or lost), won revenue in integer minor
 * units, win rate and days from engage to close as numerator/denominator (totals that combine
 * exactly over any span); plus the team's own rows for the same periods. Closed deals count in
 * the period of their close date.
 *
 * The periods run from the first to the last date read (engage or close), so no engagement or
 * close falls outside them. Each rep gets a row for every period from the one of their first
 * engage (or close) date on, zeros included: a month without a win is a real zero, not missing
 * data. Win rate and days to close are left out of periods with no closed deal (there is
 * nothing to divide). Prospecting rows have no date and count in no figure; `rowsByStage`
 * accounts for every row used.
 *
 * Rows are checked, never guessed: a row with a missing or malformed field (by stage: Won and
 * Lost need both dates and a close value, Engaging an engage date), an unknown stage, a close
 * before the engagement, close data on an open deal, or a repeated opportunity id is left out
 * of every figure and reported with its row number, field and reason.
 *
 * @example
 * ```ts
 * const rows = [
 *   { opportunity_id: 'A1', sales_agent: 'Moses Frase', deal_stage: 'Won', engage_date: '2017-01-10', close_date: '2017-03-01', close_value: '1054' },
 *   { opportunity_id: 'A2', sales_agent: 'Moses Frase', deal_stage: 'Lost', engage_date: '2017-02-01', close_date: '2017-03-20', close_value: '0' },
 * ];
 * const crm = crmDealsToObservations(rows, { unit: 'month' });
 * crm.team.reps[0].observations.find((o) => o.metricId === 'crm-won-revenue')?.value; // => 105400 (cents)
 * crm.team.reps[0].observations.find((o) => o.metricId === 'crm-win-rate'); // => { numerator: 1, denominator: 2, ... }
 * ```
 */
export function crmDealsToObservations(rows: readonly CrmDealRow[], options: CrmAdapterOptions): CrmObservations {
  const currency = options.currency ?? 'USD';
  const source = options.source ?? 'CRM export';
  const digits = minorDigits(currency);
  const issues: CrmRowIssue[] = [];
  const deals: Deal[] = [];
  const firstRowOf = new Map<string, number>();
  const repNames: string[] = [];
  const knownReps = new Set<string>();

  rows.forEach((raw, index) => {
    const row = index + 1;
    const field = (name: string): string => (raw[name] ?? '').trim();
    const opportunityId = field('opportunity_id');
    const before = issues.length;
    const report = (code: CrmIssueCode, name: string, facts: { value?: string; stage?: string; detail?: string } = {}): void => {
      const all: CrmIssueFacts = Object.freeze({ row, field: name, ...facts });
      issues.push({
        row,
        field: name,
        code,
        path: ['rows', index, name],
        facts: all,
        ...(opportunityId === '' ? {} : { opportunityId }),
        message: crmIssueMessage(code, all),
      });
    };
    if (opportunityId === '') report('missing', 'opportunity_id');
    else if (firstRowOf.has(opportunityId)) report('duplicate_id', 'opportunity_id', { value: opportunityId, detail: String(firstRowOf.get(opportunityId)) });
    const agent = field('sales_agent');
    if (agent === '') report('missing', 'sales_agent');
    const stageText = field('deal_stage');
    if (stageText === '') report('missing', 'deal_stage');
    else if (!STAGES.has(stageText)) report('invalid_stage', 'deal_stage', { value: stageText });
    const stage = STAGES.has(stageText) ? (stageText as Stage) : undefined;
    const closed = stage === 'Won' || stage === 'Lost';

    const date = (name: string, required: boolean): CalendarDate | undefined => {
      const text = field(name);
      if (text === '') {
        if (required) report('missing', name, { stage: stageText });
        return undefined;
      }
      if (!isCalendarDate(text)) {
        report('invalid_date', name, { value: text });
        return undefined;
      }
      return text;
    };
    const engageDate = date('engage_date', stage !== undefined && stage !== 'Prospecting');
    const closeDate = date('close_date', closed);
    let value = 0;
    const valueText = field('close_value');
    if (closed) {
      if (valueText === '') report('missing', 'close_value', { stage: stageText });
      else {
        const parsed = toMinorUnits(valueText, digits);
        if ('problem' in parsed) report('invalid_amount', 'close_value', { value: valueText, detail: parsed.problem });
        else value = parsed.value;
      }
    } else if (stage !== undefined) {
      if (closeDate !== undefined) report('unexpected_value', 'close_date', { value: closeDate, stage: stageText });
      if (valueText !== '') report('unexpected_value', 'close_value', { value: valueText, stage: stageText });
    }
    if (engageDate !== undefined && closeDate !== undefined && closeDate < engageDate) {
      report('close_before_engage', 'close_date', { value: closeDate, detail: engageDate });
    }
    if (opportunityId !== '' && !firstRowOf.has(opportunityId)) firstRowOf.set(opportunityId, row);
    if (issues.length > before || stage === undefined) return;

    if (!knownReps.has(agent)) {
      knownReps.add(agent);
      repNames.push(agent);
    }
    deals.push({
      repKey: agent,
      stage,
      engageDay: engageDate === undefined ? undefined : toDayNumber(engageDate),
      closeDate,
      closeDay: closeDate === undefined ? undefined : toDayNumber(closeDate),
      value,
    });
  });

  // The periods: from the first to the last date read (engage or close), so that every
  // engagement and every close falls in one of them.
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const deal of deals) {
    for (const day of [deal.engageDay, deal.closeDay]) {
      if (day === undefined) continue;
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
  }
  const periods = firstDay <= lastDay ? periodsBetween(fromDayNumber(firstDay), fromDayNumber(lastDay), options.unit) : [];
  const periodIndex = new Map(periods.map((period, i) => [period.key, i]));
  const periodsStart = periods.length > 0 ? toDayNumber((periods[0] as Period).start) : 0;

  const rowsByStage: Record<Stage, number> = { Prospecting: 0, Engaging: 0, Won: 0, Lost: 0 };
  for (const deal of deals) rowsByStage[deal.stage] += 1;

  const repIds = new Map<string, string>();
  const used = new Set<string>();
  for (const name of repNames) {
    const base = slug(name);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    repIds.set(name, id);
  }

  const tallies = new Map<string, (Tally | undefined)[]>(repNames.map((name) => [name, []]));
  const teamTallies: (Tally | undefined)[] = [];
  const firstActive = new Map<string, number>();
  for (const deal of deals) {
    const activeDay = Math.min(deal.engageDay ?? Number.POSITIVE_INFINITY, deal.closeDay ?? Number.POSITIVE_INFINITY);
    if (Number.isFinite(activeDay)) firstActive.set(deal.repKey, Math.min(firstActive.get(deal.repKey) ?? activeDay, activeDay));
    if (deal.engageDay !== undefined) {
      // Every date read is inside the periods (they run from the first date to the last).
      const engaged = periodIndex.get(periodOf(fromDayNumber(deal.engageDay), options.unit).key) as number;
      for (const list of [tallies.get(deal.repKey) as (Tally | undefined)[], teamTallies]) (list[engaged] ??= emptyTally()).engaged += 1;
    }
    if (deal.closeDate === undefined || deal.closeDay === undefined) continue;
    const p = periodIndex.get(periodOf(deal.closeDate, options.unit).key) as number;
    const repTallies = tallies.get(deal.repKey) as (Tally | undefined)[];
    for (const list of [repTallies, teamTallies]) {
      const tally = (list[p] ??= emptyTally());
      tally.closed += 1;
      if (deal.stage === 'Won') {
        tally.won += 1;
        tally.revenue += deal.value;
      }
      // A closed deal always has its engage date (checked above).
      tally.days += deal.closeDay - (deal.engageDay as number);
    }
  }

  const reps = repNames.map((name) => {
    const repId = repIds.get(name) as string;
    const active = firstActive.get(name);
    let from = 0;
    if (active !== undefined && active > periodsStart) {
      from = periods.findIndex((period) => toDayNumber(period.end) >= active);
      if (from < 0) from = periods.length;
    }
    return { repId, name, observations: observationsOf(repId, tallies.get(name) ?? [], periods, from, source) };
  });

  return freeze(
    {
      team: { metrics: crmMetrics(currency, source), reps },
      teamTotals: observationsOf('team', teamTallies, periods, 0, source),
      periods,
      issues,
      rowsRead: rows.length,
      rowsUsed: deals.length,
      rowsByStage,
    },
    true,
  );
}
