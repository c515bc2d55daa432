/**
 * The tool's commands, in the order `--help` lists them. A new command is one more `Command`
 * in this list.
 *
 * @module
 */
import type { Command } from '../command.js';
import { evaluateCommand } from './evaluate.js';
import { renderCommand } from './render.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

/** Every command. */
export const COMMANDS: readonly Command[] = [validateCommand, evaluateCommand, renderCommand, schemaCommand];
