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
