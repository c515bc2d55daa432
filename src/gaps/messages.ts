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

/**
 * Facts a gap sentence is built from: the metric's name and the unit its figures are written in,
 * the figures, the severity and the direction (language-neutral data).
 */
export interface GapFacts {
  readonly metricName: string;
  readonly unit: FigureUnit;
  readonly current: number;
  readonly standard: number;
  readonly shortfall: number;
  /** Absent when the standard is 0. */
  readonly relativeShortfall?: number;
  readonly severity: GapSeverity;
  readonly lowerIsBetter: boolean;
}

/** What each severity's gap sentence reads. */
export type GapAnalysisFactsBySeverity = { readonly [S in GapSeverity]: GapFacts };

const gapHead = (f: GapFacts): string =>
  `${f.metricName} is ${formatFigure(f.current, f.unit)} against a standard of ${formatFigure(f.standard, f.unit)} (${f.lowerIsBetter ? 'lower is better' : 'higher is better'})`;

/** A gap short of the standard: how far, relative to the standard, and how severe. */
function shortGap(f: GapFacts): string {
  const relative =
    f.relativeShortfall === undefined
      ? 'the standard is zero, so any shortfall counts as severe'
      : `${formatPercent(f.relativeShortfall)} ${f.lowerIsBetter ? 'above' : 'below'} the standard`;
  return `${gapHead(f)}: ${formatDifference(f.shortfall, f.unit)} short (${relative}), a ${f.severity} gap.`;
}

/**
 * The English sentence of a gap, per severity, from its facts.
 *
 * @example
 * ```ts
 * import { GAP_ANALYSIS_MESSAGES } from 'improvement-plan';
 * GAP_ANALYSIS_MESSAGES.none({ metricName: 'Calls', unit: { unit: 'count' }, current: 40, standard: 40, shortfall: 0, relativeShortfall: 0, severity: 'none', lowerIsBetter: false });
 * // => "Calls is 40 against a standard of 40 (higher is better): it meets the standard exactly; there is no gap."
 * ```
 */
export const GAP_ANALYSIS_MESSAGES: Catalog<GapAnalysisFactsBySeverity> = {
  none: (f) =>
    f.shortfall === 0
      ? `${gapHead(f)}: it meets the standard exactly; there is no gap.`
      : `${gapHead(f)}: it is ${formatDifference(-f.shortfall, f.unit)} better than the standard; there is no gap.`,
  minor: shortGap,
  moderate: shortGap,
  severe: shortGap,
};

/** One sentence explaining a gap with its figures. */
export function gapMessage(f: GapFacts): string {
  return GAP_ANALYSIS_MESSAGES[f.severity](f);
}

/** The facts of a rep's run sentence: who, which metric, the longest run and the periods needed. */
export interface GapRunFacts {
  /** The rep's name, or id when the rep has no name. */
  readonly rep: string;
  readonly metricName: string;
  /** The longest run of consecutive short periods, and its first and last period (empty when 0). */
  readonly length: number;
  readonly first: string;
  readonly last: string;
  /** The policy's `sustainedPeriods`. */
  readonly needed: number;
}

/**
 * The English sentence of a rep's longest run, whether it is sustained or not, from its facts.
 *
 * @example
 * ```ts
 * import { GAP_RUN_MESSAGES } from 'improvement-plan';
 * GAP_RUN_MESSAGES.sustained({ rep: 'Ana', metricName: 'Calls', length: 3, first: '2026-01', last: '2026-03', needed: 3 });
 * // => "Ana was short of the team standard on Calls for 3 consecutive periods (2026-01 to 2026-03): a sustained pattern."
 * ```
 */
export const GAP_RUN_MESSAGES: Catalog<{ readonly sustained: GapRunFacts; readonly not_sustained: GapRunFacts }> = {
  sustained: (f) => `${f.rep} was short of the team standard on ${f.metricName} for ${f.length} consecutive periods (${f.first} to ${f.last}): a sustained pattern.`,
  not_sustained: (f) =>
    `${f.rep}'s longest run short of the team standard on ${f.metricName} is ${f.length} period${f.length === 1 ? '' : 's'}${f.length > 0 ? ` (${f.first} to ${f.last})` : ''}; ${f.needed} are needed for a sustained pattern.`,
};

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

