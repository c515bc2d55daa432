/**
 * Render blow-ups (issue 13, finding 8): how long escaping and rendering take on inputs built to
 * make a backtracking regular expression or a quadratic string pass show itself. Not a test and
 * not part of `npm test`: it prints timings, to be compared before and after a change.
 *
 *   npx tsx test/bench/render-blowups.ts            # every case
 *   npx tsx test/bench/render-blowups.ts --quick    # the escapeMarkdown case and the 1 MB plan only
 *
 * The cases:
 * - `escapeMarkdown('a' + ' '.repeat(100_000) + 'b')`;
 * - a valid plan of about 1 MB (the 90-day fixture with 50 prior-coaching notes, each a 20,000
 *   character field, the schema's longest, made of a long run of spaces between two words),
 *   rendered to Markdown and to HTML;
 * - the same plan with a whitespace run in every other free-text field too (purpose, diagnostic
 *   answers, gap evidence, goal descriptions, development, support, outcomes, metadata shown
 *   with `includeMetadata`), and runs mixing spaces, tabs, newlines and carriage returns.
 *
 * Each figure is the median of a few runs (one run for anything over 5 s, so the unfixed code
 * does not take all afternoon).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePlan, type PlanInput } from '../../src/index.js';
import { escapeHtml, escapeMarkdown, renderPlan } from '../../src/render/index.js';
import { FIXTURES } from '../support/fixtures.js';

const FIELD = 20_000;
const quick = process.argv.includes('--quick');

/** A field of `FIELD` characters: a word, a long run of `space`, a word. */
function spaced(space: string, label: string): string {
  const run = space.repeat(Math.ceil(FIELD / space.length)).slice(0, FIELD - label.length - 2);
  return `${label} ${run}x`;
}

function basePlan(): PlanInput {
  return JSON.parse(readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8')) as PlanInput;
}

/** About 1 MB: 50 prior-coaching notes of 20,000 characters. */
function coachingPlan(space = ' '): PlanInput {
  const input = basePlan();
  return {
    ...input,
    priorCoaching: Array.from({ length: 50 }, (_, i) => ({
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      by: input.manager.id,
      topic: spaced(space, `topic${i}`).slice(0, 200),
      notes: spaced(space, `note${i}`),
    })),
  };
}

/** The 1 MB plan with a whitespace run in every other free-text field as well. */
function everyFieldPlan(space = ' '): PlanInput {
  const input = coachingPlan(space);
  const s = (label: string) => spaced(space, label);
  const d = input.diagnostic;
  return {
    ...input,
    purpose: s('purpose'),
    ...(d
      ? {
          diagnostic: {
            ...d,
            rootCauseNotes: s('root'),
            strengths: d.strengths.map((_, i) => s(`strength${i}`)),
            struggles: d.struggles.map((_, i) => s(`struggle${i}`)),
            notDoing: d.notDoing.map((_, i) => s(`notDoing${i}`)),
            doingWrong: d.doingWrong.map((_, i) => s(`doingWrong${i}`)),
            systemFactors: d.systemFactors.map((f, i) => ({ ...f, description: s(`factor${i}`), mitigation: s(`mitigation${i}`) })),
          },
        }
      : {}),
    metrics: input.metrics?.map((m, i) => ({ ...m, description: s(`metric${i}`), source: s(`source${i}`) })),
    gaps: input.gaps?.map((g, i) => ({ ...g, description: s(`gap${i}`), evidence: [s(`evidence${i}a`), s(`evidence${i}b`)] })),
    goals: input.goals?.map((g, i) => ({ ...g, description: s(`goal${i}`) })),
    development: input.development?.map((e, i) => ({ ...e, practice: s(`practice${i}`), feedback: s(`feedback${i}`) })),
    support: input.support?.map((c, i) => ({ ...c, description: s(`support${i}`).slice(0, 2_000) })),
    ...(input.outcomes ? { outcomes: { ...input.outcomes, success: s('success'), ifNotMet: s('ifNotMet'), ifSuccessful: s('ifSuccessful') } } : {}),
    metadata: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`field${i}`, s(`meta${i}`)])),
  };
}

/** Parse the plan; a field over its size bound (a label: 300 characters) is cut to the bound first. */
function parsed(input: PlanInput) {
  const document = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const result = parsePlan(document);
    if (result.ok) return { plan: result.plan, bytes: JSON.stringify(document).length };
    const tooBig = result.issues.filter((issue) => issue.code === 'too_big' && /limit is (\d+) characters/.test(issue.message));
    if (tooBig.length === 0) throw new Error(`the bench plan does not parse: ${JSON.stringify(result.issues.slice(0, 3))}`);
    for (const issue of tooBig) {
      const limit = Number(/limit is (\d+) characters/.exec(issue.message)?.[1]);
      const parent = issue.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], document) as Record<PropertyKey, unknown>;
      const key = issue.path[issue.path.length - 1] as PropertyKey;
      const value = parent[key] as string;
      parent[key] = `${value.slice(0, limit - 1)}x`;
    }
  }
  throw new Error('the bench plan does not parse');
}

function time(label: string, run: () => string): void {
  const runs: number[] = [];
  let size = 0;
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    size = run().length;
    const ms = performance.now() - start;
    runs.push(ms);
    if (ms > 5_000) break;
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor((runs.length - 1) / 2)] as number;
  console.log(`${label.padEnd(64)} ${median.toFixed(1).padStart(10)} ms  (${runs.length} run${runs.length === 1 ? '' : 's'}, output ${size.toLocaleString('en-US')} chars)`);
}

const long = `a${' '.repeat(100_000)}b`;
time("escapeMarkdown('a' + ' ' x 100,000 + 'b')", () => escapeMarkdown(long));
time("escapeHtml('a' + ' ' x 100,000 + 'b')", () => escapeHtml(long));

const cases: [string, PlanInput][] = [['1 MB plan (50 notes with 20,000-char space runs)', coachingPlan()]];
if (!quick) {
  cases.push(['every text field with a space run', everyFieldPlan()]);
  cases.push(['every text field, runs of " \\t\\r\\n"', everyFieldPlan(' \t\r\n')]);
  cases.push(['every text field, runs of "\\n \\n"', everyFieldPlan('\n \n')]);
}
for (const [name, input] of cases) {
  const { plan, bytes } = parsed(input);
  const options = { includeMetadata: true, audience: 'hr', asOf: '2026-02-02' } as const;
  time(`${name}, ${(bytes / 1e6).toFixed(2)} MB: Markdown`, () => renderPlan(plan, { ...options, format: 'markdown' }));
  time(`${name}, ${(bytes / 1e6).toFixed(2)} MB: HTML`, () => renderPlan(plan, { ...options, format: 'html' }));
}
