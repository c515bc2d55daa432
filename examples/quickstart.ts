/**
 * Quickstart: make a plan for one rep from a role template, store and parse it as a host
 * system would, check it for pitfalls, and print it as Markdown.
 *
 * Run with `npx tsx examples/quickstart.ts` (the Markdown goes to stdout, the checks to stderr).
 */
import { pathToFileURL } from 'node:url';
import {
  ACCOUNT_EXECUTIVE_TEMPLATE,
  lintPlan,
  parsePlanJson,
  planFromTemplate,
  renderPlan,
  serializePlan,
  type LintFinding,
  type Plan,
} from '../src/index.js';

/** What the quickstart produces. */
export interface Quickstart {
  readonly plan: Plan;
  readonly findings: readonly LintFinding[];
  readonly markdown: string;
}

/** Build, store, parse, lint and render one plan. Returns problems as text instead of throwing. */
export function quickstart(): Quickstart | { readonly problems: readonly string[] } {
  // 1. A plan for Mei from the Account Executive template: her current figures become the
  //    baselines, and every figure short of the role's standard becomes a gap.
  const made = planFromTemplate(
    ACCOUNT_EXECUTIVE_TEMPLATE,
    {
      employee: { id: 'emp-2231', name: 'Mei Tanaka', team: 'Mid-Market East', roleStartDate: '2024-06-03' },
      current: {
        'm-new-business': 3_100_000, // $31,000 closed last quarter (money is in cents)
        'm-quota': 0.41, // 41% of quota
        'm-demos': 3, // demos per week
        'm-assessment': 0.72, // 72% on the product assessment
        'm-crm-hygiene': 58, // hours to log next steps
      },
      evidence: {
        'm-new-business': ['CRM closed-won report, Q4: $31,000 against a $75,000 quota'],
        'm-quota': ['Quota attainment 41% in Q4 and 44% in Q3'],
        'm-demos': ['CRM meetings report: 3 demos a week on average since October'],
        'm-assessment': ['Product assessment, January: 72%'],
        'm-crm-hygiene': ['CRM audit: next steps logged 58 hours after calls on average'],
      },
      diagnostic: {
        strengths: ['Customers like working with her; strong renewals of her own accounts'],
        struggles: ['Running a demo that follows the buyer, not the script'],
        notDoing: ['Logging next steps after calls'],
        doingWrong: ['Discounting early instead of qualifying'],
        systemFactors: [],
        rootCause: 'skill',
      },
      priorCoaching: [
        { date: '2026-01-20', by: 'mgr-ola', notes: 'Reviewed Q4 numbers and agreed two demo rehearsals.' },
        { date: '2026-02-10', by: 'mgr-ola', notes: 'Rehearsals helped, numbers unchanged; discussed a plan with support.' },
      ],
    },
    {
      manager: { id: 'mgr-ola', name: 'Ola Nordmann', title: 'Sales Manager, Mid-Market East' },
      hrPartner: { id: 'hr-sam', name: 'Sam Rivera', title: 'HR Business Partner' },
      startDate: '2026-03-02',
      createdOn: '2026-02-23',
    },
  );
  if (!made.ok) return { problems: made.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };

  // 2. Store it as JSON and read it back, as the host system would.
  const stored = serializePlan(made.plan);
  const parsed = parsePlanJson(stored);
  if (!parsed.ok) return { problems: parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };

  // 3. Check it for the pitfalls that make plans unfair or unworkable, then render it.
  const findings = lintPlan(parsed.plan);
  const markdown = renderPlan(parsed.plan, { format: 'markdown', audience: 'employee', terminology: 'Growth Plan' });
  return { plan: parsed.plan, findings, markdown };
}

function main(): number {
  const result = quickstart();
  if ('problems' in result) {
    for (const problem of result.problems) process.stderr.write(`${problem}\n`);
    return 1;
  }
  for (const f of result.findings) process.stderr.write(`${f.severity} ${f.code} at ${f.path.join('.')}: ${f.message}\n`);
  process.stderr.write(`${result.plan.id}: ${result.plan.goals.length} goals, ${result.plan.gaps.length} gaps, ${result.findings.filter((f) => f.severity === 'error').length} lint errors\n`);
  process.stdout.write(result.markdown);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
