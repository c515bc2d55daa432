/**
 * Every sentence gap analysis writes, kept together.
 *
 * @internal
 * @module
 */
import { formatDifference, formatFigure, formatPercent, type FigureUnit } from './format.js';
import type { GapSeverity } from './policy.js';

/** Facts a gap sentence is built from. */
export interface GapFacts {
  readonly metricName: string;
  readonly unit: FigureUnit;
  readonly current: number;
  readonly standard: number;
  readonly shortfall: number;
  readonly relativeShortfall: number | undefined;
  readonly severity: GapSeverity;
  readonly lowerIsBetter: boolean;
}

/** One sentence explaining a gap with its figures. */
export function gapMessage(f: GapFacts): string {
  const head = `${f.metricName} is ${formatFigure(f.current, f.unit)} against a standard of ${formatFigure(f.standard, f.unit)}`;
  const better = f.lowerIsBetter ? 'lower is better' : 'higher is better';
  if (f.severity === 'none') {
    return f.shortfall === 0
      ? `${head} (${better}): it meets the standard exactly; there is no gap.`
      : `${head} (${better}): it is ${formatDifference(-f.shortfall, f.unit)} better than the standard; there is no gap.`;
  }
  const relative =
    f.relativeShortfall === undefined
      ? 'the standard is zero, so any shortfall counts as severe'
      : `${formatPercent(f.relativeShortfall)} ${f.lowerIsBetter ? 'above' : 'below'} the standard`;
  return `${head} (${better}): ${formatDifference(f.shortfall, f.unit)} short (${relative}), a ${f.severity} gap.`;
}

/** The message for a team report asked about a metric the team does not define. */
export function unknownMetricMessage(metricId: string, known: readonly string[]): string {
  return `The team's observations define no metric ${JSON.stringify(metricId)} (defined: ${known.length === 0 ? 'none' : known.join(', ')}).`;
}

/** A rep the request's `groupBy` gives no group. */
export function ungroupedMessage(repId: string): string {
  return `groupBy gives rep ${JSON.stringify(repId)} no group: the rep is compared with the whole team only, in no group.`;
}

/** A rep's sustained-run sentence. */
export function runMessage(name: string, metricName: string, length: number, first: string, last: string, needed: number): string {
  return length >= needed
    ? `${name} was short of the team standard on ${metricName} for ${length} consecutive periods (${first} to ${last}): a sustained pattern.`
    : `${name}'s longest run short of the team standard on ${metricName} is ${length} period${length === 1 ? '' : 's'}${length > 0 ? ` (${first} to ${last})` : ''}; ${needed} are needed for a sustained pattern.`;
}
