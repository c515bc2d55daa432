/**
 * Characters that have no place in a document (issue 13, finding 16): both writers replace C0
 * controls (but tab, line feed and carriage return), DEL, C1 controls and lone surrogates with
 * U+FFFD, the same way; both drop the bidi embedding, override and isolate controls, so a name
 * cannot reorder the text around it. And an empty `dateFormat` is the documented RangeError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { evaluatePlan, parsePlan, summarizeEvaluation, type Plan, type PlanInput } from '../../src/index.js';
import { escapeHtml, escapeMarkdown, renderEvaluation, renderPlan, type RenderFormat } from '../../src/render/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { readFixture } from '../support/fixtures.js';
import { runs } from '../support/runs.js';
import { memoryIo } from '../cli/memory-io.js';
import { replaceUserText } from './hostile.js';

const FORMATS: readonly RenderFormat[] = ['markdown', 'html'];
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fixturePlan(change: (input: PlanInput) => PlanInput = (x) => x): Plan {
  const result = parsePlan(change(readFixture('plan-90-day-conversion.json') as PlanInput));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.plan;
}

/** Markdown text as read: backslash escapes of ASCII punctuation removed. */
function unescapeMarkdown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function decodeHtml(html: string): string {
  return html.replace(/&(lt|gt|quot|amp|#39);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[name] ?? '');
}

describe('dateFormat', () => {
  it("an empty pattern is a RangeError saying so, not date-fns's TypeError (renderPlan and renderEvaluation)", () => {
    const plan = fixturePlan();
    const evaluation = evaluatePlan(plan, [], { asOf: plan.startDate });
    const calls = [
      () => renderPlan(plan, { format: 'markdown', dateFormat: '' }),
      () => renderPlan(plan, { format: 'html', dateFormat: '' }),
      () => renderEvaluation(summarizeEvaluation(evaluation), { format: 'markdown', dateFormat: '' }),
    ];
    for (const call of calls) {
      expect(call).toThrow(RangeError);
      expect(call).toThrow('dateFormat "": the pattern is empty');
    }
  });

  it('the CLI refuses --date-format "" in one line, exit 2, saying the pattern is empty', async () => {
    const world = memoryIo({ 'plan.json': JSON.stringify(readFixture('plan-90-day-conversion.json')) });
    const code = await runCli(['render', 'plan.json', '--format', 'md', '--date-format', ''], world.io);
    expect(code).toBe(2);
    expect(world.stderr()).toBe('improvement-plan: --date-format "" is not a date-fns pattern: the pattern is empty\n');
  });
});

describe('NUL, controls and lone surrogates', () => {
  it('escapeMarkdown and escapeHtml replace them with U+FFFD alike', () => {
    const text = 'a\u0000b\uD800c\uDFFFd\u0007e\u007Ff\u0085g\u009Bh';
    const replaced = 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh';
    expect(escapeMarkdown(text)).toBe(replaced);
    expect(escapeHtml(text)).toBe(replaced);
    // a surrogate pair is a character, kept
    expect(escapeMarkdown('😀')).toBe('😀');
    expect(escapeHtml('😀')).toBe('😀');
  });

  it('property: for any text, the Markdown and HTML escapes read as the same characters, and hold none of them', () => {
    const unit = fc.oneof(
      fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0080', '\u0085', '\u009F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFD', '\uFEFF'),
      fc.constantFrom('a', 'Z', '<', '&', '"', "'", '*', '_', '.', '@', ':', '/', '\\', 'é', '😀', '日'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const md = escapeMarkdown(text);
        const html = escapeHtml(text);
        expect(FORBIDDEN.test(md)).toBe(false);
        expect(FORBIDDEN.test(html)).toBe(false);
        expect(unescapeMarkdown(md)).toBe(decodeHtml(html));
      }),
      { numRuns: runs(500) },
    );
  });

  it('a plan with a NUL and a lone surrogate in a name renders them as U+FFFD in both formats', () => {
    const plan = fixturePlan((input) => ({ ...input, employee: { ...input.employee, name: 'Jordan\u0000Reyes\uD800' } }));
    for (const format of FORMATS) {
      const copy = renderPlan(plan, { format });
      expect(copy).toContain('Jordan\uFFFDReyes\uFFFD');
      expect(FORBIDDEN.test(copy)).toBe(false);
    }
  });
});

describe('bidi controls', () => {
  it('a right-to-left override in a name does not reach either format (it cannot reorder what follows)', () => {
    const plan = fixturePlan((input) => ({
      ...input,
      employee: { ...input.employee, name: 'Jordan \u202Esreyer\u202C Reyes' },
      goals: input.goals?.map((g, i) => (i === 0 ? { ...g, title: `\u2067Goal\u2069 \u202Bone\u202A\u202D` } : g)),
    }));
    for (const format of FORMATS) {
      const copy = renderPlan(plan, { format, audience: 'hr' });
      expect(BIDI.test(copy), format).toBe(false);
      expect(copy).toContain('Jordan sreyer Reyes');
      expect(copy).toContain('Goal one');
    }
    expect(escapeMarkdown('a\u202Eb\u2066c\u2069')).toBe('abc');
    expect(escapeHtml('a\u202Eb\u2066c\u2069')).toBe('abc');
  });

  it('property: no bidi embedding, override or isolate control from user text reaches a plan or evaluation report, Markdown or HTML', { timeout: 120_000 }, () => {
    const bidi = fc.string({ unit: fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', 'a', 'ש', ' '), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(planArbitrary({ withRecords: true, maxGoals: 3 }), bidi, (input, head) => {
        const result = parsePlan(replaceUserText(input, (id) => id, (text, key) => (key === 'email' ? text : `${head}${text}`.slice(0, 290))));
        if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
        const plan = result.plan;
        const evaluation = evaluatePlan(plan, [], { asOf: plan.startDate });
        for (const format of FORMATS) {
          expect(BIDI.test(renderPlan(plan, { format, audience: 'hr', includeMetadata: true }))).toBe(false);
          expect(BIDI.test(renderEvaluation(summarizeEvaluation(evaluation), { format, audience: 'hr', includeMetadata: true, plan, evaluation }))).toBe(false);
        }
      }),
      { numRuns: runs(30) },
    );
  });
});
