/**
 * Linear scales and "nice" ticks for charts.
 *
 * @internal
 * @module
 */

/** A linear map from a data interval onto a pixel interval. */
export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  (value: number): number;
}

/** A linear scale; a zero-width domain maps everything to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  return Object.assign(scale, { domain, range });
}

/** A step of 1, 2 or 5 times a power of ten giving about `count` intervals over the span. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** A value domain widened to nice tick boundaries, and its ticks. `values` must be finite. */
export function niceDomain(values: readonly number[], count = 4): { readonly domain: readonly [number, number]; readonly ticks: readonly number[] } {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (values.length === 0) [min, max] = [0, 1];
  // Equal values, or a span too small for floating point to divide (denormals), get a padded domain.
  if (!(max - min > 1e-300)) {
    // A tenth of the magnitude, unless that is itself too small to divide by (zero or denormal data).
    const magnitude = Math.max(Math.abs(min), Math.abs(max));
    const pad = magnitude > 1e-200 ? magnitude * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  // Non-negative data that starts near zero reads better from zero.
  if (min > 0 && min < (max - min) * 0.5) min = 0;
  const step = niceStep(max - min, count);
  let lo = Math.floor(min / step) * step;
  let hi = Math.ceil(max / step) * step;
  // Floating point can leave a bound a hair inside the data: widen it by a step then.
  if (lo > min) lo -= step;
  if (hi < max) hi += step;
  // Ticks written to the step's decimals (0.30000000000000004 becomes 0.3), kept inside the
  // domain: rounding to a fixed number of significant digits moved ticks of large values with
  // small steps (999,999,999.9965 to ...997) off the chart.
  const decimals = Math.min(20, Math.max(0, Math.ceil(-Math.log10(step))));
  const tidy = (v: number): number => (Math.abs(v) < 1e21 ? Number(v.toFixed(decimals)) : v);
  const ticks: number[] = [];
  for (let i = 0, v = lo; v <= hi + step / 2 && i < 50; i += 1, v = lo + i * step) ticks.push(Math.min(hi, Math.max(lo, tidy(v))));
  return { domain: [lo, hi], ticks };
}
