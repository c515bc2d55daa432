/**
 * A process that dies in the middle of a command: it opens the store on a PGlite data folder, sends
 * one command, and stops dead (waits forever, to be killed with SIGKILL) right after the log entry
 * is inserted and before the transaction commits. Prints `INSERTED` at that moment.
 *
 * Usage: node --import tsx test/support/crash-child.ts <data folder> <schema> <plan id>
 */
import { PGlite } from '@electric-sql/pglite';
import { createPlanStore, type PGliteDatabase } from '../../src/index.js';
import { checkIn, MANAGER, mondayOf } from './plans.js';

const [dataDir, schema, planId] = process.argv.slice(2) as [string, string, string];
const db = await PGlite.create(dataDir);
const stalling: PGliteDatabase = {
  query: (text, params) => db.query(text, params),
  close: () => db.close(),
  transaction: (work) =>
    db.transaction((tx) =>
      work({
        query: async (text, params) => {
          const result = await tx.query(text, params);
          if (/INSERT INTO "[a-z0-9_]+"\.log /.test(text)) {
            process.stdout.write('INSERTED\n');
            await new Promise(() => undefined);
          }
          return result;
        },
      }),
    ),
};
const store = await createPlanStore({ database: stalling, schema });
process.stdout.write('OPEN\n');
await store.execute(planId, checkIn(1, 'Never committed.'), { actor: MANAGER, asOf: mondayOf(1), commandId: 'crash-1' });
process.stdout.write('COMMITTED\n');
