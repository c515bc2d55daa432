/**
 * The writer of each output format. The table is typed by {@link RenderFormat}: a new format does
 * not compile until it has a writer, and no renderer picks a writer by comparing strings.
 *
 * @internal
 * @module
 */
import type { RenderDocument } from './document.js';
import { writeHtml } from './html/writer.js';
import { writeMarkdown } from './markdown.js';
import type { RenderFormat, ResolvedRenderOptions } from './options.js';

/** Turns a format-neutral document into the text of one format. */
export type DocumentWriter = (doc: RenderDocument, options: Pick<ResolvedRenderOptions, 'htmlShell' | 'audience'>) => string;

/** One writer per format. @internal */
export const WRITERS: { readonly [F in RenderFormat]: DocumentWriter } = Object.freeze({
  markdown: (doc) => writeMarkdown(doc),
  html: (doc, options) => writeHtml(doc, options.htmlShell, options.audience),
});

/**
 * Write a document in the resolved options' format. A format outside {@link RenderFormat} (an
 * unchecked caller in plain JavaScript) is written as Markdown, as it always was.
 *
 * @example
 * ```ts
 * writeDocument(doc, resolveRenderOptions({ format: 'html' })).startsWith('<!doctype html>'); // => true
 * ```
 *
 * @internal
 */
export function writeDocument(doc: RenderDocument, options: Pick<ResolvedRenderOptions, 'format' | 'htmlShell' | 'audience'>): string {
  const writer = Object.hasOwn(WRITERS, options.format) ? WRITERS[options.format] : WRITERS.markdown;
  return writer(doc, options);
}
