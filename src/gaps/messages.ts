/**
 * Every sentence gap analysis writes, kept together.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';
import { POLICY_ISSUE_MESSAGES, type PolicyIssueFacts } from '../policy/messages.js';
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

/**
 * The facts of each team gap issue code: the metric asked for and the metrics the team defines
 * (`metric_unknown`), the rep `groupBy` gives no group (`rep_ungrouped`), a policy issue's facts
 * (`policy_invalid`).
 */
export type TeamGapIssueFactsByCode = {
  readonly metric_unknown: { readonly metricId: string; readonly defined: readonly string[] };
  readonly rep_ungrouped: { readonly repId: string };
  readonly policy_invalid: PolicyIssueFacts;
};

/** The team gap issues' part of the English catalog (`policy_invalid`'s is the policy definition's own). */
export const TEAM_GAP_ISSUE_MESSAGES: Catalog<TeamGapIssueFactsByCode> = {
  metric_unknown: (f) => `The team's observations define no metric ${JSON.stringify(f.metricId)} (defined: ${f.defined.length === 0 ? 'none' : f.defined.join(', ')}).`,
  rep_ungrouped: (f) => `groupBy gives rep ${JSON.stringify(f.repId)} no group: the rep is compared with the whole team only, in no group.`,
  policy_invalid: POLICY_ISSUE_MESSAGES.policy_invalid,
};

/** A rep's sustained-run sentence. */
export function runMessage(name: string, metricName: string, length: number, first: string, last: string, needed: number): string {
  return length >= needed
    ? `${name} was short of the team standard on ${metricName} for ${length} consecutive periods (${first} to ${last}): a sustained pattern.`
    : `${name}'s longest run short of the team standard on ${metricName} is ${length} period${length === 1 ? '' : 's'}${length > 0 ? ` (${first} to ${last})` : ''}; ${needed} are needed for a sustained pattern.`;
}
