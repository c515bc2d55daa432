/**
 * Gap analysis: how far a rep falls short of a standard, in the metric's own direction. The
 * team's standard per period and each rep's gap to it are team analysis (src/team).
 *
 * @module
 */
export { analyzeGap } from './analyze-gap.js';
export type { GapAnalysis, GapAnalysisResult, GapFigures, GapMetric } from './analyze.js';
export { DEFAULT_GAP_POLICY, GAP_POLICY, GAP_POLICY_DESCRIPTIONS, type GapPolicy, type GapPolicyOverrides, type GapSeverity, type TeamStandard } from './policy.js';
export { GAP_ANALYSIS_MESSAGES, GAP_RUN_MESSAGES, type GapAnalysisFactsBySeverity, type GapFacts, type GapRunFacts } from './messages.js';
export type { FigureUnit } from './format.js';
