/**
 * renderFairnessReport: HR's copy only, the groups table and the comparison per measure as the
 * review computes them, the bar chart with the four-fifths line where the geometry puts it, no
 * figure of a suppressed group, escaping of hostile group labels, and nothing in the consistency
 * section that depends on a suppressed group's plans.
 */
import { describe, expect, it } from 'vitest';
import { BAR_CHART_GEOMETRY, FairnessAudienceError, renderFairnessReport, reviewFairness, type FairnessReview } from '../../src/index.js';
import { AS_OF, placedOf, populationOf, type GroupSpec } from '../fairness/population.js';
import { scanHtml } from './html-scan.js';

function reviewOf(groups: readonly GroupSpec[]): FairnessReview {
  const { population, groupOf } = populationOf(groups);
  return reviewFairness(population, { asOf: AS_OF, attributes: [{ name: 'Sales team', groupOf }] });
}

const KNOWN = reviewOf([
  { label: 'East', states: placedOf(120, 6) },
  { label: 'West', states: placedOf(40, 8) },
  { label: 'North', states: placedOf(3, 2) },
]);

describe('renderFairnessReport: for HR only', () => {
  it('refuses the employee (the default audience) and the manager with a typed error, and renders for HR', () => {
    for (const audience of [undefined, 'employee', 'manager'] as const) {
      for (const format of ['markdown', 'html'] as const) {
        let caught: unknown;
        try {
          renderFairnessReport(KNOWN, { format, ...(audience ? { audience } : {}) });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(FairnessAudienceError);
        expect(caught).toBeInstanceOf(RangeError);
        expect(caught).toMatchObject({ code: 'audience_refused', audience: audience ?? 'employee' });
      }
    }
    expect(renderFairnessReport(KNOWN, { format: 'markdown', audience: 'hr' }).split('\n')[0]).toBe('# Fairness review: adverse impact of improvement plans');
  });

  it('is pure: the same review and options give the same text', () => {
    const a = renderFairnessReport(KNOWN, { format: 'html', audience: 'hr' });
    expect(renderFairnessReport(KNOWN, { format: 'html', audience: 'hr' })).toBe(a);
  });
});

describe('the Markdown report', () => {
  const md = renderFairnessReport(KNOWN, { format: 'markdown', audience: 'hr' });

  it("has one row per group with the review's counts (6 of 120 is 5%, 8 of 40 is 20%), the small group by name only", () => {
    expect(md).toContain('| **East** | 120 | 6 | 5% |');
    expect(md).toContain('| **West** | 40 | 8 | 20% |');
    expect(md).toMatch(/\| \*\*North\*\* \| _Suppressed: fewer than 5 people_ \|[ |]*\n/);
  });

  it('draws the chart as a table with the four-fifths line at 0.8 x 95% = 76%, and compares West with East', () => {
    expect(md).toContain('| Group | Favourable rate | Four-fifths line: 76% |');
    expect(md).toContain('| **West** | 80% | at or above the four-fifths line |');
    expect(md).toContain('| **East** _(reference group)_ | 6 / 120 (5%) | 95% |');
    // impact ratio 0.84, adverse-rate ratio 4, Fisher 0.0074, z 2.91; not below four fifths, significant
    expect(md).toContain('| **West** | 8 / 40 (20%) | 80% | 0.84 | 4 | 0.0074 | 2.91 | No | **Yes** |');
  });

  it('lists what needs attention: the significant difference and the disagreement of the two measures', () => {
    const summary = md.slice(md.indexOf('## What needs attention'), md.indexOf('## Sales team'));
    expect(summary).toContain('The difference is statistically significant');
    expect(summary).toContain('The four-fifths rule and the significance test disagree on "West"');
    expect(md).toContain('- **Attention:** 0 below four fifths, 1 statistically significant, 1 where the two disagree; 0 consistency findings');
  });
});

describe('the HTML report', () => {
  const html = renderFairnessReport(KNOWN, { format: 'html', audience: 'hr' });

  it('is clean markup with the sections in order', () => {
    expect(scanHtml(html)).toEqual([]);
    expect([...html.matchAll(/<section class="ip-section" id="[^"]+" data-section="([^"]+)"/g)].map((m) => m[1])).toEqual(['summary', 'attribute-1', 'consistency', 'method', 'data']);
  });

  it('draws a bar per group and the four-fifths line at plotLeft + 0.76 x the plot width', () => {
    const g = BAR_CHART_GEOMETRY;
    const figure = /<figure class="ip-chart" data-chart="rates-1-placement">([\s\S]*?)<\/figure>/.exec(html)![1]!;
    expect(figure.match(/data-bar="\d+"/g)).toHaveLength(3);
    const x = Math.round((g.plotLeft + (g.plotRight - g.plotLeft) * 0.8 * 0.95) * 100) / 100; // 244 + 236 x 0.76 = 423.36
    expect(x).toBe(423.36);
    expect(figure).toContain(`<g data-threshold-line="76%"><title>Four-fifths line: 76%</title><line x1="${x}" x2="${x}"`);
    // West's bar: 80% of the plot width, amber (significant, not below four fifths)
    expect(figure).toContain(`<g data-bar="2" data-tone="fair"><title>West: 80%</title>`);
    expect(figure).toContain(`width="${Math.round((g.plotRight - g.plotLeft) * 0.8 * 100) / 100}"`);
    expect(figure).toContain('<g data-bar="1" data-tone="none"><title>North: Suppressed</title>');
  });

  it('escapes hostile group labels everywhere', () => {
    const hostile = '<img src=x onerror=alert(1)> **|#';
    const review = reviewOf([
      { label: hostile, states: placedOf(10, 5) },
      { label: 'West', states: placedOf(40, 2) },
    ]);
    const page = renderFairnessReport(review, { format: 'html', audience: 'hr' });
    expect(scanHtml(page)).toEqual([]);
    expect(page).not.toContain('<img');
    const md = renderFairnessReport(review, { format: 'markdown', audience: 'hr' });
    const row = md.split('\n').find((line) => line.startsWith('| **\\<img'))!;
    expect(row).toContain('\\*\\*\\|#');
    expect(row.split(/(?<!\\)\|/).length).toBe(11); // 9 columns: no cell split by the label's "|"
  });
});

describe('the consistency section', () => {
  it("does not depend on whether a suppressed group's people have plans", () => {
    // The only plan in the period is in the suppressed group: the section must read the same as with none.
    const none = reviewOf([{ label: 'East', states: placedOf(5, 0) }, { label: 'Small', states: ['none'] }]);
    const one = reviewOf([{ label: 'East', states: placedOf(5, 0) }, { label: 'Small', states: ['withdrawn'] }]);
    const section = (review: FairnessReview) => {
      const md = renderFairnessReport(review, { format: 'markdown', audience: 'hr' });
      return md.slice(md.indexOf('## Consistency'), md.indexOf('## How to read'));
    };
    expect(section(one)).toBe(section(none));
    expect(renderFairnessReport(one, { format: 'html', audience: 'hr' })).toBe(renderFairnessReport(none, { format: 'html', audience: 'hr' }));
  });
});
