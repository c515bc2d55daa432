import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanStore } from '../src/index.js';
import { HR, planDocument } from './support/plans.js';

// The README's example `createPlanStore({ database: './hr-data/plans' })`: a PGlite data folder
// whose parent does not exist yet. The store creates the missing folders, as the README says.
describe('a PGlite data folder whose parents do not exist', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-store-folder-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is created with its parents, and keeps the plans across a reopen', async () => {
    const folder = join(root, 'hr-data', 'plans');
    expect(existsSync(join(root, 'hr-data'))).toBe(false);
    const store = await createPlanStore({ database: folder });
    const created = await store.create(planDocument('pip-folder'), { actor: HR, asOf: '2025-12-29' });
    expect(created.ok).toBe(true);
    await store.close();
    expect(existsSync(folder)).toBe(true);
    const again = await createPlanStore({ database: folder });
    const got = await again.get('pip-folder');
    expect(got.ok && got.plan.id).toBe('pip-folder');
    await again.close();
  }, 120_000);
});
