import { describe, expect, expectTypeOf, it } from 'vitest';
import { renderPlan, type RenderOptions } from '../../src/render/index.js';
import { fragment, h } from '../../src/render/html/element.js';
import { livedPlan } from './lived-plan.js';
import { scanHtml } from './html-scan.js';

describe('HTML output', () => {
  const page = renderPlan(livedPlan(), { format: 'html', audience: 'hr', asOf: '2026-02-02', includeMetadata: true });

  it('is one self-contained page: inline CSS, no scripts, no URL, no font, no external anything', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en-US">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;/);
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|<embed/i);
    expect(page).not.toMatch(/https?:\/\/|url\(|@import|@font-face|src=|href=/i);
    expect(scanHtml(page)).toEqual([]);
  });

  it('prints well: print media rules, page margins, no breaks inside rows and signatures', () => {
    expect(page).toContain('@media print');
    expect(page).toContain('@page{size:A4');
    expect(page).toMatch(/tr,[^{]*\.ip-signature[^{]*\{break-inside:avoid/);
    expect(page).toContain('.ip-section[data-section="formalising"]{break-before:page');
  });

  it('marks sections and tables for hosts and tests', () => {
    for (const id of ['basics', 'diagnostic', 'gaps', 'goals', 'development', 'support', 'timeline', 'outcomes', 'formalising', 'reference']) {
      expect(page).toContain(`data-section="${id}"`);
    }
    for (const table of ['gaps', 'goals', 'development', 'support', 'phases', 'check-in-dates']) expect(page).toContain(`data-table="${table}"`);
    expect(page).toContain('data-audience="hr"');
  });

  it('a fragment is the article with its scoped style sheet, for embedding', () => {
    const embedded = renderPlan(livedPlan(), { format: 'html', htmlShell: 'fragment' });
    expect(embedded.startsWith('<style>')).toBe(true);
    expect(embedded).toContain('<article class="ip-document" lang="en-US" data-audience="employee">');
    expect(embedded).not.toContain('<html');
    expect(embedded).not.toMatch(/<head[\s>]/);
    // every rule is scoped to the document (or is an at-rule / the print page box)
    const css = /<style>([\s\S]*)<\/style>/.exec(embedded)?.[1] ?? '';
    const selectors = css.replace(/@media[^{]*\{/g, '').split('}').map((rule) => rule.split('{')[0]?.trim() ?? '').filter((s) => s !== '');
    for (const selector of selectors) {
      if (selector.startsWith('@page')) continue;
      for (const part of selector.split(',')) expect(part.trim().startsWith('.ip-document'), part).toBe(true);
    }
  });
});

describe('the HTML builder', () => {
  it('escapes text and attribute values, never tag structure', () => {
    expect(h('p', { class: 'a"b', title: "it's" }, 'x < y & "z"').html).toBe('<p class="a&quot;b" title="it&#39;s">x &lt; y &amp; &quot;z&quot;</p>');
    expect(h('meta', { charset: 'utf-8' }).html).toBe('<meta charset="utf-8">');
    expect(h('input', { disabled: true, hidden: false, value: undefined }).html).toBe('<input disabled>');
    expect(fragment('a', null, false, undefined, ['b', h('i', null, '<c>')]).html).toBe('ab<i>&lt;c&gt;</i>');
  });

  it('writes numbers for markup with at most two decimals and no negative zero', () => {
    expect(fragment(1.234, ' ', -0, ' ', 12, ' ', Number.NaN).html).toBe('1.23 0 12 0');
  });

  it('refuses element and attribute names that are not plain names', () => {
    expect(() => h('p onclick', null)).toThrow(TypeError);
    expect(() => h('p', { 'on"x': 'y' })).toThrow(TypeError);
    expect(() => h('<script>', null)).toThrow(TypeError);
  });
});

describe('types', () => {
  it('renderPlan takes a format and returns text', () => {
    expectTypeOf(renderPlan).returns.toEqualTypeOf<string>();
    expectTypeOf<RenderOptions['format']>().toEqualTypeOf<'markdown' | 'html'>();
    expectTypeOf<RenderOptions['audience']>().toEqualTypeOf<'employee' | 'manager' | 'hr' | undefined>();
  });
});
