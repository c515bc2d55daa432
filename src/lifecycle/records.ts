/**
 * What a command needs to know about the plan's records (ids taken, dates with a check-in, whether
 * the log holds an activation)
 * without walking them at every command: `transition` builds the sets once, when a command first
 * asks; `replay` keeps one index for the whole log and adds each entry's new records to it, so a
 * long log is not re-read at every entry.
 *
 * @internal
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';

/** The plan's record ids and check-in dates. */
export interface RecordIndex {
  /** A check-in record with this id exists. */
  checkInId(id: string): boolean;
  /** A check-in record (held or missed) is dated on this day. */
  checkInOn(date: CalendarDate): boolean;
  /** An observation with this id exists. */
  observationId(id: string): boolean;
  /** A support delivery record with this id exists. */
  deliveryId(id: string): boolean;
  /** The plan's log holds an `activate` entry: the plan has run (its clock keeps running while an amendment awaits acknowledgement). */
  activated(): boolean;
}

interface Sets {
  readonly checkInIds: Set<string>;
  readonly checkInDates: Set<string>;
  readonly observationIds: Set<string>;
  readonly deliveryIds: Set<string>;
  /** An `activate` entry was seen in the log. */
  activated: boolean;
}

/** How many of each list the sets hold. */
interface Seen {
  checkIns: number;
  observations: number;
  supportDeliveries: number;
  events: number;
}

function add(sets: Sets, plan: Plan, seen: Seen): void {
  for (let i = seen.checkIns; i < plan.checkIns.length; i += 1) {
    const record = plan.checkIns[i]!;
    sets.checkInIds.add(record.id);
    sets.checkInDates.add(record.date);
  }
  for (let i = seen.observations; i < plan.observations.length; i += 1) {
    const id = plan.observations[i]!.id;
    if (id !== undefined) sets.observationIds.add(id);
  }
  for (let i = seen.supportDeliveries; i < plan.supportDeliveries.length; i += 1) {
    const id = plan.supportDeliveries[i]!.id;
    if (id !== undefined) sets.deliveryIds.add(id);
  }
  for (let i = seen.events; i < plan.events.length && !sets.activated; i += 1) {
    if (plan.events[i]!.command.type === 'activate') sets.activated = true;
  }
  seen.checkIns = plan.checkIns.length;
  seen.observations = plan.observations.length;
  seen.supportDeliveries = plan.supportDeliveries.length;
  seen.events = plan.events.length;
}

const emptySets = (): Sets => ({ checkInIds: new Set(), checkInDates: new Set(), observationIds: new Set(), deliveryIds: new Set(), activated: false });

const view = (sets: () => Sets): RecordIndex => ({
  checkInId: (id) => sets().checkInIds.has(id),
  checkInOn: (date) => sets().checkInDates.has(date),
  observationId: (id) => sets().observationIds.has(id),
  deliveryId: (id) => sets().deliveryIds.has(id),
  activated: () => sets().activated,
});

/** The index of one plan, each set built on first use (one walk over that list). */
export function recordIndexOf(plan: Plan): RecordIndex {
  let checkInIds: Set<string> | undefined;
  let checkInDates: Set<string> | undefined;
  let observationIds: Set<string> | undefined;
  let deliveryIds: Set<string> | undefined;
  let activated: boolean | undefined;
  const ids = (items: readonly { readonly id?: string | undefined }[]): Set<string> => {
    const out = new Set<string>();
    for (const item of items) if (item.id !== undefined) out.add(item.id);
    return out;
  };
  return {
    checkInId: (id) => (checkInIds ??= ids(plan.checkIns)).has(id),
    checkInOn: (date) => (checkInDates ??= new Set(plan.checkIns.map((record) => record.date))).has(date),
    observationId: (id) => (observationIds ??= ids(plan.observations)).has(id),
    deliveryId: (id) => (deliveryIds ??= ids(plan.supportDeliveries)).has(id),
    activated: () => (activated ??= plan.events.some((entry) => entry.command.type === 'activate')),
  };
}

/**
 * An index that follows a plan whose record lists only grow (replay's working copy): `sync` adds
 * the records appended since the last call. A list that shrank is read again from the start.
 */
export function growingRecordIndex(plan: Plan): RecordIndex & { sync(plan: Plan): void } {
  let sets = emptySets();
  const seen: Seen = { checkIns: 0, observations: 0, supportDeliveries: 0, events: 0 };
  add(sets, plan, seen);
  return {
    ...view(() => sets),
    sync(next: Plan): void {
      if (
        next.checkIns.length < seen.checkIns ||
        next.observations.length < seen.observations ||
        next.supportDeliveries.length < seen.supportDeliveries ||
        next.events.length < seen.events
      ) {
        sets = emptySets();
        seen.checkIns = 0;
        seen.observations = 0;
        seen.supportDeliveries = 0;
        seen.events = 0;
      }
      add(sets, next, seen);
    },
  };
}
