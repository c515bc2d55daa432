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

  /** Reps whose last three months are each at least 10% below the team mean, computed by hand. */
  function sustainedByHand(valueOf: (t: { cents: number; won: number; closed: number }) => number | undefined): string[] {
    const { byHand, agents } = sample();
    const means = MONTHS.map((month) => {
      const values = agents.map((a) => valueOf(byHand.get(a)!.get(month)!)).filter((v): v is number => v !== undefined);
      return values.reduce((s, v) => s + v, 0) / values.length;
    });
    return agents.filter((agent) =>
      [7, 8, 9].every((i) => {
        const value = valueOf(byHand.get(agent)!.get(MONTHS[i]!)!);
        return value !== undefined && (means[i]! - value) / means[i]! >= 0.1;
      }),
    );
  }

  for (const [label, metricId, valueOf] of [
    ['won revenue', CRM_METRIC_IDS.wonRevenue, (t: { cents: number }) => t.cents],
    ['win rate', CRM_METRIC_IDS.winRate, (t: { won: number; closed: number }) => (t.closed === 0 ? undefined : t.won / t.closed)],
  ] as const) {
    it.skipIf(!HAS_CRM_SAMPLE)(`${label}: the team average per month and the reps with a sustained gap agree with a hand computation`, () => {
      const { crm, byHand, agents } = sample();
      const report = analyzeTeamGaps(crm.team, { metricId, span: SPAN, unit: 'month' });
      expect(report.periods.map((p) => p.period.key)).toEqual(MONTHS);
      expect(report.reps).toHaveLength(30);
      // March team average, by hand
      const march = agents.map((a) => valueOf(byHand.get(a)!.get('2017-03')!)).filter((v): v is number => v !== undefined);
      const mean = march.reduce((s, v) => s + v, 0) / march.length;
      expect(report.periods[0]?.standard).toBeCloseTo(metricId === CRM_METRIC_IDS.wonRevenue ? Math.round(mean) : mean, 9);
      const sustainedNow = report.reps.filter((r) => r.sustainedNow).map((r) => r.name);
      expect([...sustainedNow].sort()).toEqual(sustainedByHand(valueOf).sort());
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
