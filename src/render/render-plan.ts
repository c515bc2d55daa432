import type { Plan } from '../schema/types.js';
import { resolveRenderOptions, type RenderOptions } from './options.js';
import { planDocument } from './plan-document.js';
import { writeDocument } from './write.js';

/**
 * Render a plan as a document people read: Markdown or a self-contained HTML page with every
 * section of the standard template (basics and purpose, diagnostic, gaps with figures, goals,
 * development plan, support, timeline with phases and check-in dates, success criteria and
 * consequences, HR review and the signature block). Pure: the same plan and options give the
 * same text in every time zone.
 *
 * The copy is for `options.audience` (default `employee`): the employee's copy never contains
 * the manager's private check-in notes, HR's review notes, or metadata the host marks private.
 *
 * @throws RangeError only for invalid options: a `dateFormat` that is empty, that date-fns
 * rejects or that holds a `Y…`/`D…` token (week-numbering year, day of the year), or a
 * `numberLocale` Intl rejects, or a `holidays` entry that is not a calendar date.
 *
 * @example
 * ```ts
 * const md = renderPlan(plan, { format: 'markdown', terminology: 'Growth Plan' });
 * md.split('\n')[0]; // => "# Growth Plan: Jordan Reyes"
 * const html = renderPlan(plan, { format: 'html', audience: 'manager', asOf: '2026-02-02' });
 * html.startsWith('<!doctype html>'); // => true
 * // The host's holidays move check-ins as the evaluation counts them: 2 March moves to 5 March.
 * renderPlan(plan, { format: 'markdown', asOf: '2026-03-05', holidays: ['2026-03-02', '2026-03-03', '2026-03-04'] }).includes('Mar 5, 2026 | Due'); // => true
 * ```
 */
export function renderPlan(plan: Plan, options: RenderOptions): string {
  const resolved = resolveRenderOptions(options, plan.title);
  const doc = planDocument(plan, resolved);
  return writeDocument(doc, resolved);
}
