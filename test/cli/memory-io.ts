import type { CliIo } from '../../src/cli/index.js';

/** A glob pattern as a regular expression, for the in-memory files: `**` (any folders), `*`, `?`, `[...]`, `{a,b}`. */
export function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] as string;
    if (pattern.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', i);
      source += end === -1 ? '\\[' : `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
      if (end !== -1) i = end;
    } else if (char === '{') {
      const end = pattern.indexOf('}', i);
      source += end === -1 ? '\\{' : `(?:${pattern.slice(i + 1, end).split(',').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
      if (end !== -1) i = end;
    } else source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return /(?!)/; // a class the regular expressions refuse ([z-a]) matches nothing
  }
}

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
      // own files only: a file named `__proto__` or `constructor` is missing, not Object.prototype's member
      const text = Object.hasOwn(files, path) ? files[path] : undefined;
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readStdin: async () => options.stdin ?? '',
    glob: async (pattern) => {
      if (Object.hasOwn(files, pattern)) return [pattern];
      const re = globRegExp(pattern);
      return Object.keys(files).filter((name) => re.test(name)).sort();
    },
    writeFile: async (path, text) => {
      // as Node: an empty file name is ENOENT
      if (path === '' || path.startsWith('/missing/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      written.set(path, text);
    },
    today: () => options.today ?? '2026-02-02',
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
