/**
 * The one escaping function for HTML and SVG output. Every piece of text that reaches a
 * document (user text, labels, numbers) goes through it, in element content and in
 * attribute values alike.
 *
 * @module
 */

import { documentCharacters } from '../characters.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const HTML_SPECIAL = /[&<>"']/g;

/**
 * Escape text for HTML element content and double- or single-quoted attribute values.
 * Characters a document never holds are handled as in Markdown: C0 controls other than tab,
 * newline and carriage return, DEL, C1 controls and lone surrogates become U+FFFD, and bidi
 * embedding, override and isolate controls are dropped, so that user text cannot break a page
 * or reorder the text around it.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert("R&D")</script>'); // => "&lt;script&gt;alert(&quot;R&amp;D&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return documentCharacters(text).replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] ?? char);
}
