/**
 * The plan's state chart as data: states, the commands each accepts, who may send them, where
 * they lead and the guards that must hold. `transition` looks every command up here, so the chart
 * and the behaviour cannot drift apart; {@link stateChartMermaid} draws it.
 *
 * @module
 */
import type { ActorRole, PlanPhase, PlanStatus } from '../schema/types.js';
import type { PlanCommandType } from './commands.js';
import { PHASE_DESCRIPTIONS, STATUS_DESCRIPTIONS } from './messages.js';

/** A named condition a transition requires, beyond the state and the role. */
export type GuardName =
  | 'valid_change'
  | 'reviewer_is_hr_partner'
  | 'record_dated_in_plan'
  | 'plan_has_run'
  | 'one_check_in_a_day'
  | 'no_lint_errors'
  | 'reason_given'
  | 'signer_is_party'
  | 'not_yet_acknowledged'
  | 'comment_by_employee_only'
  | 'hr_approved'
  | 'acknowledged_by_both'
  | 'start_date_reached'
  | 'end_date_not_passed'
  | 'within_extension_caps'
  | 'end_date_reached_or_goals_met'
  | 'outcome_allowed'
  | 'support_delivered_if_not_met'
  | 'closed_in_good_standing'
  | 'not_yet_monitored'
  | 'auto_evaluation_due';

/** One edge of the chart: a command sent in a state, by one of the roles, leading to a state. */
export interface StateChartTransition {
  readonly command: PlanCommandType;
  readonly from: PlanStatus;
  readonly to: PlanStatus;
  readonly roles: readonly ActorRole[];
  readonly guards: readonly GuardName[];
}

/** One state of the chart. */
export interface StateChartState {
  readonly status: PlanStatus;
  readonly description: string;
  /** No command leaves it. */
  readonly final: boolean;
  /** Only monitoring commands are accepted (and time passes). */
  readonly readOnly: boolean;
  /** The sub-states while in this state (the phases, while active). */
  readonly phases?: readonly PlanPhase[];
}

/** An edge between phases inside the active state. */
export interface PhaseTransition {
  readonly from: PlanPhase;
  readonly to: PlanPhase;
  readonly command: 'advance';
  readonly description: string;
}

/** The whole chart. */
export interface PlanStateChart {
  readonly initial: PlanStatus;
  readonly states: readonly StateChartState[];
  readonly transitions: readonly StateChartTransition[];
  readonly phaseTransitions: readonly PhaseTransition[];
  readonly guards: { readonly [G in GuardName]: string };
}

const M = 'manager' as const;
const E = 'employee' as const;
const H = 'hr' as const;
const S = 'system' as const;

const OPEN: readonly PlanStatus[] = ['draft', 'in_review', 'awaiting_acknowledgement', 'active', 'paused', 'in_evaluation'];
const ALL: readonly PlanStatus[] = [...OPEN, 'closed', 'monitoring', 'completed'];

type Edge = [PlanCommandType, PlanStatus | readonly PlanStatus[], PlanStatus | 'same', readonly ActorRole[], readonly GuardName[]];

const EDGES: readonly Edge[] = [
  ['edit_draft', 'draft', 'same', [M, H], ['valid_change']],
  ['submit_for_review', 'draft', 'in_review', [M, H], ['no_lint_errors']],
  ['request_changes', 'in_review', 'draft', [H], ['reviewer_is_hr_partner', 'reason_given']],
  ['approve', 'in_review', 'awaiting_acknowledgement', [H], ['reviewer_is_hr_partner']],
  ['acknowledge', 'awaiting_acknowledgement', 'same', [M, E], ['signer_is_party', 'not_yet_acknowledged', 'comment_by_employee_only']],
  ['activate', 'awaiting_acknowledgement', 'active', [M, H, S], ['hr_approved', 'acknowledged_by_both', 'start_date_reached', 'end_date_not_passed']],
  ['record_check_in', ['active', 'in_evaluation'], 'same', [M], ['record_dated_in_plan', 'one_check_in_a_day', 'valid_change']],
  ['record_observations', ['active', 'paused', 'in_evaluation', 'monitoring'], 'same', [M, H, S], ['record_dated_in_plan', 'valid_change']],
  ['record_support_delivery', ['active', 'paused', 'in_evaluation'], 'same', [M, H, S], ['record_dated_in_plan', 'valid_change']],
  // An amendment to a running plan waits for the re-signatures while the plan clock keeps running.
  ['record_check_in', 'awaiting_acknowledgement', 'same', [M], ['plan_has_run', 'record_dated_in_plan', 'one_check_in_a_day', 'valid_change']],
  ['record_observations', 'awaiting_acknowledgement', 'same', [M, H, S], ['plan_has_run', 'record_dated_in_plan', 'valid_change']],
  ['record_support_delivery', 'awaiting_acknowledgement', 'same', [M, H, S], ['plan_has_run', 'record_dated_in_plan', 'valid_change']],
  ['amend_goal', 'awaiting_acknowledgement', 'same', [M, H], ['reason_given', 'valid_change']],
  ['amend_goal', 'active', 'awaiting_acknowledgement', [M, H], ['reason_given', 'valid_change']],
  ['amend_support', 'awaiting_acknowledgement', 'same', [M, H], ['reason_given', 'valid_change']],
  ['amend_support', 'active', 'awaiting_acknowledgement', [M, H], ['reason_given', 'valid_change']],
  ['amend_plan', 'awaiting_acknowledgement', 'same', [M, H], ['reason_given', 'valid_change']],
  ['amend_plan', 'active', 'awaiting_acknowledgement', [M, H], ['reason_given', 'valid_change']],
  ['pause', 'active', 'paused', [M, H], ['reason_given']],
  ['resume', 'paused', 'active', [M, H], []],
  ['extend', ['active', 'in_evaluation'], 'active', [M, H], ['reason_given', 'within_extension_caps']],
  ['begin_evaluation', 'active', 'in_evaluation', [M, H], ['end_date_reached_or_goals_met']],
  ['close', 'in_evaluation', 'closed', [M, H], ['outcome_allowed', 'support_delivered_if_not_met']],
  ['withdraw', OPEN, 'closed', [M, H], ['reason_given']],
  ['start_monitoring', 'closed', 'monitoring', [M, H], ['closed_in_good_standing', 'not_yet_monitored', 'valid_change']],
  ['end_monitoring', 'monitoring', 'completed', [M, H], []],
  ['advance', ALL, 'same', [S], []],
  ['advance', 'active', 'in_evaluation', [S], ['auto_evaluation_due']],
];

function expand(edges: readonly Edge[]): StateChartTransition[] {
  const out: StateChartTransition[] = [];
  for (const [command, from, to, roles, guards] of edges) {
    for (const status of typeof from === 'string' ? [from] : from) {
      out.push(Object.freeze({ command, from: status, to: to === 'same' ? status : to, roles: Object.freeze([...roles]), guards: Object.freeze([...guards]) }));
    }
  }
  return out;
}

const PHASES: readonly PlanPhase[] = ['diagnose_and_develop', 'practise_and_apply', 'measure_and_evaluate'];

/**
 * The plan's state chart. Every command is accepted only in a state listed here, by one of the
 * listed roles, when the guards hold.
 *
 * @example
 * ```ts
 * PLAN_STATE_CHART.transitions.filter((t) => t.command === 'approve');
 * // => [{ command: "approve", from: "in_review", to: "awaiting_acknowledgement", roles: ["hr"], guards: ["reviewer_is_hr_partner"] }]
 * ```
 */
export const PLAN_STATE_CHART: PlanStateChart = Object.freeze({
  initial: 'draft',
  states: Object.freeze(
    ALL.map((status) =>
      Object.freeze({
        status,
        description: STATUS_DESCRIPTIONS[status],
        final: status === 'completed',
        readOnly: status === 'closed' || status === 'completed',
        ...(status === 'active' ? { phases: Object.freeze([...PHASES]) } : {}),
      }),
    ),
  ),
  transitions: Object.freeze(expand(EDGES)),
  phaseTransitions: Object.freeze([
    Object.freeze({ from: PHASES[0]!, to: PHASES[1]!, command: 'advance' as const, description: PHASE_DESCRIPTIONS.practise_and_apply }),
    Object.freeze({ from: PHASES[1]!, to: PHASES[2]!, command: 'advance' as const, description: PHASE_DESCRIPTIONS.measure_and_evaluate }),
  ]),
  guards: Object.freeze({
    valid_change: 'The plan after the change still passes parsePlan (references, weights, sizes).',
    reviewer_is_hr_partner: "The reviewer is the plan's HR partner (or, by the policy's reviewBy, any HR person who is neither the plan's manager nor its employee).",
    record_dated_in_plan: 'The record is dated on or before asOf; a check-in or support delivery also on or after the start date (observations before it are the baseline).',
    plan_has_run:
      'The plan was activated before (an amendment made while it ran awaits the re-signatures, and its clock keeps running): an activate entry in the log, or a check-in, support delivery, pause or extension.',
    one_check_in_a_day: 'No check-in record (held or missed) is dated on the same day.',
    no_lint_errors: 'lintPlan reports no finding of severity error.',
    reason_given: 'A non-blank reason is given.',
    signer_is_party: "The signer is the plan's own manager or employee, in that role.",
    not_yet_acknowledged: 'The signer has not yet acknowledged the current revision.',
    comment_by_employee_only: 'Only the employee adds a comment.',
    hr_approved: "HR's latest review approved the plan, and was given by someone who may review it.",
    acknowledged_by_both: "The plan's own manager and employee (by their ids) acknowledged the current revision.",
    start_date_reached: 'asOf is on or after the start date.',
    end_date_not_passed: 'asOf is on or before the end date.',
    within_extension_caps: "The policy's caps on extensions (count and total days) allow it.",
    end_date_reached_or_goals_met: 'asOf is on or after the end date, or every goal is already met.',
    outcome_allowed: 'The outcome is successful, not_met, or extended_then_closed after an extension (withdrawn is the withdraw command).',
    support_delivered_if_not_met: 'not_met only when no promised support session is missed or overdue (policy); a delivery counts only for the session it was due for.',
    closed_in_good_standing: 'The plan closed successful or extended_then_closed.',
    not_yet_monitored: 'The plan has not been monitored before.',
    auto_evaluation_due: 'The policy begins the evaluation automatically and the end date is reached.',
  }),
});

/** The transitions for a command in a state (empty when the state does not accept it). @internal */
export function transitionsFor(command: PlanCommandType, status: PlanStatus): readonly StateChartTransition[] {
  return PLAN_STATE_CHART.transitions.filter((t) => t.command === command && t.from === status);
}

/**
 * The commands a plan in `status` accepts (each once, in chart order).
 *
 * @example
 * ```ts
 * commandsAccepted('closed'); // => ["start_monitoring", "advance"]
 * ```
 */
export function commandsAccepted(status: PlanStatus): readonly PlanCommandType[] {
  const seen: PlanCommandType[] = [];
  for (const t of PLAN_STATE_CHART.transitions) if (t.from === status && !seen.includes(t.command)) seen.push(t.command);
  return Object.freeze(seen);
}

function label(edges: readonly StateChartTransition[]): string {
  return edges.map((e) => `${e.command} (${e.roles.join(', ')})${e.guards.length > 0 ? ` [${e.guards.join(', ')}]` : ''}`).join(' / ');
}

/**
 * The state chart as a Mermaid `stateDiagram-v2`, generated from {@link PLAN_STATE_CHART}: one
 * arrow per pair of states (labelled `command (roles) [guards]`), the phases nested in `active`,
 * and a note per state listing the commands that keep it in that state. `advance`, accepted in
 * every state by the system, is drawn only where it moves the plan.
 *
 * @example
 * ```ts
 * stateChartMermaid().split('\n')[0]; // => "stateDiagram-v2"
 * ```
 */
export function stateChartMermaid(chart: PlanStateChart = PLAN_STATE_CHART): string {
  const lines: string[] = ['stateDiagram-v2', `  [*] --> ${chart.initial}`];
  const pairs = new Map<string, StateChartTransition[]>();
  const stays = new Map<PlanStatus, StateChartTransition[]>();
  for (const t of chart.transitions) {
    if (t.from === t.to) {
      if (t.command !== 'advance') stays.set(t.from, [...(stays.get(t.from) ?? []), t]);
      continue;
    }
    const key = `${t.from} --> ${t.to}`;
    pairs.set(key, [...(pairs.get(key) ?? []), t]);
  }
  for (const [key, edges] of pairs) lines.push(`  ${key} : ${label(edges)}`);
  for (const state of chart.states) {
    if (!state.phases) continue;
    lines.push(`  state ${state.status} {`, `    [*] --> ${state.phases[0] ?? ''}`);
    for (const p of chart.phaseTransitions) lines.push(`    ${p.from} --> ${p.to} : ${p.command} (system)`);
    lines.push('  }');
  }
  for (const state of chart.states) {
    if (state.final) lines.push(`  ${state.status} --> [*]`);
  }
  for (const [status, edges] of stays) {
    lines.push(`  note right of ${status}`, `    stays: ${label(edges)}`, '  end note');
  }
  lines.push('  note left of closed', '    outcome: successful, extended_then_closed, not_met or withdrawn', '  end note');
  return `${lines.join('\n')}\n`;
}
