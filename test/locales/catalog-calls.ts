/**
 * The calls the renderers make into the render catalog, recorded while rendering real documents
 * (the lived plan for every audience, its evaluation mid-plan and after the end, a plan that was
 * not met), so a translation can be checked with the arguments it will really get.
 */
import { RENDER_MESSAGES_EN, renderEvaluation, renderPlan, type Audience, type RenderMessages } from '../../src/index.js';
import { demoStory } from '../../examples/demo.js';
import { evaluated } from '../render/evaluated-plan.js';
import { livedPlan } from '../render/lived-plan.js';

/** A function of a catalog, by its path (`evaluation.leave`), with the argument lists it was called with. */
export type RecordedCalls = ReadonlyMap<string, readonly (readonly unknown[])[]>;

type Tree = Readonly<Record<string, unknown>>;

/** Every leaf of a catalog by path: `labels.goal` -> string, `days` -> function. */
export function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [p, v] of leaves(value as Tree, path)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}

/** A copy of the tree whose functions record their arguments into `calls` (keyed by path) and then answer as the original. */
function recorder(tree: Tree, calls: Map<string, unknown[][]>, prefix = ''): Tree {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'function') {
      out[key] = (...args: unknown[]) => {
        const list = calls.get(path) ?? [];
        if (list.length < 40 && !list.some((seen) => JSON.stringify(seen) === JSON.stringify(args))) list.push(args);
        calls.set(path, list);
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) out[key] = recorder(value as Tree, calls, path);
    else out[key] = value;
  }
  return out;
}

let cached: RecordedCalls | undefined;

/** The calls rendering makes into the render catalog (recorded once). */
export function recordedRenderCalls(): RecordedCalls {
  if (cached) return cached;
  const calls = new Map<string, unknown[][]>();
  const messages = recorder(RENDER_MESSAGES_EN as unknown as Tree, calls) as unknown as RenderMessages;
  const plan = livedPlan();
  const audiences: readonly Audience[] = ['employee', 'manager', 'hr'];
  for (const audience of audiences) {
    for (const format of ['markdown', 'html'] as const) {
      renderPlan(plan, { format, audience, messages, asOf: '2026-02-10', includeMetadata: true });
      for (const asOf of ['2026-02-16', '2026-04-06']) {
        const e = evaluated(asOf);
        renderEvaluation(e.summary, { format, audience, messages, evaluation: e.evaluation, plan: e.plan });
      }
    }
  }
  const story = demoStory();
  for (const format of ['markdown', 'html'] as const) {
    renderPlan(story.plan, { format, audience: 'hr', messages, asOf: '2026-04-07' });
    renderEvaluation(story.final, { format, audience: 'hr', messages, plan: story.plan });
  }
  cached = calls;
  return calls;
}

/** The catalog's functions by path. */
export function catalogFunctions(tree: Tree): Map<string, (...args: unknown[]) => unknown> {
  const out = new Map<string, (...args: unknown[]) => unknown>();
  for (const [path, value] of leaves(tree)) if (typeof value === 'function') out.set(path, value as (...args: unknown[]) => unknown);
  return out;
}
