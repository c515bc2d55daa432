/**
 * Issue 13, finding 12b: the CRM adapter drops nothing it reads without saying so, and its
 * durations combine correctly across periods. Figures are checked against counts made straight
 * from the CSV rows, without the library (dates are differenced with Date.UTC here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateMetric, crmDealsToObservations, CRM_METRIC_IDS, indexObservations, type CrmObservations, type Observation } from '../../src/index.js';
import { readCsv } from '../support/csv.js';
import { CRM_SAMPLE_DIR, FIXTURES, HAS_CRM_SAMPLE } from '../support/fixtures.js';

const DAY = 86_400_000;
const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Per calendar month, straight from the rows: engagements, closes, wins, won cents and days from engage to close. */
function byHand(rows: readonly Record<string, string>[]) {
  const months = new Map<string, { engaged: number; closed: number; won: number; cents: number; days: number }>();
  const month = (date: string) => {
    const key = date.slice(0, 7);
    if (!months.has(key)) months.set(key, { engaged: 0, closed: 0, won: 0, cents: 0, days: 0 });
    return months.get(key)!;
  };
  const stages = new Map<string, number>();
  for (const row of rows) {
    const stage = row['deal_stage']!;
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
    const engage = row['engage_date'] ?? '';
    const close = row['close_date'] ?? '';
    if (engage !== '') month(engage).engaged += 1;
    if (stage !== 'Won' && stage !== 'Lost') continue;
    const m = month(close);
    m.closed += 1;
    m.days += (utc(close) - utc(engage)) / DAY;
    if (stage === 'Won') {
      m.won += 1;
      m.cents += Math.round(Number(row['close_value']) * 100);
    }
  }
  return { months, stages };
}

const totalOf = (observations: readonly Observation[], metricId: string, field: 'value' | 'numerator' | 'denominator' = 'value') =>
  observations.filter((o) => o.metricId === metricId).reduce((sum, o) => sum + (o[field] ?? 0), 0);
const monthly = (observations: readonly Observation[], metricId: string, field: 'value' | 'numerator' | 'denominator' = 'value') =>
  new Map(observations.filter((o) => o.metricId === metricId).map((o) => [o.date.slice(0, 7), o[field] ?? 0]));

function checkAgainstRows(rows: readonly Record<string, string>[], crm: CrmObservations): void {
  const { months, stages } = byHand(rows);
  const keys = [...months.keys()].sort();
  // The periods run from the first activity (engage or close) to the last: nothing falls outside.
  expect(crm.periods.map((p) => p.key)).toEqual(keys);
  expect(crm.issues).toEqual([]);
  const t = crm.teamTotals;
  for (const key of keys) {
    const hand = months.get(key)!;
    expect([key, monthly(t, CRM_METRIC_IDS.dealsEngaged).get(key)]).toEqual([key, hand.engaged]);
    expect([key, monthly(t, CRM_METRIC_IDS.dealsClosed).get(key)]).toEqual([key, hand.closed]);
    expect([key, monthly(t, CRM_METRIC_IDS.dealsWon).get(key)]).toEqual([key, hand.won]);
    expect([key, monthly(t, CRM_METRIC_IDS.wonRevenue).get(key)]).toEqual([key, hand.cents]);
    if (hand.closed > 0) {
      expect([key, monthly(t, CRM_METRIC_IDS.daysToClose, 'numerator').get(key), monthly(t, CRM_METRIC_IDS.daysToClose, 'denominator').get(key)]).toEqual([key, hand.days, hand.closed]);
    }
  }
  // Every engagement is counted, for the team and over the reps.
  const engagedRows = rows.filter((r) => (r['engage_date'] ?? '') !== '').length;
  expect(totalOf(t, CRM_METRIC_IDS.dealsEngaged)).toBe(engagedRows);
  expect(crm.team.reps.reduce((sum, rep) => sum + totalOf(rep.observations, CRM_METRIC_IDS.dealsEngaged), 0)).toBe(engagedRows);
  // Every row used is accounted for by its stage; the stages without a date count in no figure, and say so.
  expect((crm as unknown as { rowsByStage?: unknown }).rowsByStage).toEqual(Object.fromEntries(['Prospecting', 'Engaging', 'Won', 'Lost'].map((s) => [s, stages.get(s) ?? 0])));
  // Days to close over the whole span: total days over deals closed, whichever periods are combined.
  const allDays = [...months.values()].reduce((sum, m) => sum + m.days, 0);
  const allClosed = [...months.values()].reduce((sum, m) => sum + m.closed, 0);
  const metric = crm.team.metrics.find((m) => m.id === CRM_METRIC_IDS.daysToClose)!;
  const span = { start: crm.periods[0]!.start, end: crm.periods[crm.periods.length - 1]!.end };
  expect(aggregateMetric(indexObservations(t), metric, span).value).toBeCloseTo(allDays / allClosed, 12);
}

describe('the CRM adapter against counts made from the rows', () => {
  it('on the shipped fixture (valid rows only)', () => {
    const rows = readCsv(readFileSync(join(FIXTURES, 'crm-deals.csv'), 'utf8')).rows.slice(0, 30);
    checkAgainstRows(rows, crmDealsToObservations(rows, { unit: 'month' }));
  });

  it('an engagement before the first close is counted, in its own month', () => {
    const rows = [
      { opportunity_id: 'E1', sales_agent: 'Ada Brooks', deal_stage: 'Won', engage_date: '2017-03-02', close_date: '2017-04-10', close_value: '100' },
      { opportunity_id: 'E2', sales_agent: 'Ada Brooks', deal_stage: 'Engaging', engage_date: '2017-04-03', close_date: '', close_value: '' },
      { opportunity_id: 'E3', sales_agent: 'Ben Cho', deal_stage: 'Lost', engage_date: '2017-04-20', close_date: '2017-05-02', close_value: '0' },
      { opportunity_id: 'E4', sales_agent: 'Ben Cho', deal_stage: 'Prospecting', engage_date: '', close_date: '', close_value: '' },
    ];
    checkAgainstRows(rows, crmDealsToObservations(rows, { unit: 'month' }));
  });

  it('days to close over several periods is the pooled mean of the deals, not a mean of per-period figures', () => {
    const rows = [
      { opportunity_id: 'D1', sales_agent: 'Ada', deal_stage: 'Won', engage_date: '2017-01-01', close_date: '2017-03-02', close_value: '1' },
      { opportunity_id: 'D2', sales_agent: 'Ada', deal_stage: 'Lost', engage_date: '2017-02-26', close_date: '2017-03-08', close_value: '0' },
      { opportunity_id: 'D3', sales_agent: 'Ada', deal_stage: 'Won', engage_date: '2017-03-30', close_date: '2017-04-03', close_value: '1' },
    ];
    const crm = crmDealsToObservations(rows, { unit: 'month' });
    const metric = crm.team.metrics.find((m) => m.id === CRM_METRIC_IDS.daysToClose)!;
    const index = indexObservations(crm.team.reps[0]!.observations);
    // 60, 10 and 4 days: (60 + 10 + 4) / 3, where a mean of the months' figures would give (35 + 4) / 2
    expect(aggregateMetric(index, metric, { start: '2017-03-01', end: '2017-04-30' }).value).toBeCloseTo(74 / 3, 12);
  });

  it.skipIf(!HAS_CRM_SAMPLE)('on the Maven sample: all 8,800 rows, every engagement from October 2016 on', () => {
    const { rows } = readCsv(readFileSync(join(CRM_SAMPLE_DIR, 'sales_pipeline.csv'), 'utf8'));
    const crm = crmDealsToObservations(rows, { unit: 'month' });
    expect(crm.rowsRead).toBe(8_800);
    checkAgainstRows(rows, crm);
  });
});
