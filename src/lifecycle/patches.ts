/**
 * Immer patches for the event log.
 *
 * Immer 11 ships patch support as a plugin that `enablePatches()` registers in a process-wide
 * registry; `produceWithPatches` and `applyPatches` fail until it is registered. Registering is a
 * global side effect, so this library never does it at module load (the package stays free of
 * import-time side effects, `sideEffects: false`). Instead {@link ensurePatches} is called at the
 * start of the two functions that need patches (`transition`, `replay`). It is idempotent: a
 * module flag makes later calls no-ops (immer's own registration keeps the first plugin anyway, but
 * in development builds each call also appends to immer's error table). The only effect on a host
 * that uses immer itself is that patches become available there too.
 *
 * @internal
 * @module
 */
import { enablePatches, type Patch } from 'immer';
import { deepFreeze } from '../frozen/deep-freeze.js';
import type { PlanPatch } from '../schema/types.js';

let patchesEnabled = false;

/** Register immer's patch plugin once, on first use. */
export function ensurePatches(): void {
  if (patchesEnabled) return;
  enablePatches();
  patchesEnabled = true;
}

/** A deep JSON copy: the log holds plain data, never objects shared with the plan. */
function toJson(value: unknown): PlanPatch['value'] {
  return JSON.parse(JSON.stringify(value)) as PlanPatch['value'];
}

/** Immer patches as the log stores them: JSON values, no `undefined`. */
export function toPlanPatches(patches: readonly Patch[]): PlanPatch[] {
  return patches.map((patch) => {
    const path = patch.path.map((key) => (typeof key === 'number' ? key : String(key)));
    return patch.value === undefined ? { op: patch.op, path } : { op: patch.op, path, value: toJson(patch.value) };
  });
}

/** A container on a patch's path: a plain object or an array. */
type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Keys no patch may write (they would reach an object's prototype). */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Apply patches in the log's form (immer's semantics: `add` to an array index inserts, `remove`
 * splices, on an object both set or delete the key) to a plan.
 *
 * - `copy`: the plan is frozen and left as it is; every container on a patched path is copied once
 *   (the rest is shared), and the result is frozen. The cost is the length of the copied
 *   containers, not the size of the plan.
 * - `in_place`: the plan is plain mutable data (replay's working copy) and is changed in place: the
 *   cost is the patches' own size, however long the plan's lists.
 *
 * Each value is copied (the plan never shares an object with the log). Patches come from the
 * lifecycle's own decisions: a path that does not fit the plan is a bug, and throws.
 *
 * @internal
 */
export function applyPlanPatches<T extends object>(root: T, patches: readonly PlanPatch[], mode: 'copy' | 'in_place'): T {
  const copies = new Set<object>();
  const top = (mode === 'copy' ? { ...(root as Record<string, unknown>) } : root) as Container;
  if (mode === 'copy') copies.add(top);
  const fail = (patch: PlanPatch): never => {
    throw new Error(`improvement-plan: the patch ${patch.op} ${patch.path.join('/')} does not fit the plan`);
  };
  const set = (node: Container, key: string | number, value: unknown): void => {
    if (Array.isArray(node)) node[key as number] = value;
    else node[key as string] = value;
  };
  for (const patch of patches) {
    const { path } = patch;
    if (path.length === 0) fail(patch);
    const value = patch.value === undefined ? undefined : toJson(patch.value);
    if (mode === 'copy') deepFreeze(value);
    let node = top;
    let appended = false;
    for (let i = 0; i < path.length - 1; i += 1) {
      const key = path[i] as string | number;
      const child = Array.isArray(node) ? node[key as number] : Object.hasOwn(node, key) ? node[key as string] : undefined;
      if (!isContainer(child)) return fail(patch);
      let next = child;
      if (mode === 'copy' && !copies.has(child)) {
        // An item added at the end of a list not copied yet: one copy with the item (no regrowth).
        if (i === path.length - 2 && patch.op === 'add' && Array.isArray(child) && path[i + 1] === child.length) {
          next = child.concat([value]);
          appended = true;
        } else next = Array.isArray(child) ? child.slice() : { ...child };
        copies.add(next);
        set(node, key, next);
      }
      node = next;
    }
    if (appended) continue;
    const key = path[path.length - 1] as string | number;
    if (Array.isArray(node)) {
      const index = key as number;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > node.length || (patch.op !== 'add' && index === node.length)) fail(patch);
      if (patch.op === 'add') {
        if (index === node.length) node.push(value);
        else node.splice(index, 0, value);
      } else if (patch.op === 'replace') node[index] = value;
      else node.splice(index, 1);
    } else {
      const name = String(key);
      if (FORBIDDEN_KEYS.has(name)) fail(patch);
      if (patch.op === 'remove') delete node[name];
      else node[name] = value;
    }
  }
  if (mode === 'copy') for (const copy of copies) Object.freeze(copy);
  return top as T;
}
