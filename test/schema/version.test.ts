import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, parsePlan, parsePlanJson } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

describe('parsePlan and format versions', () => {
  const fixture = readFixture('plan-90-day-conversion.json') as Record<string, unknown>;

  it('names a version newer than the library in an unsupported_version issue that says to upgrade the library', () => {
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const result = parsePlan({ ...fixture, schemaVersion: newer });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'unsupported_version', path: ['schemaVersion'] });
    expect(result.issues[0]!.message).toContain(String(newer));
    expect(result.issues[0]!.message).toContain(`reads (${CURRENT_SCHEMA_VERSION})`);
    expect(result.issues[0]!.message).toMatch(/upgrade the library/);
  });

  it('reports the version before the rest of a newer document (whose fields it cannot judge)', () => {
    const result = parsePlanJson(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 5, someNewField: true }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(['unsupported_version']);
  });

  it('names an earlier version it cannot upgrade', () => {
    const result = parsePlan({ ...fixture, schemaVersion: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'unsupported_version', path: ['schemaVersion'] });
  });

  it('still reads the current version, and still reports a version that is not a number', () => {
    expect(parsePlan(fixture).ok).toBe(true);
    const result = parsePlan({ ...fixture, schemaVersion: '1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['schemaVersion']);
  });
});
