/**
 * `validate` reads a valid plan by the zod-free fast path and lints it with the default policy as
 * plain data (issue 21); the library's users call `parsePlanJson` and `lintPlan`. Both say the
 * same of every plan, valid or broken: the same problems (source, code, path, message, fix), in
 * the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/validate/check.js';
import { lintPlan } from '../../src/lint/index.js';
import { LINT_DEFAULTS } from '../../src/lint/policy-defaults.js';
import { LINT_POLICY } from '../../src/lint/policy.js';
import { parsePlanJson } from '../../src/schema/parse.js';
import { brokenPlanArbitrary, planArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';
import { memoryIo } from './memory-io.js';

/** What the library says of a text, as validate lists it (without line and column). */
function libraryProblems(text: string) {
  const result = parsePlanJson(text);
  return result.ok
    ? lintPlan(result.plan).map((f) => ({ source: 'lint', severity: f.severity, code: f.code, path: f.path, message: f.message, fix: f.fix }))
    : result.issues.map((issue) => ({ source: 'parse', severity: 'error', code: issue.code, path: issue.path, message: issue.message }));
}

describe("validate's own path", () => {
  it('lints with the very defaults the lint policy is defined with', () => {
    expect(LINT_POLICY.defaults).toBe(LINT_DEFAULTS);
    expect(LINT_POLICY.resolve(undefined).policy).toBe(LINT_DEFAULTS);
    expect(Object.isFrozen(LINT_DEFAULTS) && Object.isFrozen(LINT_DEFAULTS.protectedTermsAdded)).toBe(true);
  });

  it('finds what parsePlanJson and lintPlan find, for valid and broken plans', async () => {
    const plan = fc.oneof(
      planArbitrary({ withObservations: true, withRecords: true }).map((input) => JSON.stringify(input, null, 2)),
      brokenPlanArbitrary({ withObservations: true }).map(({ input }) => JSON.stringify(input)),
    );
    let linted = 0;
    let broken = 0;
    await fc.assert(
      fc.asyncProperty(plan, async (text) => {
        const report = await checkFile(memoryIo({ 'plan.json': text }).io, 'plan.json');
        if (report.kind !== 'checked') throw new Error('the file was not checked');
        const expected = libraryProblems(text);
        expect(report.problems.map(({ line: _line, column: _column, at: _at, ...problem }) => problem)).toEqual(expected);
        if (report.parsed) linted += 1;
        else broken += 1;
      }),
      { numRuns: runs(120) },
    );
    expect(linted).toBeGreaterThan(0);
    expect(broken).toBeGreaterThan(0);
  });
});
