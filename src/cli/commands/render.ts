import type { Command } from '../command.js';

/**
 * `render <plan> --format md|html [--evaluation [--observations <file>]]`: the plan, or its
 * evaluation report, as a document people read. Without `--format`, the format is `--out`'s
 * extension (`.md`, `.markdown`, `.html`, `.htm`); with both, they must agree.
 */
export const renderCommand: Command = {
  name: 'render',
  summary: 'Render a plan, or with --evaluation its evaluation report, as Markdown or a self-contained HTML page.',
  usage: '<plan|->',
  positionals: ['plan'],
  details: [
    'The employee copy (the default) never contains private manager notes, HR review notes or host-private metadata.',
    "Check-in statuses (and the evaluation) are read at --as-of, by default today's date where the tool runs (stated in the document).",
    "--evaluation evaluates the plan with its own observations and the --observations feed, and renders the report with a chart per goal (HTML).",
    "--holidays adds the host's holidays (a JSON array of YYYY-MM-DD dates) to the plan's schedule holidays: the check-in dates listed are the ones the evaluation counts.",
  ],
  options: [
    { name: 'format', short: 'f', value: '<md|html>', choices: ['md', 'markdown', 'html'], description: "output format (default: --out's extension, .md or .html)" },
    { name: 'audience', short: 'a', value: '<who>', choices: ['employee', 'manager', 'hr'], description: 'whose copy: employee (default), manager or hr' },
    { name: 'out', short: 'o', value: '<file>', description: 'write to <file> instead of standard output' },
    { name: 'as-of', value: '<YYYY-MM-DD>', description: 'the day statuses are read at (default: today)' },
    { name: 'evaluation', description: 'render the evaluation report instead of the plan' },
    { name: 'observations', value: '<file>', description: 'with --evaluation: a JSON feed of observations (- for standard input)' },
    { name: 'policy', value: '<file>', description: 'with --evaluation: a JSON object of evaluation policy overrides' },
    { name: 'holidays', value: '<file>', description: 'a JSON array of holiday dates (YYYY-MM-DD) from the host\'s calendar' },
    { name: 'terminology', value: '<name>', description: 'the plan\'s display name, e.g. "Growth Plan"' },
    { name: 'locale', value: '<tag>', description: 'the language: en, de, fr, es, ar (words, dates, numbers, direction), or another date-fns locale for dates and numbers only, e.g. en-GB, nl (default en-US)' },
    { name: 'date-format', value: '<pattern>', description: 'date-fns format pattern (default PP)' },
    { name: 'include-metadata', description: 'add the plan\'s metadata as a "Reference fields" section' },
    { name: 'private-metadata', value: '<pointer>', repeatable: true, description: 'a metadata field kept out of the employee copy, as a JSON Pointer: /salary.band, /review/score (repeatable)' },
  ],
  async run(ctx) {
    // the command's code (and the library it uses) is loaded when it runs, not when the tool starts
    const { runRender } = await import('./render-run.js');
    return runRender(ctx);
  },
};
