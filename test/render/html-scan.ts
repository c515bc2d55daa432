/**
 * A strict scanner for the HTML this library writes: every tag and attribute is one the
 * renderer uses, attribute values are quoted and escaped, and text between tags contains no
 * markup characters except entities. Returns the problems found (empty when clean).
 */
const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'p', 'strong', 'span', 'dl', 'dt', 'dd', 'div', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'aside', 'figure',
  'figcaption', 'svg', 'g', 'line', 'polyline', 'path', 'circle', 'rect', 'text', 'tspan', 'desc',
]);
const ATTRIBUTE = /\s+([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"<>]*)")?/y;
const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;

function badText(text: string): string | undefined {
  const withoutEntities = text.replace(ENTITY, '');
  const bad = withoutEntities.match(/[<>"'&]/);
  return bad ? `raw ${JSON.stringify(bad[0])} in text ${JSON.stringify(text.slice(0, 80))}` : undefined;
}

export function scanHtml(html: string): string[] {
  const problems: string[] = [];
  let i = html.startsWith('<!doctype html>') ? '<!doctype html>'.length : 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const text = html.slice(i, lt === -1 ? html.length : lt);
    const bad = badText(text);
    if (bad) problems.push(bad);
    if (lt === -1) break;
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt, lt + 40));
    if (!name?.[1] || !TAGS.has(name[1])) {
      problems.push(`unexpected markup ${JSON.stringify(html.slice(lt, lt + 40))}`);
      i = lt + 1;
      continue;
    }
    let j = lt + name[0].length;
    if (!name[0].startsWith('</')) {
      for (;;) {
        ATTRIBUTE.lastIndex = j;
        const attribute = ATTRIBUTE.exec(html);
        if (!attribute) break;
        if (attribute[2] !== undefined && badText(attribute[2].replace(/"/g, ''))) problems.push(`bad attribute value ${attribute[2].slice(0, 60)}`);
        if (/^on/i.test(attribute[1] ?? '') || /^(src|href|xlink:href|srcset|action)$/i.test(attribute[1] ?? '')) problems.push(`forbidden attribute ${attribute[1]}`);
        j = ATTRIBUTE.lastIndex;
      }
    }
    if (html[j] !== '>') {
      problems.push(`malformed tag ${JSON.stringify(html.slice(lt, lt + 60))}`);
      i = lt + 1;
      continue;
    }
    i = j + 1;
    if (name[0] === '<style') {
      const end = html.indexOf('</style>', i);
      const css = html.slice(i, end);
      if (/url\(|@import|<|@font-face/i.test(css)) problems.push('style sheet loads or embeds something');
      i = end;
    }
  }
  return problems;
}
