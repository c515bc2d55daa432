/**
 * Erasure of one person's personal strings, as pure functions over the stored JSON.
 *
 * Redaction is a map over string leaves that depends only on the property the string sits under
 * (its nearest key; array items take their array's key) and on the string itself. Such a map
 * commutes with applying immer patches, so when the same map is applied to the plan as created,
 * to every log entry (its command and its patches' values, a patch value taking the key from the
 * end of its path) and to the current plan, replaying the redacted log over the redacted initial
 * plan gives exactly the redacted current plan.
 *
 * @module
 */

/** What replaces an erased string. */
export const TOMBSTONE = '[erased]';

/** Keys of names and contact details. */
const IDENTITY_KEYS = ['name', 'title', 'email'] as const;

/** Keys of free-text notes, comments and reasons (and the diagnostic's narrative lists). */
export const NARRATIVE_KEYS: ReadonlySet<string> = new Set([
  'purpose',
  'notes',
  'note',
  'privateNotes',
  'comment',
  'reason',
  'rootCauseNotes',
  'strengths',
  'struggles',
  'notDoing',
  'doingWrong',
  'evidence',
  'adjustments',
  'mitigation',
  'topic',
]);

/** Every key whose strings are text for people (never ids, dates, codes or patch paths). */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  ...IDENTITY_KEYS,
  ...NARRATIVE_KEYS,
  'description',
  'label',
  'message',
  'success',
  'ifNotMet',
  'ifSuccessful',
  'skill',
  'practice',
  'feedback',
  'source',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type StringMap = (key: string | undefined, text: string) => string;

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The plan's host fields: the library never reads them, so it cannot tell a personal value from
 * another. Every leaf under `metadata` (strings, numbers, booleans; at any depth) is mapped with
 * this key, whatever key it sits under; the eraser erases them all in a plan the person takes
 * part in.
 */
export const METADATA_KEY = 'metadata';

/** Map every leaf of a `metadata` value with {@link METADATA_KEY}: a number or boolean the map would change becomes its result. */
function mapMetadata(value: Json, fn: StringMap): Json {
  if (typeof value === 'string') return fn(METADATA_KEY, value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value);
    const mapped = fn(METADATA_KEY, text);
    return mapped === text ? value : mapped;
  }
  if (Array.isArray(value)) return value.map((item) => mapMetadata(item, fn));
  if (isObject(value)) {
    const out: Record<string, Json> = {};
    for (const [name, child] of Object.entries(value)) out[name] = mapMetadata(child, fn);
    return out;
  }
  return value;
}

/** Map every string leaf of a JSON value, with the nearest key it sits under (a `metadata` value whole, see {@link METADATA_KEY}). */
export function mapStrings(value: Json, key: string | undefined, fn: StringMap): Json {
  if (key === METADATA_KEY) return mapMetadata(value, fn);
  if (typeof value === 'string') return fn(key, value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, key, fn));
  if (isObject(value)) {
    const out: Record<string, Json> = {};
    for (const [name, child] of Object.entries(value)) out[name] = mapStrings(child, name, fn);
    return out;
  }
  return value;
}

/** The nearest key of a patch's value: the last property name on its path. */
function patchKey(path: unknown): string | undefined {
  if (!Array.isArray(path)) return undefined;
  for (let i = path.length - 1; i >= 0; i -= 1) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** Map the strings of one log entry: its command, its patches' values (keyed by their paths), its produced events. */
export function mapEntry(entry: Json, fn: StringMap): Json {
  if (!isObject(entry)) return entry;
  const out: Record<string, Json> = { ...entry };
  if (entry['command'] !== undefined) out['command'] = mapStrings(entry['command'], undefined, fn);
  if (entry['produced'] !== undefined) out['produced'] = mapStrings(entry['produced'], undefined, fn);
  if (Array.isArray(entry['patches'])) {
    out['patches'] = entry['patches'].map((patch) => {
      if (!isObject(patch) || patch['value'] === undefined) return patch;
      const path = patch['path'];
      const value =
        Array.isArray(path) && path.length === 0
          ? mapPlan(patch['value'], fn)
          : Array.isArray(path) && path[0] === METADATA_KEY
            ? mapMetadata(patch['value'], fn)
            : mapStrings(patch['value'], patchKey(path), fn);
      return { ...patch, value };
    });
  }
  return out;
}

/** Map the strings of a plan document: its fields, and each log entry in `events` as {@link mapEntry} does. */
export function mapPlan(plan: Json, fn: StringMap): Json {
  if (!isObject(plan)) return plan;
  const out: Record<string, Json> = {};
  for (const [name, child] of Object.entries(plan)) {
    out[name] = name === 'events' && Array.isArray(child) ? child.map((entry) => mapEntry(entry, fn)) : mapStrings(child, name, fn);
  }
  return out;
}

/** A stored payload: the plan as created (`kind: 'plan'`) or a log entry (`kind: 'entry'`). */
export function mapPayload(payload: Json, fn: StringMap): Json {
  if (!isObject(payload)) return payload;
  const out: Record<string, Json> = { ...payload };
  if (payload['document'] !== undefined) out['document'] = mapPlan(payload['document'], fn);
  if (payload['entry'] !== undefined) out['entry'] = mapEntry(payload['entry'], fn);
  if (payload['effects'] !== undefined) out['effects'] = mapStrings(payload['effects'], undefined, fn);
  return out;
}

/** Visit every object of a JSON value (patch values and commands included). */
function eachObject(value: Json, visit: (object: Record<string, Json>) => void): void {
  if (Array.isArray(value)) for (const item of value) eachObject(item, visit);
  else if (isObject(value)) {
    visit(value);
    for (const child of Object.values(value)) eachObject(child, visit);
  }
}

/** What is known of one person's personal strings, gathered from the plans they take part in. */
export interface PersonalStrings {
  /** Exact strings to erase in the plans the person takes part in (names, notes, comments, reasons). */
  readonly exact: Set<string>;
  /** Names and e-mail addresses: any text containing one (any case) is erased, in every plan. */
  readonly names: Set<string>;
  /** Parts of the names (3 letters or more): a text naming one as a word is erased in the plans the person takes part in. */
  readonly tokens: Set<string>;
}

/** An empty collection. */
export function personalStrings(): PersonalStrings {
  return { exact: new Set(), names: new Set(), tokens: new Set() };
}

function keep(text: unknown, into: Set<string>): void {
  if (typeof text === 'string' && text.trim() !== '' && text !== TOMBSTONE) into.add(text);
}

/**
 * Gather a person's strings from one plan's stored payloads: their names, titles and e-mail
 * addresses wherever an object carries their id; the notes, comments and reasons they wrote
 * (records `by` them, their signatures, the commands they sent); and, when the plan is about them
 * (they are its employee), every note, comment and reason in it.
 */
export function collectPersonalStrings(personId: string, payloads: readonly Json[], into: PersonalStrings): void {
  const narrative = (value: Json) =>
    mapPayload(value, (key, text) => {
      if (key !== undefined && NARRATIVE_KEYS.has(key)) keep(text, into.exact);
      return text;
    });
  let aboutThem = false;
  for (const payload of payloads) {
    eachObject(payload, (object) => {
      if (isObject(object['employee']) && object['employee']['id'] === personId) aboutThem = true;
      if (object['id'] === personId) {
        for (const key of IDENTITY_KEYS) {
          keep(object[key], into.exact);
          if (key !== 'title') keep(object[key], into.names);
        }
      }
      if (object['signerId'] === personId) {
        keep(object['name'], into.exact);
        keep(object['name'], into.names);
        keep(object['comment'], into.exact);
      }
      if (object['by'] === personId) for (const key of NARRATIVE_KEYS) keep(object[key], into.exact);
      if (isObject(object['actor']) && object['actor']['id'] === personId && object['command'] !== undefined) {
        mapStrings(object['command'], undefined, (key, text) => {
          if (key !== undefined && NARRATIVE_KEYS.has(key)) keep(text, into.exact);
          return text;
        });
      }
    });
  }
  if (aboutThem) for (const payload of payloads) narrative(payload);
  for (const name of into.names) {
    if (name.includes('@')) continue;
    for (const token of name.split(/[^\p{L}\p{N}'-]+/u)) if ([...token].length >= 3) into.tokens.add(token);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The string map that erases a person's strings: a text under one of {@link TEXT_KEYS} becomes
 * {@link TOMBSTONE} when it contains one of their names (any plan), or, in a plan they take part in,
 * when it is one of their exact strings or names a part of their name as a word. Every value
 * of the plan's `metadata` ({@link METADATA_KEY}) is erased in a plan they take part in; in
 * another plan, a metadata string containing one of their names is.
 */
export function eraser(strings: PersonalStrings, takesPart: boolean): StringMap {
  const names = [...strings.names].map((name) => name.toLocaleLowerCase('en-US'));
  const tokens = [...strings.tokens].map((token) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(token)}(?![\\p{L}\\p{N}])`, 'iu'));
  return (key, text) => {
    if (key === METADATA_KEY && takesPart) return TOMBSTONE;
    if (key === undefined || (!TEXT_KEYS.has(key) && key !== METADATA_KEY) || text === TOMBSTONE) return text;
    const lower = text.toLocaleLowerCase('en-US');
    if (names.some((name) => lower.includes(name))) return TOMBSTONE;
    if (!takesPart) return text;
    if (strings.exact.has(text) || tokens.some((token) => token.test(text))) return TOMBSTONE;
    return text;
  };
}
