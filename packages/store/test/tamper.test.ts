/**
 * Tamper evidence: entries edited, reordered, inserted or deleted with raw SQL are found by
 * `verify`, which names the first bad sequence number; a corrupt row is reported, never a crash;
 * a chain rewritten consistently from some entry on is caught by an anchored head.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, payloadDigest, sha256, type PlanStore } from '../src/index.js';
import { testEngines, type RawSql } from './support/engines.js';
import { activePlan, checkIn, MANAGER, mondayOf } from './support/plans.js';

/** An active plan with 10 log entries: 5 to activate it, then weekly check-ins in weeks 1 to 5. */
async function planWithLog(store: PlanStore): Promise<string> {
  const id = await activePlan(store);
  for (let week = 1; week <= 5; week += 1) {
    const result = await store.execute(id, checkIn(week, `Week ${week} notes: reviewed calls.`), { actor: MANAGER, asOf: mondayOf(week), commandId: `check-in-${week}` });
    if (!result.ok) throw new Error(result.error.message);
  }
  return id;
}

async function moveSeq(sql: RawSql, table: string, from: number, to: number): Promise<void> {
  await sql(`UPDATE ${table} SET seq = $2 WHERE seq = $1`, [from, to]);
}

describe.each(testEngines())('tamper evidence on $name', (engine) => {
  if (!engine.available) {
    it.skip('PostgreSQL is not available here (see the message above)', () => undefined);
    return;
  }
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());
  const table: Record<string, string> = {};
  afterAll(() => {
    if (Object.keys(table).length > 0) console.log(`tamper figures, ${engine.name}: ${JSON.stringify(table)}`);
  });

  async function tampered(change: (sql: RawSql, log: string, plans: string) => Promise<void>) {
    const { store, schema, sql } = await engine.open();
    const id = await planWithLog(store);
    const before = await store.verify(id);
    expect(before.ok && before.intact).toBe(true);
    await change(sql, `"${schema}".log`, `"${schema}".plans`);
    const after = await store.verify(id);
    if (!after.ok) throw new Error(after.error.message);
    return { after, store, id, sql, schema };
  }

  it('an intact log verifies, with its head', async () => {
    const { store } = await engine.open();
    const id = await planWithLog(store);
    const verified = await store.verify(id);
    const head = await store.head(id);
    expect(verified.ok && verified).toMatchObject({ intact: true, firstBadSeq: null, problems: [], entries: 10 });
    expect(head.ok && verified.ok && verified.head.hash).toBe(head.ok ? head.hash : '');
    expect(head.ok && head.seq).toBe(9);
  });

  it('edit: an entry changed in place is found at its seq', async () => {
    const { after } = await tampered(async (sql, log) => {
      await sql(`UPDATE ${log} SET payload = replace(payload, 'Week 2 notes', 'Week 2 notes (all fine)') WHERE seq = 6`);
    });
    table['edit'] = `seq ${after.firstBadSeq} (${[...new Set(after.problems.map((p) => p.code))].join(', ')})`;
    expect(after.intact).toBe(false);
    expect(after.firstBadSeq).toBe(6);
    expect(after.problems).toContainEqual(expect.objectContaining({ code: 'payload_mismatch', seq: 6 }));
  });

  it('reorder: two entries swapped is found at the first', async () => {
    const { after } = await tampered(async (sql, log) => {
      await moveSeq(sql, log, 6, -1);
      await moveSeq(sql, log, 7, 6);
      await moveSeq(sql, log, -1, 7);
    });
    table['reorder'] = `seq ${after.firstBadSeq} (${[...new Set(after.problems.map((p) => p.code))].join(', ')})`;
    expect(after.firstBadSeq).toBe(6);
    expect(after.problems).toContainEqual(expect.objectContaining({ code: 'chain_broken', seq: 6 }));
  });

  it('insert: an entry slipped in (the later ones moved up) is found at its seq', async () => {
    const { after } = await tampered(async (sql, log) => {
      for (let seq = 9; seq >= 6; seq -= 1) await moveSeq(sql, log, seq, seq + 1);
      // a copy of entry 5 (a check-in) claiming to be entry 6, with its own command id
      await sql(
        `INSERT INTO ${log} (plan_id, seq, command_id, schema_version, payload, salt, digest, prev_hash, hash)
         SELECT plan_id, 6, 'forged', schema_version, payload, salt, digest, hash, hash FROM ${log} WHERE seq = 5`,
      );
    });
    table['insert'] = `seq ${after.firstBadSeq} (${[...new Set(after.problems.map((p) => p.code))].join(', ')})`;
    expect(after.firstBadSeq).toBe(6);
    expect(after.problems).toContainEqual(expect.objectContaining({ code: 'chain_broken', seq: 6 }));
  });

  it('delete: an entry removed (the later ones moved down) is found at its seq; a hole or a lost last entry too', async () => {
    const shifted = await tampered(async (sql, log) => {
      await sql(`DELETE FROM ${log} WHERE seq = 6`);
      for (let seq = 7; seq <= 9; seq += 1) await moveSeq(sql, log, seq, seq - 1);
    });
    table['delete'] = `seq ${shifted.after.firstBadSeq} (${[...new Set(shifted.after.problems.map((p) => p.code))].join(', ')})`;
    expect(shifted.after.firstBadSeq).toBe(6);
    expect(shifted.after.problems).toContainEqual(expect.objectContaining({ code: 'chain_broken', seq: 6 }));

    const hole = await tampered(async (sql, log) => {
      await sql(`DELETE FROM ${log} WHERE seq = 6`);
    });
    table['delete, hole left'] = `seq ${hole.after.firstBadSeq} (${[...new Set(hole.after.problems.map((p) => p.code))].join(', ')})`;
    expect(hole.after.firstBadSeq).toBe(6);
    expect(hole.after.problems).toContainEqual(expect.objectContaining({ code: 'sequence_gap', seq: 6 }));

    const last = await tampered(async (sql, log) => {
      await sql(`DELETE FROM ${log} WHERE seq = 9`);
    });
    table['delete, last entry'] = `seq ${last.after.firstBadSeq} (${[...new Set(last.after.problems.map((p) => p.code))].join(', ')})`;
    expect(last.after.firstBadSeq).toBe(9);
    expect(last.after.problems).toContainEqual(expect.objectContaining({ code: 'head_mismatch', seq: 9 }));
  });

  it('the current plan edited: replay no longer gives it', async () => {
    const { after } = await tampered(async (sql, _log, plans) => {
      await sql(`UPDATE ${plans} SET current = replace(current, 'Week 5 notes', 'Week 5 notes (all fine)')`);
    });
    expect(after.problems.map((p) => p.code)).toEqual(['replay_mismatch']);
    expect(after.firstBadSeq).toBeNull();
  });

  it('the current plan edited so it contradicts its records: it no longer reads', async () => {
    // "paused" without an open pause: parsePlan's integrity rules (issue 13) refuse the document
    // before replay is needed (until they came, this edit was found as replay_mismatch)
    const { after } = await tampered(async (sql, _log, plans) => {
      await sql(`UPDATE ${plans} SET current = replace(current, '"status":"active"', '"status":"paused"')`);
    });
    expect(after.problems.map((p) => p.code)).toEqual(['unreadable']);
    expect(after.problems[0]?.message).toContain('open pause');
    expect(after.firstBadSeq).toBeNull();
  });

  it('a corrupt row is reported, never a crash', async () => {
    const { after, store, id, sql, schema } = await tampered(async (raw, log) => {
      await raw(`UPDATE ${log} SET payload = '{"not": json' WHERE seq = 3`);
    });
    expect(after.firstBadSeq).toBe(3);
    expect(after.problems).toContainEqual(expect.objectContaining({ code: 'corrupt_row', seq: 3 }));
    const history = await store.history(id);
    expect(!history.ok && history.error.code).toBe('unreadable');
    await sql(`UPDATE "${schema}".plans SET current = 'garbage'`);
    const got = await store.get(id);
    expect(!got.ok && got.error.code).toBe('unreadable');
    const executed = await store.execute(id, checkIn(6, 'x'), { actor: MANAGER, asOf: mondayOf(6), commandId: 'c6' });
    expect(!executed.ok && executed.error.code).toBe('unreadable');
    const verified = await store.verify(id);
    expect(verified.ok && verified.problems.map((p) => p.code)).toContain('unreadable');
  });

  it('a chain rewritten consistently from an entry on is caught by the anchored head', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await planWithLog(store);
    const head = await store.head(id);
    if (!head.ok) throw new Error('no head');
    // Someone with the database and this package's code rewrites entry 6 and every link after it.
    const log = `"${schema}".log`;
    const rows = await sql(`SELECT seq, payload, salt, prev_hash FROM ${log} WHERE seq >= 6 ORDER BY seq`);
    let prev = String(rows[0]!['prev_hash']);
    for (const row of rows) {
      const payload = Number(row['seq']) === 6 ? String(row['payload']).replaceAll('Week 2 notes', 'Week 2: no concerns') : String(row['payload']);
      const digest = payloadDigest(String(row['salt']), payload);
      const hash = entryHash(id, Number(row['seq']), prev, digest);
      await sql(`UPDATE ${log} SET payload = $2, digest = $3, prev_hash = $4, hash = $5 WHERE seq = $1`, [row['seq'], payload, digest, prev, hash]);
      prev = hash;
    }
    const current = await sql(`SELECT current FROM "${schema}".plans`);
    await sql(`UPDATE "${schema}".plans SET head_hash = $1, current = $2`, [prev, String(current[0]!['current']).replaceAll('Week 2 notes', 'Week 2: no concerns')]);
    const alone = await store.verify(id);
    expect(alone.ok && alone.intact).toBe(true);
    const anchored = await store.verify(id, { anchor: { seq: head.seq, hash: head.hash } });
    expect(anchored.ok && anchored.intact).toBe(false);
    expect(anchored.ok && anchored.problems).toEqual([expect.objectContaining({ code: 'anchor_mismatch', seq: 9 })]);
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
