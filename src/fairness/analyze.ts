import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { isCalendarDate, type CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import { FAIRNESS_MEASURES, type FairnessIssueCode, type FairnessMeasure } from './codes.js';
import { rewordAdverseImpact, type FairnessLocale } from './catalogs.js';
import { FAIRNESS_FINDING_MESSAGES, FAIRNESS_ISSUE_MESSAGES, type ComparisonFacts, type FairnessFindingFactsByCode, type FairnessIssueFactsByCode, type GroupFacts } from './messages.js';
import { createIssue, type IssueOf } from '../issues/issue.js';
import { FAIRNESS_POLICY, type FairnessPolicy, type FairnessPolicyOverrides } from './policy.js';
import { fisherExactTest, twoProportionZTest } from './stats.js';

/** A person in scope of the analysis, by the id their plans carry in `plan.employee.id`. */
export interface FairnessPerson {
  readonly id: string;
  /** The person's role (`options.roles` narrows the analysis to some roles). */
  readonly role: string;
  /** The person's team, for the host's `groupOf` to use if it groups by team. */
  readonly team?: string;
  /** The day the person joined: someone who joined after the period is not in scope. Absent: in scope. */
  readonly hireDate?: CalendarDate;
}

/** The people in scope and the plans (any status) of the organisation. */
export interface FairnessPopulation {
  readonly people: readonly FairnessPerson[];
  readonly plans: readonly Plan[];
}

/** The days plans count from and to (by `createdOn`, both included). */
export interface FairnessPeriod {
  /** The first day; absent: no lower bound. */
  readonly start?: CalendarDate;
  /** The last day; absent (or later than `asOf`): `asOf`. */
  readonly end?: CalendarDate;
}

/** Options of {@link analyzeAdverseImpact}. */
export interface AdverseImpactOptions {
  /**
   * The group of one person for one attribute (a sales team, an age band, a self-reported
   * gender): the host passes it in; the library never stores it. `undefined`, `null` or an empty
   * label leaves the person out of every group (reported as `group_missing`).
   */
  readonly groupOf: (personId: string) => string | null | undefined;
  /** "Today": plans created, extended or closed after it do not count. */
  readonly asOf: CalendarDate;
  /** The attribute's name in sentences ("Sales team"). Default `'Group'`. */
  readonly attribute?: string;
  /** The plans counted, by creation date. Default: every plan created on or before `asOf`. */
  readonly period?: FairnessPeriod;
  /** Only people in these roles are in scope. Default: every role. */
  readonly roles?: readonly string[];
  /** Thresholds; see {@link FairnessPolicy}. */
  readonly policy?: FairnessPolicyOverrides;
  /** The language of the findings and issues (a `Locale`, e.g. `de`); codes, facts and figures are the same in every language. Default English. */
  readonly locale?: FairnessLocale;
}

/** One group's counts. A count is `null` (suppressed) when its base is below `minGroupSize`. */
export interface GroupCounts {
  /** People in scope in the group. */
  readonly headcount: number;
  /** People placed on a plan created in the period. */
  readonly placed: number;
  /** Of those placed: whose (latest) plan was extended by `asOf`. Base: `placed`. */
  readonly extended: number | null;
  /** Of those placed: whose plan closed with a decision by `asOf` (successful, extended then closed, not met). Base: `placed`. */
  readonly closed: number | null;
  /** Of those placed: whose plan was withdrawn by `asOf`. Base: `placed`. */
  readonly withdrawn: number | null;
  /** Of those closed: "not met". Base: `closed`. */
  readonly notMet: number | null;
  /** Of those closed: "successful". Base: `closed`. */
  readonly successful: number | null;
}

/** One group's rates (adverse outcomes over their base); `null` where the counts are suppressed. */
export interface GroupRates {
  /** placed / headcount. */
  readonly placement: number;
  /** extended / placed. */
  readonly extension: number | null;
  /** notMet / closed. */
  readonly notMet: number | null;
  /** successful / closed. */
  readonly success: number | null;
}

/** One group of the attribute: its label and, unless suppressed, its counts and rates. */
export interface FairnessGroup {
  readonly label: string;
  /** True when the group has fewer people in scope than `minGroupSize`: no counts, no rates. */
  readonly suppressed: boolean;
  readonly counts: GroupCounts | null;
  readonly rates: GroupRates | null;
}

/** One group's figures for one measure; all `null` when suppressed. */
export interface MeasureRate {
  readonly group: string;
  /** The group is suppressed, or its base for this measure is below `minGroupSize`. */
  readonly suppressed: boolean;
  readonly base: number | null;
  readonly adverse: number | null;
  readonly adverseRate: number | null;
  /** 1 - adverseRate. */
  readonly favourableRate: number | null;
}

/** A group compared with the reference group on one measure, with every input of every measure. */
export interface GroupComparison {
  readonly group: string;
  readonly reference: string;
  readonly base: number;
  readonly adverse: number;
  readonly referenceBase: number;
  readonly referenceAdverse: number;
  readonly adverseRate: number;
  readonly referenceAdverseRate: number;
  readonly favourableRate: number;
  readonly referenceFavourableRate: number;
  /** favourableRate / referenceFavourableRate (the four-fifths rule's ratio); null when the reference's is 0. */
  readonly impactRatio: number | null;
  /** adverseRate / referenceAdverseRate; null when the reference's is 0. */
  readonly adverseRatio: number | null;
  /** Fisher's exact test, two-sided, on [[adverse, base - adverse], [referenceAdverse, referenceBase - referenceAdverse]]. */
  readonly fisherP: number;
  /** The pooled two-proportion z (group minus reference); null when there is no variation. */
  readonly z: number | null;
  /** The z-test's two-sided p-value; null with `z`. */
  readonly zPValue: number | null;
  /** The impact ratio is below the policy's `impactRatioThreshold`. */
  readonly fourFifthsFlag: boolean;
  /** `fisherP` is below the policy's `significanceLevel`. */
  readonly significant: boolean;
}

/** One measure across the groups. */
export interface MeasureAnalysis {
  readonly measure: FairnessMeasure;
  /** Every group, in label order. */
  readonly rates: readonly MeasureRate[];
  /** The group the others are compared with; null when fewer than two groups can be reported. */
  readonly reference: string | null;
  /** How the reference was chosen: named by the policy, or the most favourable rate. */
  readonly referenceChosenBy: 'policy' | 'most_favourable' | null;
  /** Every other reportable group against the reference, in label order. */
  readonly comparisons: readonly GroupComparison[];
}

/** What a finding rests on: the groups and the figures (only reportable ones). */
export interface FairnessEvidence {
  readonly groups: readonly string[];
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * A finding about a group or a measure, never about a person: an issue of the shared shape, one
 * per code (checking `code` narrows `facts`), whose `path` is `['population']` (what the analysis
 * read) and whose `message` is written from `facts` by the English catalog
 * `FAIRNESS_FINDING_MESSAGES` (`FairnessFindingFactsByCode`).
 */
export type FairnessFinding = IssueOf<FairnessFindingFactsByCode> & {
  readonly attribute: string;
  readonly measure: FairnessMeasure | null;
  readonly group: string | null;
  readonly reference: string | null;
  readonly evidence: FairnessEvidence;
};

/** Where every finding is: the population the analysis read. */
const POPULATION: readonly string[] = Object.freeze(['population']);

/**
 * A problem with the input: an issue of the shared shape, one per code (checking `code` narrows
 * `facts`): what (`code`), where (`path`), the facts of the case (`facts`, frozen) and a sentence
 * written from them by the English catalog `FAIRNESS_ISSUE_MESSAGES` (`FairnessIssueFactsByCode`
 * gives the facts of each code).
 */
export type FairnessIssue = IssueOf<FairnessIssueFactsByCode>;

/** The adverse-impact analysis of one attribute. */
export interface AdverseImpactReport {
  readonly attribute: string;
  readonly asOf: CalendarDate;
  /** The plans counted: created from `start` (null: no bound) to `end`, both included. */
  readonly period: { readonly start: CalendarDate | null; readonly end: CalendarDate };
  /** The policy applied (defaults merged, invalid values replaced). */
  readonly policy: FairnessPolicy;
  /** Every group, in label order. */
  readonly groups: readonly FairnessGroup[];
  /** Totals over the reported (not suppressed) groups only, so that no suppressed figure can be derived from them. */
  readonly reported: { readonly groups: number; readonly suppressedGroups: number; readonly headcount: number; readonly placed: number };
  /** The three measures, in the order of {@link FAIRNESS_MEASURES}. */
  readonly measures: readonly MeasureAnalysis[];
  readonly findings: readonly FairnessFinding[];
  readonly issues: readonly FairnessIssue[];
}

/** What one person's plans in the period came to. */
interface PersonOutcome {
  placed: boolean;
  extended: boolean;
  closed: boolean;
  withdrawn: boolean;
  notMet: boolean;
  successful: boolean;
}

interface Tally {
  headcount: number;
  placed: number;
  extended: number;
  closed: number;
  withdrawn: number;
  notMet: number;
  successful: number;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the latest plan in the period says at `asOf`. */
function outcomeOf(plan: Plan, asOf: CalendarDate): Omit<PersonOutcome, 'placed'> {
  const closure = plan.closure !== undefined && plan.closure.date <= asOf ? plan.closure : undefined;
  const extended = plan.extensions.some((e) => e.grantedOn <= asOf) || closure?.outcome === 'extended_then_closed';
  return {
    extended,
    closed: closure !== undefined && closure.outcome !== 'withdrawn',
    withdrawn: closure?.outcome === 'withdrawn',
    notMet: closure?.outcome === 'not_met',
    successful: closure?.outcome === 'successful',
  };
}

/** Base and adverse count of a measure in a tally. */
function measureCounts(measure: FairnessMeasure, t: Tally): { base: number; adverse: number } {
  switch (measure) {
    case 'placement':
      return { base: t.headcount, adverse: t.placed };
    case 'extension':
      return { base: t.placed, adverse: t.extended };
    case 'not_met':
      return { base: t.closed, adverse: t.notMet };
  }
}

/** Whether a has a strictly more favourable (lower) adverse rate than b, exactly (cross-multiplied). */
function compareRates(a: { base: number; adverse: number }, b: { base: number; adverse: number }): number {
  return a.adverse * b.base - b.adverse * a.base;
}

/**
 * Adverse-impact analysis of who is put on a plan and how plans end, for one attribute at a time
 * (the host's `groupOf`): per group, the headcount, the people placed on a plan created in the
 * period, and how their (latest) plan stands at `asOf` (extended, closed not met, successful);
 * per measure (placement, extension, "not met"), each group against a reference group (the most
 * favourable rate, or the policy's `referenceGroup`) by the four-fifths rule on favourable rates
 * (29 CFR 1607.4(D)), the ratio of adverse rates, Fisher's exact test (two-sided) and the pooled
 * two-proportion z-test ("two or three standard deviations"), each with its inputs. Where the
 * four-fifths rule and the significance test disagree, a finding says so.
 *
 * Privacy: a group with fewer people in scope than `policy.minGroupSize` is reported by name only
 * (`group_suppressed`), never with a count or a rate, and a count whose base is below it is
 * suppressed too; totals cover the reported groups only. Findings are about groups, never about a
 * person, and the attribute is never stored in a plan. The result is deeply frozen; the same input
 * gives the same result in any order.
 *
 * @example
 * ```ts
 * const report = analyzeAdverseImpact({ people, plans }, { groupOf: (id) => teamOf.get(id), attribute: 'Sales team', asOf: '2026-06-30' });
 * const placement = report.measures.find((m) => m.measure === 'placement');
 * placement?.comparisons.map((c) => [c.group, c.impactRatio, c.fisherP]);
 * // => [["West", 0.842, 0.0074]] for 8 of 40 placed in West, 6 of 120 in East (the reference)
 * report.findings.map((f) => f.code); // => ["difference_significant", "significant_not_flagged", ...]
 * ```
 */
export function analyzeAdverseImpact(population: FairnessPopulation, options: AdverseImpactOptions): AdverseImpactReport {
  return rewordAdverseImpact(analyzeInEnglish(population, options), options.locale);
}

/** {@link analyzeAdverseImpact} with its sentences in English. */
function analyzeInEnglish(population: FairnessPopulation, options: AdverseImpactOptions): AdverseImpactReport {
  const issues: FairnessIssue[] = [];
  const issue = <C extends Exclude<FairnessIssueCode, 'policy_invalid'>>(code: C, path: (string | number)[], facts: FairnessIssueFactsByCode[C]): void => {
    issues.push(createIssue<FairnessIssueFactsByCode, C>(code, path, facts, FAIRNESS_ISSUE_MESSAGES) as FairnessIssue);
  };
  const attribute = options.attribute?.trim() || 'Group';
  const resolved = FAIRNESS_POLICY.resolve(options.policy);
  const policy = resolved.policy;
  issues.push(...resolved.issues);
  const min = policy.minGroupSize;
  const asOf = options.asOf;

  if (!isCalendarDate(asOf)) {
    issue('as_of_invalid', ['asOf'], { received: JSON.stringify(asOf) ?? String(asOf) });
    return freeze(
      { attribute, asOf, period: { start: null, end: asOf }, policy, groups: [], reported: { groups: 0, suppressedGroups: 0, headcount: 0, placed: 0 }, measures: [], findings: [], issues },
      true,
    );
  }

  // The period.
  let start: CalendarDate | null = null;
  let end: CalendarDate = asOf;
  const period = options.period;
  if (period?.start !== undefined) {
    if (isCalendarDate(period.start)) start = period.start;
    else issue('period_invalid', ['period', 'start'], { problem: 'start_not_a_date', received: String(JSON.stringify(period.start)) });
  }
  if (period?.end !== undefined) {
    if (!isCalendarDate(period.end)) issue('period_invalid', ['period', 'end'], { problem: 'end_not_a_date', received: String(JSON.stringify(period.end)), asOf });
    else if (period.end > asOf) issue('period_invalid', ['period', 'end'], { problem: 'end_after_as_of', end: period.end, asOf });
    else end = period.end;
  }
  if (start !== null && start > end) {
    issue('period_invalid', ['period', 'start'], { problem: 'start_after_end', start, end });
  }

  // People in scope, and their group.
  const roles = options.roles === undefined ? undefined : new Set(options.roles);
  const known = new Set<string>();
  const groupOfPerson = new Map<string, string>();
  let unclassified = 0;
  population.people.forEach((person, i) => {
    if (known.has(person.id)) {
      issue('person_duplicate', ['population', 'people', i, 'id'], { received: String(JSON.stringify(person.id)) });
      return;
    }
    known.add(person.id);
    if (person.hireDate !== undefined && person.hireDate > end) return;
    if (roles !== undefined && !roles.has(person.role)) return;
    const label = options.groupOf(person.id);
    const text = typeof label === 'string' ? label.trim() : '';
    if (text === '') unclassified += 1;
    else groupOfPerson.set(person.id, text);
  });
  if (unclassified > 0) issue('group_missing', ['population', 'people'], unclassified >= min ? { count: unclassified } : { minGroupSize: min });

  // Each person's latest plan in the period.
  const latest = new Map<string, Plan>();
  population.plans.forEach((plan, i) => {
    const created = plan.createdOn;
    if (created > end || (start !== null && created < start)) return;
    const id = plan.employee.id;
    if (!known.has(id)) {
      issue('plan_person_unknown', ['population', 'plans', i, 'employee', 'id'], { received: String(JSON.stringify(id)), planId: String(JSON.stringify(plan.id)) });
      return;
    }
    const previous = latest.get(id);
    if (!previous || previous.createdOn < created || (previous.createdOn === created && previous.id < plan.id)) latest.set(id, plan);
  });

  // Tally per group.
  const tallies = new Map<string, Tally>();
  for (const [personId, label] of groupOfPerson) {
    const t = tallies.get(label) ?? { headcount: 0, placed: 0, extended: 0, closed: 0, withdrawn: 0, notMet: 0, successful: 0 };
    tallies.set(label, t);
    t.headcount += 1;
    const plan = latest.get(personId);
    if (!plan) continue;
    const o = outcomeOf(plan, asOf);
    t.placed += 1;
    if (o.extended) t.extended += 1;
    if (o.closed) t.closed += 1;
    if (o.withdrawn) t.withdrawn += 1;
    if (o.notMet) t.notMet += 1;
    if (o.successful) t.successful += 1;
  }
  const labels = [...tallies.keys()].sort(byText);

  const findings: FairnessFinding[] = [];
  const groupFinding = (code: 'group_suppressed' | 'measure_suppressed' | 'insufficient_population', measure: FairnessMeasure | null, group: string | null): void => {
    const facts: GroupFacts = { attribute, measure, group, minGroupSize: min };
    findings.push({
      code,
      attribute,
      measure,
      group,
      reference: null,
      path: POPULATION,
      facts: facts as GroupFacts,
      message: FAIRNESS_FINDING_MESSAGES[code](facts),
      evidence: { groups: group === null ? [] : [group], figures: { minGroupSize: min } },
    });
  };

  // Groups, with suppression.
  const groups: FairnessGroup[] = labels.map((label) => {
    const t = tallies.get(label) as Tally;
    if (t.headcount < min) return { label, suppressed: true, counts: null, rates: null };
    const placedShown = t.placed >= min;
    const closedShown = placedShown && t.closed >= min;
    const counts: GroupCounts = {
      headcount: t.headcount,
      placed: t.placed,
      extended: placedShown ? t.extended : null,
      closed: placedShown ? t.closed : null,
      withdrawn: placedShown ? t.withdrawn : null,
      notMet: closedShown ? t.notMet : null,
      successful: closedShown ? t.successful : null,
    };
    const rates: GroupRates = {
      placement: t.placed / t.headcount,
      extension: placedShown ? t.extended / t.placed : null,
      notMet: closedShown ? t.notMet / t.closed : null,
      success: closedShown ? t.successful / t.closed : null,
    };
    return { label, suppressed: false, counts, rates };
  });
  for (const g of groups) if (g.suppressed) groupFinding('group_suppressed', null, g.label);
  const shown = groups.filter((g) => !g.suppressed);

  // Measures.
  const measures: MeasureAnalysis[] = [];
  for (const measure of FAIRNESS_MEASURES) {
    const eligible: { label: string; base: number; adverse: number }[] = [];
    const rates: MeasureRate[] = groups.map((g) => {
      const t = tallies.get(g.label) as Tally;
      const { base, adverse } = measureCounts(measure, t);
      if (g.suppressed || base < min) {
        if (!g.suppressed) groupFinding('measure_suppressed', measure, g.label);
        return { group: g.label, suppressed: true, base: null, adverse: null, adverseRate: null, favourableRate: null };
      }
      eligible.push({ label: g.label, base, adverse });
      return { group: g.label, suppressed: false, base, adverse, adverseRate: adverse / base, favourableRate: 1 - adverse / base };
    });
    if (eligible.length < 2) {
      groupFinding('insufficient_population', measure, null);
      measures.push({ measure, rates, reference: null, referenceChosenBy: null, comparisons: [] });
      continue;
    }
    let reference = policy.referenceGroup === null ? undefined : eligible.find((e) => e.label === policy.referenceGroup);
    let chosenBy: 'policy' | 'most_favourable' = 'policy';
    if (policy.referenceGroup !== null && reference === undefined) {
      const received = JSON.stringify(policy.referenceGroup);
      issue('reference_group_unavailable', ['policy', 'referenceGroup'], !tallies.has(policy.referenceGroup) ? { problem: 'no_one_in_scope', received } : { problem: 'too_small', received, measure, minGroupSize: min });
    }
    if (reference === undefined) {
      chosenBy = 'most_favourable';
      // The lowest adverse rate; ties: the larger base, then the label.
      reference = [...eligible].sort((a, b) => compareRates(a, b) || b.base - a.base || byText(a.label, b.label))[0];
    }
    const ref = reference as { label: string; base: number; adverse: number };
    const comparisons: GroupComparison[] = [];
    for (const e of eligible) {
      if (e.label === ref.label) continue;
      const adverseRate = e.adverse / e.base;
      const referenceAdverseRate = ref.adverse / ref.base;
      const favourableRate = 1 - adverseRate;
      const referenceFavourableRate = 1 - referenceAdverseRate;
      const impactRatio = referenceFavourableRate > 0 ? favourableRate / referenceFavourableRate : null;
      const adverseRatio = referenceAdverseRate > 0 ? adverseRate / referenceAdverseRate : null;
      const fisherP = fisherExactTest(e.adverse, e.base - e.adverse, ref.adverse, ref.base - ref.adverse);
      const zTest = twoProportionZTest(e.adverse, e.base, ref.adverse, ref.base);
      const fourFifthsFlag = impactRatio !== null && impactRatio < policy.impactRatioThreshold;
      const significant = fisherP < policy.significanceLevel;
      const comparison: GroupComparison = {
        group: e.label,
        reference: ref.label,
        base: e.base,
        adverse: e.adverse,
        referenceBase: ref.base,
        referenceAdverse: ref.adverse,
        adverseRate,
        referenceAdverseRate,
        favourableRate,
        referenceFavourableRate,
        impactRatio,
        adverseRatio,
        fisherP,
        z: zTest.z,
        zPValue: zTest.p,
        fourFifthsFlag,
        significant,
      };
      comparisons.push(comparison);
      const facts: ComparisonFacts = { attribute, measure, ...comparison, threshold: policy.impactRatioThreshold, significanceLevel: policy.significanceLevel };
      // the evidence: every figure of the comparison that is a number (a null ratio or z is left out), and the thresholds
      const figures: Record<string, number> = {};
      for (const [key, value] of Object.entries(comparison)) if (typeof value === 'number' && key !== 'zPValue') figures[key] = value;
      figures['impactRatioThreshold'] = policy.impactRatioThreshold;
      figures['significanceLevel'] = policy.significanceLevel;
      const codes: ('adverse_impact_flagged' | 'difference_significant' | 'flagged_not_significant' | 'significant_not_flagged' | 'no_adverse_impact')[] = [];
      if (fourFifthsFlag) codes.push('adverse_impact_flagged');
      if (significant) codes.push('difference_significant');
      if (fourFifthsFlag && !significant) codes.push('flagged_not_significant');
      if (significant && !fourFifthsFlag) codes.push('significant_not_flagged');
      if (!fourFifthsFlag && !significant) codes.push('no_adverse_impact');
      for (const code of codes) {
        findings.push({ code, path: POPULATION, facts, attribute, measure, group: e.label, reference: ref.label, message: FAIRNESS_FINDING_MESSAGES[code](facts), evidence: { groups: [e.label, ref.label], figures } });
      }
    }
    measures.push({ measure, rates, reference: ref.label, referenceChosenBy: chosenBy, comparisons });
  }

  const reported = {
    groups: shown.length,
    suppressedGroups: groups.length - shown.length,
    headcount: shown.reduce((sum, g) => sum + (g.counts?.headcount ?? 0), 0),
    placed: shown.reduce((sum, g) => sum + (g.counts?.placed ?? 0), 0),
  };
  return freeze({ attribute, asOf, period: { start, end }, policy, groups, reported, measures, findings, issues }, true);
}
