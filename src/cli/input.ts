import { isCalendarDate } from '../dates/calendar.js';
import type { EvaluationPolicyOverrides } from '../evaluate/index.js';
import type { Holiday } from '../timeline/policy.js';
import { formatPath } from '../schema/messages.js';
import type { PlanParseResult } from '../schema/parse.js';
import type { Observation } from '../schema/types.js';
import type { CliFailure } from './command.js';
import type { CliIo } from './io.js';
import { CLI_MESSAGES } from './messages.js';

/** The label a file goes by in messages: its path, `<stdin>` for `-`, and `""` for an empty path (so a message still names it). */
export function inputLabel(file: string): string {
  return file === '-' ? '<stdin>' : file === '' ? '""' : file;
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
    return { ok: false, failure: { code: 'unwritable', file: file === '' ? '""' : file, message: CLI_MESSAGES.cannotWrite(CLI_MESSAGES.writeReason(errorCode(error))) } };
  }
}

/** Read and parse a plan document. */
export async function readPlan(io: CliIo, file: string): Promise<{ ok: true; result: PlanParseResult } | { ok: false; failure: CliFailure }> {
  const text = await readText(io, file);
  if (!text.ok) return text;
  const { parsePlanJson } = await import('../schema/parse.js');
  return { ok: true, result: parsePlanJson(text.text.replace(/^\uFEFF/, '')) };
}

/** Parse JSON text; a syntax error is a failure naming the file. */
function parseJsonText(text: string, label: string): { ok: true; value: unknown } | { ok: false; failure: CliFailure } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, failure: { code: 'invalid_input', file: label, message: CLI_MESSAGES.notJson(error instanceof Error ? error.message : String(error)) } };
  }
}

/**
 * Read an observation feed: a JSON array of observations, or an object with an `observations`
 * array (a plan document or an export). Invalid observations are a failure with the first
 * issue's path.
 */
export async function readObservations(io: CliIo, file: string): Promise<{ ok: true; observations: readonly Observation[] } | { ok: false; failure: CliFailure }> {
  const label = inputLabel(file);
  const text = await readText(io, file);
  if (!text.ok) return text;
  const json = parseJsonText(text.text, label);
  if (!json.ok) return json;
  const value = json.value;
  const list = Array.isArray(value) ? value : value !== null && typeof value === 'object' && 'observations' in value ? (value as { observations: unknown }).observations : value;
  const { parseObservations } = await import('../schema/parse.js');
  const parsed = parseObservations(list);
  if (parsed.ok) return { ok: true, observations: parsed.observations };
  const first = parsed.issues[0];
  return {
    ok: false,
    failure: {
      code: 'invalid_input',
      file: label,
      message: CLI_MESSAGES.notObservations(parsed.issues.length, first?.message ?? ''),
      ...(first ? { path: formatPath(first.path, 'observations') } : {}),
    },
  };
}

/** Read evaluation policy overrides: a JSON object (fields the evaluator does not know are reported by it). */
export async function readPolicy(io: CliIo, file: string): Promise<{ ok: true; policy: EvaluationPolicyOverrides } | { ok: false; failure: CliFailure }> {
  const label = inputLabel(file);
  const text = await readText(io, file);
  if (!text.ok) return text;
  const json = parseJsonText(text.text, label);
  if (!json.ok) return json;
  if (json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) {
    return { ok: false, failure: { code: 'invalid_input', file: label, message: CLI_MESSAGES.notAPolicy } };
  }
  return { ok: true, policy: json.value as EvaluationPolicyOverrides };
}

/** A JSON value in a message, cut short. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Read the host's holidays (`--holidays <file>`): a JSON array of dates written `YYYY-MM-DD` (or
 * `{ "date", "name" }` objects). Anything else, a date that is no calendar day included, is an
 * input error naming the entry, never a crash.
 */
export async function readHolidays(io: CliIo, file: string): Promise<{ ok: true; holidays: readonly Holiday[] } | { ok: false; failure: CliFailure }> {
  const label = inputLabel(file);
  const text = await readText(io, file);
  if (!text.ok) return text;
  const json = parseJsonText(text.text, label);
  if (!json.ok) return json;
  if (!Array.isArray(json.value)) return { ok: false, failure: { code: 'invalid_input', file: label, message: CLI_MESSAGES.notHolidays } };
  const holidays: Holiday[] = [];
  for (const [index, entry] of (json.value as unknown[]).entries()) {
    if (isCalendarDate(entry)) holidays.push(entry);
    else if (
      entry !== null &&
      typeof entry === 'object' &&
      !Array.isArray(entry) &&
      isCalendarDate((entry as { date?: unknown }).date) &&
      typeof (entry as { name?: unknown }).name === 'string'
    ) {
      holidays.push({ date: (entry as { date: string }).date, name: (entry as { name: string }).name });
    } else {
      return { ok: false, failure: { code: 'invalid_input', file: label, message: CLI_MESSAGES.notAHoliday(index, shown(entry)), path: formatPath([index], 'holidays') } };
    }
  }
  return { ok: true, holidays };
}
