/**
 * Property-test run counts, in one place so the figures reported in the issues
 * and in docs/quality.md come from the code that runs.
 * FC_RUNS_SCALE (an integer) multiplies them for a longer local soak.
 * FC_RUNS_DIVISOR (an integer) divides them, at least one run each: used only by
 * `npm run mutate`, which runs the relevant tests once per mutant.
 */
const scale = Math.max(1, Number.parseInt(process.env['FC_RUNS_SCALE'] ?? '1', 10) || 1);
const divisor = Math.max(1, Number.parseInt(process.env['FC_RUNS_DIVISOR'] ?? '1', 10) || 1);

/** numRuns for a property, scaled. */
export function runs(base: number): number {
  return Math.max(1, Math.ceil((base * scale) / divisor));
}

/** True when run counts are divided (mutation runs): coverage-of-the-space assertions are skipped then. */
export function reducedRuns(): boolean {
  return divisor > 1;
}
