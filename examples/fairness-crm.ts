/**
 * An adverse-impact analysis on a CRM export: who would be placed on a plan, by sales team.
 *
 * Readiness decides who would be placed: monthly won revenue per rep from the deal rows
 * (`crmDealsToObservations`), each rep's gap to the team average (`analyzeTeamGaps`), and
 * `assessReadiness` with two documented coaching conversations on record: a rep is "ready" after
 * three consecutive months at least 10% below the team average, past ramp-up. A plan is written
 * for each ready rep on the as-of date, and `analyzeAdverseImpact` compares the sales teams (the
 * manager each rep reports to, from `sales_teams.csv`): the rate of reps placed, the four-fifths
 * rule, the adverse-rate ratio, Fisher's exact test and z, with teams of fewer than 5 reps
 * suppressed.
 *
 * It reads the shared Maven "CRM + Sales Opportunities" sample
 * (`../shared/data/crm-sales-opportunities/`) and says so when the checkout does not have it.
 * Run with `npx tsx examples/fairness-crm.ts` (add `--report` for the whole HR report in Markdown).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  analyzeTeamGaps,
  assertPlan,
  assessReadiness,
  crmDealsToObservations,
  CRM_METRIC_IDS,
  renderFairnessReport,
  reviewFairness,
  type AdverseImpactReport,
  type FairnessReview,
  type Plan,
} from '../src/index.js';
import { readCsv } from './team-screen.js';

/** The shared Maven sample's folder, when the checkout has it beside it. */
export const SHARED_DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'crm-sales-opportunities');

/** The day of the analysis: the end of the export. */
export const AS_OF = '2017-12-31';
/** The months of the gap analysis behind readiness. */
export const SPAN = { start: '2017-03-01', end: '2017-12-31' } as const;
/** The informal coaching on record for every rep (the host's coaching log). */
export const COACHING = [
  { date: '2017-10-16', notes: 'Reviewed the quarter together; agreed focus accounts.' },
  { date: '2017-11-20', notes: 'Follow-up: still below the team; discussed a formal plan.' },
] as const;

/** What the analysis of the sample gives. */
export interface CrmFairness {
  /** The reps (sales agents with deals) and the team of each. */
  readonly teams: ReadonlyMap<string, string>;
  /** The reps readiness says would be placed on a plan. */
  readonly ready: readonly string[];
  /** The review (one attribute: the sales team) and its placement analysis. */
  readonly review: FairnessReview;
  readonly analysis: AdverseImpactReport;
  /** The table, as printed. */
  readonly lines: readonly string[];
}

/** A plan for a rep readiness found ready, written on the as-of date. */
function planFor(rep: string, manager: string, index: number): Plan {
  return assertPlan({
    schemaVersion: 1,
    id: `crm-plan-${index + 1}`,
    employee: { id: rep, name: rep, role: 'Sales agent' },
    manager: { id: manager, name: manager },
    createdOn: AS_OF,
    startDate: '2018-01-08',
    durationDays: 90,
  });
}

const pad = (text: string, width: number): string => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const left = (text: string, width: number): string => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

/** The placement table: one line per sales team. */
export function placementTable(analysis: AdverseImpactReport): string[] {
  const placement = analysis.measures.find((m) => m.measure === 'placement');
  const lines = [
    `${pad('Sales team (manager)', 22)} ${left('reps', 4)} ${left('placed', 6)} ${left('rate', 6)} ${left('impact', 6)} ${left('adv.', 5)} ${left('Fisher p', 8)} ${left('z', 6)}  flags`,
  ];
  for (const group of analysis.groups) {
    if (group.suppressed || !group.counts) {
      lines.push(`${pad(group.label, 22)} suppressed: fewer than ${analysis.policy.minGroupSize} reps`);
      continue;
    }
    const c = placement?.comparisons.find((x) => x.group === group.label);
    const isReference = placement?.reference === group.label;
    const flags = isReference ? 'reference (most favourable)' : [c?.fourFifthsFlag ? 'below four fifths' : '', c?.significant ? 'significant' : ''].filter(Boolean).join(', ') || '-';
    lines.push(
      [
        pad(group.label, 22),
        left(String(group.counts.headcount), 4),
        left(String(group.counts.placed), 6),
        left(`${((group.counts.placed / group.counts.headcount) * 100).toFixed(1)}%`, 6),
        left(c?.impactRatio == null ? '' : c.impactRatio.toFixed(3), 6),
        left(c?.adverseRatio == null ? (c ? 'n/a' : '') : c.adverseRatio.toFixed(2), 5),
        left(c ? c.fisherP.toFixed(4) : '', 8),
        left(c?.z == null ? '' : c.z.toFixed(2), 6),
        ` ${flags}`,
      ].join(' '),
    );
  }
  return lines;
}

/** Read the sample, decide readiness, and analyse placement by sales team. */
export function crmFairness(dir: string = SHARED_DIR): CrmFairness {
  const rows = readCsv(readFileSync(join(dir, 'sales_pipeline.csv'), 'utf8'));
  const teamRows = readCsv(readFileSync(join(dir, 'sales_teams.csv'), 'utf8'));
  const managerOf = new Map(teamRows.map((row) => [row['sales_agent'] ?? '', row['manager'] ?? '']));
  const crm = crmDealsToObservations(rows, { unit: 'month' });
  const gaps = analyzeTeamGaps(crm.team, { metricId: CRM_METRIC_IDS.wonRevenue, span: SPAN, unit: 'month' });
  const revenue = crm.team.metrics.find((m) => m.id === CRM_METRIC_IDS.wonRevenue);
  if (!revenue) throw new Error('the CRM adapter defines won revenue');
  // The export has no role start dates: the first engagement stands in for one.
  const firstEngaged = new Map<string, string>();
  for (const row of rows) {
    const agent = row['sales_agent'] ?? '';
    const date = row['engage_date'] ?? '';
    if (date !== '' && (!firstEngaged.has(agent) || date < (firstEngaged.get(agent) as string))) firstEngaged.set(agent, date);
  }
  const teams = new Map<string, string>();
  const ready: string[] = [];
  for (const rep of gaps.reps) {
    const name = rep.name ?? rep.repId;
    teams.set(name, managerOf.get(name) ?? '');
    const start = firstEngaged.get(name);
    const verdict = assessReadiness({ asOf: AS_OF, repName: name, metric: revenue, periods: rep.periods, ...(start ? { roleStartDate: start } : {}) }, COACHING);
    if (verdict.verdict === 'ready') ready.push(name);
  }
  const people = [...teams.keys()].map((id) => ({ id, role: 'Sales agent' }));
  const plans = ready.map((rep, i) => planFor(rep, teams.get(rep) ?? '', i));
  const review = reviewFairness({ people, plans }, { asOf: AS_OF, attributes: [{ name: 'Sales team', groupOf: (id) => teams.get(id) }] });
  const analysis = review.analyses[0] as AdverseImpactReport;
  const lines = [
    `${rows.length} deal rows, ${people.length} reps with deals, ${ready.length} ready for a plan as of ${AS_OF} (three months at least 10% below the team's won revenue, coaching documented)`,
    ...placementTable(analysis),
    ...analysis.findings.filter((f) => f.measure === 'placement' && f.code !== 'no_adverse_impact').map((f) => `- ${f.message}`),
  ];
  return { teams, ready, review, analysis, lines };
}

function main(): number {
  if (!existsSync(join(SHARED_DIR, 'sales_pipeline.csv'))) {
    console.log(`(the shared Maven sample is not beside this checkout: ${SHARED_DIR})`);
    return 0;
  }
  const result = crmFairness();
  for (const line of result.lines) console.log(line);
  if (process.argv.includes('--report')) console.log(`\n${renderFairnessReport(result.review, { format: 'markdown', audience: 'hr' })}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
