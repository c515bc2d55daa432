/**
 * Property-test run counts, in one place so the figures reported in the issues
 * and in docs/quality.md come from the code that runs.
 * FC_RUNS_SCALE (an integer) multiplies them for a longer local soak.
 */
const scale = Math.max(1, Number.parseInt(process.env['FC_RUNS_SCALE'] ?? '1', 10) || 1);

/** numRuns for a property, scaled. */
export function runs(base: number): number {
  return base * scale;
}
