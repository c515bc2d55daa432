/**
 * Text for a terminal. Everything the tool prints as text goes through {@link terminalLines},
 * so that text taken from the input (names, titles, keys, file names, messages quoting them)
 * cannot add a line, move the cursor, clear the screen, set a colour, open a hyperlink (OSC 8)
 * or reorder what is shown: control characters (C0, including newline and tab, ESC, DEL, C1),
 * the bidi embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069) and
 * lone surrogates are written as visible escapes (`\n`, `\t`, `\r`, `\u001b`). `--json` output
 * is JSON, which escapes what it must itself, and keeps the data as it is.
 *
 * @module
 */

const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One line of text made safe to print: every unsafe character written as a visible escape.
 *
 * @example
 * ```ts
 * terminalText('Jordan\u001b[31m\nplan.json: valid'); // => "Jordan\\u001b[31m\\nplan.json: valid"
 * ```
 */
export function terminalText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Lines of text output, each made safe with {@link terminalText}, joined with newlines (no
 * newline after the last). The only newlines in the result are the ones between the lines.
 *
 * @example
 * ```ts
 * terminalLines(['a', 'b\nc']); // => "a\nb\\nc"
 * ```
 */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(terminalText).join('\n');
}
