/**
 * The shipped locales, found on disk: every folder of src/locales/ with an index.ts is one, its
 * locale the named export of its folder's name. A new locale is picked up by every locale test
 * without being listed anywhere.
 */
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Locale } from '../../src/index.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'locales');

/** The names of the shipped locales (`en`, `de`, …), in file order. */
export const LOCALE_NAMES: readonly string[] = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.ts')))
  .map((entry) => entry.name)
  .sort();

/** Each shipped locale with its name. */
export const SHIPPED_LOCALES: readonly { readonly name: string; readonly locale: Locale }[] = await Promise.all(
  LOCALE_NAMES.map(async (name) => {
    const module = (await import(pathToFileURL(join(folder, name, 'index.ts')).href)) as Record<string, Locale | undefined>;
    const locale = module[name];
    if (locale === undefined) throw new Error(`src/locales/${name}/index.ts exports no locale named ${name}`);
    return { name, locale };
  }),
);
