/**
 * `locateInJson` (validate's places in a text that is JSON, issue 21) agrees with `positionsIn`
 * (jsonc-parser's tree) on every path: paths the text holds, paths that go astray part-way, keys
 * given twice, escaped keys, any indentation and line ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateInJson } from '../../src/cli/validate/locate.js';
import { positionsIn } from '../../src/cli/validate/positions.js';

/** Every path in a JSON value, and one step astray from each. */
function pathsOf(value: unknown, prefix: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(prefix, [...prefix, 'no such key'], [...prefix, 99], [...prefix, '0']);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** A JSON text of `value` with its whitespace varied: indentation, CR LF or CR line ends, spaces before and after. */
function textOf(value: unknown, indent: number, lineEnd: string, pad: string): string {
  return `${pad}${JSON.stringify(value, null, indent).replace(/\n/g, lineEnd)}${pad}`;
}

const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'é', 'x"y', 'back\\slash', '\u2028', '1'));
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1.5e-7, 12),
    fc.string({ maxLength: 8 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('locateInJson', () => {
  it('places every path where positionsIn (jsonc-parser) does', () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 3 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('', ' ', '\n\t'), (value, indent, lineEnd, pad) => {
        const text = textOf(value, indent, lineEnd, pad);
        const locate = locateInJson(text);
        const finder = positionsIn(text);
        for (const path of pathsOf(value)) expect(locate(path), JSON.stringify(path)).toEqual(finder.at(path));
      }),
      { numRuns: 300 },
    );
  });

  it('of keys given twice, takes the last, as JSON.parse and positionsIn do', () => {
    const text = '{\n  "a": 1,\n  "b": {"c": 2},\n  "a": [3, {"d": 4}]\n}';
    expect(locateInJson(text)(['a', 1, 'd'])).toEqual({ line: 4, column: 13 });
    expect(locateInJson(text)(['a', 1, 'd'])).toEqual(positionsIn(text).at(['a', 1, 'd']));
    expect(locateInJson(text)(['a', 5])).toEqual({ line: 4, column: 3 });
  });

  it('stops listing at a key the rest of the text cannot give again, and only then', () => {
    const long = `[${Array.from({ length: 50 }, (_, i) => `{"v": ${i}, "s": "]}[{"}`).join(', ')}]`;
    // a key given again after a long list, plainly or written with an escape (\u0061, \/): the last counts
    for (const again of ['"a"', '"\\u0061"']) {
      const text = `{"a": {"x": 1}, "list": ${long}, ${again}: {"x": 2}}`;
      expect(locateInJson(text)(['a', 'x'])).toEqual(positionsIn(text).at(['a', 'x']));
      expect(locateInJson(text)(['a', 'x'])).toEqual({ line: 1, column: text.lastIndexOf('"x"') + 1 });
    }
    const slash = `{"a/b": 1, "list": ${long}, "a\\/b": 2}`;
    expect(locateInJson(slash)(['a/b'])).toEqual(positionsIn(slash).at(['a/b']));
    // the key's text later only as a value: still the first, the one there is
    const value = `{"a": 1, "list": ${long}, "b": "a"}`;
    expect(locateInJson(value)(['a'])).toEqual({ line: 1, column: 2 });
  });

  it('reads escaped keys and skips strings holding brackets, quotes and backslashes', () => {
    const text = '{"s": "}]\\"\\\\", "k\\u0065y": {"x": "[{"}, "t": [ "\\\\" , 7 ]}';
    expect(locateInJson(text)(['key', 'x'])).toEqual(positionsIn(text).at(['key', 'x']));
    expect(locateInJson(text)(['t', 1])).toEqual(positionsIn(text).at(['t', 1]));
    expect(locateInJson(text)(['t', 1])).toEqual({ line: 1, column: text.indexOf('7') + 1 });
  });
});
