/**
 * `evaluatePlan` one call at a time (what a server does: one request, one plan) against
 * `evaluatePlans` over the same plans, side by side in one process: `repeats` rounds, each timing
 * both in alternating order after a cache flush, the median per chunk summed. The results are
 * compared too (JSON text and deep frozenness), once per plan.
 *   npx tsx test/bench/evaluate-single.ts --plans 500 [--as-of 2025-11-01] [--source src]
 */
import { loadavg } from 'node:os';
import type { Plan } from '../../src/schema/types.js';
import { generateOrganisation } from './organisation.js';

type Library = typeof import('../../src/index.js');

export interface SingleVsBatch {
  readonly plans: number;
  /** Summed medians, wall-clock. */
  readonly batchMs: number;
  readonly singleMs: number;
  /** singleMs / batchMs: the target is at most 1.15. */
  readonly ratio: number;
  /** The same ratio in CPU time of this process (moves less on a loaded machine). */
  readonly cpuRatio: number;
  /** Every single result equals its batch result (JSON text and deep frozenness). */
  readonly identical: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!deeplyFrozen((value as Record<string, unknown>)[key], seen)) return false;
  return true;
}

let sink = 0;

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Parse the bench organisation's first `count` plans (untimed). */
export function parsedOrganisation(lib: Library, count: number, seed = 42): Plan[] {
  const plans: Plan[] = [];
  for (const { plan } of generateOrganisation({ seed, plans: count, observationsPerDay: 1 })) {
    const result = lib.parsePlanJson(JSON.stringify(plan));
    if (!result.ok) throw new Error('generated plan does not parse');
    plans.push(result.plan);
  }
  return plans;
}

/** Time evaluatePlan per plan against evaluatePlans, chunk by chunk, and compare their results. */
export function singleVsBatch(lib: Library, plans: readonly Plan[], asOf: string, repeats = 5, chunk = 250): SingleVsBatch {
  let batchMs = 0;
  let singleMs = 0;
  let batchCpu = 0;
  let singleCpu = 0;
  let identical = true;
  for (let from = 0; from < plans.length; from += chunk) {
    const part = plans.slice(from, from + chunk);
    const batch: number[] = [];
    const single: number[] = [];
    const batchCpus: number[] = [];
    const singleCpus: number[] = [];
    for (let r = 0; r < repeats; r += 1) {
      for (const which of r % 2 === 0 ? ['batch', 'single'] : ['single', 'batch']) {
        const c0 = cpuNow();
        const t0 = performance.now();
        if (which === 'batch') {
          for (const evaluation of lib.evaluatePlans(part, { asOf })) sink += evaluation.score.value;
          batch.push(performance.now() - t0);
          batchCpus.push(cpuNow() - c0);
        } else {
          for (const plan of part) sink += lib.evaluatePlan(plan, null, { asOf }).score.value;
          single.push(performance.now() - t0);
          singleCpus.push(cpuNow() - c0);
        }
      }
    }
    batchMs += median(batch);
    singleMs += median(single);
    batchCpu += median(batchCpus);
    singleCpu += median(singleCpus);
    const batched = [...lib.evaluatePlans(part, { asOf })];
    part.forEach((plan, i) => {
      const one = lib.evaluatePlan(plan, null, { asOf });
      if (JSON.stringify(one) !== JSON.stringify(batched[i]) || !deeplyFrozen(one)) identical = false;
    });
  }
  return { plans: plans.length, batchMs, singleMs, ratio: singleMs / batchMs, cpuRatio: singleCpu / batchCpu, identical };
}

/** The line `npm run bench` prints. */
export function singleVsBatchLine(label: string, m: SingleVsBatch): string {
  return `  ${label}: evaluatePlan one call at a time ${m.singleMs.toFixed(0)} ms vs evaluatePlans ${m.batchMs.toFixed(0)} ms for ${m.plans} plans: ` +
    `single/batch ${m.ratio.toFixed(2)} (cpu ${m.cpuRatio.toFixed(2)}; target <= 1.15), results ${m.identical ? 'identical' : 'DIFFERENT'}; load ${(loadavg()[0] ?? 0).toFixed(2)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: string): string => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
  };
  const lib: Library =
    value('--source', 'src') === 'dist' ? ((await import(new URL('../../dist/index.js', import.meta.url).href)) as Library) : await import('../../src/index.js');
  const plans = parsedOrganisation(lib, Number(value('--plans', '500')));
  const asOf = value('--as-of', '2026-12-31');
  singleVsBatch(lib, plans.slice(0, 100), asOf, 2); // warm-up
  process.stdout.write(`${singleVsBatchLine(`asOf ${asOf}`, singleVsBatch(lib, plans, asOf, Number(value('--repeats', '5'))))}\n`);
  process.stdout.write(`sink ${sink}\n`);
}

if (process.argv[1]?.endsWith('evaluate-single.ts')) await main();
