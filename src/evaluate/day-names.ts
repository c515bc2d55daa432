/**
 * Dates and period keys written once per evaluation: the goals of a plan share their weeks and
 * months, so each day number is turned into its `YYYY-MM-DD` text (and each period into its key)
 * once, however many goals and readings use it.
 *
 * @internal
 * @module
 */
import { dateText, type CalendarDate } from '../dates/calendar.js';
import { periodKeyOfStart, periodSpanOfDay, type PeriodUnit } from '../metrics/periods.js';
import type { WorkCalendar } from './calendar.js';
import { workingDaysWith } from './numbers.js';

const UNIT_CODE = { day: 0, week: 1, month: 2 } as const;

/** Entries kept before a memo starts over: a long batch over scattered dates stays small. */
const MAX_ENTRIES = 20_000;

/**
 * Periods kept by {@link PeriodGrids} before it starts over (about 100 bytes each): room for the
 * windows of an organisation whose plans start on any day of a few years, in every unit a goal
 * reads. A smaller cap made a large batch start over again and again (every grid worked out anew).
 */
const MAX_GRID_PERIODS = 200_000;

/** A memo of day-number texts, for one evaluation or one batch of them. */
export class DayNames {
  /** Working space lent to the trend fits (their slopes), reused instead of allocated per goal. */
  readonly scratch: number[] = [];
  private readonly dates = new Map<number, CalendarDate>();
  private readonly keys = new Map<number, string>();

  /** The calendar date of a day number (fromDayNumber, memoised). */
  date(day: number): CalendarDate {
    return remembered(this.dates, day, dateText);
  }

  /** The key of the period of `unit` that starts on `startDay` (periodOf's key, memoised). */
  periodKey(startDay: number, unit: PeriodUnit): string {
    return remembered(this.keys, startDay * 3 + UNIT_CODE[unit], () => periodKeyOfStart(startDay, unit));
  }
}

/** `memo`'s entry for `id`, made by `make(id)` when missing; a full memo starts over. */
function remembered<T>(memo: Map<number, T>, id: number, make: (id: number) => T): T {
  let value = memo.get(id);
  if (value === undefined) {
    value = make(id);
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(id, value);
  }
  return value;
}

/** One period of a window in a unit, cut to the window, with what every goal reading it needs. */
export interface GridPeriod {
  /** First day of the whole period. */
  readonly periodStart: number;
  /** The period cut to the window. */
  readonly startDay: number;
  readonly endDay: number;
  /** Working days in the cut period (holidays and paused days left out) over working days in the whole period. */
  readonly share: number;
  readonly workingDays: number;
  /** Every day of the cut period is paused (leave): the period is outside every measure. */
  readonly paused: boolean;
  /** periodOf's key of the whole period, and the cut period's dates. */
  readonly key: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * The periods of goal windows, worked out once per window and unit (the goals of a plan, and often
 * the plans of a batch, share their windows): periodsBetween in day numbers, cut to the window,
 * with working days counted under one set of working-day flags. Grids for a plan with holidays or
 * pauses are that plan's own (its {@link WorkCalendar}): a cut period's working days leave them out.
 */
export class PeriodGrids {
  private readonly grids = new Map<number, readonly GridPeriod[]>();
  /** Periods held by the grids kept. */
  private periods = 0;
  /** Whole periods (not cut by a window) by start day and unit: windows of different plans share most of their weeks and months. */
  private readonly whole = new Map<number, GridPeriod>();
  /** Periods worked out so far (memo hits not counted). */
  private built = 0;

  constructor(
    private readonly names: DayNames,
    private readonly working: readonly boolean[],
    private readonly perWeek: number,
    /** A plan's calendar with holidays or pauses (absent: the weekday flags alone). */
    private readonly calendar?: WorkCalendar,
  ) {}

  /** How many periods these grids have worked out: what an evaluation's period work comes to (for tests and benchmarks). */
  get size(): number {
    return this.built;
  }

  /** The periods of `unit` overlapping `windowStart .. windowEnd` (none when the window is empty). */
  of(windowStart: number, windowEnd: number, unit: PeriodUnit): readonly GridPeriod[] {
    const span = windowEnd - windowStart;
    if (span < 0) return NONE;
    // A number key (start, unit, length); windows of 180 years and more are not kept.
    const id = span < 65_536 ? (windowStart * 3 + UNIT_CODE[unit]) * 65_536 + span : undefined;
    const known = id === undefined ? undefined : this.grids.get(id);
    if (known !== undefined) return known;
    const grid: GridPeriod[] = [];
    let period = periodSpanOfDay(windowStart, unit);
    for (;;) {
      const startDay = Math.max(period.start, windowStart);
      const endDay = Math.min(period.end, windowEnd);
      const uncut = startDay === period.start && endDay === period.end;
      const wholeId = period.start * 3 + UNIT_CODE[unit];
      let entry = uncut ? this.whole.get(wholeId) : undefined;
      if (entry === undefined) {
        const fullWorking = workingDaysWith(period.start, period.end, this.working, this.perWeek);
        const { calendar } = this;
        const workingDays =
          calendar !== undefined ? calendar.workingDays(startDay, endDay) : uncut ? fullWorking : workingDaysWith(startDay, endDay, this.working, this.perWeek);
        entry = {
          periodStart: period.start,
          startDay,
          endDay,
          share: fullWorking === 0 ? 0 : workingDays / fullWorking,
          workingDays,
          paused: calendar !== undefined && calendar.pausedAll(startDay, endDay),
          key: this.names.periodKey(period.start, unit),
          start: this.names.date(startDay),
          end: this.names.date(endDay),
        };
        if (uncut) {
          if (this.whole.size >= MAX_ENTRIES) this.whole.clear();
          this.whole.set(wholeId, entry);
        }
      }
      grid.push(entry);
      if (period.end >= windowEnd) break;
      period = periodSpanOfDay(period.end + 1, unit);
    }
    this.built += grid.length;
    if (id !== undefined) {
      if (this.periods + grid.length > MAX_GRID_PERIODS) {
        this.grids.clear();
        this.periods = 0;
      }
      this.grids.set(id, grid);
      this.periods += grid.length;
    }
    return grid;
  }
}

const NONE: readonly GridPeriod[] = Object.freeze([]);
