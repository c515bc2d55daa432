/**
 * Escaping and rendering are linear in the text (issue 13, finding 8): a long run of whitespace
 * made the Markdown escape quadratic (`/\s*[\r\n]+\s*\/g` backtracked at every space). These
 * tests check the exact output on inputs large enough that the quadratic code took minutes;
 * the timings themselves are in `test/bench/render-blowups.ts`, not here.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, type PlanInput } from '../../src/index.js';
import { escapeHtml, escapeMarkdown, renderPlan } from '../../src/render/index.js';
import { readFixture } from '../support/fixtures.js';

// Large enough that the quadratic escape ran for minutes (200,000 spaces took 108 s on the
// project's shared machine, close to the 120 s test timeout; 500,000 take about six times that).
const RUN = 500_000;

describe('long whitespace runs', () => {
  it(`escapeMarkdown keeps a run of ${RUN.toLocaleString('en-US')} spaces between two words as it is`, () => {
    const text = `a${' '.repeat(RUN)}b`;
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('escapeMarkdown collapses a long run holding a line break to one space, whatever surrounds it', () => {
    expect(escapeMarkdown(`a${' '.repeat(RUN / 2)}\n${'\t'.repeat(RUN / 2)}b`)).toBe('a b');
    expect(escapeMarkdown(`a${' \r\n'.repeat(RUN / 3)}b`)).toBe('a b');
    // a run with no line break at its end, after one with a line break
    expect(escapeMarkdown(`a \n b${' '.repeat(RUN)}c`)).toBe(`a b${' '.repeat(RUN)}c`);
  });

  it('escapeHtml keeps the run too', () => {
    const text = `a${' '.repeat(RUN)}b`;
    expect(escapeHtml(text)).toBe(text);
  });

  it('a valid plan with 20,000-character whitespace runs in its text fields renders to Markdown and HTML with the text intact', () => {
    const base = readFixture('plan-90-day-conversion.json') as PlanInput;
    const field = (label: string, space: string) => `${label}${space.repeat(Math.floor((19_990 - label.length) / space.length))}end`;
    const input: PlanInput = {
      ...base,
      purpose: field('purpose', ' '),
      priorCoaching: Array.from({ length: 20 }, (_, i) => ({
        date: `2025-10-${String(i + 1).padStart(2, '0')}`,
        by: base.manager.id,
        notes: field(`note${i}`, i % 2 === 0 ? ' ' : '\t '),
      })),
      goals: base.goals?.map((g, i) => ({ ...g, description: field(`goal${i}`, ' \n ') })),
    };
    const result = parsePlan(input);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const md = renderPlan(result.plan, { format: 'markdown', audience: 'hr' });
    const html = renderPlan(result.plan, { format: 'html', audience: 'hr' });
    for (let i = 0; i < 20; i += 1) {
      const note = field(`note${i}`, i % 2 === 0 ? ' ' : '\t ');
      expect(md).toContain(note);
      expect(html).toContain(note);
    }
    // free text keeps its run inside the line; a run with line breaks in an inline field is one space
    expect(md).toContain(field('purpose', ' '));
    expect(md).toContain(': goal0 end');
  });
});
