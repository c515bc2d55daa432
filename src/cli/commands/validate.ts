import type { Command } from '../command.js';

/** `validate <file|pattern|->...`: parse issues and lint findings, at their line and column, in a report format. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check plan documents: parse issues, then lint findings, each at its line and column.',
  usage: '<file|->...',
  positionals: ['file'],
  variadic: true,
  details: [
    "Reads each <file>, the files a glob pattern names ('plans/**/*.json', expanded by the tool; node_modules is skipped), or standard input for -.",
    'Exit 0 when there are no errors (warnings allowed), 1 when there are (or more warnings than --max-warnings), 2 when an input cannot be read; the worst over all files.',
  ],
  options: [
    { name: 'format', short: 'f', value: '<stylish|json|sarif>', choices: ['stylish', 'json', 'sarif'], description: 'report format (default stylish; json is --json; sarif is SARIF 2.1.0 for CI)' },
    { name: 'quiet', short: 'q', description: 'report errors only (warnings still count for --max-warnings)' },
    { name: 'max-warnings', value: '<n>', description: 'exit 1 when there are more than <n> warnings over all files' },
    { name: 'out', short: 'o', value: '<file>', description: 'write the report to <file> instead of standard output' },
    { name: 'locale', value: '<tag>', description: 'the language of the parse issues, lint findings and fixes, and of the report\'s own lines: en, de, fr, es, ar' },
  ],
  async run(ctx) {
    const { runValidate } = await import('../validate/run.js');
    return runValidate(ctx);
  },
};
