import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Record how many inputs a fuzz target ran, and the longest one input took (ms). When FUZZ_LOG
 * names a file, one JSON line per target is appended there; `npm run fuzz` sums them into the
 * figures docs/quality.md reports.
 */
export function recordFuzz(target: string, inputs: number, slowestMs?: number): void {
  const file = process.env['FUZZ_LOG'];
  if (file) appendFileSync(file, `${JSON.stringify({ target, inputs, ...(slowestMs === undefined ? {} : { slowestMs: Math.round(slowestMs * 10) / 10 }) })}\n`);
}

/** Times calls and keeps the longest: the "no hang" figure of a fuzz target. */
export class SlowestInput {
  /** The longest call so far, in milliseconds. */
  ms = 0;

  /** Call `fn`, keeping its duration if it is the longest yet. */
  time<T>(fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.ms = Math.max(this.ms, performance.now() - start);
    }
  }
}
