import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RenderDocument } from '../../src/render/document.js';
import type { RenderFormat } from '../../src/render/options.js';
import { WRITERS, writeDocument } from '../../src/render/write.js';

const doc: RenderDocument = {
  lang: 'en-US',
  title: 'Improvement Plan: Jordan Reyes',
  subtitle: 'Account Executive',
  audienceNote: "The employee's copy.",
  private: false,
  facts: [],
  sections: [],
  footer: 'Generated for review.',
};

describe('the writer of each format', () => {
  it('has exactly one writer per RenderFormat (a new format fails to compile until it has one)', () => {
    expectTypeOf<keyof typeof WRITERS>().toEqualTypeOf<RenderFormat>();
    const formats: Record<RenderFormat, true> = { markdown: true, html: true };
    expect(Object.keys(WRITERS).sort()).toEqual(Object.keys(formats).sort());
  });

  it('writes HTML for html and Markdown for markdown', () => {
    expect(writeDocument(doc, { format: 'html', htmlShell: 'page', audience: 'employee' }).startsWith('<!doctype html>')).toBe(true);
    expect(writeDocument(doc, { format: 'html', htmlShell: 'fragment', audience: 'employee' }).startsWith('<!doctype html>')).toBe(false);
    expect(writeDocument(doc, { format: 'markdown', htmlShell: 'page', audience: 'employee' }).split('\n')[0]).toBe(`# ${doc.title}`);
  });

  it('writes an unchecked format from plain JavaScript as Markdown, as before', () => {
    const markdown = writeDocument(doc, { format: 'markdown', htmlShell: 'page', audience: 'employee' });
    for (const format of ['pdf', 'toString', '__proto__', undefined]) {
      expect(writeDocument(doc, { format: format as unknown as RenderFormat, htmlShell: 'page', audience: 'employee' })).toBe(markdown);
    }
  });
});
