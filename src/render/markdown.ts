/**
 * The Markdown writer (CommonMark with GitHub tables). Every string from the document is
 * escaped, so user text cannot turn into markup, links or raw HTML, in CommonMark readers and
 * in GitHub-flavoured ones that turn bare URLs, `www.` names and e-mail addresses into links
 * (GitHub, `marked` with GFM, markdown-it with `linkify`).
 *
 * @internal
 * @module
 */
import { documentCharacters, paragraphLines } from './characters.js';
import type { Block, Cell, Inline, RenderDocument, SignatureLine } from './document.js';

const LINE_START = /^(\s*)([#+=-]|\d+[.)])/;

/**
 * What gets a backslash: Markdown syntax wherever it stands, and the characters that would let
 * a GitHub-flavoured reader make a link of the text around it:
 * - `.` before a letter (an ASCII letter or any non-ASCII character), and `.` right after
 *   "www": no domain name ("example.com", "пример.рф") is left whole, so no bare domain, `www.`
 *   name or e-mail address is recognised;
 * - `:` after a letter and before a non-space: no scheme ("https:", "mailto:") is recognised;
 * - `/` after `/`: no protocol-relative "//host";
 * - `@` before a non-space: no e-mail address.
 * A backslash before ASCII punctuation is a CommonMark escape: the text reads the same. Every
 * alternative starts with its one character and looks at most four characters around it: linear.
 */
const ESCAPED = /[\\`*_[\]<>|~&]|\.(?:(?=[A-Za-z\u0080-\uFFFF])|(?<=[wW][wW][wW]\.))|:(?<=[A-Za-z]:)(?=\S)|\/(?<=\/\/)|@(?=\S)/g;

/** A run of whitespace (no backtracking: the run is taken whole, once). */
const WHITESPACE_RUN = /\s+/g;
const LINE_BREAK = /[\r\n]/;

/**
 * Escape text for a Markdown inline context: special characters get a backslash (`&` too, so
 * "&lt;" stays literal), a run of whitespace holding a line break becomes one space, and links
 * are broken (a backslash before the `.` of a domain, the `:` of a scheme, the `@` of an
 * e-mail address: "https\://example\.com" reads "https://example.com" and links nowhere).
 * Controls and lone surrogates become U+FFFD and bidi controls are dropped, as in HTML.
 * Linear in the length of the text.
 *
 * @example
 * ```ts
 * escapeMarkdown('<b>5 * 3</b> | R&D'); // => "\\<b\\>5 \\* 3\\</b\\> \\| R\\&D"
 * escapeMarkdown('www.example.com'); // => "www\\.example\\.com"
 * ```
 */
export function escapeMarkdown(text: string): string {
  let clean = documentCharacters(text);
  if (LINE_BREAK.test(clean)) clean = clean.replace(WHITESPACE_RUN, (run) => (LINE_BREAK.test(run) ? ' ' : run));
  return clean.replace(ESCAPED, '\\$&');
}

/** Escape a line that starts a block, so it cannot become a heading, list item or rule. */
function escapeLineStart(line: string): string {
  const escaped = escapeMarkdown(line);
  return escaped.replace(LINE_START, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

function inline(content: readonly Inline[]): string {
  return content
    .map((run) => {
      if (typeof run === 'string') return escapeMarkdown(run);
      const [marker, value] = 'strong' in run ? ['**', run.strong] : ['_', run.muted];
      if (value.trim() === '') return '';
      // emphasis markers must touch the text: keep surrounding spaces outside them
      return `${/^\s/.test(value) ? ' ' : ''}${marker}${escapeMarkdown(value.trim())}${marker}${/\s$/.test(value) ? ' ' : ''}`;
    })
    .join('');
}

function freeText(value: string): string {
  return paragraphLines(value)
    .map((lines) =>
      lines
        .map((line) => escapeLineStart(line.trim()))
        .filter((line) => line !== '')
        .join('  \n'),
    )
    .filter((para) => para !== '')
    .join('\n\n');
}

function tableCell(c: Cell): string {
  const out = inline(c.content);
  return out === '' ? ' ' : out;
}

function table(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const numeric = head.map((_, i) => rows.some((row) => row[i]?.numeric === true));
  const lines = [
    `| ${head.map((label) => escapeMarkdown(label)).join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${head.map((_, i) => (row[i] ? tableCell(row[i]) : ' ')).join(' | ')} |`),
  ];
  return lines.join('\n');
}

function signatures(statement: string, head: readonly string[], lines: readonly SignatureLine[], unsigned: string): string {
  const rows = lines.map((line) => [
    { content: [{ strong: line.role }] },
    { content: [line.name] },
    { content: line.signed ? [line.date ?? '', ...(line.detail ? [{ muted: ` (${line.detail})` }] : [])] : [{ muted: unsigned }] },
    { content: line.comment ? [line.comment] : [] },
  ]);
  return `${escapeLineStart(statement)}\n\n${table(head, rows)}`;
}

function block(b: Block, depth: number): string {
  switch (b.kind) {
    case 'paragraph':
      return escapeLineStartOfInline(inline(b.content));
    case 'text':
      return freeText(b.text);
    case 'facts':
      return b.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${inline(f.value)}`).join('\n');
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'table':
      return b.rows.length > 0 ? table(b.head, b.rows) : '';
    case 'subsection':
      return [`${'#'.repeat(Math.min(6, depth + 1))} ${escapeMarkdown(b.title)}`, ...b.blocks.map((child) => block(child, depth + 1))]
        .filter((part) => part !== '')
        .join('\n\n');
    case 'note':
      return `> ${inline(b.content)}`;
    case 'signatures':
      return signatures(b.statement, b.head, b.lines, b.unsigned);
    case 'chart':
      return (isBlockList(b.fallback) ? b.fallback : [b.fallback])
        .map((child) => block(child, depth))
        .filter((part) => part !== '')
        .join('\n\n');
  }
}

function isBlockList(fallback: Block | readonly Block[]): fallback is readonly Block[] {
  return Array.isArray(fallback);
}

/** A paragraph whose first run is user text must not start a block construct either. */
function escapeLineStartOfInline(line: string): string {
  return line.replace(LINE_START, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

/**
 * Write a document as Markdown.
 *
 * @internal
 */
export function writeMarkdown(doc: RenderDocument): string {
  const parts: string[] = [
    `# ${escapeMarkdown(doc.title)}`,
    `_${escapeMarkdown(doc.subtitle)}_`,
    doc.private ? `> **${escapeMarkdown(doc.audienceNote)}**` : `> ${escapeMarkdown(doc.audienceNote)}`,
    doc.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${inline(f.value)}`).join('\n'),
  ];
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}`);
    for (const b of section.blocks) {
      const out = block(b, 2);
      if (out !== '') parts.push(out);
    }
  }
  parts.push('---', `_${escapeMarkdown(doc.footer)}_`);
  return `${parts.join('\n\n')}\n`;
}
