/**
 * The tool's commands, in the order `--help` lists them.
 *
 * EXTENSION POINT: `evaluate <plan> [--observations <file>] --as-of <date>` (issue 6, second
 * part) is one more `Command` in this list, in `commands/evaluate.ts`.
 *
 * @module
 */
import type { Command } from '../command.js';
import { renderCommand } from './render.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

/** Every command. */
export const COMMANDS: readonly Command[] = [validateCommand, renderCommand, schemaCommand];
