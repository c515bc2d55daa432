/**
 * A format-neutral document: what a rendering says, decided once, then written as Markdown
 * or HTML by a serializer. Plan documents and (later) evaluation reports share it; charts are
 * a block kind of their own so the HTML writer can inline SVG and Markdown can fall back to a
 * table.
 *
 * @module
 */
import type { BarChartLayout } from './svg/bar-chart.js';
import type { LineChartLayout } from './svg/line-chart.js';
import type { Html } from './html/element.js';

/** A run of text inside a block. Every string is user or label text: both writers escape it. */
export type Inline = string | { readonly strong: string } | { readonly muted: string };

/** One row of a label/value list. */
export interface Fact {
  readonly label: string;
  readonly value: readonly Inline[];
}

/** A table cell: text runs, and optionally a numeric alignment hint. */
export interface Cell {
  readonly content: readonly Inline[];
  readonly numeric?: boolean;
}

/** One signature line of the signature block: signed (name, date) or still open. */
export interface SignatureLine {
  readonly role: string;
  readonly name: string;
  readonly date?: string;
  readonly detail?: string;
  readonly comment?: string;
  readonly signed: boolean;
}

/** The building blocks of a section. */
export type Block =
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'facts'; readonly facts: readonly Fact[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[]; readonly ordered?: boolean }
  | { readonly kind: 'table'; readonly name: string; readonly head: readonly string[]; readonly rows: readonly (readonly Cell[])[] }
  | { readonly kind: 'subsection'; readonly title: string; readonly blocks: readonly Block[] }
  | { readonly kind: 'note'; readonly tone: 'info' | 'private'; readonly content: readonly Inline[] }
  | {
      readonly kind: 'signatures';
      readonly statement: string;
      /** Column labels: role, name, signed (date), comment. */
      readonly head: readonly [string, string, string, string];
      /** What an open line says where the date would be ("Not signed"). */
      readonly unsigned: string;
      readonly lines: readonly SignatureLine[];
    }
  | {
      readonly kind: 'chart';
      readonly name: string;
      readonly svg: Html;
      /** Where the chart put its labels, points and lines (what the SVG was drawn from), for checks; writers ignore it. */
      readonly layout?: LineChartLayout | BarChartLayout;
      /** What Markdown shows instead of the chart (a table, a text sparkline). */
      readonly fallback: Block | readonly Block[];
      /** A legend under the chart in HTML (`<figcaption>`); Markdown has the fallback instead. */
      readonly caption?: readonly Inline[];
    };

/** A top-level section with a stable id (`data-section` in HTML). */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A whole document. */
export interface RenderDocument {
  /** BCP 47 language of the labels (the HTML `lang`). */
  readonly lang: string;
  /** The direction the language is written in: `rtl` mirrors the page (the HTML `dir`). Default `ltr`. */
  readonly dir?: 'ltr' | 'rtl';
  readonly title: string;
  readonly subtitle: string;
  /** A line under the title saying who the copy is for. */
  readonly audienceNote: string;
  readonly private: boolean;
  readonly facts: readonly Fact[];
  readonly sections: readonly Section[];
  readonly footer: string;
}

/** Shorthand for a text cell. */
export function cell(...content: Inline[]): Cell {
  return { content };
}

/** Shorthand for a numeric (right-aligned) cell. */
export function numericCell(...content: Inline[]): Cell {
  return { content, numeric: true };
}
