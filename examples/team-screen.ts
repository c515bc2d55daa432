/**
 * A team screen over a CRM export: deal rows become per-rep, per-month observations
 * (`crmDealsToObservations`), `screenTeam` flags reps whose leading indicator trends down before
 * outcomes drop (or both drop), and for each flagged rep `analyzeTeamGaps` + `assessReadiness`
 * say whether a plan is appropriate yet (a sustained, data-backed pattern and documented
 * coaching), or whether coaching comes first.
 *
 * It reads the project's small fixture, test/fixtures/crm-deals.csv, and, when the checkout has
 * the shared Maven "CRM + Sales Opportunities" sample beside it
 * (`../shared/data/crm-sales-opportunities/sales_pipeline.csv`), that one too.
 *
 * Run with `npx tsx examples/team-screen.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  analyzeTeamGaps,
  assessReadiness,
  crmDealsToObservations,
  CRM_METRIC_IDS,
  screenTeam,
  type CoachingLogEntry,
  type CrmDealRow,
  type TeamObservations,
} from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');

/** The project's own small CRM export. */
export const FIXTURE_CSV = join(ROOT, 'test', 'fixtures', 'crm-deals.csv');

/** The shared Maven sample, when the checkout has it beside it. */
export const SHARED_CSV = join(ROOT, '..', 'shared', 'data', 'crm-sales-opportunities', 'sales_pipeline.csv');

/** A tiny CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF): the caller's job, not the library's. */
export function readCsv(text: string): CrmDealRow[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header = [], ...rows] = records;
  return rows.filter((cells) => !(cells.length === 1 && cells[0] === '')).map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

const READINESS: Readonly<Record<string, string>> = { ready: 'ready', not_yet: 'not yet', not_appropriate: 'not appropriate' };

/** What the screen of one export found. */
export interface TeamScreenReport {
  readonly lines: readonly string[];
  readonly flagged: readonly string[];
  readonly readiness: Readonly<Record<string, string>>;
}

/** Options of {@link screenExport}. */
export interface ScreenExportOptions {
  readonly label: string;
  /** The day of the screen. */
  readonly asOf: string;
  /** Months the screen looks back over. */
  readonly months: number;
  /** The span of the gap analysis behind readiness. */
  readonly span: { readonly start: string; readonly end: string };
  /** The informal coaching on record before a plan (the host's coaching log). */
  readonly coaching: readonly CoachingLogEntry[];
  /** Print at most this many flagged reps. */
  readonly show?: number;
}

/** Screen one export: the team screen's flags and, for each flagged rep, readiness for a plan. */
export function screenExport(rows: readonly CrmDealRow[], options: ScreenExportOptions): TeamScreenReport {
  const crm = crmDealsToObservations(rows, { unit: 'month' });
  // "Deals engaged" (new opportunities per month) is the leading indicator this export has;
  // won revenue, deals won and win rate are the outcomes it leads.
  const team: TeamObservations = crm.team;
  const screen = screenTeam(team, { asOf: options.asOf, policy: { screenUnit: 'month', screenLookbackPeriods: options.months, screenMinPoints: Math.min(4, options.months) } });
  const gaps = analyzeTeamGaps(team, { metricId: CRM_METRIC_IDS.wonRevenue, span: options.span, unit: 'month' });
  const revenue = team.metrics.find((m) => m.id === CRM_METRIC_IDS.wonRevenue);
  const firstEngaged = new Map<string, string>();
  for (const row of rows) {
    const agent = row['sales_agent']?.trim();
    const date = row['engage_date'];
    if (agent && date && (!firstEngaged.has(agent) || date < (firstEngaged.get(agent) as string))) firstEngaged.set(agent, date);
  }
  const counts = { early_warning: 0, declining: 0, steady: 0, insufficient_data: 0 };
  for (const rep of screen.reps) counts[rep.status] += 1;
  const lines = [
    `${options.label}: ${crm.rowsRead} rows, ${crm.rowsUsed} used, ${crm.issues.length} left out; ${screen.reps.length} reps, screened as of ${options.asOf} over ${screen.lookback.start} to ${screen.lookback.end}`,
    `  ${counts.early_warning} early warning, ${counts.declining} declining, ${counts.steady} steady, ${counts.insufficient_data} without enough data`,
  ];
  for (const issue of crm.issues.slice(0, 3)) lines.push(`  row ${issue.row} left out (${issue.code}, ${issue.field}): ${issue.message}`);
  const readiness: Record<string, string> = {};
  const flagged = screen.reps.filter((r) => r.flagged);
  for (const [i, rep] of flagged.entries()) {
    const name = rep.name ?? rep.repId;
    const gap = gaps.reps.find((r) => r.repId === rep.repId);
    const roleStartDate = firstEngaged.get(name);
    const verdict =
      gap && revenue
        ? assessReadiness({ asOf: options.asOf, repName: name, metric: revenue, periods: gap.periods, ...(roleStartDate ? { roleStartDate } : {}) }, options.coaching)
        : undefined;
    readiness[name] = verdict?.verdict ?? 'unknown';
    if (i >= (options.show ?? Number.POSITIVE_INFINITY)) continue;
    lines.push(`  ${rep.status === 'early_warning' ? 'EARLY WARNING' : 'DECLINING'}  ${name}`);
    for (const finding of rep.findings) lines.push(`    - ${finding.message}`);
    // The reason that decided: the first that leads to the verdict; for "ready", the pattern itself.
    const why = verdict?.verdict === 'ready' ? verdict.reasons.find((r) => r.code === 'sustained_pattern') : verdict?.reasons.find((r) => r.outcome === verdict.verdict);
    lines.push(`    readiness for a plan: ${READINESS[readiness[name] ?? ''] ?? readiness[name]}${why ? `: ${why.message}` : ''}`);
  }
  if (flagged.length > (options.show ?? Number.POSITIVE_INFINITY)) lines.push(`  ... and ${flagged.length - (options.show ?? 0)} more flagged reps`);
  return { lines, flagged: flagged.map((r) => r.name ?? r.repId), readiness };
}

/** Screen the fixture and, when present, the shared sample. */
export function teamScreen(shared: string | undefined = existsSync(SHARED_CSV) ? SHARED_CSV : undefined): { readonly fixture: TeamScreenReport; readonly shared?: TeamScreenReport } {
  const coaching = [
    { date: '2017-05-02', notes: 'Pipeline review: agreed focus accounts for the quarter.' },
    { date: '2017-06-01', notes: 'Follow-up: deals are slipping; agreed weekly deal reviews.' },
  ];
  const fixture = screenExport(readCsv(readFileSync(FIXTURE_CSV, 'utf8')), {
    label: 'test/fixtures/crm-deals.csv',
    asOf: '2017-06-30',
    months: 4,
    span: { start: '2017-03-01', end: '2017-06-30' },
    coaching,
  });
  if (shared === undefined) return { fixture };
  const sample = screenExport(readCsv(readFileSync(shared, 'utf8')), {
    label: '../shared/data/crm-sales-opportunities/sales_pipeline.csv',
    asOf: '2017-12-31',
    months: 6,
    span: { start: '2017-03-01', end: '2017-12-31' },
    coaching: [
      { date: '2017-10-16', notes: 'Reviewed the quarter together; agreed focus accounts.' },
      { date: '2017-11-20', notes: 'Follow-up: still below the team; discussed a formal plan.' },
    ],
    show: 5,
  });
  return { fixture, shared: sample };
}

function main(): number {
  const result = teamScreen();
  for (const line of result.fixture.lines) console.log(line);
  console.log('');
  if (result.shared) for (const line of result.shared.lines) console.log(line);
  else console.log(`(the shared Maven sample is not beside this checkout: ${SHARED_CSV})`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
