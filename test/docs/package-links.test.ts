/**
 * The README and the guides work outside the repository: in the npm package (node_modules,
 * an editor's Markdown preview, an unpacked tarball) every relative link of README.md and of each
 * Markdown file the package ships resolves to a file the package ships, and every `#anchor` to a
 * heading of its page. The file list is npm's own (`npm pack --dry-run --json`), so a change to
 * package.json's `files` is seen. There is no public repository URL to make links absolute, so
 * the guides ship in the package (`docs/*.md`) and the README links to them relatively.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.js';

const ROOT = join(FIXTURES, '..', '..');

/** The files `npm pack` would put in the package, relative to the package root. */
function packedFiles(): Set<string> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed: ${result.stderr}`);
  const [packed] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
  return new Set(packed.files.map((file) => file.path));
}

/** Markdown without code: fenced blocks and inline code spans can hold text that looks like a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, '').replace(/`+[^`\n]*`+/g, '');
}

/** The link targets of a Markdown page: inline links and images, reference definitions, HTML href/src. */
function linksOf(markdown: string): string[] {
  const text = withoutCode(markdown);
  const links: string[] = [];
  for (const match of text.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push(match[1]!);
  for (const match of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) links.push(match[1]!);
  for (const match of text.matchAll(/<(?:a|img)\b[^>]*\s(?:href|src)="([^"]+)"/g)) links.push(match[1]!);
  return links;
}

/** GitHub's anchors for a page's headings ("## `FairnessPolicy` (`X`)" -> "fairnesspolicy-x"). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of markdown.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = match[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
  return anchors;
}

/** Every problem with the relative links of the packed Markdown files. */
function brokenLinks(files: Set<string>, read: (path: string) => string): string[] {
  const problems: string[] = [];
  for (const page of [...files].filter((file) => file.endsWith('.md')).sort()) {
    const text = read(page);
    for (const link of linksOf(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue; // https:, mailto:
      const [path = '', anchor] = link.split('#', 2);
      const target = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(path)));
      if (!files.has(target)) {
        problems.push(`${page}: ${link} -> ${target} is not in the package`);
        continue;
      }
      if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(read(target)).has(anchor)) problems.push(`${page}: ${link} -> no heading #${anchor} in ${target}`);
    }
  }
  return problems;
}

describe('the link rules', () => {
  it('finds links outside code only', () => {
    const page = ['See [Concepts](docs/concepts.md) and ![a chart](docs/chart.png "Chart").', '`[not](a-link.md)`', '```md', '[nor](this.md)', '```', '[ref]: docs/policies.md#gappolicy', '<img src="docs/x.png">'].join('\n');
    expect(linksOf(page)).toEqual(['docs/concepts.md', 'docs/chart.png', 'docs/policies.md#gappolicy', 'docs/x.png']);
  });

  it("makes GitHub's heading anchors", () => {
    expect([...anchorsOf('# Policies and their defaults\n## `FairnessPolicy` (`DEFAULT_FAIRNESS_POLICY`)\n## Notes\n## Notes')]).toEqual([
      'policies-and-their-defaults',
      'fairnesspolicy-default_fairness_policy',
      'notes',
      'notes-1',
    ]);
  });

  it('pairs code fences that follow a blank line (headings after them and links inside them are seen as GitHub sees them)', () => {
    const page = ['# Top', '', '```', '# not a heading', '```', '', 'text', '', '```', '[not](a-link.md)', '```', '', '## After the blocks', '[real](b.md#after-the-blocks)'].join('\n');
    expect([...anchorsOf(page)]).toEqual(['top', 'after-the-blocks']);
    expect(linksOf(page)).toEqual(['b.md#after-the-blocks']);
  });

  it('reports a link to a file the package leaves out, and a missing anchor', () => {
    const pages: Record<string, string> = { 'README.md': '[demo](examples/demo.ts) [guide](docs/a.md#nowhere) [ok](docs/a.md#a-guide)', 'docs/a.md': '# A guide' };
    expect(brokenLinks(new Set(Object.keys(pages)), (path) => pages[path]!)).toEqual([
      'README.md: examples/demo.ts -> examples/demo.ts is not in the package',
      'README.md: docs/a.md#nowhere -> no heading #nowhere in docs/a.md',
    ]);
  });
});

describe('the npm package', { timeout: 60_000 }, () => {
  let files: Set<string>;
  beforeAll(() => {
    files = packedFiles();
  }, 60_000); // npm pack --dry-run takes over the default 10 s hook timeout on a loaded machine

  it('ships the README, the licence, the changelog and every guide the README links to', () => {
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'docs/getting-started.md', 'docs/concepts.md']) expect(files, file).toContain(file);
    expect([...files].filter((file) => file.startsWith('docs/api/'))).toEqual([]); // the generated site stays out
  });

  it('has no broken relative link in README.md or a shipped guide', () => {
    const problems = brokenLinks(files, (path) => readFileSync(join(ROOT, path), 'utf8'));
    expect(problems).toEqual([]);
    expect(linksOf(readFileSync(join(ROOT, 'README.md'), 'utf8')).filter((link) => !/^https?:/.test(link)).length).toBeGreaterThan(10);
  });

  it('says MIT in package.json and in LICENSE', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the improvement-plan authors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });
});

