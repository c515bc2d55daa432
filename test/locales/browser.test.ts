/**
 * The German and Arabic reports in a real browser: headless Chromium (Debian package `chromium`)
 * driven by playwright-core. The Arabic page reads right to left (the document's direction, the
 * tables' first column on the right, the audience note's rule on the right), the German page left
 * to right, the charts stay left to right in both (time runs left to right, so axis dates and
 * numbers are not reordered), and nothing overflows the page. Saves the two screenshots
 * docs/localization-de.png and docs/localization-ar.png. Skips, saying why, only where no browser
 * exists (CI installs one and fails rather than skips).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePlan, renderEvaluation, renderPlan, summarizeEvaluation, type Locale } from '../../src/index.js';
import { demoStory } from '../../examples/demo.js';
import { FIXTURES } from '../support/fixtures.js';
import { SHIPPED_LOCALES } from './shipped.js';

const CANDIDATES = [process.env['IMPROVEMENT_PLAN_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter(
  (path): path is string => typeof path === 'string' && path !== '',
);
const executable = CANDIDATES.find((path) => existsSync(path));
const DOCS = join(FIXTURES, '..', '..', 'docs');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const localeNamed = (name: string): Locale | undefined => SHIPPED_LOCALES.find((l) => l.name === name)?.locale;

/** The demo's final evaluation report, HR's copy, in a language. */
function report(locale: Locale): string {
  const story = demoStory();
  // without its English title, the report names the plan in the locale's words
  const { title: _title, ...plan } = story.plan;
  const evaluation = evaluatePlan(plan, null, { asOf: story.final.plan.asOf, locale });
  return renderEvaluation(summarizeEvaluation(evaluation, { locale }), { format: 'html', audience: 'hr', plan, evaluation, locale });
}

/** What the test reads of a page's layout. */
interface Layout {
  readonly lang: string;
  readonly dir: string;
  readonly direction: string;
  /** Per table: the first and last header cells' left edges. */
  readonly tables: readonly { readonly first: number; readonly last: number }[];
  /** The audience note's rule: which side carries it. */
  readonly rule: { readonly left: string; readonly right: string };
  /** Per chart: its computed direction, and the first and last x of its plotted series. */
  readonly charts: readonly { readonly direction: string; readonly firstX: number; readonly lastX: number }[];
  readonly overflow: number;
}

const ready = Boolean(executable) && localeNamed('de') !== undefined && localeNamed('ar') !== undefined;

if (!ready) {
  describe('locales in the browser', () => {
    it.skip(`skipped: ${executable ? 'the de and ar locales are not both shipped' : `no Chromium found (looked at ${CANDIDATES.join(', ')}); install it with 'apt-get install -y chromium'`}`, () => {});
  });
} else {
  describe(`German and Arabic reports in headless Chromium (${executable})`, { timeout: 60_000 }, () => {
    let context: BrowserContext;
    let userDataDir: string;

    beforeAll(async () => {
      userDataDir = mkdtempSync(join(tmpdir(), 'improvement-plan-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, { executablePath: executable as string, headless: true, args: ARGS, viewport: { width: 1000, height: 800 } });
      await context.route('**/*', (route) => route.abort());
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    async function layoutOf(html: string, screenshot?: string): Promise<Layout> {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.setContent(html, { waitUntil: 'load' });
      const layout = await page.evaluate((): Layout => {
        // Runs in the page. The project compiles without DOM types, so the few used are described here.
        interface Box { readonly left: number; readonly right: number }
        interface Element {
          readonly scrollWidth: number;
          readonly clientWidth: number;
          getAttribute(name: string): string | null;
          getBoundingClientRect(): Box;
          querySelectorAll(selector: string): Iterable<Element>;
          querySelector(selector: string): Element | null;
        }
        const g = globalThis as unknown as {
          document: { documentElement: Element; querySelector(s: string): Element | null; querySelectorAll(s: string): Iterable<Element> };
          getComputedStyle(e: Element): Readonly<Record<string, string>>;
        };
        const doc = g.document;
        const article = doc.querySelector('.ip-document')!;
        const tables = [...doc.querySelectorAll('.ip-document table')].map((table) => {
          const cells = [...table.querySelectorAll('th')];
          return { first: cells[0]!.getBoundingClientRect().left, last: cells[cells.length - 1]!.getBoundingClientRect().left };
        });
        const note = doc.querySelector('.ip-audience')!;
        const style = g.getComputedStyle(note);
        const charts = [...doc.querySelectorAll('.ip-chart svg')]
          .map((svg) => {
            const path = svg.querySelector('polyline, path[data-series], path');
            const points = (path?.getAttribute('points') ?? path?.getAttribute('d') ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
            return { direction: g.getComputedStyle(svg)['direction'] ?? '', firstX: points[0] ?? 0, lastX: points[points.length - 2] ?? 0 };
          })
          .filter((chart) => chart.firstX !== chart.lastX);
        return {
          lang: doc.documentElement.getAttribute('lang') ?? '',
          dir: doc.documentElement.getAttribute('dir') ?? '',
          direction: g.getComputedStyle(article)['direction'] ?? '',
          tables,
          rule: { left: style['borderLeftWidth'] ?? '', right: style['borderRightWidth'] ?? '' },
          charts,
          overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
        };
      });
      if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
      await page.close();
      return layout;
    }

    it('lays the Arabic report out right to left, its charts left to right, and saves docs/localization-ar.png', async () => {
      const layout = await layoutOf(report(localeNamed('ar')!), join(DOCS, 'localization-ar.png'));
      expect([layout.lang, layout.dir, layout.direction]).toEqual(['ar', 'rtl', 'rtl']);
      expect(layout.tables.length).toBeGreaterThan(2);
      for (const table of layout.tables) expect(table.first).toBeGreaterThanOrEqual(table.last);
      expect(layout.tables.some((t) => t.first > t.last)).toBe(true);
      expect(layout.rule).toEqual({ left: '0px', right: '4px' });
      expect(layout.charts.length).toBeGreaterThan(0);
      for (const chart of layout.charts) {
        expect(chart.direction).toBe('ltr');
        expect(chart.firstX).toBeLessThan(chart.lastX);
      }
      expect(layout.overflow).toBeLessThanOrEqual(0);
    });

    it('lays the German report out left to right and saves docs/localization-de.png', async () => {
      const layout = await layoutOf(report(localeNamed('de')!), join(DOCS, 'localization-de.png'));
      expect([layout.lang, layout.dir, layout.direction]).toEqual(['de', '', 'ltr']);
      for (const table of layout.tables) expect(table.first).toBeLessThanOrEqual(table.last);
      expect(layout.rule).toEqual({ left: '4px', right: '0px' });
      for (const chart of layout.charts) expect(chart.firstX).toBeLessThan(chart.lastX);
      expect(layout.overflow).toBeLessThanOrEqual(0);
    });

    it('lays the Arabic plan document out right to left without overflow', async () => {
      const story = demoStory();
      const layout = await layoutOf(renderPlan(story.plan, { format: 'html', audience: 'employee', locale: localeNamed('ar')!, asOf: '2026-04-07' }));
      expect(layout.direction).toBe('rtl');
      for (const table of layout.tables) expect(table.first).toBeGreaterThanOrEqual(table.last);
      expect(layout.overflow).toBeLessThanOrEqual(0);
    });
  });
}
