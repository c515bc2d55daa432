/**
 * The shapes an adversarial review found bugs with (issue 13), as generators for the fuzz
 * targets `*.shapes.fuzz.test.ts`: long whitespace runs and long text in every free-text field
 * (up to LIMITS), far and inverted dates, maximal event logs built from genuine transitions and
 * their forged variants, duplicated and overlapping observation feeds, null and mistyped policy
 * fields, control characters (C0, C1, ESC sequences, bidi overrides, lone surrogates, NUL) and
 * dotted or odd metadata keys. The targets pair them with invariants that state the promises.
 *
 * Nothing here reads a clock: the maximal logs are built with `transition` on the plan's own days.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { expect } from 'vitest';
import {
  LIMITS,
  parsePlan,
  planEndDate,
  shiftDate,
  supportSessions,
  transition,
  type Actor,
  type Plan,
  type PlanCommand,
  type PlanEvent,
} from '../../src/index.js';
import { actorOf } from '../support/plan-life.js';

// ---------------------------------------------------------------------------
// Invariants: every one checked on every input, the first counterexample of each kept
// ---------------------------------------------------------------------------

/** Shorten a counterexample for a report: the start and the end of a long text. */
export function shorten(text: string, max = 400): string {
  const clean = JSON.stringify(text).slice(1, -1);
  return clean.length <= max ? clean : `${clean.slice(0, max - 60)} … ${clean.slice(-50)} (${clean.length} chars)`;
}

/** The first place two JSON values differ (a path and both values, shortened), or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}

/**
 * The invariants of a target. Each input is checked against all of them (one broken invariant
 * does not hide another); `assertNone` fails the test with, per broken invariant, how many
 * inputs broke it and the first of them (shortened). Exceptions from the code under test are
 * invariants too (`call`).
 */
export class Invariants {
  private readonly broken = new Map<string, { count: number; example: string }>();

  /** Record a counterexample of `invariant` unless `holds`; returns `holds`. */
  check(invariant: string, holds: boolean, example: () => string): boolean {
    if (!holds) {
      const seen = this.broken.get(invariant);
      if (seen) seen.count += 1;
      else this.broken.set(invariant, { count: 1, example: shorten(example()) });
    }
    return holds;
  }

  /** Run `fn`; a throw breaks the invariant "`name` does not throw" (unless `allowed` accepts it). */
  call<T>(name: string, fn: () => T, example: () => string, allowed: (error: unknown) => boolean = () => false): { ok: true; value: T } | { ok: false } {
    try {
      return { ok: true, value: fn() };
    } catch (error) {
      if (allowed(error)) return { ok: false };
      this.check(`${name} does not throw`, false, () => `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} on ${example()}`);
      return { ok: false };
    }
  }

  /** The broken invariants, as report lines. */
  report(): string[] {
    return [...this.broken].map(([invariant, { count, example }]) => `${invariant} (${count} inputs), first: ${example}`);
  }

  /** Fail when an invariant was broken, listing each with its first counterexample. */
  assertNone(): void {
    const report = this.report();
    expect(report.length === 0, `broken invariants:\n- ${report.join('\n- ')}\n`).toBe(true);
  }
}

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

/** C0 controls (NUL to US) and DEL. */
export const C0_CONTROLS: readonly string[] = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f'];
/** C1 controls (U+0080 to U+009F; U+009B is the one-byte CSI). */
export const C1_CONTROLS: readonly string[] = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i));
/** Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). */
export const BIDI_CONTROLS: readonly string[] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
/** Unpaired halves of surrogate pairs. */
export const LONE_SURROGATES: readonly string[] = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'];
/** Terminal escape sequences: clear screen, colours, an OSC-8 hyperlink, a window title, a reset, a C1 CSI. */
export const ESCAPE_SEQUENCES: readonly string[] = [
  '\u001b[2J',
  '\u001b[31m',
  '\u001b[0m',
  '\u001b]8;;https://payroll-verify.example/login\u0007click here\u001b]8;;\u0007',
  '\u001b]0;window title\u0007',
  '\u001bc',
  '\u009b31m',
  '\u001b[1A\u001b[2K',
];
/** Text that forges a line of the CLI's output. */
export const FORGED_LINES: readonly string[] = [
  '\nplan.json: valid plan, no errors\n\u001b[2J',
  '\r\u001b[2Kplan.json: valid plan, no errors',
  '\nimprovement-plan: plan.json: valid plan\n',
];
/** Text GitHub-flavoured renderers turn into links. */
export const LINK_TEXTS: readonly string[] = [
  'https://payroll-verify.example/login',
  'http://payroll-verify.example',
  'www.payroll-verify.example',
  'Visit www.payroll-verify.example/login now',
  'hr-desk@payroll-verify.example',
  'mailto:hr-desk@payroll-verify.example',
  '<https://payroll-verify.example>',
  'ftp://files.example/x',
];

const WORDS = ['Jordan', 'call', 'review', 'R&D', '5 * 3', '# heading', '- item', '1. first', '`code`', '[link](x)', '|', '_x_', '<b>', '&amp;', 'Zoë', '名前'];

/** Short text (fits a label) mixing words with control characters, escape sequences, bidi overrides, surrogates, forged lines and links. */
export function controlText(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
    { arbitrary: fc.constantFrom(...C0_CONTROLS), weight: 2 },
    { arbitrary: fc.constantFrom(...C1_CONTROLS), weight: 1 },
    { arbitrary: fc.constantFrom(...BIDI_CONTROLS), weight: 2 },
    { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 1 },
    { arbitrary: fc.constantFrom(...ESCAPE_SEQUENCES), weight: 2 },
    { arbitrary: fc.constantFrom(...FORGED_LINES), weight: 1 },
    { arbitrary: fc.constantFrom(...LINK_TEXTS), weight: 1 },
  );
  // a word first: labels must not be empty, and starting with a letter keeps the text a label
  return fc.tuple(fc.constantFrom('Jordan', 'Plan', 'Note'), fc.array(piece, { minLength: 1, maxLength: 8 })).map(([first, rest]) => [first, ...rest].join(' '));
}

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const RAW_C0_ONLY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The first raw control character in terminal text (C0 but tab and newline, DEL, C1, bidi
 * controls, lone surrogates), as `U+XXXX at <index>` with some context; undefined when there is none.
 */
export function rawControlIn(text: string): string | undefined {
  const match = RAW_CONTROL.exec(text);
  if (!match) return undefined;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${match.index}: ${JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 20))}`;
}

/**
 * The first character a document must not carry raw (what HTML strips: C0 but tab, newline and
 * carriage return, DEL, lone surrogates; and, when `bidi`, bidi controls); undefined when none.
 */
export function forbiddenInDocument(text: string, bidi: boolean): string | undefined {
  const match = RAW_C0_ONLY.exec(text) ?? (bidi ? BIDI.exec(text) : null);
  if (!match) return undefined;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${match.index}: ${JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 20))}`;
}

/** A bidi control in HTML that is not inside a `<bdi>` element (the isolation the renderer promises), or undefined. */
export function bidiOutsideBdi(html: string): string | undefined {
  const re = /[\u202a-\u202e\u2066-\u2069]/g;
  for (let match = re.exec(html); match; match = re.exec(html)) {
    const before = html.slice(0, match.index);
    if (before.lastIndexOf('<bdi') <= before.lastIndexOf('</bdi>')) {
      return `U+${match[0].charCodeAt(0).toString(16).toUpperCase()} at ${match.index}: ${JSON.stringify(html.slice(Math.max(0, match.index - 60), match.index + 20))}`;
    }
  }
  return undefined;
}

/**
 * The longest issue message any input may cause (an assumption of these targets, finding 11):
 * user text (keys, values) is quoted up to a fixed length, so a message stays short whatever the input.
 */
export const MAX_MESSAGE_LENGTH = 2_000;

// ---------------------------------------------------------------------------
// Long text and whitespace runs
// ---------------------------------------------------------------------------

const RUN_CHARS = [' ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', '\f', '\v', '\u3000'] as const;

/**
 * `length` characters: a letter, a run of whitespace, a letter. Mostly spaces only (the run
 * that made `escapeMarkdown` quadratic), else spaces with one line break, or a mix of every kind.
 */
export function whitespaceRun(length: number): fc.Arbitrary<string> {
  const inner = Math.max(0, length - 2);
  return fc.oneof(
    { arbitrary: fc.constant(`a${' '.repeat(inner)}b`), weight: 4 },
    { arbitrary: fc.constantFrom('\t', '\u00a0', '\u3000').map((c) => `a${c.repeat(inner)}b`), weight: 1 },
    { arbitrary: fc.nat({ max: inner }).map((at) => `a${' '.repeat(at)}\n${' '.repeat(Math.max(0, inner - at - 1))}b`), weight: 2 },
    { arbitrary: fc.array(fc.constantFrom(...RUN_CHARS), { minLength: 1, maxLength: 8 }).map((cs) => `a${cs.join('').repeat(Math.ceil(inner / cs.join('').length)).slice(0, inner)}b`), weight: 1 },
  );
}

/** Text of exactly `length` characters (a field at its limit): a whitespace run, prose, Markdown specials, links, control characters. */
export function textAt(length: number): fc.Arbitrary<string> {
  const fill = (unit: string) => (unit.repeat(Math.ceil(length / unit.length)).slice(0, length) || 'x').replace(/^\s/, 'x');
  return fc.oneof(
    { arbitrary: whitespaceRun(length), weight: 4 },
    { arbitrary: fc.constant(fill('Improve discovery calls and ask for the next meeting. ')), weight: 1 },
    { arbitrary: fc.constant(fill('*_[]<>|`#-\\&~ ')), weight: 1 },
    { arbitrary: fc.constantFrom(...LINK_TEXTS).map((link) => fill(`${link} `)), weight: 1 },
    { arbitrary: controlText().map((t) => fill(`${t} `)), weight: 1 },
  );
}

/** A free-text field value: mostly at its limit or near it, else short hostile text. */
export function freeText(limit: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: textAt(limit), weight: 3 },
    { arbitrary: fc.integer({ min: 2, max: limit }).chain((n) => whitespaceRun(n)), weight: 2 },
    { arbitrary: controlText(), weight: 3 },
    { arbitrary: fc.constantFrom(...LINK_TEXTS), weight: 2 },
  );
}

// ---------------------------------------------------------------------------
// Paths in documents
// ---------------------------------------------------------------------------

/** A path into a JSON document. */
export type DocPath = readonly (string | number)[];

/** A deep copy of a JSON document. */
export function copyOf<T>(document: T): T {
  return JSON.parse(JSON.stringify(document)) as T;
}

/** The value at `path`, or undefined. */
export function getAt(document: unknown, path: DocPath): unknown {
  let node = document;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Set the value at `path` in place (the parents must exist). */
export function setAt(document: unknown, path: DocPath, value: unknown): void {
  let node = document as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}

/** A free-text field of a plan document and its length limit (a label's or a text's). */
export interface FreeTextField {
  readonly path: DocPath;
  readonly limit: number;
}

const NOT_FREE_TEXT = new Set(['metadata', 'events', 'schemaVersion']);

/**
 * Every free-text field of a valid plan document, found by probing: a string the schema takes
 * any sentence in (dates, enumerations and most ids refuse one) is free text; its limit is the
 * longest of `LIMITS.textLength`, `labelLength` and `idLength` it takes.
 */
export function freeTextFields(document: unknown): FreeTextField[] {
  const probe = copyOf(document);
  const fields: FreeTextField[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (typeof node === 'string') {
      const ok = (value: string) => {
        setAt(probe, path, value);
        const result = parsePlan(probe).ok;
        setAt(probe, path, node);
        return result;
      };
      if (ok('A sentence, with spaces: probe.') && ok('Another sentence, with spaces: probe.')) {
        const limit = [LIMITS.textLength, LIMITS.labelLength, LIMITS.idLength].find((n) => ok('x'.repeat(n)));
        if (limit !== undefined) fields.push({ path: [...path], limit });
      }
      return;
    }
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (!(path.length === 0 && NOT_FREE_TEXT.has(key)) && key !== 'metadata') walk(value, [...path, key]);
    }
  };
  walk(document, []);
  return fields;
}

/** Which free-text fields a shaped document fills: one, some, or every one (the maximal document). */
export type TextCoverage = 'one' | 'some' | 'every';

/** `text` with its second character on replaced by `n` (same length), so that texts put in id fields stay unique. */
function numbered(text: string, n: number): string {
  const tag = String(n);
  return text.length > tag.length + 1 ? `${text[0]}${tag}${text.slice(1 + tag.length)}` : text;
}

/** The kinds of text {@link maximalDocument} fills every field with. */
export const MAXIMAL_TEXTS = ['run', 'run-newline', 'prose', 'specials'] as const;

/**
 * The document with every free-text field at its limit, all with one kind of text: a whitespace
 * run (the review's 1 MB plan that took 17 s to render), a run with one line break, prose, or
 * Markdown specials. Texts are numbered so that ids stay unique.
 */
export function maximalDocument(document: unknown, fields: readonly FreeTextField[], kind: (typeof MAXIMAL_TEXTS)[number] = 'run'): unknown {
  const copy = copyOf(document);
  fields.forEach((field, i) => {
    const n = field.limit - 2;
    const text =
      kind === 'run'
        ? `a${' '.repeat(n)}b`
        : kind === 'run-newline'
          ? `a${' '.repeat(n >> 1)}\n${' '.repeat(n - (n >> 1) - 1)}b`
          : kind === 'prose'
            ? `a${'Ask for the next meeting. '.repeat(Math.ceil(n / 26)).slice(0, n)}b`
            : `a${'*_[]<>|`#&~ '.repeat(Math.ceil(n / 12)).slice(0, n)}b`;
    setAt(copy, field.path, numbered(text, i));
  });
  return copy;
}

/** A plan document with free-text fields replaced by long, whitespace-run or hostile text (`coverage: 'every'`: {@link maximalDocument}). */
export function withLongTexts(document: unknown, fields: readonly FreeTextField[]): fc.Arbitrary<{ readonly coverage: TextCoverage; readonly document: unknown }> {
  if (fields.length === 0) return fc.constant({ coverage: 'one' as const, document });
  const one = fc.nat({ max: fields.length - 1 }).chain((i) => freeText(fields[i]!.limit).map((text) => ({ field: fields[i]!, text: numbered(text, i) })));
  const some = fc.array(one, { minLength: 2, maxLength: 6 });
  const apply = (coverage: TextCoverage, edits: readonly { field: FreeTextField; text: string }[]) => {
    const copy = copyOf(document);
    for (const { field, text } of edits) setAt(copy, field.path, text);
    return { coverage, document: copy };
  };
  // every field at its limit is rare here: the targets run the maximal documents themselves, in every run
  return fc.oneof(
    { arbitrary: one.map((edit) => apply('one', [edit])), weight: 20 },
    { arbitrary: some.map((edits) => apply('some', edits)), weight: 15 },
    { arbitrary: fc.constantFrom(...MAXIMAL_TEXTS).map((kind) => ({ coverage: 'every' as const, document: maximalDocument(document, fields, kind) })), weight: 1 },
  );
}

// ---------------------------------------------------------------------------
// Metadata keys
// ---------------------------------------------------------------------------

/** Keys that break dotted paths, JSON Pointers, prototypes and terminals. */
export const ODD_KEYS: readonly string[] = [
  '.',
  '..',
  'a.b',
  'salary.band',
  '/',
  '~',
  '~0',
  '~1',
  'a/b',
  '/salary.band',
  '',
  ' ',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '0',
  '-1',
  '\u001b[2J',
  '\u202eevil',
  'x\nplan.json: valid plan, no errors',
  'ключ.имя',
  'k'.repeat(LIMITS.idLength),
  'k'.repeat(LIMITS.labelLength),
];
/**
 * Keys far longer than any label (echoed whole in issue messages before the fix for finding 11).
 * The targets assume the key bound the fix sets is below `LONG_KEY_LENGTH`.
 */
export const LONG_KEY_LENGTH = 2_000;
/** Keys of {@link LONG_KEY_LENGTH} characters and more, up to 1,000,000. */
export const LONG_KEYS: readonly string[] = [LONG_KEY_LENGTH, 10_000, 100_000, 1_000_000].map((n) => `${'k'.repeat(n - 1)}z`);

/** Metadata whose private fields (at odd keys) hold secrets: the secrets, their key paths, and values that are not secret. */
export interface SecretMetadata {
  readonly metadata: Record<string, unknown>;
  readonly privatePaths: readonly (readonly string[])[];
  readonly secrets: readonly string[];
  readonly publicValues: readonly string[];
}

/** A JSON Pointer (RFC 6901) for a key path: `/salary.band`, `~` written `~0`, `/` written `~1`. */
export function jsonPointer(keys: readonly string[]): string {
  return keys.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Metadata with 1-4 private fields at paths of odd keys (1-3 deep), secrets as values, and some public fields. */
export function secretMetadata(): fc.Arbitrary<SecretMetadata> {
  const key = fc.constantFrom(...ODD_KEYS, 'review', 'score', 'hris');
  const path = fc.array(key, { minLength: 1, maxLength: 3 });
  return fc
    .record({ privates: fc.array(path, { minLength: 1, maxLength: 4 }), publics: fc.array(path, { maxLength: 3 }), salt: fc.integer({ min: 1_000, max: 9_999 }) })
    .map(({ privates, publics, salt }) => {
      const metadata: Record<string, unknown> = {};
      const privatePaths: string[][] = [];
      const secrets: string[] = [];
      const publicValues: string[] = [];
      /** Put `value` at `keys` unless a value or an object is already on the way (metadata is a tree). */
      const put = (keys: readonly string[], value: string): boolean => {
        let node = metadata;
        for (const [i, k] of keys.entries()) {
          const last = i === keys.length - 1;
          const existing = Object.hasOwn(node, k) ? node[k] : undefined;
          if (last) {
            if (existing !== undefined) return false;
            Object.defineProperty(node, k, { value, enumerable: true, writable: true, configurable: true });
            return true;
          }
          if (existing === undefined) {
            const child: Record<string, unknown> = {};
            Object.defineProperty(node, k, { value: child, enumerable: true, writable: true, configurable: true });
            node = child;
          } else if (typeof existing === 'object' && existing !== null) node = existing as Record<string, unknown>;
          else return false;
        }
        return false;
      };
      privates.forEach((keys, i) => {
        const secret = `S3CR3T${salt}Q${i}`;
        if (put(keys, secret)) {
          privatePaths.push(keys);
          secrets.push(secret);
        }
      });
      publics.forEach((keys, i) => {
        const value = `PUBL1C${salt}Q${i}`;
        if (put(keys, value) && !privatePaths.some((p) => p.every((k, j) => keys[j] === k) || keys.every((k, j) => p[j] === k))) publicValues.push(value);
      });
      return { metadata, privatePaths, secrets, publicValues };
    });
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/** The ends of the calendar. */
export const FAR_DATES = ['0001-01-01', '0001-01-02', '9999-12-30', '9999-12-31'] as const;

/** One far or inverted date edit of a plan document: where, and what. */
export interface DateEdit {
  readonly kind: string;
  readonly apply: (document: Record<string, unknown>) => void;
}

const asList = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

/**
 * Far and inverted dates in a plan document: goal windows over the whole calendar, far beyond
 * the plan or ending before they start (with per-day, per-week and per-month bases); milestones,
 * gap periods, support due dates and cadence starts, check-ins, coaching, observations and the
 * plan's own dates at the ends of the calendar.
 */
export function farDateEdits(document: Record<string, unknown>): fc.Arbitrary<readonly DateEdit[]> {
  const start = String(document['startDate']);
  const goals = asList(document['goals']);
  const far = fc.constantFrom<string>(...FAR_DATES);
  const offset = fc.constantFrom(-3_650_000, -36_500, -3_650, -400, 400, 3_650, 36_500, 3_650_000);
  const within = (date: string, days: number) => {
    try {
      return shiftDate(date, days);
    } catch {
      return days < 0 ? '0001-01-01' : '9999-12-31';
    }
  };
  const window = fc.oneof(
    fc.constant({ start: '0001-01-01', end: '9999-12-31' }),
    fc.tuple(far, far).map(([a, b]) => ({ start: a, end: b })),
    offset.map((n) => ({ start, end: within(start, n) })),
    offset.map((n) => ({ start: within(start, n), end: within(start, n + 90) })),
    fc.integer({ min: 1, max: 400 }).map((n) => ({ start: within(start, n), end: start })),
  );
  const goalEdit: fc.Arbitrary<DateEdit> = fc
    .tuple(fc.nat({ max: Math.max(0, goals.length - 1) }), window, fc.constantFrom(undefined, 'per_day', 'per_week', 'per_month', 'window'), fc.boolean())
    .map(([i, w, basis, all]) => ({
      kind: `goal window ${w.start}..${w.end}${basis ? ` ${basis}` : ''}${all ? ' (every goal)' : ''}`,
      apply: (doc) => {
        asList(doc['goals']).forEach((goal, j) => {
          if (!all && j !== i) return;
          goal['window'] = w;
          if (basis !== undefined) goal['basis'] = basis;
          delete goal['milestones'];
        });
      },
    }));
  const listDateEdit = (list: string, field: string, kind: string): fc.Arbitrary<DateEdit> =>
    fc.tuple(fc.nat(), fc.oneof(far, offset.map((n) => within(start, n)))).map(([i, date]) => ({
      kind: `${kind} ${date}`,
      apply: (doc) => {
        const items = asList(doc[list]);
        if (items.length > 0) items[i % items.length]![field] = date;
      },
    }));
  const supportEdit: fc.Arbitrary<DateEdit> = fc.tuple(fc.nat(), far, fc.boolean()).map(([i, date, cadence]) => ({
    kind: `support ${cadence ? 'cadence.starting' : 'dueDates'} ${date}`,
    apply: (doc) => {
      const items = asList(doc['support']);
      const c = items[i % Math.max(1, items.length)];
      if (!c) return;
      if (cadence && c['cadence']) (c['cadence'] as Record<string, unknown>)['starting'] = date;
      else c['dueDates'] = [date, start];
    },
  }));
  const gapEdit: fc.Arbitrary<DateEdit> = fc.tuple(fc.nat(), window).map(([i, w]) => ({
    kind: `gap period ${w.start}..${w.end}`,
    apply: (doc) => {
      const gaps = asList(doc['gaps']);
      if (gaps.length > 0) gaps[i % gaps.length]!['period'] = w;
    },
  }));
  const planEdit: fc.Arbitrary<DateEdit> = fc.tuple(far, fc.constantFrom('createdOn', 'startDate', 'endDate', 'roleStartDate')).map(([date, field]) => ({
    kind: `plan ${field} ${date}`,
    apply: (doc) => {
      if (field === 'roleStartDate') (doc['employee'] as Record<string, unknown>)['roleStartDate'] = date;
      else if (field === 'endDate') {
        delete doc['durationDays'];
        doc['endDate'] = date;
      } else doc[field] = date;
    },
  }));
  const edit = fc.oneof(
    { arbitrary: goalEdit, weight: 6 },
    { arbitrary: gapEdit, weight: 1 },
    { arbitrary: supportEdit, weight: 1 },
    { arbitrary: listDateEdit('checkIns', 'date', 'check-in'), weight: 1 },
    { arbitrary: listDateEdit('priorCoaching', 'date', 'prior coaching'), weight: 1 },
    { arbitrary: listDateEdit('observations', 'date', 'observation'), weight: 1 },
    { arbitrary: planEdit, weight: 1 },
  );
  return fc.array(edit, { minLength: 1, maxLength: 3 });
}

// ---------------------------------------------------------------------------
// Logs: genuine ones (as long as LIMITS allows) and forged variants
// ---------------------------------------------------------------------------

/** A plan's log, built with `transition`, and the plans before each entry where the forgeries may start. */
export interface GenuineLog {
  /** The plan before the first entry. */
  readonly initial: Plan;
  /** The plan after the last entry. */
  readonly final: Plan;
  /** The entries (`final.events` after `initial.events`). */
  readonly entries: readonly PlanEvent[];
  /** Forgeries start at or after this index (earlier entries have no kept plan). */
  readonly forgeFrom: number;
  /** The plan before entry `i`, for every `i` from `forgeFrom` to `entries.length`. */
  readonly before: ReadonlyMap<number, Plan>;
}

interface Step {
  readonly on: string;
  readonly role: Actor['role'];
  readonly command: PlanCommand;
}

/**
 * A plan's whole life with records, as steps in date order: submitted, approved, acknowledged,
 * activated; a held check-in every week; every support session delivered on its due date;
 * observations of the plan's count metrics; evaluated at its end and closed with `outcome`.
 */
export function lifeSteps(plan: Plan, outcome: 'successful' | 'not_met' = 'successful'): Step[] {
  const end = planEndDate(plan);
  const steps: Step[] = [
    { on: plan.createdOn, role: 'manager', command: { type: 'submit_for_review' } },
    { on: plan.createdOn, role: 'hr', command: { type: 'approve' } },
    { on: plan.createdOn, role: 'manager', command: { type: 'acknowledge' } },
    { on: plan.createdOn, role: 'employee', command: { type: 'acknowledge', comment: 'I understand the plan.' } },
    { on: plan.startDate, role: 'hr', command: { type: 'activate' } },
  ];
  const dated: Step[] = [];
  // one check-in record per day (duplicate_check_in): a draft with records may hold one on a week's day already
  const checkInDays = new Set(plan.checkIns.map((checkIn) => checkIn.date));
  for (let week = 0; shiftDate(plan.startDate, 7 * week + 2) < end; week += 1) {
    const date = shiftDate(plan.startDate, 7 * week + 2);
    if (checkInDays.has(date)) continue;
    dated.push({ on: date, role: 'manager', command: { type: 'record_check_in', checkIn: { id: `ci-w${week}`, date, status: 'held', notes: 'Reviewed every goal.' } } as PlanCommand });
  }
  for (const session of supportSessions(plan, { asOf: end })) {
    if (session.dueDate >= plan.startDate && session.dueDate <= end) {
      dated.push({ on: session.dueDate, role: 'manager', command: { type: 'record_support_delivery', delivery: { commitmentId: session.commitmentId, date: session.dueDate, status: 'delivered' } } as PlanCommand });
    }
  }
  const counted = plan.metrics.find((m) => m.aggregation === 'sum' && m.unit === 'count');
  if (counted) {
    for (let week = 0; shiftDate(plan.startDate, 7 * week + 4) < end; week += 2) {
      const date = shiftDate(plan.startDate, 7 * week + 4);
      dated.push({ on: date, role: 'manager', command: { type: 'record_observations', observations: [{ id: `obs-w${week}`, metricId: counted.id, date, value: 30 + week }] } as PlanCommand });
    }
  }
  dated.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  steps.push(...dated, { on: end, role: 'manager', command: { type: 'begin_evaluation' } }, { on: shiftDate(end, 1), role: 'hr', command: { type: 'close', outcome, basis: { asOf: shiftDate(end, 1), score: 50, recommendation: outcome === 'not_met' ? 'not_met' : 'successful', reasonCodes: [] } } as PlanCommand });
  return steps;
}

/** Apply steps with `transition`; stop at the first refusal (the steps are meant to be accepted). */
export function runSteps(plan: Plan, steps: readonly Step[], keep: (index: number) => boolean, before: Map<number, Plan>, offset = 0): { plan: Plan; refused?: string } {
  let current = plan;
  for (const [i, step] of steps.entries()) {
    if (keep(offset + i)) before.set(offset + i, current);
    const result = transition(current, step.command, { asOf: step.on, actor: actorOf(current, step.role) });
    if (!result.ok) return { plan: current, refused: `${step.command.type} on ${step.on}: ${result.rejection.code} ${result.rejection.message}` };
    current = result.plan;
  }
  return { plan: current };
}

/**
 * The draft after `count` edits of its purpose (a manager revising the draft: the cheapest
 * command that repeats without growing a list), each made by `transition`. The edits run on the
 * draft with its log set aside (the entry of an edit does not depend on the entries before it but
 * for its `seq`, and `transition` copies the log on every call: 20,000 edits in a row would take
 * minutes), then the entries are numbered and put in the log.
 */
export function draftEdits(draft: Plan, count: number): Plan {
  const kept = draft.events;
  let current = produce(draft, (d) => {
    d.events = [];
  });
  const entries: PlanEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const command = { type: 'edit_draft', changes: { purpose: `Revision ${i + 1}: a sustained, documented gap to the role standard.` } } as PlanCommand;
    const result = transition(current, command, { asOf: draft.createdOn, actor: actorOf(draft, 'manager') });
    if (!result.ok || !result.entry) throw new Error(`draftEdits: edit ${i} refused: ${result.ok ? 'not logged' : result.rejection.message}`);
    entries.push({ ...result.entry, seq: kept.length + i });
    current = produce(result.plan, (d) => {
      d.events = [];
    });
  }
  return produce(current, (d) => {
    d.events = [...kept, ...entries] as typeof d.events;
  });
}

/**
 * A genuine log of `size` entries (or the plan's whole life when shorter): `size - life` edits
 * of the draft ({@link draftEdits}), then {@link lifeSteps}. Forgeries start in the life (`forgeFrom`).
 */
export function genuineLog(draft: Plan, size: number): GenuineLog {
  const life = lifeSteps(draft);
  const bulk = Math.max(0, size - life.length);
  const before = new Map<number, Plan>();
  const edited = draftEdits(draft, bulk);
  const lived = runSteps(edited, life, () => true, before, bulk);
  if (lived.refused) throw new Error(`genuineLog: ${lived.refused}`);
  before.set(bulk + life.length, lived.plan);
  return { initial: draft, final: lived.plan, entries: lived.plan.events.slice(draft.events.length), forgeFrom: bulk, before };
}

/** Every kind of forgery the targets make. */
export const FORGERIES = [
  'swap',
  'swap_renumbered',
  'renumber',
  'duplicate',
  'drop',
  'drop_approve',
  'actor_person',
  'actor_role',
  'actor_stranger',
  'at_earlier',
  'at_later',
  'at_far',
  'at_impossible',
  'patch_status',
  'patch_start_date',
  'patch_value',
  'patch_dropped',
  'close_mismatch',
  'produced_edited',
  'append_reopen',
  'append_copy',
  'proto_command',
  'proto_produced',
] as const;
/** A kind of forgery. */
export type Forgery = (typeof FORGERIES)[number];

/** A forged log: the entries, the first index that differs from the genuine log, and what was done. */
export interface ForgedLog {
  readonly kind: Forgery;
  readonly entries: PlanEvent[];
  readonly from: number;
}

type MutableEvent = { -readonly [K in keyof PlanEvent]: unknown } & Record<string, unknown>;

const renumbered = (entries: unknown[], first: number): PlanEvent[] => entries.map((e, i) => ({ ...(e as object), seq: first + i }) as PlanEvent);

/**
 * The genuine entries with one forgery at or after `pick` (within `[forgeFrom, length)`).
 * Returns undefined when the log has no entry the forgery applies to.
 */
export function forge(log: GenuineLog, kind: Forgery, pick: number): ForgedLog | undefined {
  const entries = log.entries.map((e) => copyOf(e) as unknown as MutableEvent);
  const n = entries.length;
  const lo = log.forgeFrom;
  if (n - lo < 1) return undefined;
  const first = (entries[0]?.seq as number | undefined) ?? 0;
  const at = lo + (pick % (n - lo));
  const entry = entries[at]!;
  const done = (from: number, list: unknown[] = entries): ForgedLog => ({ kind, entries: list as PlanEvent[], from });
  const plan = log.before.get(at) ?? log.final;
  switch (kind) {
    case 'swap': {
      if (at + 1 >= n) return undefined;
      [entries[at], entries[at + 1]] = [entries[at + 1]!, entries[at]!];
      return done(at);
    }
    case 'swap_renumbered': {
      if (at + 1 >= n) return undefined;
      [entries[at], entries[at + 1]] = [entries[at + 1]!, entries[at]!];
      return done(at, renumbered(entries, first));
    }
    case 'renumber': {
      for (let i = at; i < n; i += 1) entries[i]!.seq = (entries[i]!.seq as number) + 1 + (pick % 3);
      return done(at);
    }
    case 'duplicate': {
      entries.splice(at + 1, 0, copyOf(entry));
      return done(at + 1, renumbered(entries, first));
    }
    case 'drop': {
      entries.splice(at, 1);
      return done(at, renumbered(entries, first));
    }
    case 'drop_approve': {
      const i = entries.findIndex((e, j) => j >= lo && (e.command as { type: string }).type === 'approve');
      if (i < 0) return undefined;
      entries.splice(i, 1);
      return done(i, renumbered(entries, first));
    }
    case 'actor_person': {
      // the entry's actor becomes another of the plan's people, keeping the role (the manager approving as "hr")
      const actor = entry.actor as Actor;
      const others = [plan.manager.id, plan.employee.id, plan.hrPartner?.id ?? 'hr-1'].filter((id) => id !== actor.id);
      entry.actor = { id: others[pick % others.length]!, role: actor.role };
      return done(at);
    }
    case 'actor_role': {
      const actor = entry.actor as Actor;
      const roles = (['manager', 'employee', 'hr', 'system'] as const).filter((r) => r !== actor.role);
      entry.actor = { id: actor.id, role: roles[pick % roles.length]! };
      return done(at);
    }
    case 'actor_stranger': {
      entry.actor = { id: 'mallory', role: (entry.actor as Actor).role };
      return done(at);
    }
    case 'at_earlier':
    case 'at_later':
    case 'at_far':
    case 'at_impossible': {
      const days = 1 + (pick % 40);
      entry.at =
        kind === 'at_earlier' ? shiftDate(entry.at as string, -days) : kind === 'at_later' ? shiftDate(entry.at as string, days) : kind === 'at_far' ? (pick % 2 === 0 ? '0001-01-01' : '9999-12-31') : '2026-02-30';
      return done(at);
    }
    case 'patch_status':
      entry.patches = [...(entry.patches as unknown[]), { op: 'replace', path: ['status'], value: 'hacked' }];
      return done(at);
    case 'patch_start_date':
      entry.patches = [...(entry.patches as unknown[]), { op: 'replace', path: ['startDate'], value: '2026-02-30' }];
      return done(at);
    case 'patch_value': {
      const patches = entry.patches as { op: string; path: unknown[]; value?: unknown }[];
      const i = patches.findIndex((p) => p.value !== undefined);
      if (i < 0) return undefined;
      const value = patches[i]!.value;
      patches[i] = { ...patches[i]!, value: typeof value === 'string' ? `${value}-forged` : typeof value === 'number' ? value + 1 : { forged: true } };
      return done(at);
    }
    case 'patch_dropped': {
      const patches = entry.patches as unknown[];
      if (patches.length === 0) return undefined;
      entry.patches = patches.slice(1);
      return done(at);
    }
    case 'close_mismatch': {
      const i = entries.findIndex((e, j) => j >= lo && (e.command as { type: string }).type === 'close');
      if (i < 0) return undefined;
      (entries[i]!.command as { outcome: string }).outcome = pick % 2 === 0 ? 'not_met' : 'extended_then_closed';
      return done(i);
    }
    case 'produced_edited': {
      entry.produced = pick % 2 === 0 ? [] : [...(entry.produced as unknown[]), { type: 'plan_closed', outcome: 'not_met' }];
      return done(at);
    }
    case 'append_reopen':
    case 'append_copy': {
      const last = entries[n - 1]!;
      const activate = entries.find((e) => (e.command as { type: string }).type === 'activate');
      const appended =
        kind === 'append_reopen'
          ? { seq: (last.seq as number) + 1, at: last.at, actor: last.actor, command: { type: 'activate' }, patches: [{ op: 'replace', path: ['status'], value: 'active' }], produced: [{ type: 'plan_activated' }] }
          : { ...copyOf(activate ?? entry), seq: (last.seq as number) + 1, at: last.at };
      entries.push(appended as unknown as MutableEvent);
      return done(n);
    }
    case 'proto_command':
    case 'proto_produced': {
      const hostile = JSON.parse('{"__proto__":{"polluted":true,"status":"hacked"}}') as Record<string, unknown>;
      if (kind === 'proto_command') entry.command = Object.assign(hostile, entry.command as object);
      else entry.produced = [Object.assign(hostile, { type: 'plan_activated' })];
      return done(at);
    }
  }
}

/**
 * The honest re-decision of a log from the plan before its first entry: each entry's command
 * run through `transition` with the entry's actor and day, which must accept it with the same
 * entry (seq, patches, events). The plan it leads to, or the first entry it refuses and why.
 */
export function redecide(start: Plan, entries: readonly PlanEvent[]): { ok: true; plan: Plan } | { ok: false; index: number; why: string } {
  let plan = start;
  for (const [index, entry] of entries.entries()) {
    const result = transition(plan, entry.command as unknown as PlanCommand, { asOf: entry.at, actor: entry.actor as Actor });
    if (!result.ok) return { ok: false, index, why: `refused: ${result.rejection.code}` };
    if (!result.entry) return { ok: false, index, why: 'not logged' };
    if (JSON.stringify(result.entry) !== JSON.stringify(entry)) return { ok: false, index, why: 'a different entry' };
    plan = result.plan;
  }
  return { ok: true, plan };
}

// ---------------------------------------------------------------------------
// Policies: null and mistyped fields
// ---------------------------------------------------------------------------

/** Values no policy field takes: null, strings where numbers or records belong, negatives, NaN-likes, wrong containers. */
export const BAD_POLICY_VALUES: readonly unknown[] = [
  null,
  'week',
  '7',
  '',
  -1,
  -0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  [],
  [null],
  {},
  { week: null },
  true,
  'NaN',
];

/** A bad value for one field of a default policy (nested records included), or for the policy itself. */
export interface BadPolicy {
  /** The field's path inside the policy (empty: the whole policy is the bad value). */
  readonly path: readonly string[];
  readonly value: unknown;
  readonly policy: unknown;
}

/** Every field path of a default policy (leaves and records; arrays are leaves). */
export function policyPaths(defaults: object, prefix: readonly string[] = []): string[][] {
  const out: string[][] = [];
  for (const [key, value] of Object.entries(defaults)) {
    out.push([...prefix, key]);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype) out.push(...policyPaths(value, [...prefix, key]));
  }
  return out;
}

/** A policy override with one or more fields of `defaults` set to values no field takes (or the whole policy replaced by one). */
export function badPolicy(defaults: object): fc.Arbitrary<BadPolicy> {
  const paths = policyPaths(defaults);
  const value = fc.constantFrom(...BAD_POLICY_VALUES);
  const one = fc.tuple(fc.constantFrom(...paths), value).map(([path, v]) => {
    const policy: Record<string, unknown> = {};
    let node = policy;
    for (const key of path.slice(0, -1)) node = (node[key] = {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = v;
    return { path, value: v, policy };
  });
  return fc.oneof(
    { arbitrary: one, weight: 8 },
    { arbitrary: fc.constantFrom<unknown>(null, 'strict', 7, [], true).map((v) => ({ path: [], value: v, policy: v })), weight: 1 },
  );
}

/** Whether a policy value is one every field refuses (the number that is valid somewhere, 1e308, is not). */
export function surelyInvalid(value: unknown): boolean {
  return !(typeof value === 'number' && Number.isFinite(value) && value >= 0);
}

// ---------------------------------------------------------------------------
// Feeds
// ---------------------------------------------------------------------------

/** Observations with ids, so a repeat is the same observation (not a second one with equal figures). */
export function withIds<T extends object>(observations: readonly T[], prefix: string): (T & { id: string })[] {
  return observations.map((o, i) => ({ ...o, id: `${prefix}-${i}` }));
}
