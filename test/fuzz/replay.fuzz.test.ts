/**
 * Fuzz target: replay, over genuine logs and forged ones (issue 13, findings 6, 7 and 10).
 * Genuine logs are built with `transition` (test/fuzz/shapes.ts): plans taken through their whole
 * life with records, and a maximal log of LIMITS.events entries (a fiftieth of it under the
 * reduced count). Forged variants: entries swapped (with and without renumbering), renumbered,
 * duplicated, dropped (the approval among them), an edited actor (another of the plan's people,
 * another role, a stranger) or day (earlier, later, at the ends of the calendar, impossible),
 * edited or dropped patches (a status `hacked`, a start date `2026-02-30`), a `close` whose
 * command and patches disagree, edited events, an appended entry that reopens a closed plan,
 * `__proto__` keys in a command or its events.
 *
 * The promise: replay re-decides. A forged log is refused (a code, the entry's seq, a sentence),
 * or it is one `transition` itself would have written (its honest re-decision gives the same
 * plan), and what replay returns is a valid plan. The maximal logs run in every full run; the
 * slowest replay is the figure `npm run fuzz` holds to its per-input bound.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, assertPlan, parsePlan, parsePlanJson, replay, type Plan, type ReplayResult } from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen, PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { fuzzRuns, isWellFormedIssue, prototypesClean } from '../support/hostile.js';
import { FORGERIES, forge, genuineLog, Invariants, redecide, type ForgedLog, type Forgery, type GenuineLog } from './shapes.js';

const FULL = process.env['FUZZ'] === '1';
/** The maximal log: LIMITS.events entries at full count (every full run), a fiftieth otherwise. */
const MAXIMAL_ENTRIES = FULL ? LIMITS.events : LIMITS.events / 50;
/** The forgeries every run makes on the maximal log (in its last entries: the plan's life). */
const MAXIMAL_FORGERIES: readonly Forgery[] = ['swap_renumbered', 'drop_approve', 'actor_person', 'close_mismatch', 'patch_status', 'append_reopen'];

function drafts(): Plan[] {
  const documents = [...PLAN_FIXTURES.map((name) => readFixture(name)), ...fc.sample(planArbitrary({ withRecords: true, maxGoals: 4 }), { numRuns: FULL ? 12 : 4, seed: 41 })];
  return documents.map((document) => assertPlan(document));
}

/** What replay answers for a forged log: a well-formed refusal, or the plan the honest re-decision gives, valid. */
function checkForged(inv: Invariants, log: GenuineLog, forged: ForgedLog, result: ReplayResult): void {
  const label = () => `${forged.kind} at entry ${forged.from} of ${forged.entries.length} (${(forged.entries[forged.from]?.command as { type?: string } | undefined)?.type ?? 'appended'})`;
  inv.check('the result is deeply frozen', isDeepFrozen(result), label);
  if (!result.ok) {
    inv.check('a refusal has a code, the seq of an entry and a sentence', /^[a-z_]+$/.test(result.code) && Number.isInteger(result.seq) && result.message.length > 10, () => `${JSON.stringify(result)} for ${label()}`);
    return;
  }
  // accepted: the log must be one transition would have written...
  const start = log.before.get(forged.from);
  if (start === undefined) throw new Error(`no plan kept before entry ${forged.from}`);
  const honest = redecide(start, forged.entries.slice(forged.from));
  if (inv.check('an accepted log is its own honest re-decision', honest.ok, () => `${label()} replayed ok; re-deciding: entry ${forged.from + (honest.ok ? 0 : honest.index)} ${honest.ok ? '' : honest.why}`) && honest.ok) {
    inv.check('replay gives the plan the honest re-decision gives', isDeepStrictEqual(result.plan, honest.plan), label);
  }
  // ...and what it returns a valid plan
  const parsed = parsePlan(result.plan);
  inv.check('a replayed plan is a valid plan', parsed.ok, () => `${label()}: ${parsed.ok ? '' : parsed.issues.slice(0, 2).map((i) => `${i.code} at ${i.path.join('.')}`).join('; ')}`);
}

describe('fuzz: replay (genuine, maximal and forged logs)', () => {
  let logs: GenuineLog[] = [];
  let maximal: GenuineLog | undefined;
  beforeAll(() => {
    logs = drafts().map((draft) => genuineLog(draft, 0));
    maximal = genuineLog(logs[0]!.initial, MAXIMAL_ENTRIES);
  }, 600_000);

  it('replays genuine logs (the maximal one included) to the plan they were written on', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    let inputs = 0;
    for (const log of [...logs, maximal!]) {
      const result = inv.call('replay', () => slowest.time(() => replay(log.initial, log.entries)), () => `genuine log of ${log.entries.length}`);
      inputs += 1;
      if (result.ok) {
        inv.check('a genuine log replays', result.value.ok, () => `${log.entries.length} entries: ${result.value.ok ? '' : result.value.message}`);
        inv.check('a genuine log replays to the plan it was written on', result.value.ok && isDeepStrictEqual(result.value.plan, log.final), () => `${log.entries.length} entries`);
      }
      // from any kept plan on, too
      for (const [i, plan] of log.before) {
        if (i % 7 !== 0) continue;
        const rest = slowest.time(() => replay(plan, log.entries.slice(i)));
        inputs += 1;
        inv.check('a genuine log replays from a kept plan', rest.ok && isDeepStrictEqual(rest.plan, log.final), () => `entries ${i}.. of ${log.entries.length}`);
      }
    }
    expect(maximal!.entries).toHaveLength(MAXIMAL_ENTRIES);
    recordFuzz('replay (genuine logs)', inputs, slowest.ms);
    inv.assertNone();
  });

  it('refuses forged logs, or replays them exactly as their honest re-decision, always to a valid plan', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    let inputs = 0;
    const kinds = new Map<string, { refused: number; accepted: number }>();
    const tally = (forged: ForgedLog, result: ReplayResult) => {
      const counts = kinds.get(forged.kind) ?? { refused: 0, accepted: 0 };
      counts[result.ok ? 'accepted' : 'refused'] += 1;
      kinds.set(forged.kind, counts);
    };
    // the maximal log's forgeries: in every run, not left to chance
    for (const kind of MAXIMAL_FORGERIES) {
      const forged = forge(maximal!, kind, 5);
      if (!forged) continue;
      const result = inv.call('replay', () => slowest.time(() => replay(maximal!.initial, forged.entries)), () => `${kind} in the maximal log`);
      inputs += 1;
      if (!result.ok) continue;
      tally(forged, result.value);
      checkForged(inv, maximal!, forged, result.value);
    }
    const runs = fuzzRuns(2_000);
    const input = fc.record({ log: fc.nat({ max: logs.length - 1 }), kind: fc.constantFrom(...FORGERIES), pick: fc.nat({ max: 10_000 }), fromKept: fc.boolean() });
    fc.assert(
      fc.property(input, ({ log: i, kind, pick, fromKept }) => {
        const log = logs[i]!;
        const forged = forge(log, kind, pick);
        if (!forged) return;
        // from the draft, or from a kept plan part-way (a host replaying what it stored since a snapshot)
        const cut = fromKept ? Math.min(forged.from, pick % (forged.from + 1)) : 0;
        const start = log.before.get(cut) ?? log.initial;
        const result = inv.call('replay', () => slowest.time(() => replay(start, forged.entries.slice(cut))), () => `${kind} at ${forged.from}`);
        inputs += 1;
        if (!result.ok) return;
        tally(forged, result.value);
        checkForged(inv, log, forged, result.value);
        inv.check('no prototype polluted', prototypesClean(), () => kind);
      }),
      { numRuns: runs },
    );
    recordFuzz('replay (forged logs)', inputs, slowest.ms);
    inv.assertNone();
    // every kind of forgery was made, and some were refused
    if (runs >= 1_000) expect([...kinds.keys()].sort()).toEqual([...FORGERIES].sort());
    expect([...kinds.values()].some((c) => c.refused > 0)).toBe(true);
  });

  it('parsePlan refuses a log entry with a __proto__ key as it refuses one in metadata; never throws on forged logs', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const runs = fuzzRuns(2_000);
    const input = fc.record({ log: fc.nat({ max: logs.length - 1 }), kind: fc.constantFrom(...FORGERIES), pick: fc.nat({ max: 10_000 }) });
    fc.assert(
      fc.property(input, ({ log: i, kind, pick }) => {
        const log = logs[i]!;
        const forged = forge(log, kind, pick);
        if (!forged) return;
        // the stored document: JSON text, so an own `__proto__` key is a key like any other
        const text = JSON.stringify({ ...log.final, events: forged.entries });
        const parsed = inv.call('parsePlanJson', () => slowest.time(() => parsePlanJson(text)), () => `${kind} at ${forged.from}`);
        if (!parsed.ok) return;
        const result = parsed.value;
        if (!result.ok) for (const issue of result.issues) inv.check('issues are well formed', isWellFormedIssue(issue), () => JSON.stringify(issue));
        if (kind === 'proto_command' || kind === 'proto_produced') {
          const where = kind === 'proto_command' ? 'command' : 'produced';
          inv.check(`a __proto__ key in a log entry's ${where} is refused with forbidden_key`, !result.ok && result.issues.some((issue) => issue.code === 'forbidden_key'), () => `${where} of entry ${forged.from}: ${result.ok ? 'parsed ok' : result.issues.map((i) => i.code).join(', ')}`);
        }
        inv.check('no prototype polluted', prototypesClean(), () => kind);
      }),
      { numRuns: runs },
    );
    recordFuzz('parsePlan (forged logs)', runs, slowest.ms);
    inv.assertNone();
  });
});
