import type { CliIo } from '../../src/cli/index.js';

/** An in-memory outside world for runCli: files in a map, captured output, a fixed clock. */
export function memoryIo(files: Record<string, string> = {}, options: { stdin?: string; today?: string; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      if (path.endsWith('/')) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readStdin: async () => options.stdin ?? '',
    writeFile: async (path, text) => {
      if (path.startsWith('/missing/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      written.set(path, text);
    },
    today: () => options.today ?? '2026-02-02',
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
