import { optionValue } from '../args.js';
import { EXIT, fail, printJson, type Command } from '../command.js';
import { CLI_MESSAGES } from '../messages.js';
import { terminalLines } from '../terminal.js';

/** `schema [--out file]`: the plan interchange format as JSON Schema (draft 2020-12). */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of the plan document (draft 2020-12).',
  usage: '',
  positionals: [],
  details: ['Writes the schema to standard output, or to --out <file>.'],
  options: [{ name: 'out', short: 'o', value: '<file>', description: 'write the schema to <file> instead of standard output' }],
  async run(ctx) {
    // loaded when the command runs, not when the tool starts (issue 21)
    const [{ planJsonSchema }, { writeText }] = await Promise.all([import('../../schema/json-schema.js'), import('../input.js')]);
    const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
    const out = optionValue(ctx.args, 'out');
    if (out === undefined) {
      ctx.io.stdout(text);
      return EXIT.ok;
    }
    const written = await writeText(ctx.io, out, text);
    if (!written.ok) return fail(ctx, 'schema', written.failure);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (ctx.json) printJson(ctx, { command: 'schema', ok: true, out, bytes });
    else ctx.io.stderr(`${terminalLines([CLI_MESSAGES.wrote(out, bytes)])}\n`);
    return EXIT.ok;
  },
};
