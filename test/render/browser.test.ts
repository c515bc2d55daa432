/**
 * The rendered HTML in a real browser: headless Chromium (Debian package `chromium`) driven
 * by playwright-core. Asserts the layout (every section laid out, nothing overflowing, on a
 * desktop, a phone and an A4 print page), that the page makes no network request at all, and
 * saves screenshots to docs/plan-example.png and docs/evaluation-example.png. Skips, saying why,
 * only where no browser exists.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVALUATION_SECTION_IDS, lineChart, PLAN_SECTION_IDS, renderEvaluation, renderPlan } from '../../src/render/index.js';
import { writeHtml } from '../../src/render/html/writer.js';
import { trustedMarkup } from '../../src/render/html/element.js';
import { FIXTURES } from '../support/fixtures.js';
import { demoStory } from '../../examples/demo.js';
import { evaluated } from './evaluated-plan.js';
import { livedPlan } from './lived-plan.js';

const CANDIDATES = [process.env['IMPROVEMENT_PLAN_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter(
  (path): path is string => typeof path === 'string' && path !== '',
);
const executable = CANDIDATES.find((path) => existsSync(path));
const SCREENSHOT = join(FIXTURES, '..', '..', 'docs', 'plan-example.png');
const EVALUATION_SCREENSHOT = join(FIXTURES, '..', '..', 'docs', 'evaluation-example.png');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!executable) {
  describe('browser check', () => {
    it.skip(`skipped: no Chromium found (looked at ${CANDIDATES.join(', ')}); install it with 'apt-get install -y chromium' or set IMPROVEMENT_PLAN_CHROMIUM`, () => {});
  });
} else {
  describe(`the plan in headless Chromium (${executable})`, { timeout: 60_000 }, () => {
    let context: BrowserContext;
    let userDataDir: string;
    const requests: string[] = [];

    beforeAll(async () => {
      userDataDir = mkdtempSync(join(tmpdir(), 'improvement-plan-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, { executablePath: executable, headless: true, args: ARGS, viewport: { width: 1000, height: 800 } });
      // Every request fails the test: the page itself is set with setContent, so none is expected.
      await context.route('**/*', async (route) => {
        requests.push(route.request().url());
        await route.abort();
      });
      context.on('request', (request) => {
        if (!requests.includes(request.url())) requests.push(request.url());
      });
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    async function open(html: string, width: number): Promise<Page> {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.setContent(html, { waitUntil: 'load' });
      return page;
    }

    /** Sections with their boxes, and every element sticking out to the right of the page. */
    async function layout(page: Page) {
      return page.evaluate(() => {
        // Runs in the page. The project compiles without DOM types, so the few used are described here.
        interface Box { readonly left: number; readonly right: number; readonly width: number; readonly height: number }
        interface Element {
          readonly tagName: string;
          readonly className: string;
          readonly scrollWidth: number;
          readonly clientWidth: number;
          readonly classList: { contains(name: string): boolean };
          getAttribute(name: string): string | null;
          getBoundingClientRect(): Box;
          closest(selector: string): Element | null;
          querySelector(selector: string): Element | null;
        }
        const document = (globalThis as unknown as { document: { documentElement: Element; querySelectorAll(s: string): Iterable<Element> } }).document;
        const doc = document.documentElement;
        const sections = [...document.querySelectorAll('section[data-section]')].map((el) => {
          const box = el.getBoundingClientRect();
          return { id: el.getAttribute('data-section'), width: box.width, height: box.height, left: box.left, right: box.right };
        });
        const overflowing = [...document.querySelectorAll('body *')]
          .filter((el) => el.closest('.ip-table-wrap') === null || el.classList.contains('ip-table-wrap'))
          .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        const scrollingTables = [...document.querySelectorAll('.ip-table-wrap')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.querySelector('table')?.getAttribute('data-table'));
        return { sections, overflowing, scrollingTables, pageScrollWidth: doc.scrollWidth, pageWidth: doc.clientWidth };
      });
    }

    it('lays out every section with a real size, nothing wider than the page, and saves the screenshot', async () => {
      const page = await open(renderPlan(livedPlan(), { format: 'html', audience: 'manager', asOf: '2026-02-02' }), 1000);
      const result = await layout(page);
      expect(result.sections.map((s) => s.id)).toEqual([...PLAN_SECTION_IDS]);
      for (const section of result.sections) {
        expect(section.width, section.id ?? '').toBeGreaterThan(300);
        expect(section.height, section.id ?? '').toBeGreaterThan(30);
        expect(section.left).toBeGreaterThanOrEqual(0);
        expect(section.right).toBeLessThanOrEqual(result.pageWidth);
      }
      expect(result.pageScrollWidth).toBeLessThanOrEqual(result.pageWidth);
      expect(result.overflowing).toEqual([]);
      expect(result.scrollingTables).toEqual([]);
      await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 1000, height: 2300 } });
      expect(existsSync(SCREENSHOT)).toBe(true);
      await page.close();
    });

    it('fits a phone screen without sideways scrolling of the page', async () => {
      const page = await open(renderPlan(livedPlan(), { format: 'html', audience: 'employee' }), 375);
      const result = await layout(page);
      expect(result.pageScrollWidth).toBeLessThanOrEqual(result.pageWidth);
      expect(result.overflowing).toEqual([]);
      await page.close();
    });

    it('prints on A4: every table fits the printable width, and the PDF has several pages', async () => {
      // A4 is 210 mm wide; the style sheet's margins leave 182 mm, 688 CSS pixels.
      const page = await open(renderPlan(livedPlan(), { format: 'html', audience: 'hr' }), 688);
      await page.emulateMedia({ media: 'print' });
      const result = await layout(page);
      expect(result.pageScrollWidth).toBeLessThanOrEqual(result.pageWidth);
      expect(result.overflowing).toEqual([]);
      expect(result.scrollingTables).toEqual([]);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(3);
      await page.close();
    });

    it('lays out inline SVG charts: non-zero size, inside the page, scaled to the column', async () => {
      const series = [22, 25, undefined, 31, 36, 38].map((y, i) => ({ x: `2026-01-${String(5 + 7 * i).padStart(2, '0')}`, y }));
      series[4] = { x: '2026-02-02', y: 36 };
      series[5] = { x: '2026-02-09', y: 38 };
      const chart = lineChart({
        title: 'Outbound calls per week',
        series,
        references: [{ y: 25, label: 'Baseline 25', tone: 'baseline' }, { y: 40, label: 'Target 40', tone: 'target' }],
        markers: [{ x: '2026-01-20', label: 'Today', tone: 'today' }],
      });
      const compact = lineChart({ title: 'Overview', series, size: 'compact' });
      const html = writeHtml(
        {
          lang: 'en-US', title: 'Charts', subtitle: 'Check', audienceNote: 'Test page', private: false, facts: [], footer: 'End.',
          sections: [{ id: 'charts', title: 'Charts', blocks: [
            { kind: 'chart', name: 'calls', svg: chart, fallback: { kind: 'paragraph', content: ['calls'] } },
            { kind: 'chart', name: 'overview', svg: compact, fallback: { kind: 'paragraph', content: ['overview'] } },
          ] }],
        },
        'page',
        'manager',
      );
      for (const width of [1000, 375]) {
        const page = await open(html, width);
        const boxes = await page.evaluate(() => {
          interface Box { readonly left: number; readonly right: number; readonly width: number; readonly height: number }
          const document = (globalThis as unknown as { document: { documentElement: { clientWidth: number; scrollWidth: number }; querySelectorAll(s: string): Iterable<{ getBoundingClientRect(): Box }> } }).document;
          return {
            charts: [...document.querySelectorAll('figure.ip-chart svg')].map((el) => el.getBoundingClientRect()).map((b) => ({ left: b.left, right: b.right, width: b.width, height: b.height })),
            pageWidth: document.documentElement.clientWidth,
            scrollWidth: document.documentElement.scrollWidth,
          };
        });
        expect(boxes.charts).toHaveLength(2);
        for (const box of boxes.charts) {
          expect(box.width).toBeGreaterThan(100);
          expect(box.height).toBeGreaterThan(20);
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(boxes.pageWidth);
        }
        expect(boxes.scrollWidth).toBeLessThanOrEqual(boxes.pageWidth);
        if (width === 1000) await page.screenshot({ path: join(tmpdir(), 'improvement-plan-chart.png'), fullPage: true });
        await page.close();
      }
    });

    /** Every chart's box, and the page's width and scroll width. */
    async function chartBoxes(page: Page) {
      return page.evaluate(() => {
        interface Box { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly width: number; readonly height: number }
        interface Element { getBoundingClientRect(): Box; getAttribute(name: string): string | null; closest(selector: string): Element | null }
        const document = (globalThis as unknown as { document: { documentElement: { clientWidth: number; scrollWidth: number; scrollHeight: number }; querySelectorAll(s: string): Iterable<Element> } }).document;
        return {
          charts: [...document.querySelectorAll('figure.ip-chart svg')].map((el) => {
            const b = el.getBoundingClientRect();
            return { name: el.closest('figure')?.getAttribute('data-chart') ?? '', left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height };
          }),
          // every element drawn inside a chart (labels included) stays inside its chart's box
          escaping: [...document.querySelectorAll('figure.ip-chart svg *')].filter((el) => {
            const box = el.getBoundingClientRect();
            const svg = el.closest('svg')?.getBoundingClientRect();
            return svg !== undefined && box.width > 0 && (box.left < svg.left - 1 || box.right > svg.right + 1 || box.top < svg.top - 1 || box.bottom > svg.bottom + 1);
          }).length,
          pageWidth: document.documentElement.clientWidth,
          scrollWidth: document.documentElement.scrollWidth,
          pageHeight: document.documentElement.scrollHeight,
        };
      });
    }

    it('the evaluation report: every section, every chart laid out inside the page, no overflow; saves the screenshot', async () => {
      // the demo's final review, HR's copy: the screenshot in the README
      const story = demoStory();
      const plan = story.plan;
      const html = story.reports['evaluation-hr.html'] ?? '';
      const page = await open(html, 1000);
      const result = await layout(page);
      expect(result.sections.map((s) => s.id)).toEqual([...EVALUATION_SECTION_IDS]);
      for (const section of result.sections) {
        expect(section.width, section.id ?? '').toBeGreaterThan(300);
        expect(section.right).toBeLessThanOrEqual(result.pageWidth);
      }
      expect(result.pageScrollWidth).toBeLessThanOrEqual(result.pageWidth);
      expect(result.overflowing).toEqual([]);
      expect(result.scrollingTables).toEqual([]);
      const boxes = await chartBoxes(page);
      // the overview and one chart per goal
      expect(boxes.charts.map((c) => c.name)).toEqual(['overview', ...plan.goals.map((g) => `goal-${g.id}`)]);
      for (const chart of boxes.charts) {
        expect(chart.width, chart.name).toBeGreaterThan(400);
        expect(chart.height, chart.name).toBeGreaterThan(80);
        expect(chart.left, chart.name).toBeGreaterThanOrEqual(0);
        expect(chart.right, chart.name).toBeLessThanOrEqual(boxes.pageWidth);
      }
      expect(boxes.escaping).toBe(0);
      await page.screenshot({ path: EVALUATION_SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 1000, height: Math.min(2400, boxes.pageHeight) } });
      expect(existsSync(EVALUATION_SCREENSHOT)).toBe(true);
      await page.close();
    });

    /**
     * Every text label of every chart against every plotted point (circle), every drawn line
     * (polyline segments and the reference and marker lines) other than a marker's own line,
     * and every other label, in the browser's own boxes (getBBox, in the chart's viewBox units).
     */
    async function labelOverlaps(page: Page) {
      return page.evaluate(() => {
        interface Rect { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
        interface El { readonly tagName: string; getBBox(): Rect; getAttribute(name: string): string | null; closest(s: string): El | null; querySelectorAll(s: string): Iterable<El>; readonly parentNode: El | null; readonly textContent: string | null }
        const document = (globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<El> } }).document;
        const EPS = 0.5;
        const hits = (a: Rect, b: Rect) => a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
        // Liang-Barsky: does the segment cross the rectangle (shrunk by EPS)?
        const crosses = (r: Rect, x1: number, y1: number, x2: number, y2: number) => {
          const [l, t, rr, b] = [r.x + EPS, r.y + EPS, r.x + r.width - EPS, r.y + r.height - EPS];
          let t0 = 0, t1 = 1;
          const dx = x2 - x1, dy = y2 - y1;
          for (const [p, q] of [[-dx, x1 - l], [dx, rr - x1], [-dy, y1 - t], [dy, b - y1]] as const) {
            if (p === 0) { if (q < 0) return false; continue; }
            const u = q / p;
            if (p < 0) { if (u > t1) return false; if (u > t0) t0 = u; } else { if (u < t0) return false; if (u < t1) t1 = u; }
          }
          return true;
        };
        const found: string[] = [];
        let labels = 0;
        for (const svg of document.querySelectorAll('figure.ip-chart svg')) {
          const name = svg.closest('figure')?.getAttribute('data-chart') ?? '';
          const texts = [...svg.querySelectorAll('text')].map((el) => ({ el, box: el.getBBox(), text: el.textContent ?? '' })).filter((t) => t.box.width > 0);
          labels += texts.length;
          const circles = [...svg.querySelectorAll('circle')].map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) }));
          const segments: { x1: number; y1: number; x2: number; y2: number; owner: El | null }[] = [];
          for (const pl of svg.querySelectorAll('polyline')) {
            const pts = (pl.getAttribute('points') ?? '').trim().split(/\s+/).map((p) => p.split(',').map(Number));
            for (let i = 1; i < pts.length; i += 1) segments.push({ x1: pts[i - 1]![0]!, y1: pts[i - 1]![1]!, x2: pts[i]![0]!, y2: pts[i]![1]!, owner: null });
          }
          for (const line of svg.querySelectorAll('g[data-marker] line, g[data-reference] line')) {
            segments.push({ x1: Number(line.getAttribute('x1')), y1: Number(line.getAttribute('y1')), x2: Number(line.getAttribute('x2')), y2: Number(line.getAttribute('y2')), owner: line.parentNode });
          }
          texts.forEach((t, i) => {
            for (const c of circles) if (hits(t.box, { x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r })) found.push(`${name}: "${t.text}" on the point at ${c.x},${c.y}`);
            for (const s of segments) if (s.owner !== t.el.parentNode && crosses(t.box, s.x1, s.y1, s.x2, s.y2)) found.push(`${name}: "${t.text}" on a line ${s.x1},${s.y1}-${s.x2},${s.y2}`);
            for (const u of texts.slice(i + 1)) if (hits(t.box, u.box)) found.push(`${name}: "${t.text}" on "${u.text}"`);
          });
        }
        return { found, labels };
      });
    }

    it('the demo evaluation report: no chart label overlaps a plotted point, a line or another label in the browser', async () => {
      const story = demoStory();
      for (const file of ['evaluation-hr.html', 'evaluation-midway-manager.html'].filter((f) => story.reports[f] !== undefined)) {
        const page = await open(story.reports[file] ?? '', 1000);
        const { found, labels } = await labelOverlaps(page);
        expect(labels, file).toBeGreaterThan(10);
        expect(found, file).toEqual([]);
        await page.close();
      }
    });

    it('(control) the overlap check sees a label drawn on the data line', async () => {
      const svg = lineChart({ title: 'Control', series: [{ x: '2026-01-05', y: 1 }, { x: '2026-01-12', y: 2 }], references: [{ y: 1.5, label: 'x', tone: 'target' }] });
      const onLine = trustedMarkup(svg.html.replace('</svg>', '<text x="320" y="125" font-size="11">Across the line</text></svg>'));
      const html = writeHtml(
        { lang: 'en-US', title: 'Control', subtitle: '', audienceNote: '', private: false, facts: [], footer: '', sections: [{ id: 'c', title: 'C', blocks: [{ kind: 'chart', name: 'c', svg: onLine, fallback: [] }] }] },
        'page',
        'manager',
      );
      const page = await open(html, 1000);
      expect((await labelOverlaps(page)).found.length).toBeGreaterThan(0);
      await page.close();
    });

    it('the evaluation report on a phone and on A4 paper: charts scale down, nothing overflows', async () => {
      const { plan, evaluation, summary } = evaluated('2026-04-06');
      const html = renderEvaluation(summary, { format: 'html', audience: 'hr', plan, evaluation });
      const phone = await open(html, 375);
      const onPhone = await chartBoxes(phone);
      expect(onPhone.scrollWidth).toBeLessThanOrEqual(onPhone.pageWidth);
      expect(onPhone.charts).toHaveLength(1 + plan.goals.length);
      for (const chart of onPhone.charts) {
        expect(chart.width, chart.name).toBeGreaterThan(200);
        expect(chart.right, chart.name).toBeLessThanOrEqual(onPhone.pageWidth);
      }
      expect((await layout(phone)).overflowing).toEqual([]);
      await phone.close();
      const paper = await open(html, 688);
      await paper.emulateMedia({ media: 'print' });
      const printed = await layout(paper);
      expect(printed.pageScrollWidth).toBeLessThanOrEqual(printed.pageWidth);
      expect(printed.overflowing).toEqual([]);
      expect(printed.scrollingTables).toEqual([]);
      const pdf = await paper.pdf({ preferCSSPageSize: true });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
      await paper.close();
    });

    it('(control) the chart check sees a label that runs out of its chart', async () => {
      // the chart itself keeps every label inside (it shrinks or moves a long one): a text is drawn past its edge by hand
      const chart = lineChart({ title: 'Control', series: [{ x: '2026-01-05', y: 1 }, { x: '2026-01-12', y: 2 }], references: [{ y: 2, label: 'Target', tone: 'target' }] });
      const svg = trustedMarkup(chart.html.replace('</svg>', `<text x="560" y="20" font-size="11">${'x'.repeat(60)}</text></svg>`));
      const html = writeHtml(
        { lang: 'en-US', title: 'Control', subtitle: '', audienceNote: '', private: false, facts: [], footer: '', sections: [{ id: 'c', title: 'C', blocks: [{ kind: 'chart', name: 'c', svg, fallback: [] }] }] },
        'page',
        'manager',
      );
      const page = await open(html, 1000);
      expect((await chartBoxes(page)).escaping).toBeGreaterThan(0);
      await page.close();
    });

    it('made no network request at all', () => {
      expect(requests).toEqual([]);
    });

    it('(control) would have seen a request had the page made one', async () => {
      const before = requests.length;
      // a loopback address: the route aborts it before anything leaves the browser
      const page = await open('<!doctype html><p>x</p><img src="http://127.0.0.1:9/probe.png">', 400);
      expect(requests.slice(before)).toContain('http://127.0.0.1:9/probe.png');
      requests.splice(before);
      await page.close();
    });
  });
}
