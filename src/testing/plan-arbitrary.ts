import fc from 'fast-check';
import { fromDayNumber, shiftDate, toDayNumber } from '../dates/calendar.js';
import type { JsonObject, JsonValue } from '../schema/primitives.js';
import { livePlan, planLifeArbitrary } from './lived-plan.js';
import type {
  CheckInSchedule,
  Gap,
  Goal,
  GoalCategory,
  MetricDefinition,
  Observation,
  PlanInput,
  SupportCommitment,
  SystemFactor,
} from '../schema/types.js';

/** Options for {@link planArbitrary}. */
export interface PlanArbitraryOptions {
  /** Fewest goals (at least 2; default 2). */
  readonly minGoals?: number;
  /** Most goals (default 6). */
  readonly maxGoals?: number;
  /** Embed observations for every metric over the plan (default false). */
  readonly withObservations?: boolean;
  /** Add held check-in records and support deliveries (default false). */
  readonly withRecords?: boolean;
  /** Earliest start date (default 2024-01-01). */
  readonly minStart?: string;
  /** Latest start date (default 2030-12-31). */
  readonly maxStart?: string;
  /**
   * Live the plan to any state of its life (default false: drafts): HR's reviews,
   * acknowledgements, amendments, pauses, an extension, the close, monitoring or a withdrawal,
   * every record agreeing with the status and with each other, dated as the lifecycle dates them.
   */
  readonly lived?: boolean;
}

/**
 * True when `value` survives JSON exactly and parses: no `__proto__` key anywhere (parsing
 * rejects those, by design) and no -0 (JSON writes it as 0).
 */
function isFaithfulJson(value: unknown): boolean {
  if (typeof value === 'number') return !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isFaithfulJson);
  return Object.keys(value).every((key) => key !== '__proto__' && isFaithfulJson((value as Record<string, unknown>)[key]));
}

/**
 * Host-system fields: a small JSON object without prototype-altering keys.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(metadataArbitrary(), (metadata) => {
 *   const result = parsePlan({ ...planInput, metadata });
 *   return result.ok && isDeepStrictEqual(result.plan.metadata, metadata); // => true: metadata survives parsing
 * }));
 * ```
 */
export function metadataArbitrary(): fc.Arbitrary<JsonObject> {
  const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__');
  const value = (fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>).filter(isFaithfulJson);
  return fc.dictionary(key, value, { maxKeys: 4 });
}

const optionalMetadata = fc.option(metadataArbitrary(), { nil: undefined, freq: 3 });

function withOptionalMetadata<T extends object>(value: T, metadata: JsonObject | undefined): T {
  return metadata === undefined ? value : { ...value, metadata };
}

/** A category's metric: kind, unit, direction and aggregation as a real plan would use them. */
interface MetricRecipe {
  readonly category: GoalCategory;
  readonly name: string;
  readonly kind: MetricDefinition['kind'];
  readonly unit: MetricDefinition['unit'];
  readonly direction: MetricDefinition['direction'];
  readonly aggregation: MetricDefinition['aggregation'];
  readonly basis: Goal['basis'];
  readonly title: (target: string) => string;
}

const RECIPES: readonly MetricRecipe[] = [
  { category: 'revenue', name: 'New business closed', kind: 'outcome', unit: 'currency', direction: 'higher_is_better', aggregation: 'sum', basis: 'window', title: (t) => `Close ${t} of new business in the plan window` },
  { category: 'activity', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', basis: 'per_week', title: (t) => `Make ${t} outbound calls per week` },
  { category: 'activity', name: 'Call-to-meeting conversion', kind: 'behavior', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', basis: 'window', title: (t) => `Convert ${t} of connected calls into meetings` },
  { category: 'skill', name: 'Discovery call rubric', kind: 'skill', unit: 'score', direction: 'higher_is_better', aggregation: 'latest', basis: 'window', title: (t) => `Reach level ${t} on the discovery rubric` },
  { category: 'customer', name: 'Client retention', kind: 'outcome', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', basis: 'window', title: (t) => `Keep client retention at ${t} or above` },
  { category: 'conduct', name: 'Hours to log CRM next steps', kind: 'behavior', unit: 'duration', direction: 'lower_is_better', aggregation: 'mean', basis: 'window', title: (t) => `Log CRM next steps within ${t} hours on average` },
];

const RUBRIC = {
  levels: [
    { value: 1, label: 'Beginning', description: 'Does not yet show the skill.' },
    { value: 2, label: 'Developing', description: 'Shows the skill with prompting.' },
    { value: 3, label: 'Proficient', description: 'Shows the skill unprompted in live calls.' },
    { value: 4, label: 'Expert', description: 'Coaches others in the skill.' },
  ],
  standard: 3,
};

interface GoalDraft {
  readonly recipe: MetricRecipe;
  /** 0..1: where the baseline sits between a poor value and the standard. */
  readonly baselineShare: number;
  /** 0.5..1: how much of the gap the target closes. */
  readonly closeShare: number;
  readonly required: boolean;
}

const goalDraft: fc.Arbitrary<GoalDraft> = fc.record({
  recipe: fc.constantFrom(...RECIPES),
  baselineShare: fc.integer({ min: 0, max: 60 }).map((n) => n / 100),
  closeShare: fc.integer({ min: 50, max: 100 }).map((n) => n / 100),
  required: fc.boolean(),
});

const round = (value: number, places: number): number => Number(value.toFixed(places));

/** Baseline, standard and target in the metric's own units and direction. */
function figures(recipe: MetricRecipe, draft: GoalDraft): { current: number; standard: number; target: number; label: string } {
  switch (recipe.unit) {
    case 'currency': {
      const standard = 7_500_000;
      const current = Math.round(standard * (0.3 + draft.baselineShare * 0.5));
      const target = Math.round(current + (standard - current) * draft.closeShare);
      return { current, standard, target, label: `$${(target / 100).toLocaleString('en-US')}` };
    }
    case 'count': {
      const standard = 40;
      const current = Math.round(standard * (0.4 + draft.baselineShare * 0.5));
      const target = Math.max(current + 1, Math.round(current + (standard - current) * draft.closeShare));
      return { current, standard: Math.max(standard, target), target, label: String(target) };
    }
    case 'ratio': {
      const standard = 0.9;
      const current = round(standard * (0.3 + draft.baselineShare * 0.5), 2);
      const target = round(current + (standard - current) * draft.closeShare, 2);
      return { current, standard, target, label: `${Math.round(target * 100)}%` };
    }
    case 'score': {
      const current = draft.baselineShare < 0.3 ? 1 : 2;
      return { current, standard: 3, target: 3, label: '3' };
    }
    case 'duration': {
      // lower is better: 72 hours now, 24 is the standard.
      const standard = 24;
      const current = round(72 - draft.baselineShare * 30, 1);
      const target = round(current - (current - standard) * draft.closeShare, 1);
      return { current, standard, target, label: String(target) };
    }
  }
}

/** Weights that add up to exactly 100 in decimal, with quarter steps (0.75-style values included). */
function weightsArbitrary(count: number): fc.Arbitrary<number[] | undefined> {
  const quarters = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: count, maxLength: count }).map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0);
    const scaled = raw.map((n) => Math.max(1, Math.floor((n * 400) / total)));
    const diff = 400 - scaled.reduce((a, b) => a + b, 0);
    const largest = scaled.indexOf(Math.max(...scaled));
    scaled[largest] = (scaled[largest] ?? 0) + diff;
    return scaled.map((q) => q / 4);
  });
  return fc.option(quarters.filter((ws) => ws.every((w) => w > 0)), { nil: undefined, freq: 2 });
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

function observationsFor(
  metric: MetricDefinition,
  startDate: string,
  endDate: string,
  values: readonly number[],
): Observation[] {
  const start = toDayNumber(startDate);
  const days = toDayNumber(endDate) - start + 1;
  const step = metric.aggregation === 'latest' ? 14 : 7;
  const out: Observation[] = [];
  for (let offset = step - 1, i = 0; offset < days; offset += step, i += 1) {
    const u = values[i % values.length] ?? 0.5;
    const date = fromDayNumber(start + offset);
    const base = { metricId: metric.id, date, source: metric.source ?? 'generated' };
    if (metric.aggregation === 'ratio') {
      const denominator = 20 + Math.round(u * 40);
      out.push({ ...base, numerator: Math.round(denominator * (0.1 + u * 0.8)), denominator });
    } else if (metric.unit === 'currency') out.push({ ...base, value: Math.round(u * 2_000_000) });
    else if (metric.unit === 'score') out.push({ ...base, value: 1 + Math.round(u * 3) });
    else if (metric.unit === 'duration') out.push({ ...base, value: round(12 + u * 60, 1) });
    else out.push({ ...base, value: Math.round(20 + u * 30) });
  }
  return out;
}

/**
 * A valid, well-formed plan document (the JSON a host would send): diagnostic, gaps with figures,
 * SMART goals tied to those gaps with a leading indicator among them, support with owners and dates,
 * a weekly or bi-weekly check-in schedule, success criteria and consequences, optional weights
 * adding up to exactly 100 and host `metadata` on the plan and its entities. A draft, or with
 * `lived`, a plan in any state with the records that state implies.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(planArbitrary(), (input) => parsePlan(input).ok));
 * fc.assert(fc.property(planArbitrary({ lived: true }), (input) => parsePlan(input).ok)); // any status
 * ```
 */
export function planArbitrary(options: PlanArbitraryOptions = {}): fc.Arbitrary<PlanInput> {
  const minGoals = Math.max(2, options.minGoals ?? 2);
  const maxGoals = Math.max(minGoals, options.maxGoals ?? 6);
  const minStart = toDayNumber(options.minStart ?? '2024-01-01');
  const maxStart = toDayNumber(options.maxStart ?? '2030-12-31');

  const leading = goalDraft.filter((draft) => draft.recipe.kind === 'activity' || draft.recipe.kind === 'behavior');
  const drafts = fc
    .tuple(leading, fc.array(goalDraft, { minLength: minGoals - 1, maxLength: maxGoals - 1 }))
    .map(([first, rest]) => [first, ...rest]);

  const documents = fc
    .record({
      startDay: fc.integer({ min: minStart, max: maxStart }),
      duration: fc.oneof(fc.constantFrom(60, 90), fc.integer({ min: 60, max: 120 })),
      leadDays: fc.integer({ min: 3, max: 21 }),
      rampDays: fc.integer({ min: 120, max: 2_000 }),
      useEndDate: fc.boolean(),
      drafts,
      rootCause: fc.constantFrom('skill', 'will', 'mixed', 'system'),
      factorCount: fc.integer({ min: 0, max: 2 }),
      schedule: fc.record({ cadence: fc.constantFrom('weekly', 'biweekly'), weekday: fc.constantFrom(...WEEKDAYS) }),
      employeeName: fc.constantFrom('Jordan Reyes', 'Sam Okafor', 'Mei Tanaka', 'Ana Ferreira', "Liam O'Brien", 'Zoë Müller'),
      idSeed: fc.integer({ min: 1, max: 9_999 }),
      title: fc.option(fc.constantFrom('Performance Improvement Plan', 'Growth Plan', 'Success Plan'), { nil: undefined }),
      values: fc.array(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), { minLength: 4, maxLength: 12 }),
      planMetadata: optionalMetadata,
      goalMetadata: optionalMetadata,
    })
    .chain((base) => weightsArbitrary(base.drafts.length).map((weights) => ({ ...base, weights })))
    .map((draft): PlanInput => {
      const startDate = fromDayNumber(draft.startDay);
      const endDate = shiftDate(startDate, draft.duration - 1);
      const id = (prefix: string, n: number | string) => `${prefix}-${n}`;
      const hasSkillGoal = draft.drafts.some((d) => d.recipe.kind === 'skill');
      const drafts = draft.rootCause === 'skill' && !hasSkillGoal ? [...draft.drafts, { ...draft.drafts[0]!, recipe: RECIPES[3]! }] : draft.drafts;
      const weights = draft.weights && draft.weights.length === drafts.length ? draft.weights : undefined;

      const metrics: MetricDefinition[] = [];
      const gaps: Gap[] = [];
      const goals: Goal[] = [];
      drafts.forEach((goalDraftValue, index) => {
        const recipe = goalDraftValue.recipe;
        const metricId = id('m', index + 1);
        const metric: MetricDefinition = {
          id: metricId,
          name: recipe.name,
          kind: recipe.kind,
          unit: recipe.unit,
          direction: recipe.direction,
          aggregation: recipe.aggregation,
          source: recipe.kind === 'skill' ? 'Manager call review' : 'CRM',
          ...(recipe.unit === 'currency' ? { currency: 'USD' } : {}),
          ...(recipe.unit === 'duration' ? { durationUnit: 'hours' as const } : {}),
          ...(recipe.kind === 'skill' ? { rubric: RUBRIC } : {}),
        };
        metrics.push(metric);
        const f = figures(recipe, goalDraftValue);
        const gapId = id('gap', index + 1);
        gaps.push({
          id: gapId,
          metricId,
          current: f.current,
          standard: f.standard,
          standardSource: recipe.kind === 'skill' ? 'role_standard' : 'team_average',
          period: { start: shiftDate(startDate, -90), end: shiftDate(startDate, -1) },
          evidence: [`${recipe.name}: ${f.current} against ${f.standard} over the previous quarter`],
        });
        const goal: Goal = withOptionalMetadata(
          {
            id: id('g', index + 1),
            title: recipe.title(f.label),
            category: recipe.category,
            metricId,
            gapIds: [gapId],
            baseline: f.current,
            target: f.target,
            basis: recipe.basis,
            window: { start: startDate, end: endDate },
            required: goalDraftValue.required,
            ...(weights ? { weight: weights[index]! } : {}),
          },
          index === 0 ? draft.goalMetadata : undefined,
        );
        goals.push(goal);
      });

      const systemFactors: SystemFactor[] = Array.from({ length: draft.rootCause === 'system' ? Math.max(1, draft.factorCount) : draft.factorCount }, (_, i) => ({
        id: id('sf', i + 1),
        kind: (['territory', 'lead_quality', 'playbook', 'tooling'] as const)[i % 4]!,
        description: 'Recorded in the diagnostic and handled by a support commitment.',
      }));
      const support: SupportCommitment[] = [
        { id: 'sup-coaching', kind: 'coaching', description: 'Weekly coaching session with the manager', owner: 'mgr-1', cadence: { every: 'week' }, goalIds: goals.map((g) => g.id) },
        { id: 'sup-training', kind: 'training', description: 'Skills workshop', owner: 'enablement-1', dueDates: [shiftDate(startDate, 9)], goalIds: [goals[0]!.id] },
      ];
      if (systemFactors.length > 0) {
        support.push({
          id: 'sup-system',
          kind: 'other',
          description: 'Fix the system factors found in the diagnostic',
          owner: 'revops-1',
          dueDates: [shiftDate(startDate, 6)],
          goalIds: [goals[0]!.id],
          systemFactorIds: systemFactors.map((factor) => factor.id),
        });
      }
      const checkInSchedule: CheckInSchedule = { cadence: draft.schedule.cadence, weekday: draft.schedule.weekday };
      const plan: PlanInput = {
        schemaVersion: 1,
        id: id('pip', draft.idSeed),
        ...(draft.title ? { title: draft.title } : {}),
        employee: {
          id: id('emp', draft.idSeed),
          name: draft.employeeName,
          role: 'Account Executive',
          team: 'Mid-Market',
          roleStartDate: fromDayNumber(draft.startDay - draft.rampDays),
        },
        manager: { id: 'mgr-1', name: 'Dana Whitfield' },
        hrPartner: { id: 'hr-1', name: 'Priya Natarajan' },
        purpose: 'A sustained, documented gap to the role standard; this plan sets out goals, support and check-ins.',
        createdOn: fromDayNumber(draft.startDay - draft.leadDays),
        startDate,
        ...(draft.useEndDate ? { endDate } : { durationDays: draft.duration }),
        salesCycleDays: Math.min(45, draft.duration),
        priorCoaching: [
          { date: fromDayNumber(draft.startDay - 60), by: 'mgr-1', notes: 'Reviewed the numbers together and agreed first steps.' },
          { date: fromDayNumber(draft.startDay - 30), by: 'mgr-1', notes: 'Followed up; the gap persisted.' },
        ],
        status: 'draft',
        diagnostic: {
          strengths: ['Product knowledge'],
          struggles: ['Converting conversations into next steps'],
          notDoing: ['Asking for the next meeting'],
          doingWrong: ['Pitching before discovery'],
          systemFactors,
          rootCause: draft.rootCause,
        },
        metrics,
        gaps,
        goals,
        development: hasSkillGoal || draft.rootCause === 'skill'
          ? [{ id: 'dev-1', skill: 'Discovery', practice: 'Weekly role-play', feedback: 'Rubric score on one recorded call a week', goalIds: goals.filter((g) => g.category === 'skill').map((g) => g.id) }]
          : [],
        support,
        checkInSchedule,
        outcomes: {
          success: 'Every required goal met and held over the last weeks of the plan.',
          ifNotMet: 'A review with HR: an extension where real progress is shown, otherwise a transition out of the role.',
        },
        ...(draft.planMetadata ? { metadata: draft.planMetadata } : {}),
      };
      if (options.withObservations) {
        plan.observations = metrics.flatMap((metric) => observationsFor(metric, startDate, endDate, draft.values));
      }
      if (options.withRecords) {
        const firstWeek = toDayNumber(startDate);
        plan.checkIns = [0, 1, 2].map((week) => ({
          id: id('ci', week + 1),
          date: fromDayNumber(firstWeek + 7 * week + 2),
          status: 'held' as const,
          attendees: ['mgr-1', id('emp', draft.idSeed)],
          notes: 'Reviewed progress on every goal.',
          privateNotes: 'Manager-only observations.',
        }));
        plan.supportDeliveries = [{ commitmentId: 'sup-coaching', date: fromDayNumber(firstWeek + 3), status: 'delivered' }];
      }
      return plan;
    });
  return options.lived ? fc.tuple(documents, planLifeArbitrary).map(([plan, life]) => livePlan(plan, life)) : documents;
}
