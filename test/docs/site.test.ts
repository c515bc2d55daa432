/**
 * The API site (`npm run docs`): generated with the project's typedoc.json into a temporary
 * directory, then checked by test/docs/site-check.mjs: every function page shows one short
 * signature (types linked by name, not written out), every link resolves to a file and anchor
 * of the site, and the guides are pages, not raw Markdown. The checker itself is tested on
 * small hand-made sites first, so a check that cannot fail would show here.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Application, LogLevel } from 'typedoc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without declarations (also run by `npm run docs`)
import { checkSite, MAX_SIGNATURE_CHARS, signaturesOf } from './site-check.mjs';
import { FIXTURES } from '../support/fixtures.js';

interface SiteCheck {
  problems: string[];
  pages: number;
  links: number;
  longest: { chars: number; page: string };
}
const check = checkSite as (dir: string) => SiteCheck;
const signatures = signaturesOf as (html: string) => string[];

const ROOT = join(FIXTURES, '..', '..');

function writeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string) => `<!DOCTYPE html><html><body>${body}</body></html>`;
const signature = (text: string) => `<div class="tsd-signature tsd-anchor-link" id="fn"><span class="tsd-kind-call-signature">${text}</span></div>`;

describe('the site checker', () => {
  const made: string[] = [];
  const site = (files: Record<string, string>) => {
    const dir = writeSite(files);
    made.push(dir);
    return dir;
  };
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('passes a small site whose links, anchors and signatures are fine', () => {
    const dir = site({
      'index.html': page('<a href="functions/f.html#fn">f</a> <a href="documents/Guide.html">guide</a> <a href="https://example.org/x">out</a> <a href="#top" id="top">top</a>'),
      'functions/f.html': page(`${signature('f(plan: <a href="../types/Plan.html">Plan</a>): string')}<img src="../media/chart.png">`),
      'types/Plan.html': page('<h1>Plan</h1>'),
      'documents/Guide.html': page('<a href="../index.html#top">back</a>'),
      'media/chart.png': 'png',
    });
    const result = check(dir);
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(4);
    expect(result.links).toBe(6); // the external link is not counted
    expect(result.longest).toEqual({ chars: 'f(plan: Plan): string'.length, page: 'functions/f.html' });
  });

  it('reports an inlined type, a missing file, a missing anchor and a raw Markdown guide', () => {
    const inlined = `transition(input: { ${Array.from({ length: 60 }, (_, i) => `field${i}: string;`).join(' ')} }): Result`;
    const dir = site({
      'index.html': page('<a href="functions/transition.html#nowhere">t</a> <a href="documents/Missing.html">gone</a> <a href="media/concepts.md">concepts</a>'),
      'functions/transition.html': page(signature(inlined)),
      'media/concepts.md': '# Concepts',
    });
    const problems = check(dir).problems.join('\n');
    expect(problems).toContain(`functions/transition.html: a signature of ${inlined.length} characters (at most ${MAX_SIGNATURE_CHARS}`);
    expect(problems).toContain('index.html: functions/transition.html#nowhere has no anchor #nowhere');
    expect(problems).toContain('index.html: documents/Missing.html does not exist');
    expect(problems).toContain('media/concepts.md: a guide copied as a raw Markdown file');
    expect(problems).toContain('index.html: media/concepts.md links to a raw Markdown file');
  });

  it('reports a file name that Markdown turned into a web address (README.md as http://README.md)', () => {
    const dir = site({
      'index.html': page('See <a href="http://README.md">README.md</a> and <a href="https://zod.dev">zod.dev</a> and <a href="https://example.org/a.md">a.md</a>.'),
    });
    expect(check(dir).problems).toEqual(['index.html: http://README.md is a file name made into a web address (write it as `README.md` or link the file)']);
  });

  it('reads a signature as its text: tags removed, entities decoded', () => {
    expect(signatures(page(signature('f(<span>a</span>:&nbsp;<a href="x.html">A</a>&lt;T&gt;)')))).toEqual(['f(a: A<T>)']);
  });
});

describe('the generated API site', { timeout: 180_000 }, () => {
  let out: string;
  let result: SiteCheck;
  let warnings = 0;
  let errors = 0;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'improvement-plan-api-'));
    // skipErrorChecking: tsc checks the types; the test is about the site (and runs in about half the time).
    const app = await Application.bootstrapWithPlugins({ options: join(ROOT, 'typedoc.json'), tsconfig: join(ROOT, 'tsconfig.json'), out, logLevel: LogLevel.Error, skipErrorChecking: true });
    const project = await app.convert();
    if (!project) throw new Error('typedoc could not convert the project');
    app.validate(project);
    await app.generateDocs(project, out);
    warnings = app.logger.warningCount;
    errors = app.logger.errorCount;
    result = check(out);
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds without a warning (CI treats warnings as errors)', () => {
    expect({ warnings, errors }).toEqual({ warnings: 0, errors: 0 });
  });

  it('has short signatures, working links and no raw Markdown', () => {
    expect(result.problems).toEqual([]);
    expect(result.pages).toBeGreaterThan(400);
    expect(result.links).toBeGreaterThan(10_000);
    expect(result.longest.chars).toBeLessThanOrEqual(MAX_SIGNATURE_CHARS);
  });

  it('shows transition with its types by name, each linked to its page', () => {
    const html = readFileSync(join(out, 'functions', 'improvement-plan.transition.html'), 'utf8');
    expect(signatures(html)[0]).toBe('transition( input: Plan, command: PlanCommand, ctx: TransitionContext,): TransitionResult');
    for (const type of ['Plan', 'PlanCommand', 'TransitionContext', 'TransitionResult']) {
      expect(html).toMatch(new RegExp(`href="\\.\\./(types|interfaces)/improvement-plan\\.${type}\\.html"`));
    }
  });

  it("lists the plan's fields on the Plan page, each field's type by name", () => {
    const html = readFileSync(join(out, 'types', 'improvement-plan.Plan.html'), 'utf8');
    const declaration = signatures(html).join(' ');
    expect(declaration).toContain('employee: Employee;');
    expect(declaration).toContain('goals: Goal[];');
    expect(declaration).not.toContain('z.output');
  });

  it('shows a zod schema constant as what it parses to', () => {
    const html = readFileSync(join(out, 'variables', 'improvement-plan.PlanSchema.html'), 'utf8');
    expect(signatures(html)[0]).toBe('PlanSchema: ZodType<Plan, PlanInput> = ...');
  });

  it('makes every guide a page, the getting-started page first, linked from the index', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="documents/Concepts.html"'); // the README's docs/concepts.md link
    expect(index).toContain('href="documents/Getting_started.html"');
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { projectDocuments: string[]; guideTitles: Record<string, string> };
    expect(config.projectDocuments[0]).toBe('docs/getting-started.md');
    for (const guide of config.projectDocuments) {
      const title = config.guideTitles[guide];
      expect(title, guide).toBeTypeOf('string');
      expect(() => readFileSync(join(out, 'documents', `${title!.replace(/ /g, '_')}.html`)), guide).not.toThrow();
    }
  });
});
