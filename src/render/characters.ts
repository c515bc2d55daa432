/**
 * The characters a document never holds, handled the same way by the Markdown and the HTML
 * writer, before any escaping:
 * - C0 controls other than tab, line feed and carriage return, DEL, C1 controls (U+0080 to
 *   U+009F) and lone surrogates become U+FFFD, the replacement character (HTML forbids them;
 *   a terminal acts on some; Markdown readers treat them each their own way);
 * - the bidi embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069) are
 *   dropped, so that text from a plan cannot reorder the text around it (a right-to-left
 *   override in a name showing "exe.pdf" as "fdp.exe"). The implicit marks (LRM, RLM, ALM) are
 *   kept: they change no order beyond themselves.
 *
 * One pass over the text (a regular expression without backtracking), so it is linear.
 *
 * @internal
 * @module
 */

const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as a document holds it: controls and lone surrogates replaced by U+FFFD, bidi
 * embedding, override and isolate controls dropped.
 *
 * @internal
 */
export function documentCharacters(text: string): string {
  // of the characters matched, only the bidi controls lie between U+202A and U+2069
  return text.replace(UNWANTED, (char) => (char >= '\u202a' && char <= '\u2069' ? '' : '\uFFFD'));
}

/**
 * The paragraphs of free text: its lines (split at `\n` or `\r\n`), grouped at blank lines
 * (lines of whitespace only), which are left out. Linear: one split and one pass (the pattern
 * this replaces, `/\r?\n\s*\r?\n/`, backtracked over whitespace).
 *
 * @internal
 */
export function paragraphLines(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
