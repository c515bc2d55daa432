/**
 * The whole story of one plan, on the realistic 90-day fixture (Jordan Reyes, Account Executive):
 * a draft with a real pitfall and its lint findings, the fix, HR review (changes requested, then
 * approved), acknowledgements (the employee adds a comment), activation, thirteen weeks of
 * check-ins, support sessions and CRM observations driven through `transition`, a provisional
 * evaluation mid-way, the final evaluation and recommendation, the close, and the reports
 * (plan and evaluation, for the employee and for HR) written to a folder.
 *
 * Deterministic: the weekly figures come from a seeded generator, every date is given, no clock.
 *
 * Run with `npm run demo` (reports in `demo-output/`) or `npx tsx examples/demo.ts <folder>`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkInSlots,
  evaluatePlan,
  lintPlan,
  parsePlanJson,
  planEndDate,
  RENDER_MESSAGES_EN,
  renderEvaluation,
  renderPlan,
  serializePlan,
  shiftDate,
  summarizeEvaluation,
  supportSessions,
  transition,
  type Actor,
  type EvaluationSummary,
  type Observation,
  type Plan,
  type PlanCommand,
  type PlanEvaluation,
  type TransitionAccepted,
  closeBasis,
  recommendOutcome,
} from '../src/index.js';
import { ar } from '../src/locales/ar/index.js';
import { de } from '../src/locales/de/index.js';

const FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'plan-90-day-conversion.json');

const MANAGER: Actor = { id: 'mgr-dana', role: 'manager' };
const HR: Actor = { id: 'hr-priya', role: 'hr' };
const EMPLOYEE: Actor = { id: 'emp-1042', role: 'employee' };
const NIGHTLY_JOB: Actor = { id: 'nightly-job', role: 'system' };

/** The employee's comment with the acknowledgement: a signature is not agreement. */
export const EMPLOYEE_COMMENT = 'I understand the plan. I do not agree that lead quality was on me, and I want the lead-routing fix in place.';

/** What the demo produces: the lines it prints, the reports it writes, and the plan's life. */
export interface DemoStory {
  readonly lines: readonly string[];
  /** File name to content. */
  readonly reports: Readonly<Record<string, string>>;
  /** The plan as drafted, with the pitfall. */
  readonly draft: Plan;
  /** The plan at the end: closed, with its whole event log. */
  readonly plan: Plan;
  readonly midway: EvaluationSummary;
  readonly final: EvaluationSummary;
  readonly observations: readonly Observation[];
}

/** A small seeded generator (mulberry32): the same figures on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * What the CRM and the dialer report each Friday of week `w` (0 to 12): calls rise from the mid
 * twenties to the mid forties, conversion from 5% to about 14% in the last month, the discovery
 * score reaches Proficient in week 5, and five deals close.
 */
export function weeklyObservations(start: string, weeks = 13, seed = 2026): Observation[] {
  const random = seeded(seed);
  const noise = (spread: number) => Math.round((random() * 2 - 1) * spread);
  const deals: Readonly<Record<number, number>> = { 3: 950_000, 6: 780_000, 8: 1_120_000, 10: 990_000, 12: 860_000 };
  const discovery: Readonly<Record<number, number>> = { 1: 2, 3: 2, 5: 3, 7: 3, 9: 3, 11: 3 };
  const out: Observation[] = [];
  for (let w = 0; w < weeks; w += 1) {
    const friday = shiftDate(start, 7 * w + 4);
    const calls = Math.min(48, 27 + Math.round(1.9 * w) + noise(2));
    const connected = 100 + noise(8);
    const rate = 0.05 + 0.095 * (1 - Math.exp(-w / 3.2));
    const meetings = Math.round(connected * rate) + noise(1);
    out.push({ metricId: 'm-calls', date: friday, value: calls, source: 'Dialer' });
    out.push({ metricId: 'm-call-meeting', date: friday, numerator: meetings, denominator: connected, source: 'Dialer and CRM activity report' });
    if (discovery[w] !== undefined) out.push({ metricId: 'm-discovery', date: friday, value: discovery[w] as number, source: "Manager's call review" });
    if (deals[w] !== undefined) out.push({ metricId: 'm-won-revenue', date: friday, value: deals[w] as number, source: 'CRM closed-won report' });
  }
  return out;
}

/** Apply a command that must be accepted (the demo's script knows the plan's state). */
function run(plan: Plan, command: PlanCommand, actor: Actor, asOf: string): TransitionAccepted {
  const result = transition(plan, command, { asOf, actor });
  if (!result.ok) throw new Error(`${command.type} on ${asOf} was refused: ${result.rejection.code}: ${result.rejection.message}`);
  return result;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const pct = (share: number | null) => (share === null ? '-' : `${Math.round(share * 1000) / 10}%`);

function goalLines(summary: EvaluationSummary): string[] {
  const status: Readonly<Record<string, string>> = { met: 'met', not_met: 'not met', on_track: 'on track', at_risk: 'at risk', off_track: 'off track', no_data: 'no data', not_started: 'not started' };
  return summary.goals.map((g) => `     ${(status[g.status] ?? g.status).padEnd(9)} ${g.title} (attainment ${pct(g.attainment)})`);
}

const OUTCOME: Readonly<Record<string, string>> = {
  successful: 'Successful completion',
  extend: 'Extend the plan',
  not_met: 'Not met',
  insufficient_evidence: 'Not enough evidence to decide',
};

/** Tell the story: every step through the library's public functions. Pure: no files, no clock. */
export function demoStory(): DemoStory {
  const lines: string[] = [];
  const say = (line = '') => lines.push(line);

  // 1. The draft: the manager forgot the company's side of the plan.
  const parsed = parsePlanJson(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error(`the fixture does not parse: ${parsed.issues[0]?.message}`);
  const complete = parsed.plan;
  const draftResult = parsePlanJson(JSON.stringify({ ...JSON.parse(serializePlan(complete)), support: [], development: [] }));
  if (!draftResult.ok) throw new Error(`the draft does not parse: ${draftResult.issues[0]?.message}`);
  const draft = draftResult.plan;
  say(`improvement-plan demo: ${draft.title ?? 'Performance Improvement Plan'} ${draft.id} for ${draft.employee.name} (${draft.employee.role}), ${draft.startDate} to ${planEndDate(draft)}`);
  say();
  const findings = lintPlan(draft);
  const errors = findings.filter((f) => f.severity === 'error');
  say(`1. Draft, 2025-12-29: lint finds ${count(errors.length, 'error')} and ${count(findings.length - errors.length, 'warning')}`);
  for (const f of findings.slice(0, 3)) say(`   ${f.severity} ${f.code} at ${f.path.join('.') || '(plan)'}: ${f.message}`);
  const refused = transition(draft, { type: 'submit_for_review' }, { asOf: '2025-12-29', actor: MANAGER });
  if (refused.ok) throw new Error('a draft with lint errors was accepted for review');
  say(`   submit_for_review is refused (${refused.rejection.code}): HR never sees a plan with errors`);
  let plan = run(draft, { type: 'edit_draft', changes: { support: complete.support, development: complete.development } }, MANAGER, '2025-12-29').plan;
  const after = lintPlan(plan);
  say(`   fix: ${plan.support.length} support commitments and the development plan added; lint: ${after.filter((f) => f.severity === 'error').length} errors, ${after.length} findings`);

  // 2. HR review: a neutral check for fairness; changes requested once, then approved.
  plan = run(plan, { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan;
  const reason = 'Say who runs the discovery workshop and when the lead-routing fix is live.';
  plan = run(plan, { type: 'request_changes', reason }, HR, '2025-12-30').plan;
  plan = run(plan, { type: 'edit_draft', changes: { purpose: `${complete.purpose ?? ''} The workshop is run by sales enablement on 14 January; the lead-routing fix is live by 9 January.` } }, MANAGER, '2025-12-30').plan;
  plan = run(plan, { type: 'submit_for_review' }, MANAGER, '2025-12-30').plan;
  plan = run(plan, { type: 'approve', notes: 'Consistent with the team standard; support is adequate.' }, HR, '2025-12-31').plan;
  say(`2. HR review: changes requested on 2025-12-30 ("${reason}"), approved on 2025-12-31`);

  // 3. Acknowledgements: receipt and understanding, not agreement.
  plan = run(plan, { type: 'acknowledge' }, MANAGER, '2026-01-02').plan;
  plan = run(plan, { type: 'acknowledge', comment: EMPLOYEE_COMMENT }, EMPLOYEE, '2026-01-05').plan;
  say(`3. Acknowledged by ${plan.manager.name} (2026-01-02) and ${plan.employee.name} (2026-01-05), with a comment: "${EMPLOYEE_COMMENT}"`);

  // 4. Activation on the start date.
  const activated = run(plan, { type: 'activate' }, HR, '2026-01-05');
  plan = activated.plan;
  say(`4. Active from ${plan.startDate}, phase "${plan.phase ? RENDER_MESSAGES_EN.phase[plan.phase] : ''}"; weekly check-ins on Mondays, moved off the holidays`);
  // every change of status is told to the people it concerns: the host delivers the notices
  for (const effect of activated.effects.filter((e) => e.kind === 'notice')) {
    say(`   notice to ${effect.to.map((r) => r.role).join(' and ')}: ${effect.message}`);
  }

  // 5. Thirteen weeks, day by day: check-ins, support sessions, the Friday CRM feed, the nightly job.
  const observations = weeklyObservations(plan.startDate);
  const byDay = new Map<string, Observation[]>();
  for (const o of observations) byDay.set(o.date, [...(byDay.get(o.date) ?? []), o]);
  const slots = checkInSlots(plan, { asOf: '2026-04-06' });
  const sessions = supportSessions(plan, { asOf: '2026-04-06' });
  const skipped = slots[6]?.date; // week 7: Dana is travelling; the nightly job records the missed check-in
  let missedByJob = 0;
  let midway: EvaluationSummary | undefined;
  let midwayEvaluation: PlanEvaluation | undefined;
  const midwayDate = shiftDate(plan.startDate, 44); // day 45
  for (let day = plan.startDate; day <= '2026-04-06'; day = shiftDate(day, 1)) {
    slots.forEach((slot, i) => {
      if (slot.date !== day || day === skipped) return;
      const w = i;
      const checkIn = {
        date: day,
        ...(slot.scheduledFor !== slot.date ? { scheduledFor: slot.scheduledFor } : {}),
        status: 'held' as const,
        attendees: [MANAGER.id, EMPLOYEE.id],
        notes: w === 0 ? 'Kick-off: walked through the plan, the rubric and the support.' : `Week ${w + 1}: reviewed calls, conversion and one recorded discovery call; agreed the focus for the week.`,
        ...(w === 0 ? { actions: [{ description: 'Book the discovery workshop', owner: MANAGER.id, due: '2026-01-09' }] } : {}),
        ...(w === 3 ? { privateNotes: 'Jordan seemed discouraged; check in informally mid-week.' } : {}),
      };
      plan = run(plan, { type: 'record_check_in', checkIn }, MANAGER, day).plan;
    });
    for (const session of sessions) {
      if (session.dueDate !== day) continue;
      const missed = session.commitmentId === 'sup-call-review' && day >= '2026-02-16' && day <= '2026-02-20';
      const delivery = missed
        ? { commitmentId: session.commitmentId, date: day, status: 'missed' as const, note: 'Dana travelling; the call review was not rescheduled.' }
        : { commitmentId: session.commitmentId, date: day, status: 'delivered' as const };
      plan = run(plan, { type: 'record_support_delivery', delivery }, session.commitmentId === 'sup-call-review' ? MANAGER : HR, day).plan;
    }
    const feed = byDay.get(day);
    if (feed) plan = run(plan, { type: 'record_observations', observations: feed }, NIGHTLY_JOB, day).plan;
    const nightly = run(plan, { type: 'advance' }, NIGHTLY_JOB, day);
    plan = nightly.plan;
    missedByJob += nightly.events.filter((e) => e.type === 'check_in_missed').length;
    if (day === midwayDate) {
      midwayEvaluation = evaluatePlan(plan, null, { asOf: day });
      midway = summarizeEvaluation(midwayEvaluation);
    }
  }
  if (!midway || !midwayEvaluation) throw new Error('the mid-way evaluation did not run');
  const held = plan.checkIns.filter((c) => c.status === 'held').length;
  const delivered = plan.supportDeliveries.filter((d) => d.status === 'delivered').length;
  say(`5. 13 weeks: ${held} check-ins held, ${missedByJob} missed (recorded by the nightly job), ${delivered} support sessions delivered, ${plan.supportDeliveries.length - delivered} missed, ${plan.observations.length} observations; ${plan.events.length} log entries`);

  // 6. A provisional evaluation mid-way.
  say(`6. Provisional evaluation on ${midway.plan.asOf} (day 45): score ${midway.score.value}, ${OUTCOME[midway.recommendation.outcome]} (provisional)`);
  lines.push(...goalLines(midway));

  // 7. The final evaluation, the recommendation and the close.
  plan = run(plan, { type: 'begin_evaluation' }, MANAGER, '2026-04-06').plan;
  const evaluation = evaluatePlan(plan, null, { asOf: '2026-04-06' });
  const final = summarizeEvaluation(evaluation);
  say(`7. Final evaluation on ${final.plan.asOf}: score ${final.score.value} of 100; ${final.triad.message}`);
  lines.push(...goalLines(final));
  say(`   Recommendation: ${OUTCOME[final.recommendation.outcome]}`);
  for (const r of final.recommendation.reasons) say(`   - ${r.message}`);
  if (final.recommendation.outcome === 'successful') {
    // The close records the evaluation it rests on (as-of date, score, recommendation, reason codes).
    const basis = closeBasis(evaluation, recommendOutcome(evaluation));
    plan = run(plan, { type: 'close', outcome: 'successful', basis, reason: 'Significant and sustained improvement; follow-up of the same metrics for 60 days.' }, HR, '2026-04-07').plan;
    say(`   HR closes the plan on 2026-04-07: ${plan.closure?.outcome ?? ''}, on the evaluation of ${basis.asOf} (score ${basis.score}, recommended ${basis.recommendation}); status ${plan.status}`);
  }

  // 8. The documents people read.
  const planOptions = { asOf: '2026-04-07' } as const;
  const reports: Record<string, string> = {
    'plan-employee.md': renderPlan(plan, { ...planOptions, format: 'markdown', audience: 'employee' }),
    'plan-employee.html': renderPlan(plan, { ...planOptions, format: 'html', audience: 'employee' }),
    'plan-hr.html': renderPlan(plan, { ...planOptions, format: 'html', audience: 'hr' }),
    'evaluation-midway-manager.html': renderEvaluation(midway, { format: 'html', audience: 'manager', evaluation: midwayEvaluation, plan }),
    'evaluation-employee.md': renderEvaluation(final, { format: 'markdown', audience: 'employee', evaluation, plan }),
    'evaluation-employee.html': renderEvaluation(final, { format: 'html', audience: 'employee', evaluation, plan }),
    'evaluation-hr.md': renderEvaluation(final, { format: 'markdown', audience: 'hr', evaluation, plan }),
    'evaluation-hr.html': renderEvaluation(final, { format: 'html', audience: 'hr', evaluation, plan }),
    'plan.json': serializePlan(plan),
  };
  // The same documents in the employee's language (issue 17): German, and Arabic right to left.
  for (const [code, locale] of [['de', de], ['ar', ar]] as const) {
    const worded = summarizeEvaluation(evaluation, { locale });
    reports[`plan-employee.${code}.html`] = renderPlan(plan, { ...planOptions, format: 'html', audience: 'employee', locale });
    reports[`evaluation-employee.${code}.html`] = renderEvaluation(worded, { format: 'html', audience: 'employee', evaluation, plan, locale });
  }
  return { lines, reports, draft, plan, midway, final, observations };
}

/** Run the demo: print the story and write the reports to `folder` (default `demo-output`). */
export function main(folder = 'demo-output'): number {
  const story = demoStory();
  const out = resolve(folder);
  mkdirSync(out, { recursive: true });
  for (const line of story.lines) console.log(line);
  console.log(`8. Reports written to ${folder}/:`);
  for (const [name, content] of Object.entries(story.reports)) {
    writeFileSync(join(out, name), content, 'utf8');
    console.log(`   ${join(folder, name)}`);
  }
  console.log(`\nOpen ${join(folder, 'evaluation-hr.html')} in a browser; try 'npx tsx src/cli/bin.ts evaluate ${join(folder, 'plan.json')} --as-of 2026-04-06'.`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv[2]);
