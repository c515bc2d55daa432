/**
 * The adverse-impact analysis on the shared Maven CRM sample (examples/fairness-crm.ts): readiness
 * decides who would be placed on a plan, the sales team (manager) is the grouping. The table is
 * checked against a computation straight from the CSV rows that uses nothing of the library:
 * monthly won revenue per agent, the team mean per month, the reps three months in a row at least
 * 10% below it and past ramp-up, then per manager the rates, the reference team, the impact
 * ratio, Fisher's p (BigInt, test/fairness/exact.ts) and z. Skipped where ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crmFairness, placementTable } from '../../examples/fairness-crm.js';
import { readCsv } from '../support/csv.js';
import { CRM_SAMPLE_DIR, HAS_CRM_SAMPLE } from '../support/fixtures.js';
import { exactFisher, pooledZ } from './exact.js';

const MONTHS = ['2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12'];
const LAST_THREE = ['2017-10', '2017-11', '2017-12'];

/** Who would be placed, by hand: the agents whose won revenue is at least 10% below the month's mean in each of the last three months, past a 90-day ramp-up. */
function readyByHand(rows: readonly Record<string, string>[]): { agents: string[]; ready: Set<string> } {
  const cents = new Map<string, Map<string, number>>();
  const firstEngage = new Map<string, string>();
  for (const row of rows) {
    const agent = row['sales_agent'] as string;
    if (!cents.has(agent)) cents.set(agent, new Map(MONTHS.map((m) => [m, 0])));
    const engage = row['engage_date'] as string;
    if (engage && (!firstEngage.has(agent) || engage < firstEngage.get(agent)!)) firstEngage.set(agent, engage);
    if (row['deal_stage'] === 'Won') {
      const month = (row['close_date'] as string).slice(0, 7);
      cents.get(agent)!.set(month, cents.get(agent)!.get(month)! + Math.round(Number(row['close_value']) * 100));
    }
  }
  const agents = [...cents.keys()];
  const mean = (month: string) => agents.reduce((s, a) => s + cents.get(a)!.get(month)!, 0) / agents.length;
  const ready = new Set(
    agents.filter((agent) => {
      // ramp-up: 90 days from the first engagement (that day included) end before October
      const rampUpEnds = new Date(Date.parse(`${firstEngage.get(agent)}T00:00:00Z`) + 89 * 86_400_000).toISOString().slice(0, 10);
      return rampUpEnds < '2017-10-01' && LAST_THREE.every((m) => (mean(m) - cents.get(agent)!.get(m)!) / mean(m) >= 0.1);
    }),
  );
  return { agents, ready };
}

describe.skipIf(!HAS_CRM_SAMPLE)('fairness on the Maven CRM sample: placement by sales team', () => {
  it('matches a computation from the CSV rows, team by team, and prints the table', () => {
    const { rows } = readCsv(readFileSync(join(CRM_SAMPLE_DIR, 'sales_pipeline.csv'), 'utf8'));
    const { rows: teamRows } = readCsv(readFileSync(join(CRM_SAMPLE_DIR, 'sales_teams.csv'), 'utf8'));
    const manager = new Map(teamRows.map((r) => [r['sales_agent'] as string, r['manager'] as string]));
    const { agents, ready } = readyByHand(rows);
    const result = crmFairness(CRM_SAMPLE_DIR);
    expect([...result.ready].sort()).toEqual([...ready].sort());
    expect(ready.size).toBeGreaterThan(0);

    // Per manager, by hand.
    const teams = new Map<string, { reps: number; placed: number }>();
    for (const agent of agents) {
      const t = teams.get(manager.get(agent)!) ?? { reps: 0, placed: 0 };
      t.reps += 1;
      if (ready.has(agent)) t.placed += 1;
      teams.set(manager.get(agent)!, t);
    }
    const reported = [...teams].filter(([, t]) => t.reps >= 5);
    const suppressed = [...teams].filter(([, t]) => t.reps < 5).map(([name]) => name);
    // reference: the lowest placement rate; ties: more reps, then the name
    const [refName, ref] = [...reported].sort(([na, a], [nb, b]) => a.placed / a.reps - b.placed / b.reps || b.reps - a.reps || (na < nb ? -1 : 1))[0]!;
    const analysis = result.analysis;
    const placement = analysis.measures.find((m) => m.measure === 'placement')!;
    expect(placement.reference).toBe(refName);
    expect(analysis.groups.filter((g) => g.suppressed).map((g) => g.label)).toEqual(suppressed.sort());
    for (const [name, t] of reported) {
      expect(analysis.groups.find((g) => g.label === name)?.counts).toMatchObject({ headcount: t.reps, placed: t.placed });
      if (name === refName) continue;
      const c = placement.comparisons.find((x) => x.group === name)!;
      const favourable = 1 - t.placed / t.reps;
      const refFavourable = 1 - ref.placed / ref.reps;
      expect(c.impactRatio).toBeCloseTo(favourable / refFavourable, 12);
      expect(c.adverseRatio === null).toBe(ref.placed === 0);
      expect(c.fisherP).toBeCloseTo(exactFisher(t.placed, t.reps - t.placed, ref.placed, ref.reps - ref.placed).p, 12);
      if (t.placed + ref.placed === 0) expect(c.z).toBeNull();
      else expect(c.z).toBeCloseTo(pooledZ(t.placed, t.reps, ref.placed, ref.reps), 12);
      expect(c.fourFifthsFlag).toBe(favourable / refFavourable < 0.8);
    }
    const table = placementTable(analysis);
    for (const [name, t] of reported) expect(table.find((line) => line.startsWith(name))).toMatch(new RegExp(`^${name}\\s+${t.reps}\\s+${t.placed}\\s+${((t.placed / t.reps) * 100).toFixed(1)}%`));
    console.log(result.lines.join('\n'));
  });
});
