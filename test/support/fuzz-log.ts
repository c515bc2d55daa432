import { appendFileSync } from 'node:fs';

/**
 * Record how many inputs a fuzz target ran. When FUZZ_LOG names a file, one JSON line per target
 * is appended there; `npm run fuzz` sums them into the figure docs/quality.md reports.
 */
export function recordFuzz(target: string, inputs: number): void {
  const file = process.env['FUZZ_LOG'];
  if (file) appendFileSync(file, `${JSON.stringify({ target, inputs })}\n`);
}
