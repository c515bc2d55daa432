import { lintPlan } from '../../lint/index.js';
import { formatPath } from '../../schema/messages.js';
import { EXIT, fail, printJson, type Command } from '../command.js';
import { inputLabel, readPlan } from '../input.js';
import { CLI_MESSAGES } from '../messages.js';
import { terminalLines } from '../terminal.js';

/** `validate <file|->`: parse issues with their paths, then lint findings. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a plan document: parse issues with their paths, then lint findings.',
  usage: '<file|->',
  positionals: ['file'],
  details: [
    'Reads the plan from <file>, or from standard input when <file> is -.',
    'Exit 0 when there are no errors (warnings allowed), 1 when there are, 2 when the input cannot be read.',
  ],
  options: [],
  async run(ctx) {
    const file = ctx.args.positionals[0] as string;
    const label = inputLabel(file);
    const read = await readPlan(ctx.io, file);
    if (!read.ok) return fail(ctx, 'validate', read.failure);
    const { result } = read;
    if (!result.ok) {
      const issues = result.issues.map((issue) => ({ ...issue, at: formatPath(issue.path) }));
      if (ctx.json) {
        printJson(ctx, { command: 'validate', file: label, ok: false, parsed: false, errors: issues.length, warnings: 0, infos: 0, issues, findings: [] });
      } else {
        const lines = issues.map((issue) => CLI_MESSAGES.finding(label, issue.at, 'error', issue.code, issue.message));
        ctx.io.stdout(`${terminalLines([...lines, CLI_MESSAGES.doesNotParse(label, issues.length)])}\n`);
      }
      return EXIT.problems;
    }
    const findings = lintPlan(result.plan).map((finding) => ({ ...finding, at: formatPath(finding.path) }));
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    const errors = count('error');
    if (ctx.json) {
      printJson(ctx, { command: 'validate', file: label, ok: errors === 0, parsed: true, errors, warnings: count('warning'), infos: count('info'), issues: [], findings });
    } else {
      const lines = findings.flatMap((finding) => [CLI_MESSAGES.finding(label, finding.at, finding.severity, finding.code, finding.message), CLI_MESSAGES.fix(finding.fix)]);
      const verdict = errors === 0 ? CLI_MESSAGES.valid(label, count('warning'), count('info')) : CLI_MESSAGES.invalid(label, errors, count('warning'));
      ctx.io.stdout(`${terminalLines([...lines, verdict])}\n`);
    }
    return errors === 0 ? EXIT.ok : EXIT.problems;
  },
};
