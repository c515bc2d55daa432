// The installed executable on the sample plans the package ships (docs/cli.md's examples):
// validate several files through a pattern the tool expands (tinyglobby, bundled), with positions
// (jsonc-parser, bundled) in the stylish and SARIF reports; render with the format from --out.
import { spawnSync } from 'node:child_process';

const bin = 'node_modules/.bin/improvement-plan';
function cli(...args) {
  const r = spawnSync(bin, args, { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const fail = (what, r) => {
  throw new Error(`${what}: exit ${r.code}\n${r.stdout}${r.stderr}`);
};

// the columns are padded to the longest line:column and severity shown ('warning' when there is one)
const stylish = cli('validate', 'node_modules/improvement-plan/examples/plans/*.json');
if (stylish.code !== 1 || !/^ {2}\d+:\d+ +error +The plan lists no support/m.test(stylish.stdout)) fail('validate (stylish)', stylish);
const sarif = cli('validate', 'node_modules/improvement-plan/examples/plans/*.json', '--format', 'sarif');
const log = JSON.parse(sarif.stdout);
if (sarif.code !== 1 || log.version !== '2.1.0' || log.runs[0].results.length === 0) fail('validate --format sarif', sarif);
const render = cli('render', 'node_modules/improvement-plan/examples/plans/plan-90-day-conversion.json', '--out', 'plan.html', '--as-of', '2026-02-02');
if (render.code !== 0 || !render.stderr.startsWith('wrote plan.html')) fail('render --out plan.html', render);
console.log(`executable: ${log.runs[0].artifacts.length} sample plans, ${log.runs[0].results.length} SARIF results; ${stylish.stdout.trimEnd().split('\n').at(-1)}`);
