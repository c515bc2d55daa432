/**
 * Private metadata whatever its keys hold (issue 13, finding 1): a key with a dot, a slash, a
 * tilde, an empty key or any other text is hidden from the employee's copy when the host marks
 * it private. Paths are arrays of keys; a plain string is one key, never split.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parsePlan, summarizeEvaluation, type Plan, type PlanInput } from '../../src/index.js';
import { renderEvaluation, renderPlan, type MetadataPath, type RenderFormat } from '../../src/render/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { readFixture } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

const FORMATS: readonly RenderFormat[] = ['markdown', 'html'];

function planWith(metadata: PlanInput['metadata']): Plan {
  const input = { ...(readFixture('plan-30-day-activity.json') as PlanInput), metadata };
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.plan;
}

/** The plan and its evaluation report, in both formats, for an audience. */
function everyCopy(plan: Plan, privateMetadata: readonly MetadataPath[], audience: 'employee' | 'manager'): string[] {
  const evaluation = evaluatePlan(plan, [], { asOf: plan.startDate });
  const summary = summarizeEvaluation(evaluation);
  return FORMATS.flatMap((format) => {
    const options = { format, audience, includeMetadata: true, privateMetadata } as const;
    return [renderPlan(plan, options), renderEvaluation(summary, { ...options, plan, evaluation })];
  });
}

describe('private metadata keys', () => {
  it('a key with a dot is hidden, given as one key in an array or as a plain string (never split)', () => {
    const plan = planWith({ 'salary.band': 'SECRET-L5', team: 'visible-team' });
    for (const path of [['salary.band'], 'salary.band'] as const) {
      for (const copy of everyCopy(plan, [path], 'employee')) {
        expect(copy).not.toContain('SECRET-L5');
        expect(copy).not.toContain('salary.band');
        expect(copy).toContain('visible-team');
      }
      for (const copy of everyCopy(plan, [path], 'manager')) expect(copy).toContain('SECRET-L5');
    }
  });

  it('a dotted string names one key, not a nested field: "review.score" does not hide review → score', () => {
    const plan = planWith({ review: { score: 'nested-score' }, 'review.score': 'flat-score' });
    const [md] = everyCopy(plan, ['review.score'], 'employee');
    expect(md).not.toContain('flat-score');
    expect(md).toContain('nested-score');
    const [nested] = everyCopy(plan, [['review', 'score']], 'employee');
    expect(nested).not.toContain('nested-score');
    expect(nested).toContain('flat-score');
  });

  it('keys with slashes, tildes, an empty key and spaces are hidden by their array path', () => {
    const plan = planWith({ 'a/b': { '~0': 'slash-tilde-secret' }, '': 'empty-key-secret', ' ': { '': 'space-empty-secret' }, keep: 'kept-value' });
    const hidden: MetadataPath[] = [['a/b', '~0'], [''], [' ', '']];
    for (const copy of everyCopy(plan, hidden, 'employee')) {
      for (const secret of ['slash-tilde-secret', 'empty-key-secret', 'space-empty-secret']) expect(copy).not.toContain(secret);
      expect(copy).toContain('kept-value');
    }
  });

  it('an empty path hides nothing (it is not a path to a field)', () => {
    const plan = planWith({ shown: 'shown-value' });
    for (const copy of everyCopy(plan, [[]], 'employee')) expect(copy).toContain('shown-value');
  });

  it('property: every key marked private, whatever characters it holds, is in no employee copy (key or value), Markdown and HTML, plan and report', { timeout: 120_000 }, () => {
    // Keys: hostile text (dots, slashes, tildes, escapes, unicode, spaces) around a unique tag,
    // or a key that is nothing but such text ("", " ", ".", "~1"), which can only be checked by its value.
    const junk = fc.string({ unit: fc.constantFrom('.', '/', '~', '~0', '~1', ' ', '\\', '"', 'é', '日', '😀', '\u0301', '-', '[0]', '*'), maxLength: 6 });
    const bareKeys = fc.constantFrom('', ' ', '.', '..', '/', '~', '~0', '~1', '/.~', '\u00a0');
    interface Node { readonly key: string; readonly tag: string | undefined; readonly children: readonly Node[] }
    const node = (depth: number): fc.Arbitrary<Node> =>
      fc
        .record({ bare: fc.boolean(), bareKey: bareKeys, before: junk, after: junk, count: depth >= 2 ? fc.constant(0) : fc.integer({ min: 0, max: 3 }) })
        .chain(({ bare, bareKey, before, after, count }) =>
          (count === 0 ? fc.constant<Node[]>([]) : fc.array(node(depth + 1), { minLength: count, maxLength: count })).map(
            (children): Node => ({ key: bare ? bareKey : `${before}@TAG@${after}`, tag: bare ? undefined : '@TAG@', children }),
          ),
        );
    const tree = fc.array(node(0), { minLength: 1, maxLength: 5 });

    let hiddenSomething = 0;
    fc.assert(
      fc.property(planArbitrary({ maxGoals: 2 }), tree, fc.infiniteStream(fc.integer({ min: 0, max: 2 })), fc.uuid(), (input, roots, marks, run) => {
        const token = run.replace(/-/g, '');
        let counter = 0;
        // Build the metadata: unique tags and values, keys unique among siblings.
        interface Leaf { readonly path: string[]; readonly value: string }
        const leaves: Leaf[] = [];
        const paths: { path: string[]; tag: string | undefined }[] = [];
        const build = (nodes: readonly Node[], path: string[]): Record<string, unknown> => {
          const out: Record<string, unknown> = {};
          for (const n of nodes) {
            counter += 1;
            const tag = n.tag === undefined ? undefined : `k${counter}q${token}`;
            const key = tag === undefined ? n.key : n.key.replace('@TAG@', tag);
            if (Object.hasOwn(out, key)) continue;
            const here = [...path, key];
            paths.push({ path: here, tag });
            if (n.children.length === 0) {
              const value = `v${counter}q${token}`;
              out[key] = value;
              leaves.push({ path: here, value });
            } else {
              out[key] = build(n.children, here);
            }
          }
          return out;
        };
        const metadata = build(roots, []);
        const parsed = parsePlan({ ...input, metadata });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
        const plan = parsed.plan;
        // Mark about a third of the paths private; a one-key path is given as a plain string half the time.
        const iterator = marks[Symbol.iterator]();
        const marked = paths.filter(() => iterator.next().value === 0);
        const privateMetadata: MetadataPath[] = marked.map((p, i) => (p.path.length === 1 && i % 2 === 0 ? (p.path[0] as string) : p.path));
        const under = (path: readonly string[]) => marked.some((m) => m.path.length <= path.length && m.path.every((key, i) => path[i] === key));
        const hiddenLeaves = leaves.filter((leaf) => under(leaf.path));
        // A tag is private when its key's own path is marked or lies under a marked path.
        const hiddenTags = paths.filter((p) => p.tag !== undefined && under(p.path)).map((p) => p.tag as string);
        const shownLeaves = leaves.filter((leaf) => !under(leaf.path));
        if (hiddenLeaves.length > 0) hiddenSomething += 1;
        for (const copy of everyCopy(plan, privateMetadata, 'employee')) {
          for (const leaf of hiddenLeaves) expect(copy).not.toContain(leaf.value);
          for (const tag of hiddenTags) expect(copy).not.toContain(tag);
          for (const leaf of shownLeaves) expect(copy).toContain(leaf.value);
        }
        // The manager's copy has every value: the test can see a leak.
        for (const copy of everyCopy(plan, privateMetadata, 'manager')) for (const leaf of leaves) expect(copy).toContain(leaf.value);
      }),
      { numRuns: runs(60) },
    );
    expect(hiddenSomething).toBeGreaterThan(0);
  });
});
