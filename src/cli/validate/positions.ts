/**
 * Where a problem is in the file: a JSON path (`['goals', 1, 'window', 'end']`) mapped to its line
 * and column in the source text, through jsonc-parser's syntax tree (offsets of every node).
 *
 * Lines and columns count from 1; a column counts UTF-16 code units, as ESLint's do and as SARIF's
 * default `columnKind` (`utf16CodeUnits`) says. Lines end at LF, CR LF or CR. An object member
 * is at its key (`"end": ...` starts at `"end"`); an array element at its first character. A path
 * the text does not hold (a required field that is missing) is at the deepest part it does hold
 * (the object that lacks the field). Of keys given twice, the last counts, as with `JSON.parse`.
 *
 * Only the command-line tool uses this (jsonc-parser is bundled into the executable (`dist/cli/positions.cjs`), not a
 * dependency of the library), and only for a file that is not JSON (`invalid_json`); for a text
 * that is JSON, `locateInJson` (./locate.ts) gives the same places without building a tree.
 *
 * @module
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { lineStarts, positionOf, type TextPosition } from './locate.js';

export type { TextPosition } from './locate.js';

/** The node a path leads to, or the deepest node on the way. */
function nodeAt(root: Node, path: readonly PropertyKey[]): Node {
  let node = root;
  for (const key of path) {
    const children = node.children ?? [];
    let next: Node | undefined;
    if (node.type === 'array' && typeof key === 'number') next = children[key];
    else if (node.type === 'object') {
      for (const property of children) {
        const [name, value] = property.children ?? [];
        if (name?.value === String(key) && value !== undefined) next = value;
      }
    }
    if (next === undefined) break;
    node = next;
  }
  // an object member is shown at its key
  return node.parent?.type === 'property' ? node.parent : node;
}

/** Line and column of every path in one text, and of its first JSON syntax error. */
export interface PositionFinder {
  /** Where a path is. */
  readonly at: (path: readonly PropertyKey[]) => TextPosition;
  /** Where the text stops being JSON (for `invalid_json`), or `undefined` when jsonc-parser finds no error. */
  readonly syntaxError: () => TextPosition | undefined;
}

/**
 * Parse a text once and answer where its paths are.
 *
 * @example
 * ```ts
 * positionsIn('{\n  "goals": [\n    { "weight": 40 }\n  ]\n}').at(['goals', 0, 'weight']); // => { line: 3, column: 7 }
 * ```
 */
export function positionsIn(text: string): PositionFinder {
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // a text too deeply nested for the parser's recursion: every problem is at its start
    root = undefined;
  }
  const position = (offset: number): TextPosition => positionOf(starts, offset);
  return {
    at: (path) => position(root === undefined ? 0 : nodeAt(root, path).offset),
    syntaxError: () => (errors[0] === undefined ? undefined : position(Math.min(errors[0].offset, text.length))),
  };
}
