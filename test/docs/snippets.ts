/**
 * Documentation snippets as programs: every ```ts block of a Markdown page, made into a file
 * that type-checks and runs against the library's source (see test/docs/snippets.test.ts).
 *
 * Conventions (README.md explains `declare const` and `// =>` to its readers; docs/quality.md points here):
 * - `import ... from 'improvement-plan'` (or `/schema`, `/testing`) imports the library;
 *   `@improvement-plan/<name>` imports `packages/<name>/src/index.ts` when it exists.
 * - `declare const name: Type; // what it is` is an input from elsewhere: the test gives it the
 *   value test/docs/snippet-inputs.ts exports under that name.
 * - `expression; // => value` and `const x = expression; // => value` state a result: the test
 *   checks it (objects: the keys shown; arrays and other values: all of it).
 * - `<!-- snippet: continues -->` on the line before a block: the block continues the previous
 *   block of the page (a tutorial in steps) and runs with it as one program.
 * - `<!-- snippet: skip -->` on the line before a block: not run (counted and reported; only for
 *   a block that cannot run in a test, such as one needing a server).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One ```ts block of a page. */
export interface Snippet {
  readonly file: string;
  /** The 1-based line of the block's first code line in the page. */
  readonly line: number;
  readonly code: string;
  readonly marker: 'skip' | 'continues' | undefined;
}

/** One program to run: a block and the blocks that continue it. */
export interface SnippetProgram {
  readonly file: string;
  readonly parts: readonly Snippet[];
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const MARKER = /^<!--\s*snippet:\s*(skip|continues)\s*-->\s*$/;

/** Every ```ts (or ```typescript) block of a Markdown page, with the marker on the line before it. */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, language] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence!)) end += 1;
    if (language === 'ts' || language === 'typescript') {
      let before = i - 1;
      while (before >= 0 && lines[before]!.trim() === '') before -= 1;
      const marker = before >= 0 ? MARKER.exec(lines[before]!.trim())?.[1] : undefined;
      const code = lines
        .slice(i + 1, end)
        .map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line))
        .join('\n');
      snippets.push({ file, line: i + 2, code, marker: marker as Snippet['marker'] });
    }
    i = end;
  }
  return snippets;
}

/** The programs of a page's snippets: each block with the blocks that continue it; skipped blocks left out. */
export function snippetPrograms(snippets: readonly Snippet[]): SnippetProgram[] {
  const programs: { file: string; parts: Snippet[] }[] = [];
  for (const snippet of snippets) {
    if (snippet.marker === 'skip') continue;
    const previous = programs[programs.length - 1];
    if (snippet.marker === 'continues') {
      if (!previous || previous.file !== snippet.file) throw new Error(`${snippet.file}:${snippet.line}: a block marked "continues" has no block before it`);
      previous.parts.push(snippet);
    } else {
      programs.push({ file: snippet.file, parts: [snippet] });
    }
  }
  return programs;
}

/** Where the library's imports resolve when a snippet runs. */
export function resolveImport(specifier: string, root: string): string | undefined {
  if (specifier === 'improvement-plan') return join(root, 'src', 'index.js');
  const sub = /^improvement-plan\/(schema|testing)$/.exec(specifier);
  if (sub) return join(root, 'src', sub[1]!, 'index.js');
  const workspace = /^@improvement-plan\/([\w.-]+)$/.exec(specifier);
  if (workspace && existsSync(join(root, 'packages', workspace[1]!, 'src', 'index.ts'))) return join(root, 'packages', workspace[1]!, 'src', 'index.js');
  return undefined; // left to Node's resolution (a workspace link in node_modules, node:fs, ...)
}

const IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g;
const DECLARE = /^(\s*)declare\s+const\s+([A-Za-z_$][\w$]*)\s*:\s*([^=;]+?)\s*;(.*)$/;
const BOUND_RESULT = /^(\s*)((?:const|let)\s+([A-Za-z_$][\w$]*)(?:\s*:[^=]+)?\s*=\s*.+?);\s*\/\/ => (.+)$/;
const RESULT = /^(\s*)(?!(?:const|let|var|import|export|if|for|while|return|throw|declare)\b)(.+?);\s*\/\/ => (.+)$/;

/** The number of lines `programSource` puts before the first snippet line. */
export const HEADER_LINES = 2;

/**
 * A program's source: a two-line header (the inputs and the result check), then every part's
 * lines one for one (so a line of the source is a line of the page), with the library's imports
 * resolved, declared inputs given their values and `// =>` results checked.
 */
export function programSource(program: SnippetProgram, root: string, helpers: { inputs: string; check: string }): string {
  const header = [`import * as __inputs from ${JSON.stringify(helpers.inputs)};`, `import { __check } from ${JSON.stringify(helpers.check)};`];
  const body = program.parts.flatMap((part) =>
    part.code.split('\n').map((line, index) => {
      const where = JSON.stringify(`${part.file}:${part.line + index}`);
      let out = line.replace(IMPORT, (all, lead: string, quote: string, specifier: string) => {
        const resolved = resolveImport(specifier, root);
        return resolved === undefined ? all : `${lead}${quote}${resolved}${quote}`;
      });
      const declared = DECLARE.exec(out);
      if (declared) return `${declared[1]}const ${declared[2]}: ${declared[3]} = __inputs.${declared[2]};${declared[4]}`;
      const bound = BOUND_RESULT.exec(out);
      if (bound) return `${bound[1]}${bound[2]}; __check(${where}, ${bound[3]}, (${bound[4]}));`;
      const result = RESULT.exec(out);
      if (result) out = `${result[1]}__check(${where}, (${result[2]}), (${result[3]}));`;
      return out;
    }),
  );
  return [...header, ...body, ''].join('\n');
}

/** The page line of a line of `programSource`'s output (1-based), or undefined for the header. */
export function pageLine(program: SnippetProgram, sourceLine: number): string | undefined {
  let line = sourceLine - HEADER_LINES;
  if (line < 1) return undefined;
  for (const part of program.parts) {
    const count = part.code.split('\n').length;
    if (line <= count) return `${part.file}:${part.line + line - 1}`;
    line -= count;
  }
  return undefined;
}
