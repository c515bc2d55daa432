/**
 * The one escaping function for HTML and SVG output. Every piece of text that reaches a
 * document (user text, labels, numbers) goes through it, in element content and in
 * attribute values alike.
 *
 * @module
 */

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
 * Also drops characters that are not allowed in HTML documents (C0 controls other than tab,
 * newline and carriage return, and lone surrogates), so that user text cannot break a page.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert("R&D")</script>'); // => "&lt;script&gt;alert(&quot;R&amp;D&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return stripForbidden(text).replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] ?? char);
}

// C0 controls except \t \n \r, DEL, and unpaired surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function stripForbidden(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}
