/**
 * How `replay` scales with the length of the log (a script, not a test: timings never go in tests).
 *
 *   npx tsx test/bench/replay-scaling.ts                       # 2,500 / 5,000 / 10,000 / 20,000 entries
 *   npx tsx test/bench/replay-scaling.ts --sizes 1000,2000     # other sizes
 *   npx tsx test/bench/replay-scaling.ts --repeats 5           # median of 5 runs per size (default 3)
 *
 * The log is genuine: the 90-day fixture plan lives through `transition` (submitted, approved,
 * acknowledged by both, activated) and then, day after day, the nightly `advance`, the weekly
 * check-in, the weekly coaching session delivered and a stream of `record_observations` commands
 * (one observation each, dated the day they are recorded), until the log holds the largest size
 * (20,000 entries is `LIMITS.events`, the most a plan's log may hold). Each size replays a prefix of
 * that one log (a prefix of a genuine log is a genuine log) from the draft plan, and the time is
 * the median of `--repeats` runs, wall-clock and CPU (process.cpuUsage: on a shared, loaded
 * machine the CPU time moves less from run to run). Each run's result is checked against the plan the log was cut
 * from, so a fast but wrong replay does not pass for a fast one.
 *
 * If replay is linear, time per entry stays flat as the log doubles; quadratic, it doubles too.
 */
import { performance } from 'node:perf_hooks';
import { assertPlan, checkInSlots, replay, shiftDate, supportSessions, transition, type Actor, type Plan, type PlanCommand } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const MANAGER: Actor = { id: 'mgr-dana', role: 'manager' };
const EMPLOYEE: Actor = { id: 'emp-1042', role: 'employee' };
const HR: Actor = { id: 'hr-priya', role: 'hr' };
const SYSTEM: Actor = { id: 'nightly-job', role: 'system' };

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const sizes = option('sizes', '2500,5000,10000,20000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const repeats = Math.max(1, Number(option('repeats', '3')) || 3);
/** record_observations commands per day (the rest of a day's entries are advance, check-in, delivery). */
const perDay = Math.max(1, Number(option('per-day', '150')) || 150);

function step(plan: Plan, command: PlanCommand, actor: Actor, asOf: string): Plan {
  const result = transition(plan, command, { asOf, actor });
  if (!result.ok) throw new Error(`${command.type} on ${asOf} refused: ${result.rejection.code}: ${result.rejection.message}`);
  return result.plan;
}

/** The draft, and the plan after a genuine life of at least `entries` log entries. */
function buildLog(entries: number): { draft: Plan; lived: Plan; buildMs: number } {
  const started = performance.now();
  const draft = assertPlan(readFixture('plan-90-day-conversion.json'));
  let plan = draft;
  plan = step(plan, { type: 'submit_for_review' }, MANAGER, '2025-12-29');
  plan = step(plan, { type: 'approve' }, HR, '2025-12-30');
  plan = step(plan, { type: 'acknowledge' }, MANAGER, '2025-12-31');
  plan = step(plan, { type: 'acknowledge', comment: 'I understand the plan.' }, EMPLOYEE, '2026-01-02');
  plan = step(plan, { type: 'activate' }, HR, '2026-01-05');
  let day = '2026-01-05';
  let n = 0;
  while (plan.events.length < entries) {
    const advanced = transition(plan, { type: 'advance' }, { asOf: day, actor: SYSTEM });
    if (advanced.ok) plan = advanced.plan;
    const slot = checkInSlots(plan, { asOf: day }).find((s) => s.date === day && s.checkIn === undefined && s.status !== 'missed');
    if (slot && plan.events.length < entries) {
      plan = step(plan, { type: 'record_check_in', checkIn: { date: day, status: 'held', notes: 'Weekly review.' } }, MANAGER, day);
    }
    const session = supportSessions(plan, { asOf: day }).find((s) => s.commitmentId === 'sup-call-review' && s.dueDate === day && s.delivery === undefined);
    if (session && plan.events.length < entries) {
      plan = step(plan, { type: 'record_support_delivery', delivery: { commitmentId: session.commitmentId, date: day, status: 'delivered' } }, MANAGER, day);
    }
    for (let k = 0; k < perDay && plan.events.length < entries; k += 1) {
      n += 1;
      plan = step(plan, { type: 'record_observations', observations: [{ metricId: 'm-calls', date: day, value: n % 60 }] }, SYSTEM, day);
    }
    day = shiftDate(day, 1);
  }
  return { draft, lived: plan, buildMs: performance.now() - started };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const largest = sizes.at(-1) ?? 0;
const buildCpu = process.cpuUsage();
const { draft, lived, buildMs } = buildLog(largest);
const built = process.cpuUsage(buildCpu);
console.log(
  `log built through transition: ${lived.events.length} entries in ${(buildMs / 1000).toFixed(1)} s (CPU ${((built.user + built.system) / 1e6).toFixed(1)} s; ${perDay} observations a day, last entry ${lived.events.at(-1)?.at})`,
);
// One untimed replay of the smallest log first, so the first size is not timed while the JIT warms up.
replay(draft, lived.events.slice(0, sizes[0] ?? 0));
console.log('entries   replay wall (median)   replay CPU (median)   CPU per entry');
let previous: { size: number; ms: number } | undefined;
for (const size of sizes) {
  const events = lived.events.slice(0, size);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = replay(draft, events);
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (!result.ok) throw new Error(`replay of ${size} entries failed: ${JSON.stringify(result)}`);
    if (result.plan.events.length !== size || result.plan.events.at(-1)?.seq !== size - 1) throw new Error(`replay of ${size} entries rebuilt the wrong plan`);
    if (size === lived.events.length && JSON.stringify(result.plan) !== JSON.stringify(lived)) throw new Error('replay of the whole log does not rebuild the plan');
  }
  const wall = median(times);
  const ms = median(cpuTimes);
  const growth = previous ? `   CPU x${(ms / previous.ms).toFixed(2)} for x${(size / previous.size).toFixed(1)} entries` : '';
  console.log(`${String(size).padStart(7)}   ${(wall / 1000).toFixed(3).padStart(16)} s   ${(ms / 1000).toFixed(3).padStart(15)} s   ${((ms * 1000) / size).toFixed(1).padStart(9)} µs${growth}`);
  previous = { size, ms };
}
