/**
 * `validate --format sarif` is a valid SARIF 2.1.0 log (checked against the OASIS schema, vendored
 * in test/fixtures/sarif, with ajv) and says what the JSON report says: a result per problem, at
 * the same line and column, with the level of its severity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { artifactUri } from '../../src/cli/validate/sarif.js';
import { planArbitrary } from '../../src/testing/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { corruptedDocument, fuzzRuns } from '../support/hostile.js';
import { memoryIo } from './memory-io.js';

const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormatsModule as unknown as (ajv: Ajv) => Ajv)(ajv);
const validateSarif = ajv.compile(schema);

function schemaErrors(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8')) as Record<string, unknown> & { goals: Record<string, unknown>[] };
const files: Record<string, string> = {
  'plans/valid.json': JSON.stringify(fixture, null, 2),
  // lint errors, a warning and a note (no HR partner, no support, no date started in the role)
  'plans/draft Q1 #2.json': JSON.stringify({ ...fixture, hrPartner: undefined, support: [], employee: { ...(fixture['employee'] as object), roleStartDate: undefined } }, null, 2),
  'plans/broken.json': JSON.stringify({ ...fixture, goals: fixture.goals.map((g, i) => (i === 1 ? { ...g, window: { start: '2026-01-05', end: '2026-02-30' } } : g)) }, null, 2),
  '/abs/plan.json': '{"schemaVersion": 1,\n  "id": ',
};

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[];
    artifacts: { location: { uri?: string } }[];
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri?: string; index: number }; region: { startLine: number; startColumn: number } } }[] }[];
  }[];
}

async function run(argv: string[], stdin?: string) {
  const world = memoryIo(files, stdin === undefined ? {} : { stdin });
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr() };
}

describe('validate --format sarif', () => {
  it('the schema check can fail: a log with a lint severity as its level, or without a version, is refused', () => {
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] };
    expect(schemaErrors(log).join('\n')).toMatch(/level/);
    expect(schemaErrors({ runs: [] })).not.toEqual([]);
    expect(schemaErrors({ version: '2.1.0', runs: [] })).toEqual([]);
  });

  it('is a valid SARIF 2.1.0 log with a result per problem, at the line and column of the JSON report', async () => {
    const argv = ['validate', 'plans/*.json', '/abs/plan.json', 'missing.json', '-'];
    const sarif = await run([...argv, '--format', 'sarif'], JSON.stringify(fixture));
    const json = await run([...argv, '--json'], JSON.stringify(fixture));
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toBe('');
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expect(schemaErrors(log)).toEqual([]);
    const report = JSON.parse(json.stdout) as { files: { file: string; error?: unknown; issues?: Problem[]; findings?: Problem[] }[] };
    type Problem = { code: string; severity: string; line: number; column: number };
    const [runLog] = log.runs;
    if (runLog === undefined) throw new Error('no run');
    expect(runLog.tool.driver.name).toBe('improvement-plan');
    // every file read is an artifact; the unreadable one is a notification, and the run says it failed
    const read = report.files.filter((f) => f.error === undefined);
    expect(runLog.artifacts.map((a) => a.location.uri)).toEqual(read.map((f) => artifactUri(f.file)));
    expect(runLog.artifacts.map((a) => a.location.uri)).toEqual(['plans/broken.json', 'plans/draft%20Q1%20%232.json', 'plans/valid.json', 'file:///abs/plan.json', undefined]);
    expect(runLog.invocations[0]?.executionSuccessful).toBe(false);
    expect(runLog.invocations[0]?.toolExecutionNotifications?.map((n) => n.message.text)).toEqual(['missing.json: cannot be read: no such file']);
    const expected = read.flatMap((f, index) => [...(f.issues ?? []), ...(f.findings ?? [])].map((p) => ({ index, ...p })));
    expect(runLog.results).toHaveLength(expected.length);
    const levels = new Set<string>();
    runLog.results.forEach((result, i) => {
      const problem = expected[i]!;
      levels.add(result.level);
      expect(result.ruleId).toBe(problem.code);
      expect(runLog.tool.driver.rules[result.ruleIndex]?.id).toBe(problem.code);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[problem.severity]);
      const location = result.locations[0]?.physicalLocation;
      expect(location?.artifactLocation.index).toBe(problem.index);
      expect(location?.region).toEqual({ startLine: problem.line, startColumn: problem.column });
    });
    expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
  });

  it('--quiet leaves warnings and notes out; a clean run is a log with no results', async () => {
    const quiet = JSON.parse((await run(['validate', 'plans/draft Q1 #2.json', '--format', 'sarif', '--quiet'])).stdout) as SarifLog;
    expect(schemaErrors(quiet)).toEqual([]);
    expect(quiet.runs[0]?.results.map((r) => r.level)).toEqual(['error']);
    const clean = await run(['validate', 'plans/valid.json', '-f', 'sarif']);
    expect(clean.code).toBe(0);
    const log = JSON.parse(clean.stdout) as SarifLog;
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(true);
  });

  it('property: for generated and corrupted plans the log is valid SARIF with one result per problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(planArbitrary({ withRecords: true, maxGoals: 3 }), corruptedDocument(planArbitrary({ maxGoals: 3 }))), fc.constantFrom(0, 2, '\t'), async (document, indent) => {
        const text = (JSON.stringify(document, null, indent) ?? 'null').replaceAll('\n', indent === '\t' ? '\r\n' : '\n');
        const world = memoryIo({ 'p.json': text });
        const code = await runCli(['validate', 'p.json', '--format', 'sarif'], world.io);
        const log = JSON.parse(world.stdout()) as SarifLog;
        expect(schemaErrors(log)).toEqual([]);
        const jsonWorld = memoryIo({ 'p.json': text });
        expect(await runCli(['validate', 'p.json', '--json'], jsonWorld.io)).toBe(code);
        const report = JSON.parse(jsonWorld.stdout()) as { errors: number; warnings: number; infos: number };
        expect(log.runs[0]?.results).toHaveLength(report.errors + report.warnings + report.infos);
      }),
      { numRuns: fuzzRuns(40) },
    );
  });

  it('artifactUri: relative paths stay relative, absolute ones are file: URIs, reserved characters are escaped', () => {
    expect(artifactUri('plans/plan.json')).toBe('plans/plan.json');
    expect(artifactUri('plans/Q1 #2?.json')).toBe('plans/Q1%20%232%3F.json');
    expect(artifactUri('a:b.json')).toBe('a%3Ab.json');
    expect(artifactUri('/home/x/plan.json')).toBe('file:///home/x/plan.json');
    expect(artifactUri('C:\\plans\\plan 1.json')).toBe('file:///C:/plans/plan%201.json');
    expect(artifactUri('\\\\server\\share\\plan.json')).toBe('file://server/share/plan.json');
    expect(artifactUri('bad\uD800.json')).toBe('bad%EF%BF%BD.json');
    expect(artifactUri('<stdin>')).toBeUndefined();
  });
});
