/**
 * Evaluate a whole sales organisation on several threads. Plans are independent: cut the list into
 * slices, let each worker thread stream its slice through `evaluatePlans`, and put the rows back in
 * order. Plans travel as JSON text (cheap to send) and are parsed where they are evaluated; each
 * plan's CRM feed is fetched by the worker (`observationsFor`); only small dashboard rows come back.
 *
 * Run with `npx tsx examples/worker-threads.ts [plans] [threads]` (defaults: 2,000 plans, one
 * thread per core, at most 4). The rows go to stdout as CSV, the timing to stderr.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  ACCOUNT_EXECUTIVE_TEMPLATE,
  evaluatePlans,
  fromDayNumber,
  parsePlanJson,
  planFromTemplate,
  recommendOutcome,
  serializePlan,
  toDayNumber,
  type Observation,
  type Plan,
} from '../src/index.js';

/** One dashboard row per plan: what the workers send back. */
export interface PlanRow {
  readonly planId: string;
  readonly employee: string;
  readonly score: number;
  readonly progress: number;
  readonly triad: string;
  readonly outcome: string;
}

/** A worker's job: plan documents and the day of the evaluation. */
export interface EvaluationJob {
  readonly texts: readonly string[];
  readonly asOf: string;
}

/** A small deterministic number from a text and a counter (a stand-in for real CRM data). */
function noise(seed: string, n: number): number {
  let h = 2166136261 ^ n;
  for (let i = 0; i < seed.length; i += 1) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

/** The rep's CRM data for the plan's window, as an adapter would fetch it: a week at a time. */
export function crmFeed(plan: Plan): Observation[] {
  const start = toDayNumber(plan.startDate);
  const out: Observation[] = [];
  for (let week = 0; week < 9; week += 1) {
    const date = fromDayNumber(start + week * 7 + 4);
    const r = noise(plan.id, week);
    out.push({ metricId: 'm-demos', date, value: 2 + Math.round(r * 4) });
    out.push({ metricId: 'm-quota', date, numerator: Math.round(r * 9000), denominator: 10_000 });
    out.push({ metricId: 'm-crm-hygiene', date, value: Math.round(60 - r * 40) });
    if (week % 3 === 2) out.push({ metricId: 'm-new-business', date, value: Math.round(r * 3_000_000) });
    if (week % 4 === 3) out.push({ metricId: 'm-assessment', date, value: Math.round((0.7 + r * 0.25) * 100) / 100 });
  }
  return out;
}

/** Plans for `count` reps from the Account Executive template, stored as JSON text. */
export function organisation(count: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = noise('org', i);
    const made = planFromTemplate(
      ACCOUNT_EXECUTIVE_TEMPLATE,
      {
        employee: { id: `emp-${i}`, name: `Rep ${i}`, roleStartDate: '2024-06-03' },
        current: { 'm-new-business': 2_500_000 + Math.round(r * 2_000_000), 'm-quota': 0.4 + r * 0.2, 'm-demos': 3, 'm-assessment': 0.72, 'm-crm-hygiene': 58 },
        evidence: { 'm-new-business': ['CRM closed-won report, last quarter'] },
        diagnostic: { strengths: ['Rapport'], struggles: ['Discovery'], notDoing: ['Logging next steps'], doingWrong: ['Discounting early'], systemFactors: [], rootCause: 'skill' },
      },
      {
        manager: { id: `mgr-${i % 20}`, name: `Manager ${i % 20}` },
        hrPartner: { id: 'hr-1', name: 'HR Partner' },
        startDate: fromDayNumber(toDayNumber('2026-01-05') + (i % 8) * 7),
      },
    );
    if (!made.ok) throw new Error(`plan ${i}: ${made.issues[0]?.message ?? 'invalid'}`);
    texts.push(serializePlan(made.plan));
  }
  return texts;
}

/** Evaluate one job, plan by plan (what each worker runs; also the single-thread reference). */
export function evaluateJob(job: EvaluationJob): PlanRow[] {
  function* plans(): Generator<Plan> {
    for (const text of job.texts) {
      const parsed = parsePlanJson(text);
      if (parsed.ok) yield parsed.plan; // a host would log the issues of a plan that does not parse
    }
  }
  const rows: PlanRow[] = [];
  for (const evaluation of evaluatePlans(plans(), { asOf: job.asOf, observationsFor: crmFeed })) {
    rows.push({
      planId: evaluation.planId,
      employee: evaluation.employee.name,
      score: evaluation.score.value,
      progress: evaluation.progress,
      triad: evaluation.triad.code,
      outcome: recommendOutcome(evaluation).outcome,
    });
  }
  return rows;
}

function runWorker(job: EvaluationJob): Promise<PlanRow[]> {
  return new Promise((resolve, reject) => {
    // This same file, in a worker. Compiled to JavaScript it loads as it is; run from TypeScript
    // (`npx tsx`), the worker first registers tsx's loader, as the main thread did.
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`, { eval: true, workerData: job })
      : new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (rows: PlanRow[]) => resolve(rows));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
    });
  });
}

/** Evaluate plan documents on `threads` worker threads; the rows come back in the plans' order. */
export async function evaluateOnThreads(texts: readonly string[], asOf: string, threads: number): Promise<PlanRow[]> {
  const size = Math.ceil(texts.length / Math.max(1, threads));
  const jobs: EvaluationJob[] = [];
  for (let at = 0; at < texts.length; at += size) jobs.push({ texts: texts.slice(at, at + size), asOf });
  const results = await Promise.all(jobs.map(runWorker));
  return results.flat();
}

/** The rows as CSV. */
export function toCsv(rows: readonly PlanRow[]): string {
  const lines = ['planId,employee,score,progress,triad,outcome'];
  for (const r of rows) lines.push([r.planId, r.employee, r.score, r.progress, r.triad, r.outcome].join(','));
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const count = Number(process.argv[2] ?? 2000);
  const threads = Number(process.argv[3] ?? Math.min(4, availableParallelism()));
  const texts = organisation(count);
  const started = performance.now();
  const rows = await evaluateOnThreads(texts, '2026-03-30', threads);
  const ms = performance.now() - started;
  process.stdout.write(toCsv(rows));
  process.stderr.write(`${rows.length} plans on ${threads} threads in ${ms.toFixed(0)} ms (parse, feed, evaluate, recommend)\n`);
  return rows.length === count ? 0 : 1;
}

if (!isMainThread) {
  parentPort?.postMessage(evaluateJob(workerData as EvaluationJob));
} else if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
