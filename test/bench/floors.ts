/**
 * Issue 21's figures for `npm run bench`: parsing next to its two floors, the command line's
 * start-up and the cold import of the package.
 *
 * Parse floors: the same JSON texts (bench plans, ~540 embedded observations each) through, side by
 * side in one process, in rotating order, median of the repeats:
 *   JSON.parse alone; ajv 8 (JSON.parse + a validator compiled from dist/plan.schema.json, formats
 *   checked); zod (JSON.parse + PlanSchema.safeParse, the previous "floor"); parsePlanJson (the
 *   library: fast path, integrity rules, settle and freeze); parsePlanJson + lintPlan.
 * Targets: parse <= 1.2 x ajv, parse + lint <= 1.5 x ajv.
 *
 * Start-up (fresh child processes, 10 rounds interleaved, medians): `node -e 0`,
 * `node dist/cli.cjs validate <a bench plan>` (target <= 1.5 x node -e 0) and
 * `node -e "import('improvement-plan')"` (the cold import, reported minus node -e 0), wall-clock
 * and CPU time (the latter robust to other work on the machine). Load
 * averages are printed with each figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { generateOrganisation } from './organisation.js';

type Library = typeof import('../../src/index.js');
type SchemaModule = typeof import('../../src/schema/index.js');

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fixed = (n: number, digits = 2): string => n.toFixed(digits);
const load = (): string => loadavg().map((l) => fixed(l)).join(' ');

let sink = 0;

/** Parse floors over `plans` bench plans, `repeats` rounds. */
function parseFloors(lib: Library, schema: SchemaModule, root: URL, plans: number, repeats: number, seed: number) {
  const texts: string[] = [];
  for (const { plan } of generateOrganisation({ seed, plans })) texts.push(JSON.stringify(plan));
  const bytes = texts.reduce((sum, t) => sum + t.length, 0);
  const ajv = new Ajv2020({ strict: false });
  (addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020)(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('dist/plan.schema.json', root), 'utf8')) as Record<string, unknown>);
  const steps: Record<string, (text: string) => unknown> = {
    'JSON.parse': (text) => JSON.parse(text),
    ajv: (text) => validate(JSON.parse(text)) || (() => { throw new Error(`ajv rejects a bench plan: ${JSON.stringify(validate.errors?.[0])}`); })(),
    'zod PlanSchema.safeParse': (text) => schema.PlanSchema.safeParse(JSON.parse(text)).success || (() => { throw new Error('zod rejects a bench plan'); })(),
    parsePlanJson: (text) => lib.parsePlanJson(text).ok || (() => { throw new Error('parsePlanJson rejects a bench plan'); })(),
    'parsePlanJson + lintPlan': (text) => {
      const result = lib.parsePlanJson(text);
      return result.ok ? lib.lintPlan(result.plan).length : 0;
    },
  };
  const names = Object.keys(steps);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  // warm-up, untimed
  for (const name of names) for (const text of texts.slice(0, 50)) sink += Number(Boolean(steps[name]!(text)));
  for (let r = 0; r < repeats; r += 1) {
    for (let k = 0; k < names.length; k += 1) {
      const name = names[(k + r) % names.length]!;
      const run = steps[name]!;
      const start = performance.now();
      for (const text of texts) sink += Number(Boolean(run(text)));
      times[name]!.push(performance.now() - start);
    }
  }
  const ms = Object.fromEntries(names.map((n) => [n, median(times[n]!)]));
  return { plans, bytes, repeats, ms };
}

/**
 * Loaded before a child's own code by `--import`: writes the child's CPU time (user + system, ms,
 * every thread of the process) to standard error as it exits. Wall-clock time on a machine shared
 * with other work grows with the load average; CPU time barely does, so both are reported.
 */
const CPU_AT_EXIT = 'data:text/javascript,' + encodeURIComponent("process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu-ms ' + (u.user + u.system) / 1000 + '\\n'); });");

/**
 * Medians of fresh child processes, rounds interleaved: wall-clock time (plain runs) and CPU time
 * (separate runs with {@link CPU_AT_EXIT} preloaded, so the wall-clock runs load nothing extra).
 */
function startUp(root: URL, planFile: string, rounds: number) {
  const dist = new URL('dist/', root);
  const commands: Record<string, readonly string[]> = {
    'node -e 0': ['-e', '0'],
    'improvement-plan validate <plan>': [new URL('cli.cjs', dist).pathname, 'validate', planFile],
    "import('improvement-plan')": ['--input-type=module', '-e', `await import(${JSON.stringify(new URL('index.js', dist).href)})`],
  };
  const names = Object.keys(commands);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const args of Object.values(commands)) spawnSync(process.execPath, args); // warm the file cache
  for (let r = 0; r < rounds; r += 1) {
    for (const name of names) {
      const start = performance.now();
      const child = spawnSync(process.execPath, commands[name]!, { encoding: 'utf8' });
      times[name]!.push(performance.now() - start);
      if (child.status !== 0) throw new Error(`${name} exited ${String(child.status)}: ${child.stderr}`);
      const measured = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, ...commands[name]!], { encoding: 'utf8' });
      const ms = /cpu-ms ([\d.]+)\s*$/.exec(measured.stderr)?.[1];
      if (measured.status !== 0 || ms === undefined) throw new Error(`${name} (CPU time) exited ${String(measured.status)}: ${measured.stderr}`);
      cpu[name]!.push(Number(ms));
    }
  }
  return {
    wall: Object.fromEntries(names.map((n) => [n, median(times[n]!)])),
    cpu: Object.fromEntries(names.map((n) => [n, median(cpu[n]!)])),
  };
}

/** Issue 21's figures, as lines to print and a record for the JSON report. */
export async function floorsAndStartUp(lib: Library, options: { readonly plans: number; readonly repeats: number; readonly seed: number; readonly source: 'dist' | 'src' }) {
  const root = new URL('../../', import.meta.url);
  const schema = (options.source === 'dist' ? await import(new URL('dist/schema/index.js', root).href) : await import('../../src/schema/index.js')) as SchemaModule;
  const lines: string[] = [];
  const plans = Math.min(options.plans, 1000);
  const loadParse = load();
  const parse = parseFloors(lib, schema, root, plans, Math.max(3, options.repeats), options.seed);
  const json = parse.ms['JSON.parse']!;
  const ajv = parse.ms['ajv']!;
  lines.push(`parse floors, ${plans} bench plans (${fixed(parse.bytes / 1e6, 1)} MB of JSON), median of ${parse.repeats}, side by side; load ${loadParse} -> ${load()}`);
  for (const [name, ms] of Object.entries(parse.ms)) {
    lines.push(`  ${name.padEnd(26)} ${fixed(ms, 0).padStart(7)} ms  x${fixed(ms / json)} JSON.parse  x${fixed(ms / ajv)} ajv`);
  }
  const parseOverAjv = parse.ms['parsePlanJson']! / ajv;
  const parseLintOverAjv = parse.ms['parsePlanJson + lintPlan']! / ajv;
  lines.push(`  targets: parse <= 1.2 x ajv ${parseOverAjv <= 1.2 ? 'met' : 'NOT met'} (${fixed(parseOverAjv)}); parse + lint <= 1.5 x ajv ${parseLintOverAjv <= 1.5 ? 'met' : 'NOT met'} (${fixed(parseLintOverAjv)})`);

  // one bench plan (~540 observations) on disk for the command line
  const planFile = new URL('.bench/cli-plan.json', root);
  mkdirSync(new URL('.bench/', root), { recursive: true });
  const [first] = generateOrganisation({ seed: options.seed, plans: 1 });
  writeFileSync(planFile, JSON.stringify(first!.plan, null, 2));
  const loadStart = load();
  const rounds = 10;
  const { wall: start, cpu } = startUp(root, planFile.pathname, rounds);
  const node = start['node -e 0']!;
  const cli = start['improvement-plan validate <plan>']!;
  const cold = start["import('improvement-plan')"]!;
  const nodeCpu = cpu['node -e 0']!;
  const cliCpu = cpu['improvement-plan validate <plan>']!;
  const coldCpu = cpu["import('improvement-plan')"]!;
  lines.push(`start-up, fresh processes, median of ${rounds} interleaved rounds (dist/), wall-clock | CPU time (user + system); load ${loadStart} -> ${load()}`);
  lines.push(`  node -e 0                          ${fixed(node, 0).padStart(6)} ms                 | ${fixed(nodeCpu, 0).padStart(6)} ms`);
  lines.push(`  improvement-plan validate <plan>   ${fixed(cli, 0).padStart(6)} ms  x${fixed(cli / node)} node -e 0 | ${fixed(cliCpu, 0).padStart(6)} ms  x${fixed(cliCpu / nodeCpu)} (target <= 1.5 wall-clock: ${cli / node <= 1.5 ? 'met' : 'NOT met'})`);
  lines.push(`  cold import('improvement-plan')    ${fixed(cold, 0).padStart(6)} ms  (+${fixed(cold - node, 0)} ms)       | ${fixed(coldCpu, 0).padStart(6)} ms  (+${fixed(coldCpu - nodeCpu, 0)} ms)`);
  return {
    lines,
    report: {
      parse: { ...parse, load: loadParse, parseOverAjv, parseLintOverAjv },
      startUp: { ms: start, cpuMs: cpu, load: loadStart, validateOverNode: cli / node, validateOverNodeCpu: cliCpu / nodeCpu, coldImportMs: cold - node, coldImportCpuMs: coldCpu - nodeCpu },
      sink,
    },
  };
}
