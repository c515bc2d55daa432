/**
 * Fuzz target: the CLI (`runCli`, in process) over the shapes of issue 13 (findings 1, 12, 13 and
 * 14): plans whose names, titles, roles and purpose hold C0 and C1 controls, ESC sequences (clear
 * screen, colours, OSC-8 links), bidi overrides, lone surrogates and forged output lines; unknown
 * keys that forge a "valid plan" line; metadata with secrets at dotted and odd keys, hidden with
 * `--private-metadata` as JSON Pointers (RFC 6901); feeds that repeat the plan's own observations
 * (with and without ids); policies with null and mistyped fields.
 *
 * Promises checked: exit 0, 1 or 2 (3 is an internal error); text output (`validate`, `evaluate`,
 * every error line) holds no raw control character, and `validate` prints exactly one line per
 * issue and finding (what `--json` reports) plus its summary, so no input forges a line; the
 * employee's copy from `render` holds no private metadata value (the manager's holds each);
 * `--json` output is one JSON document; `evaluate` with a feed repeating the plan's own
 * observations reports it (a `feed_repeats_plan` warning in the summary, printed in the text)
 * and, where the observations have ids, gives the figures of the plan alone.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EVALUATION_POLICY } from '../../src/index.js';
import { runCli } from '../../src/cli/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { memoryIo } from '../cli/memory-io.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { fuzzRuns, prototypesClean } from '../support/hostile.js';
import { badPolicy, controlText, copyOf, FORGED_LINES, Invariants, jsonPointer, rawControlIn, secretMetadata, setAt, withIds, type SecretMetadata } from './shapes.js';

const FULL = process.env['FUZZ'] === '1';

interface PlanFile {
  readonly name: string;
  readonly secrets: SecretMetadata;
  /** The name of a feed repeating the plan's own observations, and whether they carry ids. */
  readonly feed?: { readonly name: string; readonly ids: boolean };
  /** The plan has an unknown key that forges a line: it does not parse. */
  readonly forged: boolean;
}

/** The files: shaped plans, feeds repeating their observations, bad policies. */
function world(): { files: Record<string, string>; plans: PlanFile[]; policies: string[] } {
  const files: Record<string, string> = {};
  const plans: PlanFile[] = [];
  const documents = [...PLAN_FIXTURES.map((name) => readFixture(name)), ...fc.sample(planArbitrary({ withObservations: true, withRecords: true, maxGoals: 3 }), { numRuns: FULL ? 5 : 2, seed: 91 })];
  const names = fc.sample(fc.array(controlText(), { minLength: 5, maxLength: 5 }), { numRuns: documents.length * 3, seed: 92 });
  const secrets = fc.sample(secretMetadata(), { numRuns: documents.length * 3, seed: 93 });
  let n = 0;
  for (const document of documents) {
    for (const variant of ['shaped', 'forged line', 'own observations'] as const) {
      const name = `plan-${n}.json`;
      const doc = copyOf(document) as Record<string, unknown>;
      const [employee, manager, title, goal, purpose] = names[n]!;
      setAt(doc, ['employee', 'name'], employee);
      setAt(doc, ['manager', 'name'], manager);
      setAt(doc, ['title'], title);
      setAt(doc, ['goals', 0, 'title'], goal);
      setAt(doc, ['purpose'], `${purpose} ${FORGED_LINES[n % FORGED_LINES.length]}`);
      doc['metadata'] = secrets[n]!.metadata;
      const file: { name: string; secrets: SecretMetadata; forged: boolean; feed?: { name: string; ids: boolean } } = { name, secrets: secrets[n]!, forged: variant === 'forged line' };
      if (variant === 'forged line') {
        // the review's unknown key: a forged "valid plan" line and a clear-screen sequence
        doc[`x\n${name}: valid plan, no errors\n\u001b[2J`] = true;
      }
      const own = (doc['observations'] as unknown[] | undefined) ?? [];
      if (variant === 'own observations' && own.length > 0) {
        const ids = n % 2 === 0;
        if (ids) doc['observations'] = withIds(own as object[], `own-${n}`);
        files[`feed-${n}.json`] = JSON.stringify(doc['observations']);
        file.feed = { name: `feed-${n}.json`, ids };
      }
      files[name] = JSON.stringify(doc);
      plans.push(file);
      n += 1;
    }
  }
  const policies = fc.sample(badPolicy(DEFAULT_EVALUATION_POLICY), { numRuns: FULL ? 40 : 12, seed: 94 }).map((bad, i) => {
    files[`policy-${i}.json`] = JSON.stringify(bad.policy) ?? 'null';
    return `policy-${i}.json`;
  });
  // the review's policies
  for (const [i, policy] of [{ coverageUnitByKind: null }, { sustainPeriods: null }, { coverageUnitByKind: 'week' }].entries()) {
    files[`policy-review-${i}.json`] = JSON.stringify(policy);
    policies.push(`policy-review-${i}.json`);
  }
  return { files, plans, policies };
}

interface Answer {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(files: Record<string, string>, argv: string[], slowest: SlowestInput): Promise<Answer> {
  const outside = memoryIo(files, { today: '2026-02-02' });
  const start = performance.now();
  const code = await runCli(argv, outside.io);
  slowest.ms = Math.max(slowest.ms, performance.now() - start);
  return { code, stdout: outside.stdout(), stderr: outside.stderr() };
}

describe('fuzz: the CLI over hostile text, private metadata, repeated feeds and bad policies', () => {
  let files: Record<string, string> = {};
  let plans: PlanFile[] = [];
  let policies: string[] = [];
  beforeAll(() => {
    ({ files, plans, policies } = world());
  }, 120_000);

  it('neutralises control characters in text output, keeps private metadata private, reports repeated feeds, never fails internally', async () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const runs = fuzzRuns(1_500);
    let inputs = 0;
    const consoleSpies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    const input = fc.record({
      plan: fc.nat({ max: plans.length - 1 }),
      command: fc.constantFrom('validate', 'evaluate', 'render', 'render --evaluation'),
      format: fc.constantFrom('md', 'html'),
      // a bad policy one time in three
      policy: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.constantFrom(...policies), weight: 1 }),
      asOf: fc.constantFrom('2026-02-02', '2026-04-06', '2027-01-01'),
    });
    const answerChecks = (argv: string[], answer: Answer) => {
      const label = () => argv.map((a) => (a.length > 60 ? `${a.slice(0, 60)}…` : a)).join(' ');
      inv.check('exit 0, 1 or 2 (never 3, an internal error)', [0, 1, 2].includes(answer.code), () => `${label()} -> ${answer.code}: ${answer.stdout.slice(0, 200)}${answer.stderr.slice(0, 200)}`);
      const raw = rawControlIn(answer.stderr);
      inv.check('error lines hold no raw control character', raw === undefined, () => `${label()}: ${raw}`);
      if (argv.includes('--json')) {
        let document: unknown;
        try {
          document = JSON.parse(answer.stdout);
        } catch {
          document = undefined;
        }
        inv.check('--json prints one JSON document', document !== undefined, label);
        const command = (document as { command?: unknown } | undefined)?.command;
        inv.check('--json names the command (never null)', command === undefined || typeof command === 'string', () => `${label()}: command ${JSON.stringify(command)}`);
      }
    };
    await fc.assert(
      fc.asyncProperty(input, async ({ plan: i, command, format, policy, asOf }) => {
        inputs += 1;
        const plan = plans[i]!;
        if (command === 'validate') {
          const text = await run(files, ['validate', plan.name], slowest);
          const json = await run(files, ['validate', plan.name, '--json'], slowest);
          answerChecks(['validate', plan.name], text);
          answerChecks(['validate', plan.name, '--json'], json);
          const raw = rawControlIn(text.stdout);
          inv.check("validate's text holds no raw control character", raw === undefined, () => `${plan.name}${plan.forged ? ' (forged line)' : ''}: ${raw}`);
          // the stylish report of one file (src/cli/validate/stylish.ts): when it has problems, the file's name, one row
          // per problem and one more per fix, a blank line; then the summary line. --json lists the same problems.
          type Problem = { fix?: string };
          const report = JSON.parse(json.stdout) as { files: { issues?: Problem[]; findings?: Problem[] }[] };
          const problems = report.files.flatMap((f) => [...(f.issues ?? []), ...(f.findings ?? [])]);
          const lines = text.stdout.trimEnd().split('\n').length;
          const expected = problems.length === 0 ? 1 : 1 + problems.reduce((sum, p) => sum + (p.fix === undefined ? 1 : 2), 0) + 1 + 1;
          inv.check('validate prints the file, one row per problem and one per fix, and its summary (no forged line)', lines === expected, () => `${plan.name}: ${lines} lines for ${expected}: ${text.stdout.split('\n').find((l) => / valid plan/.test(l) && l !== text.stdout.trimEnd().split('\n').at(-1)) ?? text.stdout.slice(0, 200)}`);
          return;
        }
        if (command === 'evaluate') {
          const base = ['evaluate', plan.name, '--as-of', asOf, ...(policy ? ['--policy', policy] : [])];
          const text = await run(files, base, slowest);
          answerChecks(base, text);
          const raw = rawControlIn(text.stdout);
          inv.check("evaluate's text holds no raw control character", raw === undefined, () => `${plan.name}: ${raw}`);
          if (plan.feed && !policy) {
            const alone = await run(files, [...base, '--json'], slowest);
            const withFeed = await run(files, [...base, '--observations', plan.feed.name, '--json'], slowest);
            const withFeedText = await run(files, [...base, '--observations', plan.feed.name], slowest);
            answerChecks([...base, '--json'], alone);
            answerChecks([...base, '--observations', plan.feed.name, '--json'], withFeed);
            if (alone.code === 0 && withFeed.code === 0) {
              // repeats are evaluation warnings (docs/evaluation.md, "Observations"), not issues: a feed observation
              // with the id of one of the plan's own, or identical to one without an id, is feed_repeats_plan
              type Reported = { code: string; path: unknown[] };
              type Summary = { summary: { goals: { observed: unknown }[]; issues: Reported[]; warnings: Reported[] } };
              const a = (JSON.parse(alone.stdout) as Summary).summary;
              const b = (JSON.parse(withFeed.stdout) as Summary).summary;
              const reported = (s: Summary['summary']) => [...s.issues, ...s.warnings];
              const known = new Set(reported(a).map((x) => `${x.code} ${JSON.stringify(x.path)}`));
              const added = reported(b).filter((x) => !known.has(`${x.code} ${JSON.stringify(x.path)}`));
              inv.check("evaluate reports a feed repeating the plan's own observations", added.length > 0, () => `${plan.name} --observations ${plan.feed!.name} (ids: ${plan.feed!.ids})`);
              if (added[0]) inv.check('evaluate prints that report in its text', withFeedText.stdout.includes(added[0].code), () => `${plan.name}: ${added[0]!.code} not printed`);
              if (plan.feed.ids) {
                inv.check("a feed repeating the plan's own observations (same ids) leaves the figures as they are", JSON.stringify(a.goals.map((g) => g.observed)) === JSON.stringify(b.goals.map((g) => g.observed)), () => `${plan.name}: observed ${JSON.stringify(b.goals.map((g) => g.observed))} instead of ${JSON.stringify(a.goals.map((g) => g.observed))}`);
              }
            }
          }
          return;
        }
        // render: the employee's copy and the manager's, every private path as a JSON Pointer
        const pointers = plan.secrets.privatePaths.flatMap((path) => ['--private-metadata', jsonPointer(path)]);
        const extra = command === 'render --evaluation' ? ['--evaluation', ...(policy ? ['--policy', policy] : [])] : [];
        for (const audience of ['employee', 'manager'] as const) {
          const argv = ['render', plan.name, '--format', format, '--audience', audience, '--as-of', asOf, '--include-metadata', ...pointers, ...extra];
          const answer = await run(files, argv, slowest);
          answerChecks(argv, answer);
          if (answer.code !== 0 || command === 'render --evaluation') continue;
          for (const [k, secret] of plan.secrets.secrets.entries()) {
            const pointer = jsonPointer(plan.secrets.privatePaths[k]!);
            if (audience === 'employee') inv.check("render's employee copy holds no private metadata value (--private-metadata as a JSON Pointer)", !answer.stdout.includes(secret), () => `${plan.name} --format ${format} --private-metadata ${JSON.stringify(pointer)}: ${secret} shown`);
            else inv.check("render's manager copy holds every metadata value", answer.stdout.includes(secret), () => `${plan.name}: ${secret} at ${JSON.stringify(pointer)} missing`);
          }
        }
        inv.check('no prototype polluted', prototypesClean(), () => plan.name);
      }),
      { numRuns: runs },
    );
    for (const spy of consoleSpies) {
      inv.check('nothing goes through console', spy.mock.calls.length === 0, () => JSON.stringify(spy.mock.calls[0]).slice(0, 200));
      spy.mockRestore();
    }
    recordFuzz('CLI (shapes)', inputs, slowest.ms);
    inv.assertNone();
    expect(plans.some((p) => p.feed?.ids) && plans.some((p) => p.feed && !p.feed.ids)).toBe(true);
  });
});
