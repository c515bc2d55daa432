/**
 * Team analysis: the team's standard per period with each rep's gap to it and whether it is
 * sustained (gap analysis over a team), the screening of every rep's leading indicators
 * before anyone is put on a plan, and the comparison of plans across a role's reps (consistency). Messages, codes and policies are reused from the gaps and
 * evaluation folders (`gaps/messages.ts`, `gaps/policy.ts`; `evaluate/codes.ts` `SCREEN_CODES`,
 * `evaluate/messages.ts`, `evaluate/policy.ts`).
 *
 * @module
 */
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
} from './gaps.js';
export { TEAM_GAP_ISSUE_MESSAGES, type TeamGapIssueFactsByCode } from '../gaps/messages.js';
export { SCREEN_FINDING_MESSAGES, type ScreenFactsByCode, type ScreenDeclineFacts } from '../evaluate/messages.js';
export {
  screenTeam,
  type ScreenTeamOptions,
  type TeamScreen,
  type RepScreen,
  type MetricSignal,
  type ScreenFinding,
} from './screen.js';
export {
  compareConsistency,
  type CompareConsistencyOptions,
  type ConsistencyReport,
  type ConsistencyFinding,
  type ConsistencyFindingFields,
  type RoleConsistency,
  type RoleMetricTargets,
  type TeamAverage,
} from './consistency.js';
export { rewordConsistency, type ConsistencyLocale } from './consistency-locale.js';
export { CONSISTENCY_MESSAGES, type ConsistencyFactsByCode, type TargetComparisonFacts } from './messages.js';
