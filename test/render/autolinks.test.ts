/**
 * Markdown output makes no links, in GitHub-flavoured renderers too (issue 13, finding 15):
 * `marked` with GFM and markdown-it with `linkify` turn bare URLs, `www.` names and e-mail
 * addresses into links; the writer breaks them with backslash escapes that render as the same
 * characters. Checked by rendering through both libraries.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parsePlan, summarizeEvaluation } from '../../src/index.js';
import { escapeMarkdown, renderEvaluation, renderPlan } from '../../src/render/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';
import { replaceUserText, withEveryTextField } from './hostile.js';

const marked = new Marked({ gfm: true, async: false });
const markdownIt = new MarkdownIt({ linkify: true });
/** markdown-it with linkify-it's fuzzy links on (the default before linkify-it 6): "example.com" links too. */
const markdownItFuzzy = new MarkdownIt({ linkify: true });
markdownItFuzzy.linkify.set({ fuzzyLink: true, fuzzyEmail: true });

const RENDERERS: readonly [string, (md: string) => string][] = [
  ['marked (gfm)', (md) => marked.parse(md) as string],
  ['markdown-it (linkify)', (md) => markdownIt.render(md)],
  ['markdown-it (linkify, fuzzy links)', (md) => markdownItFuzzy.render(md)],
];

/** The elements Markdown of this writer may turn into, and the attributes of table alignment. */
const ALLOWED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const ALLOWED_ATTRIBUTES = /^(?:\s+align="(?:left|right|center)"|\s+style="text-align:(?:left|right|center)"|\s+start="\d+")*\s*\/?$/;

/** Tags that are not plain Markdown structure: links, images, raw HTML. */
function foreignMarkup(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const [whole, name = '', attributes = ''] = match;
    if (!ALLOWED_TAGS.has(name.toLowerCase()) || (!whole.startsWith('</') && !ALLOWED_ATTRIBUTES.test(attributes))) found.push(whole);
  }
  return found;
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|amp|#39|#x27);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'", '#x27': "'" })[name] ?? '')
    .trim();
}

const SCHEMES = ['https://', 'http://', 'HTTP://', 'hTtPs://', 'ftp://', 'mailto:', 'MAILTO:', 'xmpp:', '//', 'https:/', 'www.', 'WWW.', 'Www.', 'xhttps://', 'irc://', 'file:///', 'javascript:'];
const HOSTS = ['payroll-verify.example', 'evil.com', 'localhost', '127.0.0.1', 'b.co', 'пример.рф', 'xn--e1afmkfd.xn--p1ai', 'a.b.c.d.org', 'x.1', 'www.x.com', 'example.com:8080', '[::1]', 'EVIL.COM', 'a-b.c_d.io', 'x.y.123'];
const link = fc
  .tuple(
    fc.constantFrom('', ' ', 'see ', '(', '*', '_', '~', '"', 'x', '<', '[', '\n', '\u00a0', '\t', ':', '.', '/', '@', '-'),
    fc.constantFrom(...SCHEMES, '', 'a@', 'first.last+tag@', 'user@', 'mailto:a@'),
    fc.constantFrom(...HOSTS),
    fc.constantFrom('', '/login', '/a?b=c#d', ':8080/x', '.', ')', ',', ' now', '/', '@x.com', '\u00a0', '.com', '/www.x.org', '&amp;x'),
  )
  .map((parts) => parts.join(''));
const linkish = fc.oneof(
  { arbitrary: link, weight: 4 },
  { arbitrary: fc.array(link, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom('h', 't', 'p', 's', ':', '/', '.', 'w', '@', 'a', 'c', 'o', 'm', ' ', '\\', '<', '>', '[', ']', '(', ')', '!', '&', '#', '~', '\n'), maxLength: 30 }), weight: 3 },
);

describe('Markdown makes no links', () => {
  it('the examples of the review: a URL, a www. name and an e-mail address stay text', () => {
    for (const text of ['https://payroll-verify.example/login', 'www.payroll-verify.example', 'a@b.example', 'Verify at https://payroll-verify.example/login or mail a@b.example']) {
      const md = `x ${escapeMarkdown(text)}`;
      for (const [name, render] of RENDERERS) {
        const html = render(md);
        expect(foreignMarkup(html), `${name}: ${html}`).toEqual([]);
        expect(textOf(html), name).toBe(`x ${text}`);
      }
    }
  });

  it('property: escaped user text renders through marked and markdown-it as the same text, with no link, image or raw HTML', () => {
    fc.assert(
      fc.property(linkish, (text) => {
        const md = `x ${escapeMarkdown(text)}`;
        const expected = `x ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`.trim();
        for (const [name, render] of RENDERERS) {
          const html = render(md);
          expect(foreignMarkup(html), `${name}: ${JSON.stringify(md)} -> ${html}`).toEqual([]);
          expect(textOf(html), `${name}: ${JSON.stringify(md)}`).toBe(expected);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('property: plans and evaluation reports with link-like text in every field render through both libraries with no link, image or raw HTML', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(planArbitrary({ withRecords: true, maxGoals: 3 }), linkish, linkish, (input, head, idHead) => {
        const replaced = replaceUserText(
          withEveryTextField(input),
          (id) => `${idHead.replace(/\s/g, '').slice(0, 40)}${id}`,
          (text, key) => (key === 'email' ? text : `${head} ${text}`.slice(0, 290)),
        );
        const result = parsePlan(replaced);
        if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
        const plan = result.plan;
        const evaluation = evaluatePlan(plan, [], { asOf: plan.startDate });
        const documents = [
          renderPlan(plan, { format: 'markdown', audience: 'hr', includeMetadata: true, asOf: plan.startDate }),
          renderEvaluation(summarizeEvaluation(evaluation), { format: 'markdown', audience: 'hr', includeMetadata: true, plan, evaluation }),
        ];
        for (const md of documents) {
          for (const [name, render] of RENDERERS) {
            const html = render(md);
            expect(foreignMarkup(html), name).toEqual([]);
          }
        }
      }),
      { numRuns: runs(40) },
    );
  });
});
