import { readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, sep } from 'node:path';
import type { CliIo } from './io.js';

/** Folders a pattern never searches: installed packages (and, with tinyglobby's default, dot folders such as .git). */
const IGNORED = ['**/node_modules/**'];

/** A path segment with a glob character in it (the rest of a pattern is where it searches). */
const GLOB_SEGMENT = /[*?[\]{}()!+@\\]/;

/**
 * The folders a pattern never searches. An installed package is skipped only where the pattern
 * searches: a `node_modules` the pattern names before its first glob character
 * (`node_modules/improvement-plan/examples/plans/*.json`) is read, and only folders below it skip
 * their own `node_modules`.
 */
function ignoredFor(written: string): string[] {
  const segments = written.split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_SEGMENT.test(segment));
  const named = firstGlob < 0 ? segments : segments.slice(0, firstGlob);
  if (!named.includes('node_modules')) return IGNORED;
  return [`${named.join('/')}/**/node_modules/**`];
}

/** The files a glob pattern names; tinyglobby (bundled into the executable) is loaded on the first pattern. */
async function glob(pattern: string): Promise<readonly string[]> {
  // a file by that very name (`[draft].json`) is that file
  const literal = await stat(pattern).then(
    (found) => found.isFile(),
    () => false,
  );
  if (literal) return [pattern];
  const { glob: tinyglobby } = await import('tinyglobby');
  // on Windows a backslash separates folders; in a glob it escapes
  const written = sep === '\\' ? pattern.replaceAll('\\', '/') : pattern;
  const found = await tinyglobby(written, { cwd: process.cwd(), absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false, ignore: ignoredFor(written) });
  return [...found].sort();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Read all of standard input. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The real outside world: files, standard streams, the clock and the environment. */
export function nodeIo(): CliIo {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin,
    glob,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    today: () => {
      // "today" is the calendar day where the person runs the tool: the local date.
      const now = new Date();
      return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    env: process.env,
  };
}
