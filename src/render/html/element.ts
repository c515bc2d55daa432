/**
 * A tiny HTML/SVG builder. Markup only comes from {@link h} (tag and attribute names are
 * this library's own, checked) and text only as escaped strings, so user text can never
 * become markup. Plan and evaluation renderers and the SVG charts all build on it.
 *
 * @module
 */
import { escapeHtml } from './escape.js';

const BRAND: unique symbol = Symbol('Html');

/** A fragment of markup that is safe to concatenate: built by the internal element builder, never from raw user text. */
export interface Html {
  readonly [BRAND]: true;
  readonly html: string;
}

/** What an element may contain: markup, text (escaped), numbers, or nothing. Arrays are flattened. */
export type HtmlChild = Html | string | number | null | undefined | false | readonly HtmlChild[];

/** Attribute values: text is escaped, `true` writes a bare attribute, `false`/`undefined` omit it. */
export type HtmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function trusted(html: string): Html {
  return Object.freeze({ [BRAND]: true as const, html });
}

/** True when `value` is markup built by this module. */
export function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/** Write a number for markup: finite, at most two decimals, no trailing zeros, no `-0`. */
export function formatNumberForMarkup(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function appendChild(out: string[], child: HtmlChild): void {
  if (child === null || child === undefined || child === false) return;
  if (typeof child === 'string') out.push(escapeHtml(child));
  else if (typeof child === 'number') out.push(formatNumberForMarkup(child));
  else if (isHtml(child)) out.push(child.html);
  else for (const item of child) appendChild(out, item);
}

/**
 * Build an element. Text children and attribute values are escaped; tag and attribute names
 * must be plain names (a programming error throws).
 *
 * @example
 * ```ts
 * h('p', { class: 'note' }, 'R&D <team>').html; // => '<p class="note">R&amp;D &lt;team&gt;</p>'
 * ```
 */
export function h(tag: string, attributes: HtmlAttributes | null, ...children: HtmlChild[]): Html {
  if (!NAME.test(tag)) throw new TypeError(`Not an element name: ${tag}`);
  let open = `<${tag}`;
  if (attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (!NAME.test(name)) throw new TypeError(`Not an attribute name: ${name}`);
      if (value === undefined || value === false) continue;
      if (value === true) open += ` ${name}`;
      else open += ` ${name}="${typeof value === 'number' ? formatNumberForMarkup(value) : escapeHtml(value)}"`;
    }
  }
  open += '>';
  if (VOID.has(tag)) return trusted(open);
  const out: string[] = [open];
  appendChild(out, children);
  out.push(`</${tag}>`);
  return trusted(out.join(''));
}

/**
 * Join children into one fragment (text escaped).
 *
 * @example
 * ```ts
 * fragment(h('b', null, 'a'), ' & ', h('i', null, 'b')).html; // => '<b>a</b> &amp; <i>b</i>'
 * ```
 */
export function fragment(...children: HtmlChild[]): Html {
  const out: string[] = [];
  appendChild(out, children);
  return trusted(out.join(''));
}

/**
 * Markup this library writes itself (the doctype, the style sheet). Never pass user text.
 *
 * @internal
 */
export function trustedMarkup(html: string): Html {
  return trusted(html);
}
