/**
 * The plan's state chart as data: states, the commands each accepts, who may send them, where
 * they lead and the guards that must hold. It is built from the command modules
 * (`commands/<command>.ts`), whose edges and guards `transition` runs, so the chart and the
 * behaviour cannot drift apart; {@link stateChartMermaid} draws it.
 *
 * @module
 */
import type { ActorRole, PlanPhase, PlanStatus } from '../schema/types.js';
import { ALL } from './command.js';
import { COMMAND_MODULES, PLAN_COMMAND_TYPES, type PlanCommandType } from './commands.js';
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
  | 'basis_current'
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

/** Each guard's label, from the guard objects, by name (in the order the chart first uses them). */
const labels: Partial<Record<GuardName, string>> = {};

/** The modules' edges, one per state they leave, in the order of the commands and of each module's edges. */
function expand(): StateChartTransition[] {
  const out: StateChartTransition[] = [];
  for (const command of PLAN_COMMAND_TYPES) {
    for (const { from, to, roles, guards } of COMMAND_MODULES[command].edges) {
      for (const guard of guards) labels[guard.name] ??= guard.label;
      for (const status of typeof from === 'string' ? [from] : from) {
        out.push(Object.freeze({ command, from: status, to: to === 'same' ? status : to, roles: Object.freeze([...roles]), guards: Object.freeze(guards.map((g) => g.name)) }));
      }
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
  transitions: Object.freeze(expand()),
  phaseTransitions: Object.freeze([
    Object.freeze({ from: PHASES[0]!, to: PHASES[1]!, command: 'advance' as const, description: PHASE_DESCRIPTIONS.practise_and_apply }),
    Object.freeze({ from: PHASES[1]!, to: PHASES[2]!, command: 'advance' as const, description: PHASE_DESCRIPTIONS.measure_and_evaluate }),
  ]),
  guards: Object.freeze(labels) as PlanStateChart['guards'],
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
