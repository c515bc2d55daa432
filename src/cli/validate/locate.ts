/**
 * Where a problem is in a text that is valid JSON (`JSON.parse` accepted it): the same line and
 * column as {@link positionsIn} (jsonc-parser's syntax tree), found without building a tree. The
 * scan follows the path only: the members of each object or array on the way are listed once
 * (memoised by offset), every other value is skipped by jumping from one bracket or quote to the
 * next. `validate` of a valid plan with findings loads neither jsonc-parser nor its scanner (issue
 * 21, the command line's start-up); a text that is not JSON still goes through jsonc-parser, which
 * finds where it stops being JSON.
 *
 * The rules are {@link positionsIn}'s: an object member is at its key, an array element at its
 * first character, a path the text does not hold at the deepest part it does hold, of keys given
 * twice the last counts; lines end at LF, CR LF or CR; columns count UTF-16 code units.
 *
 * @module
 */

/** A place in a text file, both counted from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The offsets at which the lines of a text start. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // LF only (the common case): found by the engine's own search, not a loop over every character
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 10) starts.push(i + 1);
    else if (char === 13) {
      if (text.charCodeAt(i + 1) === 10) i += 1;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Line and column of an offset, given the offsets at which lines start. */
export function positionOf(starts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

const SPACE = new Set([32, 9, 10, 13]);

/** The first offset at or after `i` that is not JSON whitespace. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.has(text.charCodeAt(i))) i += 1;
  return i;
}

/** The offset just after the string that starts (with its quote) at `i`. */
function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const quote = text.indexOf('"', j);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

/** A JSON string, whole. */
const STRING = '"(?:[^"\\\\]|\\\\.)*"';
/** An object with no object or array in it (an observation). */
const FLAT_OBJECT = `\\{(?:[^{}\\[\\]"]|${STRING})*\\}`;
/**
 * An object or array whose values are scalars or flat objects (an observations list), matched
 * whole by the engine: one step skips what the bracket-by-bracket loop takes thousands for. Every
 * repetition starts with a character that picks its branch, so a text it does not fit fails fast.
 */
const SHALLOW = new RegExp(`\\[(?:[^{}\\[\\]"]|${STRING}|${FLAT_OBJECT})*\\]|${FLAT_OBJECT}`, 'y');

/** The offset just after the value that starts at `i`. */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === 34) return skipString(text, i);
  if (first === 123 || first === 91) {
    SHALLOW.lastIndex = i;
    try {
      if (SHALLOW.test(text)) return SHALLOW.lastIndex;
    } catch {
      // a list too long for the engine's backtracking stack: bracket by bracket, as any other
    }
    const structural = /["[\]{}]/g;
    let depth = 0;
    structural.lastIndex = i;
    for (;;) {
      const match = structural.exec(text);
      if (match === null) return text.length;
      const char = text.charCodeAt(match.index);
      if (char === 34) structural.lastIndex = skipString(text, match.index);
      else if (char === 123 || char === 91) depth += 1;
      else {
        depth -= 1;
        if (depth === 0) return match.index + 1;
      }
    }
  }
  // a number, true, false or null: up to the next delimiter
  let j = i;
  while (j < text.length) {
    const char = text.charCodeAt(j);
    if (char === 44 || char === 93 || char === 125 || SPACE.has(char)) break;
    j += 1;
  }
  return j;
}

/**
 * The members of an object or the elements of an array, listed as far as a look-up needed: a
 * path into the first members of a plan never scans the long lists after them.
 */
class Listing {
  /** Objects: key, where the key starts, where the value starts. */
  readonly members: (readonly [key: string, keyAt: number, valueAt: number])[] = [];
  /** Arrays: where each element starts. */
  readonly elements: number[] = [];
  readonly kind: 'object' | 'array' | 'scalar';
  /** Where the next member or element starts, or -1 when all are listed. */
  private next: number;

  constructor(
    private readonly text: string,
    at: number,
  ) {
    const open = text.charCodeAt(at);
    this.kind = open === 123 ? 'object' : open === 91 ? 'array' : 'scalar';
    this.next = this.kind === 'scalar' ? -1 : skipSpace(text, at + 1);
    if (this.kind === 'object' ? text.charCodeAt(this.next) !== 34 : text.charCodeAt(this.next) === 93) this.next = -1;
  }

  /** List one more member or element; false when all are listed. */
  private step(): boolean {
    const { text } = this;
    let i = this.next;
    if (i === -1) return false;
    if (this.kind === 'object') {
      const keyEnd = skipString(text, i);
      const raw = text.slice(i, keyEnd);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const valueAt = skipSpace(text, skipSpace(text, keyEnd) + 1);
      this.members.push([key, i, valueAt]);
      i = skipSpace(text, skipValue(text, valueAt));
    } else {
      this.elements.push(i);
      i = skipSpace(text, skipValue(text, i));
    }
    this.next = text.charCodeAt(i) === 44 && (this.kind === 'array' || text.charCodeAt(skipSpace(text, i + 1)) === 34) ? skipSpace(text, i + 1) : -1;
    return true;
  }

  /** Where element `index` starts. */
  element(index: number): number | undefined {
    while (this.elements.length <= index && this.step());
    return this.elements[index];
  }

  /**
   * The member `name`, the last of that name (as JSON.parse reads keys given twice). Listing stops
   * at the first one when the rest of the text cannot hold it again: its key, as JSON writes it, is
   * not there, nor any escape that could write it otherwise (`\u`, `\/`).
   */
  member(name: string): readonly [key: string, keyAt: number, valueAt: number] | undefined {
    let found: readonly [string, number, number] | undefined;
    for (let m = 0; ; m += 1) {
      if (m === this.members.length && !this.step()) return found;
      const member = this.members[m]!;
      if (member[0] !== name) continue;
      found = member;
      const after = member[2];
      const { text } = this;
      if (this.next === -1 || (!text.includes(JSON.stringify(name), after) && !text.includes('\\u', after) && !text.includes('\\/', after))) {
        // every later member is listed already (or none can be this one): the last listed is it
        for (let k = m + 1; k < this.members.length; k += 1) if (this.members[k]![0] === name) found = this.members[k];
        if (this.next === -1 || found === member) return found;
      }
    }
  }
}

/**
 * Answer where the paths of a valid JSON text are, scanning only along them.
 *
 * @example
 * ```ts
 * locateInJson('{\n  "goals": [\n    { "weight": 40 }\n  ]\n}')(['goals', 0, 'weight']); // => { line: 3, column: 7 }
 * ```
 */
export function locateInJson(text: string): (path: readonly PropertyKey[]) => TextPosition {
  const starts = lineStarts(text);
  const memo = new Map<number, Listing>();
  const listing = (at: number): Listing => {
    let found = memo.get(at);
    if (found === undefined) {
      found = new Listing(text, at);
      memo.set(at, found);
    }
    return found;
  };
  const root = skipSpace(text, 0);
  return (path) => {
    let at = root;
    // where the node's key starts, when it is an object member
    let keyAt: number | undefined;
    for (const key of path) {
      const node = listing(at);
      let next: number | undefined;
      let nextKeyAt: number | undefined;
      if (node.kind === 'array' && typeof key === 'number') next = node.element(key);
      else if (node.kind === 'object') {
        const member = node.member(String(key));
        next = member?.[2];
        nextKeyAt = member?.[1];
      }
      if (next === undefined) break;
      at = next;
      keyAt = nextKeyAt;
    }
    return positionOf(starts, keyAt ?? at);
  };
}
