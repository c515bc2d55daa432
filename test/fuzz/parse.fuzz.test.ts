import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObservations, parsePlan, parsePlanJson } from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { corruptedDocument, fuzzRuns, hostileValue, isWellFormedIssue, prototypesClean } from '../support/hostile.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';

function checkResult(result: ReturnType<typeof parsePlan> | ReturnType<typeof parseObservations>): void {
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(isWellFormedIssue(issue), JSON.stringify(issue)).toBe(true);
  }
  expect(prototypesClean()).toBe(true);
}

describe('fuzz: parsing', () => {
  it('parsePlan survives arbitrary JSON, hostile values and corrupted valid plans', () => {
    const inputs = fc.oneof(fc.jsonValue(), hostileValue(), corruptedDocument(planArbitrary({ withObservations: true, withRecords: true })));
    const runs = fuzzRuns(30_000);
    const slowest = new SlowestInput();
    fc.assert(fc.property(inputs, (input) => checkResult(slowest.time(() => parsePlan(input)))), { numRuns: runs });
    recordFuzz('parsePlan', runs, slowest.ms);
  });

  it('parsePlanJson survives arbitrary text', () => {
    const runs = fuzzRuns(5_000);
    const slowest = new SlowestInput();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), planArbitrary().map((p) => JSON.stringify(p).slice(0, -1))), (text) => checkResult(slowest.time(() => parsePlanJson(text)))),
      { numRuns: runs },
    );
    recordFuzz('parsePlanJson', runs, slowest.ms);
  });

  it('parseObservations survives hostile feeds', () => {
    const observation = fc.record({ metricId: fc.string(), date: fc.string(), value: fc.oneof(fc.double(), hostileValue()) }, { requiredKeys: [] });
    const runs = fuzzRuns(5_000);
    const slowest = new SlowestInput();
    fc.assert(fc.property(fc.oneof(fc.array(observation), hostileValue()), (feed) => checkResult(slowest.time(() => parseObservations(feed)))), { numRuns: runs });
    recordFuzz('parseObservations', runs, slowest.ms);
  });
});
