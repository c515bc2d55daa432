import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTeamGaps, assessReadiness, crmDealsToObservations, CRM_METRIC_IDS, type CrmObservations } from '../../src/index.js';
import { readCsv } from '../support/csv.js';
import { CRM_SAMPLE_DIR, HAS_CRM_SAMPLE } from '../support/fixtures.js';

const SPAN = { start: '2017-03-01', end: '2017-12-31' } as const;
const MONTHS = ['2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12'];
const AS_OF = '2017-12-31';

function load(): { rows: Record<string, string>[]; crm: CrmObservations } {
  const { rows } = readCsv(readFileSync(join(CRM_SAMPLE_DIR, 'sales_pipeline.csv'), 'utf8'));
  return { rows, crm: crmDealsToObservations(rows, { unit: 'month' }) };
}

/** Straight from the rows, without the library: per agent and month, won cents, won and closed deals. */
function tallyByHand(rows: readonly Record<string, string>[]) {
  const tally = new Map<string, Map<string, { cents: number; won: number; closed: number }>>();
  for (const row of rows) {
    const agent = row['sales_agent'] as string;
    if (!tally.has(agent)) tally.set(agent, new Map(MONTHS.map((m) => [m, { cents: 0, won: 0, closed: 0 }])));
    const stage = row['deal_stage'];
    if (stage !== 'Won' && stage !== 'Lost') continue;
    const month = tally.get(agent)!.get((row['close_date'] as string).slice(0, 7))!;
    month.closed += 1;
    if (stage === 'Won') {
      month.won += 1;
      month.cents += Math.round(Number(row['close_value']) * 100);
    }
  }
  return tally;
}

describe('readiness on the Maven CRM sample (monthly, gaps to the team average)', () => {
  // Read lazily, only by tests that run: where ../shared is absent they are skipped.
  let loaded: ReturnType<typeof load> & { byHand: ReturnType<typeof tallyByHand>; agents: string[] } | undefined;
  const sample = () => {
    if (!loaded) {
      const { rows, crm } = load();
      const byHand = tallyByHand(rows);
      loaded = { rows, crm, byHand, agents: [...byHand.keys()] };
    }
    return loaded;
  };

  type Tally = { cents: number; won: number; closed: number };

  /**
   * The team standard of one month, by hand: the mean of the reps' won revenue; for the win
   * rate (a ratio metric) the team's pooled rate, deals won over deals closed across the team
   * (issue 19: not the mean of the reps' rates).
   */
  function standardByHand(metricId: string, valueOf: (t: Tally) => number | undefined, month: string): number {
    const { byHand, agents } = sample();
    const tallies = agents.map((a) => byHand.get(a)!.get(month)!);
    if (metricId === CRM_METRIC_IDS.winRate) {
      const closed = tallies.filter((t) => t.closed > 0);
      return closed.reduce((s, t) => s + t.won, 0) / closed.reduce((s, t) => s + t.closed, 0);
    }
    const values = tallies.map(valueOf).filter((v): v is number => v !== undefined);
    return values.reduce((s, v) => s + v, 0) / values.length;
  }

  /** Reps whose last three months are each at least 10% below the team standard, computed by hand. */
  function sustainedByHand(metricId: string, valueOf: (t: Tally) => number | undefined): string[] {
    const { byHand, agents } = sample();
    const standards = MONTHS.map((month) => standardByHand(metricId, valueOf, month));
    return agents.filter((agent) =>
      [7, 8, 9].every((i) => {
        const value = valueOf(byHand.get(agent)!.get(MONTHS[i]!)!);
        return value !== undefined && (standards[i]! - value) / standards[i]! >= 0.1;
      }),
    );
  }

  for (const [label, metricId, valueOf] of [
    ['won revenue', CRM_METRIC_IDS.wonRevenue, (t: { cents: number }) => t.cents],
    ['win rate', CRM_METRIC_IDS.winRate, (t: { won: number; closed: number }) => (t.closed === 0 ? undefined : t.won / t.closed)],
  ] as const) {
    it.skipIf(!HAS_CRM_SAMPLE)(`${label}: the team standard per month and the reps with a sustained gap agree with a hand computation`, () => {
      const { crm } = sample();
      const report = analyzeTeamGaps(crm.team, { metricId, span: SPAN, unit: 'month' });
      expect(report.periods.map((p) => p.period.key)).toEqual(MONTHS);
      expect(report.reps).toHaveLength(30);
      // March team standard, by hand (money rounded to a whole cent)
      const march = standardByHand(metricId, valueOf, '2017-03');
      expect(report.periods[0]?.standard).toBeCloseTo(metricId === CRM_METRIC_IDS.wonRevenue ? Math.round(march) : march, 9);
      const sustainedNow = report.reps.filter((r) => r.sustainedNow).map((r) => r.name);
      expect([...sustainedNow].sort()).toEqual(sustainedByHand(metricId, valueOf).sort());
    });

    it.skipIf(!HAS_CRM_SAMPLE)(`${label}: readiness is "not yet" for the sustained reps without documented coaching, "ready" with it, and never "ready" for the others`, () => {
      const { crm, rows } = sample();
      const report = analyzeTeamGaps(crm.team, { metricId, span: SPAN, unit: 'month' });
      const metric = crm.team.metrics.find((m) => m.id === metricId)!;
      const firstEngage = new Map<string, string>();
      for (const row of rows) {
        const date = row['engage_date'];
        const agent = row['sales_agent'] as string;
        if (date && (!firstEngage.has(agent) || date < firstEngage.get(agent)!)) firstEngage.set(agent, date);
      }
      const log = [
        { date: '2017-10-16', notes: 'Reviewed the quarter together; agreed focus accounts.' },
        { date: '2017-11-20', notes: 'Follow-up: still below the team; discussed a formal plan.' },
      ];
      for (const rep of report.reps) {
        // The CRM has no role start dates: the first engagement in the export stands in for one.
        const history = { asOf: AS_OF, repName: rep.name ?? rep.repId, metric, periods: rep.periods, roleStartDate: firstEngage.get(rep.name ?? '')! };
        const without = assessReadiness(history, []);
        const withLog = assessReadiness(history, log);
        if (rep.sustainedNow) {
          expect(without.verdict).toBe('not_yet');
          expect(without.reasons.map((r) => r.code)).toContain('coaching_insufficient');
          expect(withLog.verdict).toBe('ready');
          expect(withLog.pattern.length).toBe(rep.trailingRun?.length);
        } else {
          expect(withLog.verdict).not.toBe('ready');
        }
      }
    });
  }
});
