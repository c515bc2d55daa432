import { parsePlanJson, type PlanParseResult } from '../schema/parse.js';
import type { CliFailure } from './command.js';
import type { CliIo } from './io.js';
import { CLI_MESSAGES } from './messages.js';

/** The label a file goes by in messages: its path, or `<stdin>` for `-`. */
export function inputLabel(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
}

/** Read a file (or stdin for `-`) as text; an unreadable file is a failure, not an exception. */
export async function readText(io: CliIo, file: string): Promise<{ ok: true; text: string } | { ok: false; failure: CliFailure }> {
  try {
    return { ok: true, text: file === '-' ? await io.readStdin() : await io.readFile(file) };
  } catch (error) {
    const label = inputLabel(file);
    return { ok: false, failure: { code: 'unreadable', file: label, message: CLI_MESSAGES.cannotRead(CLI_MESSAGES.readReason(errorCode(error))) } };
  }
}

/** Write a file; a failure to write is data. */
export async function writeText(io: CliIo, file: string, text: string): Promise<{ ok: true } | { ok: false; failure: CliFailure }> {
  try {
    await io.writeFile(file, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: { code: 'unwritable', file, message: CLI_MESSAGES.cannotWrite(CLI_MESSAGES.writeReason(errorCode(error))) } };
  }
}

/** Read and parse a plan document. */
export async function readPlan(io: CliIo, file: string): Promise<{ ok: true; result: PlanParseResult } | { ok: false; failure: CliFailure }> {
  const text = await readText(io, file);
  if (!text.ok) return text;
  return { ok: true, result: parsePlanJson(text.text.replace(/^\uFEFF/, '')) };
}
