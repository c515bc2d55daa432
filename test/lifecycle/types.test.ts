import { describe, expectTypeOf, it } from 'vitest';
import {
  checkInSlots,
  planEndDate,
  replay,
  transition,
  type ActorRole,
  type CheckInSlot,
  type CheckInSlotStatus,
  type LifecycleEffect,
  type LifecycleEvent,
  type LifecycleRejection,
  type LifecycleRejectionCode,
  type LifecycleRejectionFactsByCode,
  type NestedPlanIssue,
  type PlanIssueFactsByCode,
  type Plan,
  type PlanCommand,
  type PlanCommandOf,
  type PlanCommandType,
  type PlanEvent,
  type PlanPhase,
  type ReplayResult,
  type SupportSession,
  type TransitionContext,
  type TransitionResult,
} from '../../src/index.js';

describe('lifecycle public types', () => {
  it('commands form a union discriminated by type', () => {
    expectTypeOf<PlanCommandType>().toEqualTypeOf<
      | 'edit_draft'
      | 'submit_for_review'
      | 'request_changes'
      | 'approve'
      | 'acknowledge'
      | 'activate'
      | 'record_check_in'
      | 'record_observations'
      | 'record_support_delivery'
      | 'amend_goal'
      | 'amend_support'
      | 'amend_plan'
      | 'pause'
      | 'resume'
      | 'extend'
      | 'begin_evaluation'
      | 'close'
      | 'withdraw'
      | 'start_monitoring'
      | 'end_monitoring'
      | 'advance'
    >();
    expectTypeOf<PlanCommandOf<'extend'>>().toEqualTypeOf<{ type: 'extend'; days: number; reason: string }>();
    expectTypeOf<PlanCommandOf<'acknowledge'>>().toEqualTypeOf<{ type: 'acknowledge'; comment?: string | undefined }>();
    expectTypeOf<PlanCommandOf<'close'>['outcome']>().toEqualTypeOf<'successful' | 'extended_then_closed' | 'not_met' | 'withdrawn'>();
    expectTypeOf<{ type: 'advance' }>().toExtend<PlanCommand>();
    expectTypeOf<{ type: 'extend'; days: number }>().not.toExtend<PlanCommand>(); // a reason is required
    expectTypeOf<{ type: 'fire' }>().not.toExtend<PlanCommand>();
  });

  it('transition takes a plan, a command and who/when; the result narrows on ok', () => {
    expectTypeOf(transition).parameters.toEqualTypeOf<[Plan, PlanCommand, TransitionContext]>();
    expectTypeOf(transition).returns.toEqualTypeOf<TransitionResult>();
    expectTypeOf<TransitionContext['actor']['role']>().toEqualTypeOf<ActorRole>();
    expectTypeOf<ActorRole>().toEqualTypeOf<'manager' | 'employee' | 'hr' | 'system'>();
    // type-level only: never called
    const narrow = (result: TransitionResult): void => {
      if (result.ok) {
        expectTypeOf(result.plan).toEqualTypeOf<Plan>();
        expectTypeOf(result.events).toEqualTypeOf<readonly LifecycleEvent[]>();
        expectTypeOf(result.effects).toEqualTypeOf<readonly LifecycleEffect[]>();
        expectTypeOf(result.entry).toEqualTypeOf<PlanEvent | undefined>();
        // @ts-expect-error no rejection on an accepted result
        void result.rejection;
      } else {
        expectTypeOf(result.rejection).toEqualTypeOf<LifecycleRejection>();
        expectTypeOf(result.rejection.code).toEqualTypeOf<LifecycleRejectionCode>();
        // @ts-expect-error no plan on a rejection
        void result.plan;
      }
    };
    expectTypeOf(narrow).toBeFunction();
    expectTypeOf<'wrong_role'>().toExtend<LifecycleRejectionCode>();
    expectTypeOf<'oops'>().not.toExtend<LifecycleRejectionCode>();
  });

  it('a rejection\'s nested parse issue narrows its facts on its code', () => {
    expectTypeOf<LifecycleRejectionFactsByCode['invalid_command']['first']>().toEqualTypeOf<NestedPlanIssue | undefined>();
    expectTypeOf<LifecycleRejectionFactsByCode['invalid_change']['first']>().toEqualTypeOf<NestedPlanIssue | undefined>();
    expectTypeOf<LifecycleRejectionFactsByCode['event_not_storable']['first']>().toEqualTypeOf<NestedPlanIssue | undefined>();
    const first = (rejection: LifecycleRejection): void => {
      if (rejection.code !== 'invalid_command' || rejection.facts.first === undefined) return;
      const issue = rejection.facts.first;
      if (issue.code === 'too_big') {
        expectTypeOf(issue.facts).toEqualTypeOf<PlanIssueFactsByCode['too_big']>();
        expectTypeOf(issue.facts.limit).toEqualTypeOf<number | string>();
      }
      if (issue.code === 'pause_order') expectTypeOf(issue.facts.problem.kind).toEqualTypeOf<'previous_pause_open' | 'pause_overlap'>();
      // @ts-expect-error before its code is checked, facts are any code's: not every one has a limit
      expectTypeOf(issue.facts.limit).toEqualTypeOf<number | string>();
    };
    expectTypeOf(first).toBeFunction();
    // @ts-expect-error a nested issue's facts are its code's
    const wrong: NestedPlanIssue = { code: 'too_big', path: ['title'], facts: { where: 'title' } };
    expectTypeOf(wrong).toEqualTypeOf<NestedPlanIssue>();
  });

  it('events and effects are discriminated unions', () => {
    expectTypeOf<Extract<LifecycleEvent, { type: 'phase_entered' }>['phase']>().toEqualTypeOf<PlanPhase>();
    expectTypeOf<Extract<LifecycleEffect, { type: 'check_in_due' }>['inDays']>().toEqualTypeOf<number>();
    expectTypeOf<LifecycleEffect['kind']>().toEqualTypeOf<'reminder' | 'notice'>();
    expectTypeOf<LifecycleEvent['type']>().toExtend<string>();
  });

  it('replay returns a result, never throws', () => {
    expectTypeOf(replay).returns.toEqualTypeOf<ReplayResult>();
    expectTypeOf<Extract<ReplayResult, { ok: true }>['plan']>().toEqualTypeOf<Plan>();
    expectTypeOf<Extract<ReplayResult, { ok: false }>['code']>().toEqualTypeOf<'replay_sequence' | 'replay_refused' | 'replay_entry_mismatch' | 'replay_invalid_plan' | 'policy_invalid'>();
  });

  it('keeps the timeline contract shapes', () => {
    expectTypeOf(planEndDate).returns.toEqualTypeOf<string>();
    expectTypeOf(checkInSlots).returns.toEqualTypeOf<readonly CheckInSlot[]>();
    expectTypeOf<CheckInSlotStatus>().toEqualTypeOf<'held' | 'missed' | 'overdue' | 'due' | 'upcoming'>();
    expectTypeOf<SupportSession['status']>().toEqualTypeOf<'delivered' | 'missed' | 'overdue' | 'upcoming'>();
    expectTypeOf<Pick<CheckInSlot, 'scheduledFor' | 'date' | 'documented'>>().toEqualTypeOf<{
      readonly scheduledFor: string;
      readonly date: string;
      readonly documented: boolean;
    }>();
  });
});
