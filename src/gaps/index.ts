/**
 * Gap analysis: how far a rep falls short of a standard, in the metric's own direction, and a
 * team's standard per period with each rep's gap to it and whether it is sustained.
 *
 * @module
 */
export { analyzeGap, type GapAnalysis, type GapAnalysisResult, type GapFigures, type GapMetric } from './analyze.js';
export {
  analyzeTeamGaps,
  teamAveragesOf,
  type TeamAverageFigure,
  type TeamAveragesResult,
  type TeamGapRequest,
  type TeamGapReport,
  type TeamGroupGapReport,
  type TeamPeriodStandard,
  type RepPeriodGap,
  type RepGapReport,
  type GapRun,
  type TeamGapIssue,
} from './team.js';
export { DEFAULT_GAP_POLICY, GAP_POLICY, GAP_POLICY_DESCRIPTIONS, type GapPolicy, type GapPolicyOverrides, type GapSeverity, type TeamStandard } from './policy.js';
