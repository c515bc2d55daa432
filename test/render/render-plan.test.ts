import { de } from 'date-fns/locale/de';
import { describe, expect, it, vi } from 'vitest';
import { parsePlan, type Plan, type PlanInput } from '../../src/index.js';
import { PLAN_SECTION_IDS, RENDER_MESSAGES_EN, renderPlan, type RenderFormat } from '../../src/render/index.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { EMPLOYEE_COMMENT, PRIVATE_TEXT, livedPlan, livedPlanInput } from './lived-plan.js';

function plan(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

const FORMATS: readonly RenderFormat[] = ['markdown', 'html'];
const fixtures = PLAN_FIXTURES.map((name) => [name, plan(readFixture(name))] as const);
const [ninetyDay, thirtyDay] = [fixtures[0]![1], fixtures[1]![1]];

/** The titles of the sections, in order, as they appear in a rendering. */
function sectionTitles(output: string, format: RenderFormat): string[] {
  if (format === 'markdown') return [...output.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
  return [...output.matchAll(/<section class="ip-section" id="ip-([a-z]+)" data-section="\1"><h2>([^<]+)<\/h2>/g)].map((m) => m[2] ?? '');
}

describe('renderPlan: the standard template', () => {
  for (const [name, fixture] of fixtures) {
    for (const format of FORMATS) {
      it(`${name} as ${format}: every section of the template, in order`, () => {
        const output = renderPlan(fixture, { format });
        const expected = PLAN_SECTION_IDS.map((id) => RENDER_MESSAGES_EN.sections[id]);
        expect(sectionTitles(output, format)).toEqual(expected);
        expect(output).toContain(fixture.employee.name);
        for (const goal of fixture.goals) expect(output).toContain(format === 'html' ? goal.title.replace(/'/g, '&#39;') : goal.title);
      });
    }
  }

  it('an empty plan still shows every section, saying what is missing', () => {
    const bare = plan({
      schemaVersion: 1,
      id: 'p-1',
      employee: { id: 'e-1', name: 'Sam Okafor', role: 'SDR' },
      manager: { id: 'm-1', name: 'Dana Whitfield' },
      createdOn: '2026-01-01',
      startDate: '2026-01-05',
      durationDays: 30,
    });
    for (const format of FORMATS) {
      const output = renderPlan(bare, { format });
      expect(sectionTitles(output, format)).toHaveLength(PLAN_SECTION_IDS.length);
      for (const text of [RENDER_MESSAGES_EN.empty.diagnostic, RENDER_MESSAGES_EN.empty.gaps, RENDER_MESSAGES_EN.empty.goals, RENDER_MESSAGES_EN.empty.support, RENDER_MESSAGES_EN.empty.checkInSchedule, RENDER_MESSAGES_EN.empty.outcome]) {
        expect(output).toContain(text);
      }
    }
  });

  it('writes the basics with the end date counting the start day, and the gaps with figures', () => {
    const md = renderPlan(ninetyDay, { format: 'markdown' });
    expect(md).toContain('- **Start:** Jan 5, 2026');
    expect(md).toContain('- **End:** Apr 4, 2026');
    expect(md).toContain('- **Duration:** 90 days');
    // call-to-meeting conversion 5% against a team average of 15%: ten points short
    expect(md).toContain('| Call-to-meeting conversion _(behavior)_ | 5% | 15% _(team average)_ | **short by 10 pts** |');
    // money in minor units: 2,800,000 cents is $28,000
    expect(md).toContain('| $28,000 | $75,000 _(quota)_ | **short by $47,000** |');
    expect(md).toContain('2 (Developing)');
  });

  it('writes goals as a table with baseline, target, basis, window, weight', () => {
    const md = renderPlan(ninetyDay, { format: 'markdown' });
    expect(md).toContain('| Goal | Category | Metric | Baseline | Target | Window | Weight | Required |');
    expect(md).toContain('| **Make 40 outbound calls per week** | Activity | Outbound calls | 25 | at least 40 per week | Jan 5, 2026 to Apr 4, 2026 | 15% | No |');
  });

  it('says how each metric is measured and what each rubric level looks like, the standard marked', () => {
    const md = renderPlan(ninetyDay, { format: 'markdown' });
    expect(md).toContain('- **Outbound calls** _(activity)_: Dialer');
    expect(md).toContain('| 3 | **Proficient** _(the standard)_ | Uncovers pain and impact before presenting; asks for the next meeting. |');
  });

  it('writes the three phases scaled to the plan and the check-in dates', () => {
    const md90 = renderPlan(ninetyDay, { format: 'markdown' });
    expect(md90).toContain('| **Diagnose and develop** | Days 1-30 | Jan 5, 2026 to Feb 3, 2026 |');
    expect(md90).toContain('| **Practise and apply** | Days 31-60 | Feb 4, 2026 to Mar 5, 2026 |');
    expect(md90).toContain('| **Measure and evaluate** | Days 61-90 | Mar 6, 2026 to Apr 4, 2026 |');
    expect(md90).toMatch(/\| 1 \| Jan 5, 2026 \| Scheduled \|/);
    const md30 = renderPlan(thirtyDay, { format: 'markdown' });
    expect(md30).toContain('Days 1-10');
    expect(md30).toContain('Days 21-30');
  });

  it('reads statuses at asOf when given', () => {
    const md = renderPlan(livedPlan(), { format: 'markdown', asOf: '2026-02-02' });
    expect(md).toMatch(/\| 1 \| Jan 5, 2026 \| Held \|/);
    expect(md).toMatch(/\| 2 \| Jan 12, 2026 \| Held \|/);
    expect(md).toMatch(/\| 4 \| Jan 26, 2026 \| Missed \|/);
    expect(md).toMatch(/\| 5 \| Feb 2, 2026 \| Due \|/);
    expect(md).toContain('Statuses as of Feb 2, 2026.');
    expect(md).toContain('**Weekly 45-minute call review with Dana**: 1 of 13 sessions delivered, 1 missed');
  });

  it('shows the signature block: acknowledgement, not agreement, with the employee comment', () => {
    for (const format of FORMATS) {
      for (const audience of ['employee', 'manager', 'hr'] as const) {
        const output = renderPlan(livedPlan(), { format, audience });
        expect(output).toContain('it does not mean agreement');
        expect(output).toContain(format === 'html' ? EMPLOYEE_COMMENT.replace(/'/g, '&#39;') : EMPLOYEE_COMMENT);
      }
    }
    const draft = renderPlan(ninetyDay, { format: 'markdown' });
    expect(draft).toContain('| **Manager** | Dana Whitfield | _Not signed_ |');
    expect(draft).toContain('| **Employee** | Jordan Reyes | _Not signed_ |');
  });

  it('keeps private notes out of the employee copy and in the manager and HR copies', () => {
    for (const format of FORMATS) {
      const employee = renderPlan(livedPlan(), { format, audience: 'employee' });
      expect(employee).not.toContain(PRIVATE_TEXT.checkIn.slice(0, 30));
      expect(employee).not.toContain(PRIVATE_TEXT.review.slice(0, 30));
      for (const audience of ['manager', 'hr'] as const) {
        const copy = renderPlan(livedPlan(), { format, audience });
        expect(copy).toContain(PRIVATE_TEXT.checkIn.slice(0, 30));
        expect(copy).toContain(PRIVATE_TEXT.review.slice(0, 30));
      }
    }
  });

  it('defaults to the employee copy', () => {
    expect(renderPlan(livedPlan(), { format: 'markdown' })).toBe(renderPlan(livedPlan(), { format: 'markdown', audience: 'employee' }));
  });
});

describe('renderPlan: options', () => {
  const untitled = (): Plan => {
    const input = { ...(readFixture('plan-90-day-conversion.json') as PlanInput) };
    delete input.title;
    return plan(input);
  };

  it('terminology: the default name, the plan title, and the option over both', () => {
    const md = renderPlan(untitled(), { format: 'markdown' });
    expect(md.split('\n')[0]).toBe('# Performance Improvement Plan: Jordan Reyes');
    const titled = thirtyDay; // "Growth Plan"
    expect(renderPlan(titled, { format: 'markdown' }).split('\n')[0]).toBe(`# Growth Plan: ${titled.employee.name}`);
    for (const format of FORMATS) {
      const named = renderPlan(ninetyDay, { format, terminology: 'Success Plan' });
      expect(named).toContain('Success Plan');
      expect(named).not.toContain('Performance Improvement Plan');
      expect(named).toContain('this Success Plan; it does not mean agreement');
    }
  });

  it('date format and locale (date-fns), in UTC whatever the host zone', () => {
    const md = renderPlan(ninetyDay, { format: 'markdown', dateFormat: 'd MMMM yyyy', locale: de });
    expect(md).toContain('- **Start:** 5 Januar 2026');
    expect(md).toContain('- **End:** 4 April 2026');
    const iso = renderPlan(ninetyDay, { format: 'markdown', dateFormat: 'yyyy-MM-dd' });
    expect(iso).toContain('- **Date initiated:** 2025-12-29');
  });

  it('refuses week-year and day-of-year tokens itself, before date-fns would write to the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const [dateFormat, meant] of [['YYYY-MM-dd', 'write yyyy'], ['d MMM Y', 'write y'], ['yyyy-MM-DD', 'write d or dd'], ['D.M.yyyy', 'write d or dd']] as const) {
        for (const format of FORMATS) expect(() => renderPlan(ninetyDay, { format, dateFormat }), dateFormat).toThrow(new RegExp(`dateFormat "${dateFormat}": .*${meant}`));
      }
      expect(warn).not.toHaveBeenCalled();
      // Quoted letters are text, not tokens.
      expect(renderPlan(ninetyDay, { format: 'markdown', dateFormat: "'Day' d 'of Year' yyyy" })).toContain('Day 5 of Year 2026');
    } finally {
      warn.mockRestore();
    }
  });

  it('numbers and money follow the number locale; the metric currency and its minor units are used', () => {
    const input = readFixture('plan-90-day-conversion.json') as PlanInput;
    const euro = plan({ ...input, metrics: input.metrics?.map((m) => (m.currency ? { ...m, currency: 'EUR' } : m)) });
    const md = renderPlan(euro, { format: 'markdown', numberLocale: 'de-DE' });
    expect(md).toContain('28.000\u00a0€');
    const yen = plan({
      ...input,
      metrics: input.metrics?.map((m) => (m.currency ? { ...m, currency: 'JPY' } : m)),
      gaps: input.gaps?.map((g) => (g.id === 'gap-revenue' ? { ...g, current: 2_800_000, standard: 7_500_000 } : g)),
    });
    // JPY has no minor unit: 2,800,000 minor units are ¥2,800,000
    expect(renderPlan(yen, { format: 'markdown' })).toContain('¥2,800,000');
    const cents = plan({ ...input, gaps: input.gaps?.map((g) => (g.id === 'gap-revenue' ? { ...g, current: 2_800_050 } : g)) });
    expect(renderPlan(cents, { format: 'markdown' })).toContain('$28,000.50');
    expect(renderPlan(ninetyDay, { format: 'markdown', currencyDisplay: 'code' })).toMatch(/USD\s28,000/);
  });

  it('metadata is not rendered by default; when asked, private fields stay out of the employee copy', () => {
    const lived = livedPlan();
    const def = renderPlan(lived, { format: 'markdown', audience: 'hr' });
    expect(def).not.toContain('CASE-20931');
    expect(def).not.toContain(RENDER_MESSAGES_EN.sections.reference);
    const options = { format: 'markdown', includeMetadata: true, privateMetadata: [['costCenter'], ['tags']] } as const;
    const employee = renderPlan(lived, { ...options, audience: 'employee' });
    expect(employee).toContain('- **hrisCaseId:** CASE-20931');
    expect(employee).not.toContain('MM-West');
    expect(employee).not.toContain('q1-2026');
    const manager = renderPlan(lived, { ...options, audience: 'manager' });
    expect(manager).toContain('- **costCenter:** MM-West');
    expect(manager).toContain('q1-2026');
  });

  it('messages can be replaced (house style, translation)', () => {
    const md = renderPlan(ninetyDay, {
      format: 'markdown',
      messages: { sections: { ...RENDER_MESSAGES_EN.sections, goals: 'Objectives' } },
    });
    expect(md).toContain('## Objectives');
  });

  it('is byte-identical in every host time zone', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const before = process.env['TZ'];
    try {
      const outputs = zones.map((zone) => {
        process.env['TZ'] = zone;
        return FORMATS.map((format) => renderPlan(livedPlan(), { format, audience: 'manager', asOf: '2026-02-02' })).join('\n');
      });
      for (const output of outputs) expect(output).toBe(outputs[0]);
      // Kiritimati skipped 31 December 1994 locally; a calendar date still renders as itself
      process.env['TZ'] = 'Pacific/Kiritimati';
      const input = { ...(readFixture('plan-30-day-activity.json') as PlanInput), createdOn: '1994-12-31' };
      expect(renderPlan(plan(input), { format: 'markdown', dateFormat: 'yyyy-MM-dd' })).toContain('1994-12-31');
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('never mutates its inputs', () => {
    const input = livedPlanInput();
    const snapshot = JSON.stringify(input);
    const parsed = plan(input);
    const options = { format: 'html', audience: 'manager', privateMetadata: [['costCenter']], includeMetadata: true } as const;
    const optionsSnapshot = JSON.stringify(options);
    renderPlan(parsed, options);
    renderPlan(parsed, { ...options, format: 'markdown' });
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(JSON.stringify(options)).toBe(optionsSnapshot);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(plan(livedPlanInput())));
  });
});
