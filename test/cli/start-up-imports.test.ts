/**
 * What the command line loads (issue 21): `validate` never loads date-fns' table of locales or the
 * date-fns root (nor the render or evaluate code), and `render --locale` finds every date-fns
 * locale by loading its one module. Import graphs are read from the sources (static imports, plus
 * the dynamic import each step takes); no timing.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as allLocales from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { findLocale } from '../../src/cli/commands/render.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every module reachable from `entries` by static imports (type-only imports skipped): source files and packages. */
function staticGraph(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (match[1] !== undefined) continue;
      const specifier = match[2]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  };
  for (const entry of entries) visit(join(root, entry));
  return { files, packages };
}

describe('the command line loads what the command needs', () => {
  it('validate: start-up plus the validate run load neither date-fns/locale nor the date-fns root, nor render or evaluate code', () => {
    // start-up (bin.ts and its static imports), then validateCommand.run's import('../validate/run.js')
    const { files, packages } = staticGraph(['src/cli/bin.ts', 'src/cli/validate/run.ts']);
    const names = [...files].map((f) => relative(root, f));
    expect(names).toContain('src/schema/parse.ts');
    expect([...packages].filter((p) => p === 'date-fns' || p.startsWith('date-fns/locale'))).toEqual([]);
    expect(names.filter((f) => f.startsWith('src/render/') || f.startsWith('src/evaluate/'))).toEqual([]);
    // nor does any module loaded at start-up import the whole table of locales when it runs
    expect(names.filter((f) => /import\(\s*['"]date-fns(?:\/locale)?['"]\s*\)/.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });

  it('the library imports date-fns pieces by path, never the root', () => {
    const { packages } = staticGraph(['src/index.ts']);
    expect([...packages].filter((p) => p === 'date-fns' || p === 'date-fns/locale')).toEqual([]);
  });

  it('render --locale finds every date-fns locale, by its export name and by its BCP 47 tag', async () => {
    const table = allLocales as unknown as Record<string, unknown>;
    for (const [name, locale] of Object.entries(table)) {
      expect(await findLocale(name)).toBe(locale);
      const tag = name.replace(/^([a-z]+)([A-Z]{2})$/, '$1-$2');
      expect(await findLocale(tag)).toBe(locale);
    }
    expect(await findLocale('xx-YY')).toBeUndefined();
    expect(await findLocale('../../package')).toBeUndefined();
    expect(await findLocale('en-gb')).toBe(table['enGB']);
  });
});
