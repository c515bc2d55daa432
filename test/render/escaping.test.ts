import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../src/index.js';
import { escapeHtml, escapeMarkdown, renderPlan } from '../../src/render/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';
import { replaceUserText, withEveryTextField } from './hostile.js';
import { scanHtml } from './html-scan.js';

const HOSTILE = [
  '<script>alert("x")</script>',
  `Tom & Jerry's "deal" <b>`,
  '"><img src=x onerror=alert(1)>',
  `</style><script>1</script>`,
  `&lt;already&gt; &amp; &#39;`,
  `' onmouseover='x`,
  '<!-- comment -->',
  '| table | * _ [link](javascript:x) `code` #',
];

const hostileText = fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', ' ', '\n', '/'), maxLength: 12 }));

const hostilePlan = fc
  .tuple(planArbitrary({ withRecords: true, maxGoals: 4 }), hostileText, hostileText)
  .map(([input, [head, tail], [idHead]]): [Plan, string] => {
    const full = withEveryTextField(input);
    const replaced = replaceUserText(
      full,
      (id) => `${idHead.slice(0, 40)}${id}`,
      (text, key) => (key === 'email' ? text : `${head}${tail}${text}`.slice(0, 290)),
    );
    const result = parsePlan(replaced);
    if (!result.ok) throw new Error(`hostile plan does not parse: ${JSON.stringify(result.issues.slice(0, 3))}`);
    return [result.plan, head];
  });

describe('escaping', () => {
  it('escapeHtml escapes the five markup characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(escapeHtml('Zoë Müller, 5 € ✓')).toBe('Zoë Müller, 5 € ✓');
    expect(escapeHtml('a\u0000b\uD800c')).toBe('a\uFFFDb\uFFFDc');
  });

  it('escapeMarkdown neutralises markup, links and raw HTML', () => {
    expect(escapeMarkdown('<script>*x* [a](b) | c & d`')).toBe('\\<script\\>\\*x\\* \\[a\\](b) \\| c \\& d\\`');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });

  it('HTML: no user text, in any field, ever becomes markup (every tag and attribute is the renderer\'s own)', () => {
    let checked = 0;
    fc.assert(
      fc.property(hostilePlan, fc.constantFrom('employee', 'manager', 'hr' as const), fc.constantFrom('page', 'fragment' as const), ([plan, head], audience, htmlShell) => {
        const html = renderPlan(plan, { format: 'html', audience, htmlShell, includeMetadata: true, asOf: plan.startDate });
        expect(scanHtml(html)).toEqual([]);
        // the hostile text is there, escaped: it was rendered, not dropped
        expect(html).toContain(escapeHtml(head));
        expect(html.match(/<script/gi)).toBeNull();
        checked += 1;
      }),
      { numRuns: runs(60) },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('HTML: each hostile string arrives escaped in the document', () => {
    fc.assert(
      fc.property(planArbitrary({ withRecords: true, maxGoals: 3 }), fc.constantFrom(...HOSTILE), (input, hostile) => {
        const replaced = replaceUserText(withEveryTextField(input), (id) => id, (text, key) => (key === 'email' ? text : `${hostile} ${text}`.slice(0, 290)));
        const result = parsePlan(replaced);
        if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
        const html = renderPlan(result.plan, { format: 'html', audience: 'hr' });
        expect(scanHtml(html)).toEqual([]);
        expect(html).toContain(escapeHtml(hostile));
      }),
      { numRuns: runs(40) },
    );
  });

  it('Markdown: no user text becomes raw HTML', () => {
    fc.assert(
      fc.property(hostilePlan, ([plan, head]) => {
        const md = renderPlan(plan, { format: 'markdown', audience: 'hr', includeMetadata: true });
        // every "<" is escaped with a backslash, and no link can form
        expect(md.match(/(^|[^\\])</g)).toBeNull();
        expect(md).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
        expect(md).toContain(escapeMarkdown(head));
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('the HTML scanner used above', () => {
  it('finds markup that is not the renderer\'s, raw characters in text and unsafe attributes', () => {
    expect(scanHtml('<p class="a">x &amp; y</p>')).toEqual([]);
    expect(scanHtml('<p>a<script>x</script></p>')).not.toEqual([]);
    expect(scanHtml('<p>Tom & Jerry</p>')).not.toEqual([]);
    expect(scanHtml('<p>it\'s</p>')).not.toEqual([]);
    expect(scanHtml('<p title="a" onclick="x">b</p>')).not.toEqual([]);
    expect(scanHtml('<p title="a"b">c</p>')).not.toEqual([]);
    expect(scanHtml('<style>@import url(x)</style>')).not.toEqual([]);
  });
});
