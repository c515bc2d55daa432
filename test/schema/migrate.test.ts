/**
 * Format versions: migratePlan's mechanism with test-only steps (version 1 is the first version,
 * so the library ships no step yet), and the rule that every earlier version has its step.
 *
 * The test steps describe two imagined earlier formats: in version CURRENT-1 the manager was
 * called `lineManager`; in version CURRENT-2, in addition, a check-in's shared notes were called
 * `sharedNotes`. Each step upgrades the plan and every log entry's command and patches, so replay
 * of the upgraded log rebuilds the upgraded plan.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  migratePlan,
  migratePlanEvent,
  parsePlan,
  PLAN_MIGRATIONS,
  replay,
  type JsonObject,
  type JsonValue,
  type Plan,
  type PlanMigrationStep,
} from '../../src/index.js';
import { accept, EMPLOYEE, HR, MANAGER } from '../lifecycle/helpers.js';
import { FIXTURES } from '../support/fixtures.js';
import { plan90 } from '../support/plans.js';

type Doc = { [key: string]: JsonValue };

const isDoc = (value: JsonValue | undefined): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

function renameKey(doc: Doc, from: string, to: string): Doc {
  const out: Doc = {};
  for (const [key, value] of Object.entries(doc)) out[key === from ? to : key] = value;
  return out;
}

/** Rename a key at the start of patch paths and in patch values set at the plan's root. */
function renamePatches(entry: Doc, rename: (path: (string | number)[], value: JsonValue | undefined) => { path: (string | number)[]; value: JsonValue | undefined }): Doc {
  const patches = (entry['patches'] as Doc[]).map((patch) => {
    const moved = rename(patch['path'] as (string | number)[], patch['value']);
    return moved.value === undefined ? { ...patch, path: moved.path } : { ...patch, path: moved.path, value: moved.value };
  });
  return { ...entry, patches };
}

const checkInKeys = (from: string, to: string) => (value: JsonValue | undefined): JsonValue | undefined => (isDoc(value) ? renameKey(value, from, to) : value);

/** CURRENT-1 -> CURRENT: `lineManager` became `manager`. */
const managerStep: PlanMigrationStep = {
  from: CURRENT_SCHEMA_VERSION - 1,
  description: 'lineManager is now manager',
  plan: (doc) => renameKey(doc, 'lineManager', 'manager'),
  entry: (entry) => {
    const renamed = renamePatches(entry, (path, value) => ({ path: path[0] === 'lineManager' ? ['manager', ...path.slice(1)] : path, value }));
    const command = renamed['command'] as Doc;
    if (command['type'] === 'edit_draft' && isDoc(command['changes'])) {
      return { ...renamed, command: { ...command, changes: renameKey(command['changes'], 'lineManager', 'manager') } };
    }
    return renamed;
  },
};

/** CURRENT-2 -> CURRENT-1: a check-in's `sharedNotes` became `notes`. */
const notesStep: PlanMigrationStep = {
  from: CURRENT_SCHEMA_VERSION - 2,
  description: "a check-in's sharedNotes are now notes",
  plan: (doc) => ({ ...doc, checkIns: ((doc['checkIns'] ?? []) as JsonValue[]).map(checkInKeys('sharedNotes', 'notes')) as JsonValue }),
  entry: (entry) => {
    const renamed = renamePatches(entry, (path, value) => {
      if (path[0] !== 'checkIns') return { path, value };
      if (path.length === 1) return { path, value: Array.isArray(value) ? value.map(checkInKeys('sharedNotes', 'notes')) as JsonValue : value };
      if (path.length === 2) return { path, value: checkInKeys('sharedNotes', 'notes')(value) };
      return { path: path.map((key, i) => (i === 2 && key === 'sharedNotes' ? 'notes' : key)), value };
    });
    const command = renamed['command'] as Doc;
    if (command['type'] === 'record_check_in' && isDoc(command['checkIn'])) return { ...renamed, command: { ...command, checkIn: renameKey(command['checkIn'], 'sharedNotes', 'notes') } };
    return renamed;
  },
};

const TEST_STEPS = [notesStep, managerStep];

/** The inverse of the test steps: a current plan written as an imagined earlier version. */
function asEarlier(plan: Plan, version: number): Doc {
  const json = JSON.parse(JSON.stringify(plan)) as Doc;
  const down = (path: (string | number)[], value: JsonValue | undefined) => {
    let p = path[0] === 'manager' ? ['lineManager', ...path.slice(1)] : path;
    let v = value;
    if (version <= CURRENT_SCHEMA_VERSION - 2 && p[0] === 'checkIns') {
      if (p.length === 1 && Array.isArray(v)) v = v.map(checkInKeys('notes', 'sharedNotes')) as JsonValue;
      else if (p.length === 2) v = checkInKeys('notes', 'sharedNotes')(v);
      else p = p.map((key, i) => (i === 2 && key === 'notes' ? 'sharedNotes' : key));
    }
    return { path: p, value: v };
  };
  let doc = renameKey(json, 'manager', 'lineManager');
  if (version <= CURRENT_SCHEMA_VERSION - 2) doc = { ...doc, checkIns: (doc['checkIns'] as JsonValue[]).map(checkInKeys('notes', 'sharedNotes')) as JsonValue };
  const events = (doc['events'] as Doc[]).map((entry) => {
    const moved = renamePatches(entry, down);
    const command = moved['command'] as Doc;
    if (command['type'] === 'edit_draft' && isDoc(command['changes'])) return { ...moved, command: { ...command, changes: renameKey(command['changes'], 'manager', 'lineManager') } };
    if (version <= CURRENT_SCHEMA_VERSION - 2 && command['type'] === 'record_check_in' && isDoc(command['checkIn'])) {
      return { ...moved, command: { ...command, checkIn: renameKey(command['checkIn'], 'notes', 'sharedNotes') } };
    }
    return moved;
  });
  return { ...doc, schemaVersion: version, events };
}

/** A plan whose log touches both renamed fields: the manager edited in draft, a check-in with notes. */
function livedPlan(): { initial: Plan; current: Plan } {
  const initial = plan90();
  let plan = accept(initial, { type: 'edit_draft', changes: { manager: { id: 'mgr-dana', name: 'Dana Whitfield-Ortiz', title: 'Sales Manager' } } }, MANAGER, '2025-12-29').plan;
  plan = accept(plan, { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan;
  plan = accept(plan, { type: 'approve' }, HR, '2025-12-30').plan;
  plan = accept(plan, { type: 'acknowledge' }, MANAGER, '2025-12-31').plan;
  plan = accept(plan, { type: 'acknowledge', comment: 'I understand the plan.' }, EMPLOYEE, '2026-01-02').plan;
  plan = accept(plan, { type: 'activate' }, HR, '2026-01-05').plan;
  plan = accept(plan, { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held', notes: 'Reviewed five calls together.' } }, MANAGER, '2026-01-12').plan;
  return { initial, current: plan };
}

describe('migratePlan', () => {
  const { initial, current } = livedPlan();

  it('leaves a current document as it is (a copy, deeply frozen, nothing applied)', () => {
    const result = migratePlan(JSON.parse(JSON.stringify(current)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual([]);
    expect(result.fromVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(parsePlan(result.document).ok && (parsePlan(result.document) as { plan: Plan }).plan).toEqual(current);
    expect(Object.isFrozen(result.document) && Object.isFrozen(result.document['events'])).toBe(true);
  });

  it('upgrades a document of the previous version, log included: it parses, equals the plan, and replays', () => {
    const old = asEarlier(current, CURRENT_SCHEMA_VERSION - 1);
    expect(old['manager']).toBeUndefined();
    const before = JSON.stringify(old);
    const result = migratePlan(old, { steps: TEST_STEPS });
    expect(JSON.stringify(old)).toBe(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual(['lineManager is now manager']);
    expect(result.document['schemaVersion']).toBe(CURRENT_SCHEMA_VERSION);
    const parsed = parsePlan(result.document);
    expect(parsed.ok && parsed.plan).toEqual(current);
    // replay of the upgraded log over the upgraded plan as created gives the upgraded plan
    const start = migratePlan(asEarlier(initial, CURRENT_SCHEMA_VERSION - 1), { steps: TEST_STEPS });
    const startPlan = start.ok ? parsePlan(start.document) : undefined;
    expect(startPlan?.ok).toBe(true);
    if (!startPlan?.ok || !parsed.ok) return;
    const replayed = replay(startPlan.plan, parsed.plan.events);
    expect(replayed.ok && replayed.plan).toEqual(parsed.plan);
  });

  it('upgrades two versions back step by step, in order', () => {
    const old = asEarlier(current, CURRENT_SCHEMA_VERSION - 2);
    expect(((old['checkIns'] as Doc[])[0]!)['sharedNotes']).toBe('Reviewed five calls together.');
    const result = migratePlan(old, { steps: [managerStep, notesStep] });
    expect(result.ok && result.applied).toEqual(["a check-in's sharedNotes are now notes", 'lineManager is now manager']);
    expect(result.ok && result.fromVersion).toBe(CURRENT_SCHEMA_VERSION - 2);
    const parsed = result.ok ? parsePlan(result.document) : undefined;
    expect(parsed?.ok && parsed.plan).toEqual(current);
  });

  it('upgrades a single log entry written at an earlier version', () => {
    const old = asEarlier(current, CURRENT_SCHEMA_VERSION - 2);
    const entries = old['events'] as Doc[];
    const checkInEntry = entries.find((entry) => (entry['command'] as Doc)['type'] === 'record_check_in')!;
    expect(JSON.stringify(checkInEntry)).toContain('sharedNotes');
    const result = migratePlanEvent(checkInEntry, CURRENT_SCHEMA_VERSION - 2, { steps: TEST_STEPS });
    expect(result.ok && result.entry).toEqual(JSON.parse(JSON.stringify(current.events.find((entry) => entry.command['type'] === 'record_check_in'))));
    const editEntry = migratePlanEvent(entries[0]!, CURRENT_SCHEMA_VERSION - 1, { steps: TEST_STEPS });
    expect(editEntry.ok && editEntry.entry).toEqual(JSON.parse(JSON.stringify(current.events[0])));
  });

  it('each test step alone: the manager step renames the plan field, patch paths and draft changes', () => {
    expect(managerStep.plan({ lineManager: { id: 'm' }, id: 'p' } as JsonObject)).toEqual({ manager: { id: 'm' }, id: 'p' });
    const entry = managerStep.entry({
      seq: 0,
      command: { type: 'edit_draft', changes: { lineManager: { id: 'm', name: 'M' } } },
      patches: [{ op: 'replace', path: ['lineManager'], value: { id: 'm', name: 'M' } }, { op: 'replace', path: ['lineManager', 'name'], value: 'N' }, { op: 'add', path: ['goals', 0], value: {} }],
    } as JsonObject);
    expect(entry['patches']).toEqual([{ op: 'replace', path: ['manager'], value: { id: 'm', name: 'M' } }, { op: 'replace', path: ['manager', 'name'], value: 'N' }, { op: 'add', path: ['goals', 0], value: {} }]);
    expect((entry['command'] as Doc)['changes']).toEqual({ manager: { id: 'm', name: 'M' } });
  });

  it('each test step alone: the notes step renames check-in notes in the plan, in patch values and paths, and in the command', () => {
    expect(notesStep.plan({ checkIns: [{ id: 'c', sharedNotes: 'x' }] } as JsonObject)).toEqual({ checkIns: [{ id: 'c', notes: 'x' }] });
    const entry = notesStep.entry({
      command: { type: 'record_check_in', checkIn: { date: '2026-01-12', sharedNotes: 'x' } },
      patches: [{ op: 'add', path: ['checkIns', 0], value: { id: 'c', sharedNotes: 'x' } }, { op: 'replace', path: ['checkIns', 0, 'sharedNotes'], value: 'y' }, { op: 'replace', path: ['checkIns'], value: [{ sharedNotes: 'z' }] }],
    } as JsonObject);
    expect(entry['patches']).toEqual([{ op: 'add', path: ['checkIns', 0], value: { id: 'c', notes: 'x' } }, { op: 'replace', path: ['checkIns', 0, 'notes'], value: 'y' }, { op: 'replace', path: ['checkIns'], value: [{ notes: 'z' }] }]);
    expect((entry['command'] as Doc)['checkIn']).toEqual({ date: '2026-01-12', notes: 'x' });
  });

  it('refuses a newer version, a version with no step, a missing version, and a non-object, with issues', () => {
    const newer = migratePlan({ ...JSON.parse(JSON.stringify(current)), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(!newer.ok && newer.issues[0]).toMatchObject({ code: 'unsupported_version', path: ['schemaVersion'] });
    expect(!newer.ok && newer.issues[0]!.message).toMatch(/newer than this version of improvement-plan reads/);
    const noStep = migratePlan(asEarlier(current, CURRENT_SCHEMA_VERSION - 2), { steps: [managerStep] });
    expect(!noStep.ok && noStep.issues[0]!.message).toMatch(new RegExp(`no step from ${CURRENT_SCHEMA_VERSION - 2} to ${CURRENT_SCHEMA_VERSION - 1}`));
    const missing = migratePlan({ id: 'x' });
    expect(!missing.ok && missing.issues[0]).toMatchObject({ code: 'required', path: ['schemaVersion'] });
    expect(migratePlan('text').ok).toBe(false);
    expect(migratePlan(null).ok).toBe(false);
    const fraction = migratePlan({ schemaVersion: 1.5 });
    expect(!fraction.ok && fraction.issues[0]!.code).toBe('invalid_type');
  });

  it('never throws on a value that fails to read (a proxy or getter that throws)', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const getter = Object.defineProperty({}, 'schemaVersion', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const input of [hostile, getter]) {
      expect(() => migratePlan(input)).not.toThrow();
      expect(migratePlan(input).ok).toBe(false);
      expect(() => migratePlanEvent(input, CURRENT_SCHEMA_VERSION - 1, { steps: TEST_STEPS })).not.toThrow();
      expect(migratePlanEvent(input, CURRENT_SCHEMA_VERSION - 1, { steps: TEST_STEPS }).ok).toBe(false);
    }
  });

  it('reports a step that throws as an issue instead of throwing', () => {
    const broken: PlanMigrationStep = { from: CURRENT_SCHEMA_VERSION - 1, description: 'broken', plan: () => { throw new Error('boom'); }, entry: (entry) => entry };
    const result = migratePlan(asEarlier(current, CURRENT_SCHEMA_VERSION - 1), { steps: [broken] });
    expect(!result.ok && result.issues[0]!.message).toMatch(/boom/);
  });
});

describe('the library\'s own steps', () => {
  it('cover every earlier version, one step each, in order, up to the current version', () => {
    expect(PLAN_MIGRATIONS.map((step) => step.from)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(PLAN_MIGRATIONS.map((step) => [step.from] as const))('a fixture of version %i upgrades and parses', (version) => {
    const file = join(FIXTURES, 'versions', `plan-v${version}.json`);
    expect(existsSync(file), `${file} must exist: every format change ships a document of the previous version`).toBe(true);
  });
});
