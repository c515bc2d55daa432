/**
 * The HTML writer: a self-contained page (inline CSS, no scripts, no external requests, a
 * Content-Security-Policy that forbids loading anything) or a fragment with its scoped style
 * sheet. Built only with {@link h}, so every piece of text is escaped by `escapeHtml`.
 *
 * @internal
 * @module
 */
import type { Block, Cell, Fact, Inline, RenderDocument, SignatureLine } from '../document.js';
import { paragraphLines } from '../characters.js';
import type { HtmlShell } from '../options.js';
import { fragment, h, trustedMarkup, type Html } from './element.js';
import { DOCUMENT_CSS } from './styles.js';

/** The page's Content-Security-Policy: nothing may be fetched, only the inline style sheet applies. */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function inline(content: readonly Inline[]): Html {
  return fragment(
    content.map((run) => {
      if (typeof run === 'string') return run;
      if ('strong' in run) return h('strong', null, run.strong);
      return h('span', { class: 'ip-muted' }, run.muted);
    }),
  );
}

function factList(facts: readonly Fact[], modifier?: string): Html {
  return h(
    'dl',
    { class: modifier ? `ip-facts ip-facts--${modifier}` : 'ip-facts' },
    facts.map((f) => h('div', null, h('dt', null, f.label), h('dd', null, inline(f.value)))),
  );
}

function freeText(value: string): Html {
  return fragment(paragraphLines(value).map((lines) => h('p', { class: 'ip-text' }, lines.join('\n').trim())));
}

function tableCell(tag: 'td' | 'th', c: Cell): Html {
  return h(tag, c.numeric ? { class: 'ip-num' } : null, inline(c.content));
}

function table(name: string, head: readonly string[], rows: readonly (readonly Cell[])[]): Html {
  const numeric = head.map((_, i) => rows.some((row) => row[i]?.numeric === true));
  return h(
    'div',
    { class: 'ip-table-wrap' },
    h(
      'table',
      { class: 'ip-table', 'data-table': name },
      h('thead', null, h('tr', null, head.map((label, i) => h('th', { scope: 'col', class: numeric[i] ? 'ip-num' : undefined }, label)))),
      h('tbody', null, rows.map((row) => h('tr', null, head.map((_, i) => tableCell('td', row[i] ?? { content: [] }))))),
    ),
  );
}

function signature(line: SignatureLine): Html {
  return h(
    'div',
    { class: 'ip-signature', 'data-signed': line.signed ? 'true' : 'false' },
    h('div', { class: 'ip-signature-role' }, line.role),
    h('div', { class: 'ip-signature-name' }, line.name),
    h('div', { class: 'ip-signature-line' }, line.signed ? [line.date ?? '', line.detail ? ` (${line.detail})` : ''] : '\u00a0'),
    line.comment ? h('div', { class: 'ip-signature-comment' }, h('p', { class: 'ip-text' }, line.comment)) : null,
  );
}

function block(b: Block, depth: number): Html {
  switch (b.kind) {
    case 'paragraph':
      return h('p', null, inline(b.content));
    case 'text':
      return freeText(b.text);
    case 'facts':
      return factList(b.facts);
    case 'list':
      return h(b.ordered ? 'ol' : 'ul', null, b.items.map((item) => h('li', null, inline(item))));
    case 'table':
      return b.rows.length > 0 ? table(b.name, b.head, b.rows) : fragment();
    case 'subsection':
      return h('section', { class: 'ip-subsection' }, h(`h${Math.min(6, depth + 1)}`, null, b.title), b.blocks.map((child) => block(child, depth + 1)));
    case 'note':
      return h('aside', { class: `ip-note ip-note--${b.tone}` }, inline(b.content));
    case 'signatures':
      return fragment(h('p', { class: 'ip-statement' }, b.statement), h('div', { class: 'ip-signatures' }, b.lines.map(signature)));
    case 'chart':
      return h('figure', { class: 'ip-chart', 'data-chart': b.name }, b.svg, b.caption ? h('figcaption', { class: 'ip-chart-caption' }, inline(b.caption)) : null);
  }
}

/** The `dir` attribute of a right-to-left document (none for left to right, the default). */
const rtl = (doc: RenderDocument): { readonly dir?: 'rtl' } => (doc.dir === 'rtl' ? { dir: 'rtl' } : {});

/**
 * Write the document's body: the `<article class="ip-document">` element.
 *
 * @internal
 */
export function documentArticle(doc: RenderDocument, audience: string): Html {
  return h(
    'article',
    { class: 'ip-document', lang: doc.lang, ...rtl(doc), 'data-audience': audience },
    h(
      'header',
      { class: 'ip-header' },
      h('h1', null, doc.title),
      h('p', { class: 'ip-subtitle' }, doc.subtitle),
      h('p', { class: doc.private ? 'ip-audience ip-audience--private' : 'ip-audience' }, doc.audienceNote),
      doc.facts.length > 0 ? factList(doc.facts, 'summary') : null,
    ),
    doc.sections.map((section) =>
      h(
        'section',
        { class: 'ip-section', id: `ip-${section.id}`, 'data-section': section.id },
        h('h2', null, section.title),
        section.blocks.map((b) => block(b, 2)),
      ),
    ),
    h('footer', { class: 'ip-footer' }, doc.footer),
  );
}

/**
 * Write a document as HTML: a whole page, or a fragment (the article with its style sheet).
 *
 * @internal
 */
export function writeHtml(doc: RenderDocument, shell: HtmlShell, audience: string): string {
  const style = h('style', null, trustedMarkup(DOCUMENT_CSS));
  const article = documentArticle(doc, audience);
  if (shell === 'fragment') return `${fragment(style, article).html}\n`;
  const head = h(
    'head',
    null,
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { 'http-equiv': 'Content-Security-Policy', content: DOCUMENT_CSP }),
    h('meta', { name: 'referrer', content: 'no-referrer' }),
    h('title', null, doc.title),
    style,
  );
  return `<!doctype html>\n${h('html', { lang: doc.lang, ...rtl(doc) }, head, h('body', null, article)).html}\n`;
}
