/**
 * Properties of analyzeAdverseImpact over random populations: the counts match a tally of the
 * people's states; relabelling the groups permutes the output; the order of the input does not
 * matter; a person or a plan outside the period changes nothing; and suppression never leaks a
 * count: a suppressed group's (or a suppressed base's) data can change in every way without
 * changing one character of the analysis or of the rendered report, and no sentence or line
 * that names a suppressed group holds a number other than the policy's minimum group size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeAdverseImpact,
  renderFairnessReport,
  reviewFairness,
  type AdverseImpactReport,
  type FairnessPerson,
  type FairnessPopulation,
  type Plan,
} from '../../src/index.js';
import { AS_OF, PERSON_STATES, planIn, populationOf, type GroupSpec, type PersonState } from './population.js';

const MIN = 5;
const state: fc.Arbitrary<PersonState> = fc.oneof({ arbitrary: fc.constant<PersonState>('none'), weight: 4 }, { arbitrary: fc.constantFrom(...PERSON_STATES), weight: 3 });
const statesOf = (min: number, max: number) => fc.array(state, { minLength: min, maxLength: max });
/** 2 to 4 groups of 1 to 40 people (some below the minimum size). */
const groupsArb = fc.array(statesOf(1, 40), { minLength: 2, maxLength: 4 });
const LABELS = ['G0', 'G1', 'G2', 'G3'];

/** The same people (ids by group position) under the given labels. */
function build(states: readonly (readonly PersonState[])[], labels: readonly string[]) {
  const groups: GroupSpec[] = states.map((s, i) => ({ label: labels[i] as string, states: s }));
  const position = new Map(labels.map((label, i) => [label, i]));
  return populationOf(groups, (label, i) => `p${position.get(label)}-${i}`);
}

/** Replace group labels everywhere: as whole strings, and quoted inside sentences. */
function mapLabels<T>(value: T, map: ReadonlyMap<string, string>): T {
  const quoted = new RegExp(`"(${[...map.keys()].join('|')})"`, 'g');
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return map.has(v) ? map.get(v) : v.replace(quoted, (_m, label: string) => `"${map.get(label)}"`);
    if (Array.isArray(v)) return v.map(visit);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    return v;
  };
  return visit(value) as T;
}

const byJson = (a: unknown, b: unknown): number => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

/** The report with every list in a label-independent order. */
function canon(r: AdverseImpactReport) {
  return {
    ...r,
    groups: [...r.groups].sort(byJson),
    measures: r.measures.map((m) => ({ ...m, rates: [...m.rates].sort(byJson), comparisons: [...m.comparisons].sort(byJson) })),
    findings: [...r.findings].sort(byJson),
  };
}

describe('analyzeAdverseImpact: properties', () => {
  it('the counts of every reported group are a tally of its people, and suppression follows the bases', () => {
    fc.assert(
      fc.property(groupsArb, fc.integer({ min: 1, max: 8 }), (states, min) => {
        const { population, groupOf } = build(states, LABELS);
        const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: { minGroupSize: min } });
        states.forEach((s, i) => {
          const g = r.groups.find((x) => x.label === LABELS[i])!;
          const n = (...which: PersonState[]) => s.filter((x) => which.includes(x)).length;
          const placed = s.length - n('none');
          const closed = n('successful', 'not_met', 'not_met_extended', 'extended_then_closed');
          if (s.length < min) {
            expect(g).toEqual({ label: LABELS[i], suppressed: true, counts: null, rates: null });
            return;
          }
          expect(g.counts).toEqual({
            headcount: s.length,
            placed,
            extended: placed >= min ? n('active_extended', 'not_met_extended', 'extended_then_closed') : null,
            closed: placed >= min ? closed : null,
            withdrawn: placed >= min ? n('withdrawn') : null,
            notMet: placed >= min && closed >= min ? n('not_met', 'not_met_extended') : null,
            successful: placed >= min && closed >= min ? n('successful') : null,
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('relabelling the groups permutes the output (up to which of two identical groups is the reference)', () => {
    const pool = ['Zed', 'Alpha', 'Mid', 'Beta', 'Omega', 'Kappa'];
    fc.assert(
      fc.property(groupsArb, fc.shuffledSubarray(pool, { minLength: 4, maxLength: 4 }), (states, fresh) => {
        const before = build(states, LABELS);
        const after = build(states, fresh);
        const map = new Map(LABELS.map((label, i) => [label, fresh[i] as string]));
        const r1 = analyzeAdverseImpact(before.population, { groupOf: before.groupOf, asOf: AS_OF, attribute: 'Team' });
        let r2 = analyzeAdverseImpact(after.population, { groupOf: after.groupOf, asOf: AS_OF, attribute: 'Team' });
        const expected = mapLabels(r1, map);
        // Two groups with the same base and the same count tie for the reference; the label
        // breaks the tie. Their figures are identical, so swapping their names in that measure
        // must give the relabelled output exactly.
        r1.measures.forEach((m, i) => {
          const want = m.reference === null ? null : (map.get(m.reference) as string);
          const got = r2.measures[i]!.reference;
          if (want === null || got === null || want === got) return;
          const rate = (label: string) => r2.measures[i]!.rates.find((x) => x.group === label)!;
          expect({ ...rate(got), group: '' }).toEqual({ ...rate(want), group: '' });
          const swap = new Map([[got, want], [want, got]]);
          r2 = {
            ...r2,
            measures: r2.measures.map((x, j) => (j === i ? { ...mapLabels(x, swap), rates: x.rates } : x)),
            findings: r2.findings.map((f) => (f.measure === m.measure ? mapLabels(f, swap) : f)),
          };
        });
        expect(canon(r2)).toEqual(canon(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the people and of the plans does not matter', () => {
    fc.assert(
      fc.property(groupsArb, fc.nat(), (states, seed) => {
        const { population, groupOf } = build(states, LABELS);
        const shuffle = <T>(list: readonly T[]): T[] => {
          const out = [...list];
          let s = seed;
          for (let i = out.length - 1; i > 0; i -= 1) {
            s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const a = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF });
        const b = analyzeAdverseImpact({ people: shuffle(population.people), plans: shuffle(population.plans) }, { groupOf, asOf: AS_OF });
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('a person or a plan outside the period changes nothing', () => {
    const outside = fc.record({
      // joined after the period: in any group, or a new one, with plans after asOf
      late: fc.array(fc.record({ group: fc.constantFrom('G0', 'G1', 'New'), state: fc.constantFrom<Exclude<PersonState, 'none'>>('active', 'not_met', 'successful') }), { maxLength: 6 }),
      // plans before the period's start, and after asOf, for people already there
      early: fc.array(fc.tuple(fc.nat(), fc.constantFrom<Exclude<PersonState, 'none'>>('not_met', 'active_extended', 'withdrawn')), { maxLength: 6 }),
      future: fc.array(fc.tuple(fc.nat(), fc.constantFrom<Exclude<PersonState, 'none'>>('active', 'successful')), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(groupsArb, outside, (states, extra) => {
        const { population, groupOf } = build(states, LABELS);
        const options = { groupOf: (id: string) => (id.startsWith('late-') ? id.split('/')[1] : groupOf(id)), asOf: AS_OF, period: { start: '2026-01-01' } };
        const base = analyzeAdverseImpact(population, options);
        const people: FairnessPerson[] = [...population.people];
        const plans: Plan[] = [...population.plans];
        extra.late.forEach((p, i) => {
          const id = `late-${i}/${p.group}`;
          people.push({ id, role: 'Account Executive', hireDate: '2026-07-15' });
          plans.push(planIn(p.state, id, `plan-${id}`, '2026-08-01'));
        });
        const someone = (n: number) => population.people[n % population.people.length]!.id;
        extra.early.forEach(([n, s], i) => plans.push(planIn(s, someone(n), `early-${i}`, '2025-11-03')));
        extra.future.forEach(([n, s], i) => plans.push(planIn(s, someone(n), `future-${i}`, '2026-07-01')));
        const withOutside: FairnessPopulation = { people, plans };
        expect(analyzeAdverseImpact(withOutside, options)).toEqual(base);
      }),
      { numRuns: 200 },
    );
  });
});

describe('suppression never leaks a count', () => {
  const attributes = (groupOf: (id: string) => string | undefined) => [{ name: 'Sales team', groupOf }];
  /** Every output of one population: the analysis, the review's analyses and attention, the HR report in both formats. */
  function outputs(population: FairnessPopulation, groupOf: (id: string) => string | undefined) {
    const analysis = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, attribute: 'Sales team' });
    const review = reviewFairness(population, { asOf: AS_OF, attributes: attributes(groupOf) });
    return {
      analysis,
      reviewed: { analyses: review.analyses, attention: review.attention, issues: review.issues },
      markdown: renderFairnessReport(review, { format: 'markdown', audience: 'hr' }),
      html: renderFairnessReport(review, { format: 'html', audience: 'hr' }),
    };
  }

  it("a suppressed group's size, placements and outcomes change nothing in the analysis or the report", () => {
    fc.assert(
      fc.property(fc.array(statesOf(MIN, 30), { minLength: 1, maxLength: 3 }), statesOf(1, MIN - 1), statesOf(1, MIN - 1), (reported, small1, small2) => {
        const labels = ['G0', 'G1', 'G2', 'Small'];
        const a = build([...reported, small1], [...labels.slice(0, reported.length), 'Small']);
        const b = build([...reported, small2], [...labels.slice(0, reported.length), 'Small']);
        expect(outputs(b.population, b.groupOf)).toEqual(outputs(a.population, a.groupOf));
      }),
      { numRuns: 300 },
    );
  });

  it('the outcomes behind a suppressed base (fewer than 5 placed, or fewer than 5 closed) change nothing', () => {
    const placedState = fc.constantFrom<PersonState>('active', 'active_extended', 'successful', 'not_met', 'not_met_extended', 'extended_then_closed', 'withdrawn');
    // A closed person, extended or not (shown: the group's extension measure has 6 or more placed), and whether "not met" (hidden).
    const closedPair = fc.boolean().chain((extended) =>
      fc.tuple(fc.boolean(), fc.boolean()).map(([x, y]): [PersonState, PersonState] =>
        extended ? [x ? 'not_met_extended' : 'extended_then_closed', y ? 'not_met_extended' : 'extended_then_closed'] : [x ? 'not_met' : 'successful', y ? 'not_met' : 'successful'],
      ),
    );
    fc.assert(
      fc.property(
        fc.array(statesOf(MIN, 30), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: MIN, max: 20 }),
        fc.array(placedState, { minLength: 0, maxLength: MIN - 1 }).chain((p) => fc.tuple(fc.constant(p), fc.array(placedState, { minLength: p.length, maxLength: p.length }))),
        fc.array(closedPair, { minLength: 0, maxLength: MIN - 1 }).map((pairs) => [pairs.map((p) => p[0]), pairs.map((p) => p[1])] as const),
        (reported, size, [placed1, placed2], [closed1, closed2]) => {
          // "Few": fewer than 5 placed (their outcomes vary). "Closed": 6 active and fewer than 5 closed (which outcomes vary).
          const few = (p: PersonState[]): PersonState[] => [...p, ...Array.from({ length: size }, () => 'none' as const)];
          const closedGroup = (c: PersonState[]): PersonState[] => [...c, ...Array.from({ length: 6 }, () => 'active' as const), ...Array.from({ length: size }, () => 'none' as const)];
          const labels = ['G0', 'G1', 'Few', 'Closed'].filter((_, i) => i >= 2 || i < reported.length);
          const a = build([...reported, few(placed1), closedGroup(closed1)], labels);
          const b = build([...reported, few(placed2), closedGroup(closed2)], labels);
          expect(outputs(b.population, b.groupOf)).toEqual(outputs(a.population, a.groupOf));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('groups of unique sizes 1 to 4: no finding, table row, chart label or sentence that names one holds a number but the minimum size', () => {
    fc.assert(
      fc.property(fc.array(statesOf(MIN, 30), { minLength: 2, maxLength: 3 }), fc.shuffledSubarray([1, 2, 3, 4], { minLength: 1, maxLength: 4 }), fc.array(state, { minLength: 4, maxLength: 4 }), (reported, sizes, pattern) => {
        // Group "S<size>" has <size> people, in the states of the pattern (so some are placed).
        const small = sizes.map((size) => ({ label: `Small${'abcd'[size - 1]}`, states: pattern.slice(0, size) }));
        const { population, groupOf } = populationOf([...reported.map((states, i) => ({ label: `G${i}`, states })), ...small]);
        const { analysis, markdown, html } = outputs(population, groupOf);
        const numbersIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];
        for (const g of small) {
          const named = (text: string) => text.includes(g.label);
          // the analysis: the group's entries hold no number at all, its findings only the minimum size
          expect(JSON.stringify(analysis.groups.find((x) => x.label === g.label))).not.toMatch(/\d/);
          for (const m of analysis.measures) expect(JSON.stringify(m.rates.find((x) => x.group === g.label))).not.toMatch(/\d/);
          for (const f of analysis.findings.filter((x) => x.group === g.label || x.reference === g.label || x.evidence.groups.includes(g.label))) {
            expect(f.code).toBe('group_suppressed');
            expect(numbersIn(f.message)).toEqual([String(MIN)]);
            expect(f.evidence.figures).toEqual({ minGroupSize: MIN });
          }
          // the report: every Markdown line and every HTML element's text naming the group
          for (const line of markdown.split('\n').filter(named)) expect(numbersIn(line.replace(g.label, '')).filter((n) => n !== String(MIN)), line).toEqual([]);
          const texts = html.replace(/<svg[\s\S]*?<\/svg>/g, (svg) => svg.replace(/<(?:text|title)[^>]*>/g, '\n')).replace(/<[^>]+>/g, '\n').split('\n');
          for (const text of texts.filter(named)) expect(numbersIn(text.replace(g.label, '')).filter((n) => n !== String(MIN)), text).toEqual([]);
          // the chart row of the group draws no bar
          for (const bar of html.match(/<g data-bar="\d+" data-tone="[a-z]+"><title>[^<]*<\/title>(?:(?!<\/g>).)*<\/g>/g)?.filter(named) ?? []) {
            expect(bar).toContain('data-tone="none"');
            expect(bar.match(/<rect/g)).toHaveLength(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
