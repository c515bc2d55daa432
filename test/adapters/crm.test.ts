import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  analyzeTeamGaps,
  crmDealsToObservations,
  CRM_METRIC_IDS,
  parseObservations,
  type CrmObservations,
  type CrmRowIssue,
  type Observation,
  type TeamObservations,
} from '../../src/index.js';
import { readCsv } from '../support/csv.js';
import { CRM_SAMPLE_DIR, FIXTURES, HAS_CRM_SAMPLE, isDeepFrozen } from '../support/fixtures.js';

const fixtureRows = () => readCsv(readFileSync(join(FIXTURES, 'crm-deals.csv'), 'utf8')).rows;

function valueOf(observations: readonly Observation[], metricId: string, periodStart: string): Observation | undefined {
  return observations.find((o) => o.metricId === metricId && o.period?.start === periodStart);
}

describe('crmDealsToObservations on the shipped fixture (monthly)', () => {
  const crm = crmDealsToObservations(fixtureRows(), { unit: 'month' });
  const rep = (name: string) => crm.team.reps.find((r) => r.name === name)!;

  it('reports every malformed row with its row number, field and reason, and uses the rest', () => {
    expect(crm.rowsRead).toBe(37);
    expect(crm.rowsUsed).toBe(30);
    expect(crm.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [31, 'close_value', 'invalid_amount'],
      [32, 'close_date', 'invalid_date'],
      [33, 'deal_stage', 'invalid_stage'],
      [34, 'opportunity_id', 'duplicate_id'],
      [35, 'sales_agent', 'missing'],
      [36, 'close_date', 'missing'],
      [37, 'close_date', 'unexpected_value'],
    ]);
    expect(crm.issues[0]?.message).toBe('Row 31: close_value "12.345" is not a non-negative amount (more decimals than the currency\'s 2-digit minor unit); the row is left out.');
    expect(crm.issues[3]?.message).toContain('already appeared in row 4');
    expect(crm.issues[1]?.opportunityId).toBe('BAD2');
  });

  it('covers the months from the first to the last date read (engage or close), each rep from their first activity', () => {
    // The first engagement is in February (AB01, 2017-02-01): before the first close, and counted.
    expect(crm.periods.map((p) => p.key)).toEqual(['2017-02', '2017-03', '2017-04', '2017-05', '2017-06']);
    expect(crm.team.reps.map((r) => [r.repId, r.name])).toEqual([
      ['ada-brooks', 'Ada Brooks'],
      ['ben-cho', 'Ben Cho'],
      ['cruz-diaz', 'Cruz Diaz'],
      ['dee-o-neil', "Dee O'Neil"],
    ]);
    const dee = rep("Dee O'Neil").observations.filter((o) => o.metricId === CRM_METRIC_IDS.wonRevenue);
    expect(dee.map((o) => [o.period?.start, o.value])).toEqual([
      ['2017-05-01', 0],
      ['2017-06-01', 410_000],
    ]);
  });

  it('computes won revenue in cents, deals, win rate and days to close as parts (figures worked by hand)', () => {
    const ada = rep('Ada Brooks').observations;
    expect(valueOf(ada, CRM_METRIC_IDS.wonRevenue, '2017-03-01')?.value).toBe(650_000); // $5,400 + $1,100
    expect(valueOf(ada, CRM_METRIC_IDS.dealsWon, '2017-03-01')?.value).toBe(2);
    expect(valueOf(ada, CRM_METRIC_IDS.dealsClosed, '2017-03-01')?.value).toBe(3);
    expect(valueOf(ada, CRM_METRIC_IDS.winRate, '2017-03-01')).toMatchObject({ numerator: 2, denominator: 3 });
    // days from engage to close: 33, 38 and 41 in March; 41 and 44 in April (totals over deals, which combine exactly)
    expect(valueOf(ada, CRM_METRIC_IDS.daysToClose, '2017-03-01')).toMatchObject({ numerator: 112, denominator: 3 });
    expect(valueOf(ada, CRM_METRIC_IDS.daysToClose, '2017-04-01')).toMatchObject({ numerator: 85, denominator: 2 });
    const cruz = rep('Cruz Diaz').observations;
    // February: his first engagement, nothing closed yet (a real zero)
    expect(cruz.filter((o) => o.metricId === CRM_METRIC_IDS.wonRevenue).map((o) => o.value)).toEqual([0, 55_000, 60_000, 50_000, 70_000]);
    // the team's rows: totals and the pooled win rate
    expect(valueOf(crm.teamTotals, CRM_METRIC_IDS.wonRevenue, '2017-03-01')?.value).toBe(1_035_000);
    expect(valueOf(crm.teamTotals, CRM_METRIC_IDS.winRate, '2017-03-01')).toMatchObject({ numerator: 4, denominator: 7 });
  });

  it('produces observations the schema accepts, with stable ids and the period end as date', () => {
    const all = [...crm.team.reps.flatMap((r) => r.observations), ...crm.teamTotals];
    const parsed = parseObservations(all);
    expect(parsed.ok).toBe(true);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    expect(valueOf(rep('Ben Cho').observations, CRM_METRIC_IDS.dealsWon, '2017-06-01')).toMatchObject({
      id: 'ben-cho/crm-deals-won/2017-06',
      date: '2017-06-30',
      period: { start: '2017-06-01', end: '2017-06-30' },
    });
    expect(isDeepFrozen(crm)).toBe(true);
  });

  it('feeds team gap analysis: Cruz Diaz is short of the team average four months running', () => {
    const report = analyzeTeamGaps(crm.team, { metricId: CRM_METRIC_IDS.wonRevenue, span: { start: '2017-03-01', end: '2017-06-30' }, unit: 'month' });
    // team means worked by hand: (6500 + 3300 + 550) / 3, (5350 + 2900 + 600) / 3, then four reps
    expect(report.periods.map((p) => p.standard)).toEqual([345_000, 295_000, 175_000, 320_000]);
    const cruz = report.reps.find((r) => r.name === 'Cruz Diaz')!;
    expect(cruz.sustained && cruz.sustainedNow).toBe(true);
    expect(cruz.longestRun?.periods).toEqual(['2017-03', '2017-04', '2017-05', '2017-06']);
    expect(report.reps.filter((r) => r.sustained).map((r) => r.name)).toEqual(['Cruz Diaz']);
    const ben = report.reps.find((r) => r.name === 'Ben Cho')!;
    expect(ben.periods.map((p) => p.analysis?.severity)).toEqual(['minor', 'minor', 'none', 'moderate']);
  });
});

describe('crmDealsToObservations: rules', () => {
  it('weekly periods are ISO weeks', () => {
    const crm = crmDealsToObservations(
      [
        { opportunity_id: '1', sales_agent: 'A', deal_stage: 'Won', engage_date: '2026-01-01', close_date: '2026-01-05', close_value: '10.5' },
        { opportunity_id: '2', sales_agent: 'A', deal_stage: 'Won', engage_date: '2026-01-01', close_date: '2026-01-13', close_value: '0.99' },
      ],
      { unit: 'week' },
    );
    // Thursday 1 January 2026 (the engagements) is in ISO week 2026-W01
    expect(crm.periods.map((p) => p.key)).toEqual(['2026-W01', '2026-W02', '2026-W03']);
    expect(crm.team.reps[0]?.observations.filter((o) => o.metricId === CRM_METRIC_IDS.wonRevenue).map((o) => o.value)).toEqual([0, 1_050, 99]);
  });

  it('money follows the currency\'s minor unit', () => {
    const yen = crmDealsToObservations([{ opportunity_id: '1', sales_agent: 'A', deal_stage: 'Won', engage_date: '2026-01-01', close_date: '2026-01-05', close_value: '1200' }], { unit: 'month', currency: 'JPY' });
    expect(yen.team.reps[0]?.observations.find((o) => o.metricId === CRM_METRIC_IDS.wonRevenue)?.value).toBe(1_200);
    expect(yen.team.metrics.find((m) => m.id === CRM_METRIC_IDS.wonRevenue)?.currency).toBe('JPY');
    const bad = crmDealsToObservations([{ opportunity_id: '1', sales_agent: 'A', deal_stage: 'Won', engage_date: '2026-01-01', close_date: '2026-01-05', close_value: '-5' }], { unit: 'month' });
    expect(bad.issues.map((i) => i.code)).toEqual(['invalid_amount']);
  });

  it('never guesses: a close before the engagement, missing fields by stage, an empty table', () => {
    const crm = crmDealsToObservations(
      [
        { opportunity_id: '1', sales_agent: 'A', deal_stage: 'Lost', engage_date: '2026-02-01', close_date: '2026-01-05', close_value: '0' },
        { opportunity_id: '2', sales_agent: 'A', deal_stage: 'Engaging' },
        { opportunity_id: '3', sales_agent: 'A', deal_stage: 'Prospecting' },
      ],
      { unit: 'month' },
    );
    expect(crm.issues.map((i) => [i.row, i.field, i.code] as const)).toEqual([
      [1, 'close_date', 'close_before_engage'],
      [2, 'engage_date', 'missing'],
    ]);
    expect(crm.periods).toEqual([]);
    expect(crm.team.reps.map((r) => r.observations.length)).toEqual([0]);
    expect(crmDealsToObservations([], { unit: 'month' }).team.reps).toEqual([]);
  });

  it('does not mutate its rows', () => {
    const rows = fixtureRows();
    const copy = structuredClone(rows);
    crmDealsToObservations(rows, { unit: 'month' });
    expect(rows).toEqual(copy);
    expect(Object.isFrozen(rows[0])).toBe(false);
  });

  it('has the public types it documents', () => {
    expectTypeOf(crmDealsToObservations).returns.toEqualTypeOf<CrmObservations>();
    expectTypeOf<CrmObservations['team']>().toEqualTypeOf<TeamObservations>();
    expectTypeOf<CrmRowIssue['row']>().toEqualTypeOf<number>();
  });
});

describe('crmDealsToObservations on the Maven CRM sample', () => {
  it.skipIf(!HAS_CRM_SAMPLE)('reads all 8,800 rows without an issue, 30 agents, October 2016 (first engagement) to December 2017', () => {
    const { rows } = readCsv(readFileSync(join(CRM_SAMPLE_DIR, 'sales_pipeline.csv'), 'utf8'));
    const crm = crmDealsToObservations(rows, { unit: 'month' });
    expect(crm.rowsRead).toBe(8_800);
    expect(crm.issues).toEqual([]);
    expect(crm.team.reps).toHaveLength(30);
    expect(crm.periods.map((p) => p.key)).toEqual([
      '2016-10', '2016-11', '2016-12', '2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12',
    ]);
    // independent check: total won value straight from the rows
    const wonCents = rows.filter((r) => r['deal_stage'] === 'Won').reduce((sum, r) => sum + Number(r['close_value']) * 100, 0);
    const total = crm.teamTotals.filter((o) => o.metricId === CRM_METRIC_IDS.wonRevenue).reduce((sum, o) => sum + (o.value ?? 0), 0);
    expect(total).toBe(wonCents);
    expect(crm.teamTotals.filter((o) => o.metricId === CRM_METRIC_IDS.dealsWon).reduce((sum, o) => sum + (o.value ?? 0), 0)).toBe(4_238);
  });
});

describe('deals engaged, the leading indicator of a CRM export', () => {
  it('counts each engaged deal once, in the period of its engage date, for the rep and the team', () => {
    const rows = [
      { opportunity_id: 'E1', sales_agent: 'Ada Brooks', deal_stage: 'Won', engage_date: '2017-03-02', close_date: '2017-04-10', close_value: '100' },
      { opportunity_id: 'E2', sales_agent: 'Ada Brooks', deal_stage: 'Engaging', engage_date: '2017-04-03', close_date: '', close_value: '' },
      { opportunity_id: 'E3', sales_agent: 'Ben Cho', deal_stage: 'Lost', engage_date: '2017-04-20', close_date: '2017-05-02', close_value: '0' },
      { opportunity_id: 'E4', sales_agent: 'Ben Cho', deal_stage: 'Prospecting', engage_date: '', close_date: '', close_value: '' },
    ];
    const result = crmDealsToObservations(rows, { unit: 'month' });
    expect(result.issues).toEqual([]);
    expect(result.team.metrics.find((m) => m.id === CRM_METRIC_IDS.dealsEngaged)).toMatchObject({ kind: 'activity', drives: [CRM_METRIC_IDS.dealsWon, CRM_METRIC_IDS.wonRevenue] });
    const engaged = (observations: readonly Observation[]) =>
      observations.filter((o) => o.metricId === CRM_METRIC_IDS.dealsEngaged).map((o) => [o.date.slice(0, 7), o.value]);
    // Periods run from the first date read (March's engagement) to the last (May's close); each rep from their first activity.
    expect(engaged(result.team.reps.find((r) => r.name === 'Ada Brooks')!.observations)).toEqual([['2017-03', 1], ['2017-04', 1], ['2017-05', 0]]);
    expect(engaged(result.team.reps.find((r) => r.name === 'Ben Cho')!.observations)).toEqual([['2017-04', 1], ['2017-05', 0]]);
    expect(engaged(result.teamTotals)).toEqual([['2017-03', 1], ['2017-04', 2], ['2017-05', 0]]);
  });
});
