import type { Command } from '../command.js';

/** `evaluate <plan|-> [--observations <file>] [--as-of <date>] [--policy <file>] [--holidays <file>] [--locale <tag>]`: the evaluation and the recommendation. */
export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'Evaluate a plan at a date: every goal, the skill/behavior/outcome reading, the score and the recommended outcome with its reasons.',
  usage: '<plan|->',
  positionals: ['plan'],
  details: [
    "Observations are the plan's own plus, with --observations, a JSON feed (an array, or an object with an \"observations\" array).",
    "The evaluation is read at --as-of, by default today's date where the tool runs (stated in the output).",
    "--holidays adds the host's holidays (a JSON array of YYYY-MM-DD dates) to the plan's schedule holidays: check-ins move off them and periods holding them are measured on their working days, as the nightly job counts them.",
    'Exit 0 whatever the recommendation; 1 when the plan, the observations, the policy or the holidays are invalid; 2 on bad usage or unreadable input.',
  ],
  options: [
    { name: 'observations', value: '<file>', description: 'a JSON feed of observations to evaluate with the plan\'s own (- for standard input)' },
    { name: 'as-of', value: '<YYYY-MM-DD>', description: 'the day of the evaluation (default: today)' },
    { name: 'policy', value: '<file>', description: 'a JSON object of evaluation policy overrides (see docs/policies.md)' },
    { name: 'holidays', value: '<file>', description: 'a JSON array of holiday dates (YYYY-MM-DD) from the host\'s calendar' },
    { name: 'locale', value: '<tag>', description: 'the language of the text and of the sentences (reasons, notes, issues): en, de, fr, es, ar, or another date-fns locale for dates and numbers only, e.g. en-GB, nl (default en-US)' },
  ],
  async run(ctx) {
    // the command's code (and the library it uses) is loaded when it runs, not when the tool starts
    const { runEvaluate } = await import('./evaluate-run.js');
    return runEvaluate(ctx);
  },
};
