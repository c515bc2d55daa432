#!/usr/bin/env node
// Checks a generated API site (typedoc's HTML output) for what makes it read badly:
//  - a function or class page whose signature is long (a type written out inline instead of
//    linked by name: `transition`'s signature was the whole `Plan` type, ~640 lines);
//  - a link (href or src) that does not resolve to a file of the site, or to an anchor of it;
//  - a guide served as a raw `.md` file instead of a page;
//  - a bare file name that Markdown's linkify made into a web address (README.md -> http://README.md).
// Used by `npm run docs` (after typedoc) and by test/docs/site.test.ts.
// Usage: node test/docs/site-check.mjs [site-dir]   (default docs/api; exit 1 on a problem)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The longest signature (its text, as a reader sees it) a function or class page may show. */
export const MAX_SIGNATURE_CHARS = 400;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z0-9]+);/gi, (entity, name) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The signatures shown on a page (`<div class="tsd-signature ...">`), as text. */
export function signaturesOf(html) {
  const signatures = [];
  const open = /<div class="tsd-signature\b[^"]*"[^>]*>/g;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    // A signature block holds no nested <div>: it ends at the next </div>.
    const end = html.indexOf('</div>', open.lastIndex);
    signatures.push(textOf(html.slice(open.lastIndex, end === -1 ? undefined : end)));
  }
  return signatures;
}

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

function idsOf(html) {
  const ids = new Set();
  for (const match of html.matchAll(/\s(?:id|name)="([^"]+)"/g)) ids.add(decodeHtmlAttribute(match[1]));
  return ids;
}

function decodeHtmlAttribute(value) {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** A link that leaves the site (or is not a file link): not checked here. */
function external(link) {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
}

/**
 * Checks the site in `dir`. Returns the problems (empty when the site is fine) and figures:
 * pages, links checked, the longest signature and its page.
 */
export function checkSite(dir) {
  const root = resolve(dir);
  const problems = [];
  if (!existsSync(join(root, 'index.html'))) return { problems: [`${root}: no index.html (is this a typedoc site?)`], pages: 0, links: 0, longest: { chars: 0, page: '' } };
  const files = walk(root);
  const pages = files.filter((file) => file.endsWith('.html'));
  const html = new Map(pages.map((page) => [page, readFileSync(page, 'utf8')]));
  const ids = new Map();
  const idsFor = (page) => {
    if (!ids.has(page)) ids.set(page, idsOf(html.get(page) ?? ''));
    return ids.get(page);
  };
  const show = (file) => relative(root, file).split(sep).join('/');

  for (const file of files) {
    if (file.endsWith('.md')) problems.push(`${show(file)}: a guide copied as a raw Markdown file (make it a project document)`);
  }

  let links = 0;
  let longest = { chars: 0, page: '' };
  for (const [page, text] of html) {
    const kind = show(page).split('/')[0];
    if (kind === 'functions' || kind === 'classes') {
      for (const signature of signaturesOf(text)) {
        if (signature.length > longest.chars) longest = { chars: signature.length, page: show(page) };
        if (signature.length > MAX_SIGNATURE_CHARS) {
          problems.push(`${show(page)}: a signature of ${signature.length} characters (at most ${MAX_SIGNATURE_CHARS}; is a type inlined instead of linked?): ${signature.slice(0, 120)}...`);
        }
      }
    }
    for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = decodeHtmlAttribute(match[1]);
      // Markdown's linkify reads a bare file name with a top-level domain's ending as a web
      // address ("README.md" is Moldova's .md): the link goes nowhere.
      if (/^https?:\/\/[\w.-]+\.(md|ts|js|mjs|json|sh|py)\/?$/i.test(link)) {
        problems.push(`${show(page)}: ${link} is a file name made into a web address (write it as \`${link.replace(/^https?:\/\//, '').replace(/\/$/, '')}\` or link the file)`);
        continue;
      }
      if (link === '' || external(link)) continue;
      links += 1;
      const [pathPart, anchor] = link.split('#', 2);
      const target = pathPart === '' ? page : resolve(dirname(page), decodeURIComponent(pathPart.split('?')[0]));
      if (!target.startsWith(root + sep) && target !== root) {
        problems.push(`${show(page)}: ${link} leaves the site`);
        continue;
      }
      if (!existsSync(target) || statSync(target).isDirectory()) {
        problems.push(`${show(page)}: ${link} does not exist`);
        continue;
      }
      if (target.endsWith('.md')) problems.push(`${show(page)}: ${link} links to a raw Markdown file`);
      // hierarchy.html is filled in by assets/hierarchy.js when it loads: its anchors are not in the file.
      if (anchor && target.endsWith('.html') && show(target) !== 'hierarchy.html' && !idsFor(target).has(decodeURIComponent(anchor))) {
        problems.push(`${show(page)}: ${link} has no anchor #${anchor}`);
      }
    }
  }
  return { problems, pages: pages.length, links, longest };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'api');
  const { problems, pages, links, longest } = checkSite(dir);
  for (const problem of problems) console.error(problem);
  console.log(`site check: ${pages} pages, ${links} links, longest signature ${longest.chars} characters (${longest.page}), ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
