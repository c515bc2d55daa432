import { readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
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
  const literal = statSync(pattern, { throwIfNoEntry: false })?.isFile() === true;
  if (literal) return [pattern];
  const { glob: tinyglobby } = await import('./glob.js');
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

/**
 * A writer to standard output or error. It writes to the file descriptor directly, so a short run
 * never sets up node's stream machinery (issue 21: a few milliseconds of every start-up). A
 * closed pipe (`| head`) is not an error worth a stack trace. Where the descriptor would block (a
 * pipe node was given in non-blocking mode), the rest, and every later write, goes through the
 * process's stream, in order.
 */
function writer(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let fallback: NodeJS.WriteStream | undefined;
  const toStream = (rest: Buffer): void => {
    if (fallback === undefined) {
      fallback = stream();
      fallback.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    fallback.write(rest);
  };
  return (text) => {
    let rest = Buffer.from(text, 'utf8');
    if (fallback !== undefined) return toStream(rest);
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
      toStream(rest);
    }
  };
}

/** The real outside world: files, standard streams, the clock and the environment. */
export function nodeIo(): CliIo {
  return {
    stdout: writer(1, () => process.stdout),
    stderr: writer(2, () => process.stderr),
    // synchronous reads and writes: one short run, nothing else to do meanwhile, and node's
    // fs/promises (with what it loads) stays out of the start-up
    readFile: async (path) => readFileSync(path, 'utf8'),
    readStdin,
    glob,
    writeFile: async (path, text) => writeFileSync(path, text, 'utf8'),
    today: () => {
      // "today" is the calendar day where the person runs the tool: the local date.
      const now = new Date();
      return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    env: process.env,
  };
}
