/**
 * `npm run readme -w @improvement-plan/server`: write the authorization table (src/authorization.ts)
 * into README.md between its markers. test/readme.test.ts fails when the README's copy differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { authorizationMarkdown } from '../src/authorization.js';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));
export const START = '<!-- authorization-table:start (generated from src/authorization.ts by `npm run readme`) -->';
export const END = '<!-- authorization-table:end -->';

/** The README with the table written between the markers. */
export function withTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${authorizationMarkdown()}\n${readme.slice(end)}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README, withTable(readFileSync(README, 'utf8')));
  console.log('README.md: authorization table written');
}
