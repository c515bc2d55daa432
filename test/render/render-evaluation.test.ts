import { de } from 'date-fns/locale/de';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { evaluatePlan, summarizeEvaluation, type EvaluationSummary, type PlanInput } from '../../src/index.js';
import {
  EVALUATION_SECTION_IDS,
  RENDER_MESSAGES_EN,
  renderEvaluation,
  renderPlan,
  type EvaluationRenderOptions,
  type RenderFormat,
  type RenderOptions,
} from '../../src/render/index.js';
import { goalSeries } from '../../src/render/goal-series.js';
import { fixtureInput, planOf } from '../support/scenario.js';
import { PRIVATE_CHECK_IN_NOTE, evaluated, evaluatedPlanInput } from './evaluated-plan.js';
import { scanHtml } from './html-scan.js';

const FORMATS: readonly RenderFormat[] = ['markdown', 'html'];
const E = RENDER_MESSAGES_EN.evaluation;

/** The sections of a rendering, by id (HTML) or by title (Markdown). */
function sectionIds(html: string): string[] {
  return [...html.matchAll(/<section class="ip-section" id="ip-([a-z-]+)" data-section="\1">/g)].map((m) => m[1] ?? '');
}

/** The rows of a Markdown table that follows a line matching `head`. */
function markdownRows(md: string, head: RegExp): string[][] {
  const lines = md.split('\n');
  const start = lines.findIndex((line) => head.test(line));
  const rows: string[][] = [];
  for (let i = start + 2; start >= 0 && i < lines.length && lines[i]!.startsWith('|'); i += 1) {
    rows.push(lines[i]!.slice(2, -2).split(' | '));
  }
  return rows;
}

/** The `<figure data-chart="...">` elements of an HTML report. */
function charts(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<figure class="ip-chart" data-chart="([^"]+)">([\s\S]*?)<\/figure>/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('renderEvaluation: the final review of the 90-day plan (every goal met)', () => {
  const { plan, evaluation, summary } = evaluated('2026-04-06');
  const md = renderEvaluation(summary, { format: 'markdown', plan, evaluation, audience: 'hr' });
  const html = renderEvaluation(summary, { format: 'html', plan, evaluation, audience: 'hr' });

  it('has every section, in order, with stable ids', () => {
    expect(sectionIds(html)).toEqual([...EVALUATION_SECTION_IDS]);
    const titles = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual([E.sections.overview, E.sections.goals, E.sections.triad, E.sections.checkIns, E.sections.support, E.sections.recommendation]);
    expect(md.split('\n')[0]).toBe('# Performance Improvement Plan evaluation: Jordan Reyes');
  });

  it('leads with the recommendation, final, and the reading of the whole plan', () => {
    expect(md).toContain(`- **Recommendation:** **${E.outcome.successful}**`);
    expect(md).toContain('- **Reading:** Final: the plan ended on Apr 4, 2026.');
    expect(md).toContain('- **As of:** Apr 6, 2026 _(final)_');
    expect(md).toContain(`- **Measurement system:** ${E.triadCode.all_met}`);
    // 13 weekly check-ins held of 13 due; 13 weekly call reviews, the workshop and the lead routing delivered
    expect(md).toContain('- **Check-ins:** 13 of 13 due held');
    expect(md).toContain('- **Support:** 15 of 15 due delivered');
  });

  it('the goal table: baseline, target, observed, attainment, status and trend from the data', () => {
    const rows = markdownRows(md, /^\| Goal \| Baseline \| Target \| Observed \| Attainment \| Periods at target \| Status \| Trend \|$/);
    expect(rows).toHaveLength(4);
    const byTitle = new Map(rows.map((row) => [row[0]!.replace(/^\*\*(.*?)\*\*.*$/, '$1'), row]));
    // 164 meetings from 1,300 calls connected: 12.6%, past the 12% target
    expect(byTitle.get('Raise call-to-meeting conversion from 5% to 12% by 4 April 2026')?.slice(1)).toEqual([
      '5%', 'at least 12% over the window', '12.6%', expect.stringMatching(/^100%/), '_-_', '**Met**', 'Improving',
    ]);
    // 551 calls over 13 weeks, the two weeks of 4 working days (the holidays 2026-01-19 and
    // 2026-02-16: 40 and 43 calls) read as 50 and 53.75 a week: 571.75 / 13 = 43.98 a week
    expect(byTitle.get('Make 40 outbound calls per week')?.slice(1, 4)).toEqual(['25', 'at least 40 per week', '43.98 per week']);
    // four $12,000 deals: $48,000 against $45,000
    expect(byTitle.get('Close $45,000 of new business in the 90 days')?.slice(1, 7)).toEqual([
      '$28,000', 'at least $45,000 over the window', '$48,000', expect.stringMatching(/^100%/), '_-_', '**Met**',
    ]);
    expect(byTitle.get('Reach level 3 (Proficient) on the discovery-call rubric within 60 days')?.slice(1, 4)).toEqual([
      '2 (Developing)', 'at least 3 (Proficient) over the window', '3 (Proficient)',
    ]);
  });

  it('the recommendation says why in plain words, with its evidence', () => {
    const reason = summary.recommendation.reasons[0]!;
    expect(reason.code).toBe('required_goals_met_and_sustained');
    expect(md).toContain(`1. ${reason.message.replace(/"/g, '"')}`);
    expect(md).toContain(E.outcomeMeaning.successful);
    expect(md).toContain(E.recommendationNote);
    // the evidence: each required goal held at target over its last periods, as a percentage
    expect(md).toMatch(/_Figures: Held at target \(Raise call-to-meeting conversion from 5% to 12% by 4 April 2026\) 100%; Held at target \(Reach level 3/);
  });

  it('the check-in log and the support ledger, row by row', () => {
    const log = markdownRows(md, /^\| Date \| Status \| Notes \|/);
    expect(log).toHaveLength(13);
    expect(log[0]).toEqual(['Jan 5, 2026', '**Held**', 'Week 1: reviewed every goal and agreed next steps.', 'Make 40 outbound calls per week: Dialer cadence set up (31)', 'Book the discovery workshop', PRIVATE_CHECK_IN_NOTE]);
    const ledger = markdownRows(md, /^\| Due \| Commitment \| Owner \|/);
    expect(ledger).toHaveLength(15);
    expect(ledger[0]).toEqual(['Jan 5, 2026', 'Weekly 45-minute call review with Dana', 'Dana Whitfield', '**Delivered**', 'Jan 5, 2026', '_-_']);
    expect(ledger.find((row) => row[1]?.startsWith('Route low-fit'))?.[5]).toBe('Routing rule live');
    // sorted by due date
    const dates = ledger.map((row) => Date.parse(`${row[0]} UTC`));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('HTML: an overview bar per goal and a chart per goal with baseline, target, milestones and the as-of date', () => {
    const figures = charts(html);
    expect([...figures.keys()]).toEqual(['overview', ...plan.goals.map((g) => `goal-${g.id}`)]);
    expect(figures.get('overview')!.match(/<g data-bar="\d+"/g)).toHaveLength(4);
    for (const goal of plan.goals) {
      const svg = figures.get(`goal-${goal.id}`)!;
      expect(svg).toContain('<g data-reference="baseline">');
      expect(svg).toContain('<g data-reference="target">');
      expect(svg.match(/<g data-marker="today">/g)).toHaveLength(1);
      expect(svg.match(/<g data-marker="milestone">/g) ?? []).toHaveLength(goal.milestones?.length ?? 0);
      expect(svg).toContain('<figcaption class="ip-chart-caption">');
    }
    // the conversion series: one point per week, 13 weeks
    const conversion = figures.get('goal-g-conversion')!;
    expect(conversion.match(/<circle cx="[\d.]+" cy="[\d.]+" r="2.5"/g)).toHaveLength(13);
    expect(scanHtml(html)).toEqual([]);
  });

  it('Markdown: a text fallback per chart (sparkline and the period table), no SVG', () => {
    expect(md).not.toContain('<svg');
    expect(md).toMatch(/^Value of each week: [▁▂▃▄▅▆▇█·]{13} \(from Jan 11, 2026 to Apr 4, 2026\)$/m);
    expect(md).toMatch(/^Running total at the end of each week: [▁▂▃▄▅▆▇█·]{13} /m);
    const revenue = markdownRows(md, /^\| Period \| In the period \| Running total \|$/);
    expect(revenue).toHaveLength(13);
    expect(revenue[12]).toEqual(['Mar 30, 2026 to Apr 4, 2026', '_-_', '$48,000']);
    // the overview as text bars
    expect(md).toMatch(/\| \*\*Make 40 outbound calls per week\*\* \| █{10} 100% \| Met \|/);
  });
});

describe('renderEvaluation: a provisional reading mid-way', () => {
  const { plan, evaluation, summary } = evaluated('2026-02-20');

  it('says it is provisional and marks the as-of date on every chart', () => {
    const md = renderEvaluation(summary, { format: 'markdown', plan, evaluation });
    expect(summary.recommendation.final).toBe(false);
    expect(md).toContain('- **Reading:** Provisional: the plan runs until Apr 4, 2026.');
    expect(md).toContain('- **As of:** Feb 20, 2026 _(provisional)_');
    const html = renderEvaluation(summary, { format: 'html', plan, evaluation });
    for (const [name, svg] of charts(html)) if (name !== 'overview') expect(svg, name).toContain('As of Feb 20, 2026');
    // only the check-ins up to the as-of date are held; the rest are upcoming
    const log = markdownRows(md, /^\| Date \| Status \| Notes \|/);
    expect(log.filter((row) => row[1] === '**Held**')).toHaveLength(7);
    expect(log.filter((row) => row[1] === 'Upcoming')).toHaveLength(6);
  });

  it('the running total of a whole-window total ends at the total so far', () => {
    const revenue = evaluation.goals.find((g) => g.goalId === 'g-revenue')!;
    const series = goalSeries(revenue, evaluation.policy.workingDays, evaluation.evidence.calendar);
    expect(series.runningTotal).toBe(true);
    // deals in weeks 3 and 6 (Jan 23 and Feb 13): $12,000 each
    expect(series.periods.map((p) => p.runningTotal)).toEqual([0, 0, 1_200_000, 1_200_000, 1_200_000, 2_400_000]);
    expect(series.points[0]).toEqual({ x: '2026-01-05', y: 0 });
    expect(series.points.at(-1)).toEqual({ x: '2026-02-20', y: revenue.observed });
    expect(revenue.observed).toBe(2_400_000);
  });
});

describe('goalSeries: a window that starts mid-week', () => {
  it('takes the cut first week back to its own total (the evaluator scales it up to a full week)', () => {
    const input = fixtureInput();
    const goals = input.goals!.map((g) => (g.id === 'g-revenue' ? { ...g, window: { start: '2026-01-07', end: '2026-02-06' } } : g));
    const plan = planOf({ ...input, goals } as PlanInput);
    const observations = [
      { metricId: 'm-won-revenue', date: '2026-01-07', value: 100_000 },
      { metricId: 'm-won-revenue', date: '2026-01-08', value: 50_000 },
      { metricId: 'm-won-revenue', date: '2026-01-14', value: 200_000 },
    ];
    const evaluation = evaluatePlan(plan, observations, { asOf: '2026-01-20' });
    const revenue = evaluation.goals.find((g) => g.goalId === 'g-revenue')!;
    // Wednesday to Sunday holds 3 of the week's 5 working days: the evaluator reads a pace of $2,500
    expect(revenue.periods[0]).toMatchObject({ start: '2026-01-07', end: '2026-01-11', value: 250_000 });
    const series = goalSeries(revenue, evaluation.policy.workingDays);
    expect(series.periods.map((p) => p.value)).toEqual([150_000, 200_000]);
    expect(series.periods.map((p) => p.runningTotal)).toEqual([150_000, 350_000]);
    expect(series.points.at(-1)).toEqual({ x: '2026-01-20', y: 350_000 });
  });

  it('levels and per-period goals chart each period\'s own value at its last day', () => {
    const { evaluation } = evaluated('2026-02-20');
    const calls = evaluation.goals.find((g) => g.goalId === 'g-calls')!;
    const series = goalSeries(calls, evaluation.policy.workingDays);
    expect(series.runningTotal).toBe(false);
    expect(series.points).toEqual(calls.periods.map((p) => ({ x: p.end, y: p.value ?? undefined })));
  });
});

describe('renderEvaluation: options', () => {
  const { plan, evaluation, summary } = evaluated('2026-02-20');

  it('the summary alone: the overview chart and every table, no per-goal chart', () => {
    const html = renderEvaluation(summary, { format: 'html' });
    expect([...charts(html).keys()]).toEqual(['overview']);
    expect(sectionIds(html)).toEqual([...EVALUATION_SECTION_IDS]);
    const md = renderEvaluation(summary, { format: 'markdown' });
    expect(md).not.toMatch(/^Value of each week/m);
    expect(md).toContain('| Goal | Baseline | Target | Observed | Attainment | Periods at target | Status | Trend |');
  });

  it('terminology, date format and locale', () => {
    const md = renderEvaluation(summary, { format: 'markdown', terminology: 'Growth Plan', dateFormat: 'd MMMM yyyy', locale: de });
    expect(md.split('\n')[0]).toBe('# Growth Plan evaluation: Jordan Reyes');
    expect(md).not.toContain('Performance Improvement Plan');
    expect(md).toContain('- **Dates:** 5 Januar 2026 to 4 April 2026');
  });

  it('money follows the number locale and the metric currency', () => {
    const md = renderEvaluation(summary, { format: 'markdown', numberLocale: 'de-DE', plan, evaluation });
    expect(md).toContain('28.000\u00a0$');
  });

  it('metadata only when asked, without private fields in the employee copy', () => {
    const options = { format: 'markdown', plan, includeMetadata: true, privateMetadata: [['costCenter']] } as const;
    expect(renderEvaluation(summary, { format: 'markdown', plan })).not.toContain('CASE-20931');
    const employee = renderEvaluation(summary, { ...options, audience: 'employee' });
    expect(employee).toContain('- **hrisCaseId:** CASE-20931');
    expect(employee).not.toContain('MM-West');
    expect(renderEvaluation(summary, { ...options, audience: 'hr' })).toContain('- **costCenter:** MM-West');
  });

  it('the manager\'s private notes: in the manager\'s and HR\'s copies only', () => {
    for (const format of FORMATS) {
      expect(renderEvaluation(summary, { format, plan, audience: 'employee' })).not.toContain(PRIVATE_CHECK_IN_NOTE);
      expect(renderEvaluation(summary, { format, plan })).not.toContain(PRIVATE_CHECK_IN_NOTE);
      expect(renderEvaluation(summary, { format, plan, audience: 'manager' })).toContain(PRIVATE_CHECK_IN_NOTE);
      expect(renderEvaluation(summary, { format, plan, audience: 'hr' })).toContain(PRIVATE_CHECK_IN_NOTE);
    }
  });

  it('messages can be replaced', () => {
    const md = renderEvaluation(summary, {
      format: 'markdown',
      messages: { evaluation: { ...E, sections: { ...E.sections, recommendation: 'Proposed outcome' } } },
    });
    expect(md).toContain('## Proposed outcome');
  });

  it('an evaluation or plan of another plan or date is a programming error', () => {
    const other = evaluated('2026-03-02');
    expect(() => renderEvaluation(summary, { format: 'html', evaluation: other.evaluation })).toThrow(RangeError);
    const renamed = planOf({ ...evaluatedPlanInput(), id: 'pip-other' });
    expect(() => renderEvaluation(summary, { format: 'html', plan: renamed })).toThrow(RangeError);
  });

  it('is byte-identical in every host time zone', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const before = process.env['TZ'];
    try {
      const outputs = zones.map((zone) => {
        process.env['TZ'] = zone;
        return FORMATS.map((format) => renderEvaluation(summary, { format, plan, evaluation, audience: 'manager' })).join('\n');
      });
      for (const output of outputs) expect(output).toBe(outputs[0]);
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('never mutates its inputs (the summary, the evaluation, the plan or the options)', () => {
    const snapshot = [JSON.stringify(summary), JSON.stringify(evaluation), JSON.stringify(plan)];
    const options = { format: 'html', audience: 'manager', includeMetadata: true, privateMetadata: [['costCenter']] } as const;
    const optionsSnapshot = JSON.stringify(options);
    // thawed copies, so that a write would succeed and show
    const thawed = JSON.parse(snapshot[0]!) as EvaluationSummary;
    renderEvaluation(thawed, { ...options, plan, evaluation });
    renderEvaluation(summary, { ...options, format: 'markdown', plan, evaluation });
    expect(JSON.stringify(thawed)).toBe(snapshot[0]);
    expect([JSON.stringify(summary), JSON.stringify(evaluation), JSON.stringify(plan)]).toEqual(snapshot);
    expect(JSON.stringify(options)).toBe(optionsSnapshot);
  });

  it('types: the options are renderPlan\'s without asOf, plus the plan and the evaluation', () => {
    expectTypeOf<EvaluationRenderOptions>().toHaveProperty('plan');
    expectTypeOf<EvaluationRenderOptions>().toHaveProperty('evaluation');
    expectTypeOf<EvaluationRenderOptions>().not.toHaveProperty('asOf');
    expectTypeOf<Omit<RenderOptions, 'asOf'>>().toExtend<EvaluationRenderOptions>();
    expectTypeOf(renderEvaluation).returns.toEqualTypeOf<string>();
    // the plan renderer still takes an as-of date
    expectTypeOf(renderPlan).parameter(1).toHaveProperty('asOf');
  });
});

describe('renderEvaluation: a plan with data problems', () => {
  it('lists the evaluation issues under "About the data"', () => {
    const plan = planOf(evaluatedPlanInput());
    const evaluation = evaluatePlan(plan, [{ metricId: 'm-unknown', date: '2026-01-09', value: 3 }], { asOf: '2026-01-20' });
    const md = renderEvaluation(summarizeEvaluation(evaluation), { format: 'markdown', plan, evaluation });
    expect(md).toContain(`## ${E.sections.data}`);
    // the "." before a letter is escaped, so that no reader makes a link of a dotted name
    expect(md).toContain('observation\\_unknown\\_metric at feed.0\\.metricId');
  });
});
