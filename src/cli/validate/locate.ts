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

/** The members of an object (key, where the key starts, where the value starts) or the elements of an array (where each starts). */
type Members = { readonly kind: 'object'; readonly members: readonly (readonly [key: string, keyAt: number, valueAt: number])[] } | { readonly kind: 'array'; readonly elements: readonly number[] } | { readonly kind: 'scalar' };

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

/** The offset just after the value that starts at `i`. */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === 34) return skipString(text, i);
  if (first === 123 || first === 91) {
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

/** The members of the value that starts at `at`. */
function membersAt(text: string, at: number): Members {
  const open = text.charCodeAt(at);
  if (open === 123) {
    const members: [string, number, number][] = [];
    let i = skipSpace(text, at + 1);
    while (text.charCodeAt(i) === 34) {
      const keyEnd = skipString(text, i);
      const raw = text.slice(i, keyEnd);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const valueAt = skipSpace(text, skipSpace(text, keyEnd) + 1);
      members.push([key, i, valueAt]);
      i = skipSpace(text, skipValue(text, valueAt));
      if (text.charCodeAt(i) !== 44) break;
      i = skipSpace(text, i + 1);
    }
    return { kind: 'object', members };
  }
  if (open === 91) {
    const elements: number[] = [];
    let i = skipSpace(text, at + 1);
    if (text.charCodeAt(i) === 93) return { kind: 'array', elements };
    for (;;) {
      elements.push(i);
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) !== 44) break;
      i = skipSpace(text, i + 1);
    }
    return { kind: 'array', elements };
  }
  return { kind: 'scalar' };
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
  const memo = new Map<number, Members>();
  const members = (at: number): Members => {
    let found = memo.get(at);
    if (found === undefined) {
      found = membersAt(text, at);
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
      const node = members(at);
      let next: number | undefined;
      let nextKeyAt: number | undefined;
      if (node.kind === 'array' && typeof key === 'number') next = node.elements[key];
      else if (node.kind === 'object') {
        const name = String(key);
        for (const [memberKey, memberKeyAt, valueAt] of node.members) {
          if (memberKey === name) {
            next = valueAt;
            nextKeyAt = memberKeyAt;
          }
        }
      }
      if (next === undefined) break;
      at = next;
      keyAt = nextKeyAt;
    }
    return positionOf(starts, keyAt ?? at);
  };
}
