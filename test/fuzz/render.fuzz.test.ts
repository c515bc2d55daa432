/**
 * Fuzz target: renderPlan and escapeMarkdown over the shapes of issue 13 (findings 1, 8, 11, 15
 * and 16): every free-text field of valid plans filled with long whitespace runs, prose, Markdown
 * specials, links and control characters, up to its LIMITS length (one field, some, or every
 * field at its limit: the maximal plan, in every run); names and titles with C0, C1, ESC
 * sequences, bidi overrides, lone surrogates and NUL; metadata with secrets at dotted and odd
 * keys (`.`, `a.b`, `/`, `~`, `constructor`, control characters, keys up to 1,000,000 characters)
 * marked private; `dateFormat: ''`.
 *
 * Promises checked: the employee's copy (Markdown and HTML) never holds a private metadata value,
 * the manager's holds every one; Markdown holds no NUL, C0 control, lone surrogate or bidi control
 * (HTML strips the first three, and isolates bidi text in `<bdi>`); Markdown has no autolink under
 * `marked` (GFM) and `markdown-it` (linkify) when they are installed; escaped text has no line
 * break; a plan that does not parse is refused with well-formed issues whose messages quote the
 * input only up to a fixed length; a bad `dateFormat` is a RangeError. The slowest render is the
 * figure `npm run fuzz` holds to its per-input bound.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, parsePlan, renderPlan, type Plan, type RenderOptions } from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { fuzzRuns, isWellFormedIssue, prototypesClean } from '../support/hostile.js';
import {
  bidiOutsideBdi,
  controlText,
  Invariants,
  forbiddenInDocument,
  freeTextFields,
  LINK_TEXTS,
  maximalDocument,
  MAXIMAL_TEXTS,
  LONG_KEYS,
  MAX_MESSAGE_LENGTH,
  secretMetadata,
  setAt,
  textAt,
  whitespaceRun,
  withLongTexts,
  type FreeTextField,
  type SecretMetadata,
} from './shapes.js';
import { LIMITS } from '../../src/schema/limits.js';

const FULL = process.env['FUZZ'] === '1';

/** Markdown to HTML with the GFM renderers the "no links" promise is about, when installed (dev dependencies). */
type ToHtml = (markdown: string) => string;
async function markdownRenderers(): Promise<Record<string, ToHtml>> {
  const out: Record<string, ToHtml> = {};
  // module names in variables: optional dev dependencies, typed here, absent or present
  const [markedModule, markdownItModule] = ['marked', 'markdown-it'];
  try {
    const { marked } = (await import(markedModule!)) as { marked: { parse: (md: string, options: object) => string } };
    out['marked'] = (md) => marked.parse(md, { gfm: true, async: false });
  } catch {
    // not installed: the autolink invariant is skipped for marked
  }
  try {
    const MarkdownIt = ((await import(markdownItModule!)) as { default: new (options: object) => { render: (md: string) => string } }).default;
    const md = new MarkdownIt({ linkify: true, html: false });
    out['markdown-it'] = (text) => md.render(text);
  } catch {
    // not installed: the autolink invariant is skipped for markdown-it
  }
  return out;
}

/** A link element in rendered HTML, or undefined. */
function linkIn(html: string): string | undefined {
  const match = /<a\s[^>]*>/i.exec(html);
  return match ? html.slice(Math.max(0, match.index - 40), match.index + 80) : undefined;
}

interface Shaped {
  readonly coverage: string;
  readonly document: Record<string, unknown>;
  readonly secrets: SecretMetadata;
}

/** A valid plan with long or hostile texts, hostile names, and secrets at odd metadata keys. */
function shapedPlans(pool: readonly { document: unknown; fields: readonly FreeTextField[] }[]): fc.Arbitrary<Shaped> {
  return fc
    .record({
      i: fc.nat({ max: pool.length - 1 }),
      names: fc.array(fc.tuple(fc.constantFrom(['employee', 'name'], ['manager', 'name'], ['title'], ['employee', 'role'], ['goals', 0, 'title']), controlText()), { maxLength: 3 }),
      secrets: secretMetadata(),
      // a key of 2,000 to 1,000,000 characters one time in eight
      longKey: fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.constantFrom(...LONG_KEYS), weight: 1 }),
    })
    .chain(({ i, names, secrets, longKey }) =>
      withLongTexts(pool[i]!.document, pool[i]!.fields).map(({ coverage, document }) => {
        const doc = document as Record<string, unknown>;
        for (const [path, text] of names) setAt(doc, path, text);
        const metadata = { ...secrets.metadata };
        if (longKey !== undefined) Object.defineProperty(metadata, longKey, { value: 'long key', enumerable: true, writable: true, configurable: true });
        doc['metadata'] = metadata;
        return { coverage, document: doc, secrets };
      }),
    );
}

/** A shaped document in a few words, for a counterexample. */
function describeShape(shaped: Shaped, dateFormat?: string): string {
  const texts = JSON.stringify(shaped.document).length;
  return `${shaped.coverage} field(s) shaped, document of ${texts} chars, private paths ${JSON.stringify(shaped.secrets.privatePaths)}${dateFormat === undefined ? '' : `, dateFormat ${JSON.stringify(dateFormat)}`}`;
}

function checkRefusal(inv: Invariants, issues: readonly { code: string; path: readonly (string | number)[]; message: string }[], shape: () => string): void {
  inv.check('a refusal has issues', issues.length > 0, shape);
  for (const issue of issues) {
    inv.check('issues are well formed', isWellFormedIssue(issue), () => JSON.stringify(issue));
    inv.check(`an issue message quotes input only up to a fixed length (≤ ${MAX_MESSAGE_LENGTH} chars)`, issue.message.length <= MAX_MESSAGE_LENGTH, () => `${issue.code} message of ${issue.message.length} chars: ${issue.message}`);
  }
}

function checkRenders(inv: Invariants, plan: Plan, shaped: Shaped, dateFormat: string | undefined, renderers: Record<string, ToHtml>, slowest: SlowestInput, autolinks: boolean): void {
  const { secrets } = shaped;
  for (const format of ['markdown', 'html'] as const) {
    for (const audience of ['employee', 'manager'] as const) {
      const options: RenderOptions = { format, audience, includeMetadata: true, privateMetadata: secrets.privatePaths, asOf: plan.startDate, ...(dateFormat === undefined ? {} : { dateFormat }) };
      // a bad pattern is a programming error, documented as a RangeError; nothing else may throw
      const rendered = inv.call('renderPlan', () => slowest.time(() => renderPlan(plan, options)), () => describeShape(shaped, dateFormat), (error) => dateFormat !== undefined && error instanceof RangeError);
      if (!rendered.ok) return;
      const out = rendered.value;
      const where = `${format}, ${audience}'s copy`;
      for (const secret of secrets.secrets) {
        const path = JSON.stringify(secrets.privatePaths[secrets.secrets.indexOf(secret)]);
        if (audience === 'employee') inv.check("the employee's copy holds no private metadata value", !out.includes(secret), () => `${where}: ${secret} at private path ${path}`);
        else inv.check("the manager's copy holds every metadata value", out.includes(secret), () => `${where}: ${secret} at ${path} missing`);
      }
      if (format === 'markdown') {
        const raw = forbiddenInDocument(out, true);
        inv.check('Markdown holds no NUL, C0 control, lone surrogate or bidi control', raw === undefined, () => `${raw}; ${describeShape(shaped)}`);
        if (autolinks) {
          for (const [name, toHtml] of Object.entries(renderers)) {
            const link = linkIn(toHtml(out));
            inv.check(`Markdown has no autolink under ${name}`, link === undefined, () => `${link}`);
          }
        }
      } else {
        const raw = forbiddenInDocument(out, false);
        inv.check('HTML holds no NUL, C0 control or lone surrogate', raw === undefined, () => `${raw}`);
        const bidi = bidiOutsideBdi(out);
        inv.check('HTML isolates bidi controls in <bdi>', bidi === undefined, () => `${bidi}`);
      }
    }
  }
}

describe('fuzz: rendering long, hostile and private text', () => {
  let pool: { document: unknown; fields: readonly FreeTextField[] }[] = [];
  let renderers: Record<string, ToHtml> = {};
  beforeAll(async () => {
    const documents = [...PLAN_FIXTURES.map((name) => readFixture(name)), ...fc.sample(planArbitrary({ withRecords: true, withObservations: false, maxGoals: 4 }), { numRuns: FULL ? 6 : 2, seed: 51 })];
    pool = documents.map((document) => ({ document, fields: freeTextFields(document) }));
    renderers = await markdownRenderers();
  }, 300_000);

  it('renders plans with long texts, control characters and secrets at odd keys: no leak, no raw controls, no autolinks', () => {
    expect(pool.every((p) => p.fields.length > 10)).toBe(true);
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const coverage = new Map<string, number>();
    let inputs = 0;
    let rendered = 0;
    const run = (shaped: Shaped, dateFormat: string | undefined) => {
      inputs += 1;
      coverage.set(shaped.coverage, (coverage.get(shaped.coverage) ?? 0) + 1);
      const parsed = inv.call('parsePlan', () => slowest.time(() => parsePlan(shaped.document)), () => describeShape(shaped));
      if (!parsed.ok) return;
      if (!parsed.value.ok) {
        checkRefusal(inv, parsed.value.issues, () => describeShape(shaped));
        return;
      }
      rendered += 1;
      // the GFM renderers are slow on megabyte documents: autolinks are checked on the others
      checkRenders(inv, parsed.value.plan, shaped, dateFormat, renderers, slowest, shaped.coverage !== 'every');
      inv.check('no prototype polluted', prototypesClean(), () => describeShape(shaped));
    };
    // the maximal plans (every free-text field at its limit), every kind of text, in every run
    const maximal = fc.sample(secretMetadata(), { numRuns: pool.length * MAXIMAL_TEXTS.length, seed: 52 });
    for (const [i, { document, fields }] of pool.entries()) {
      for (const [k, kind] of MAXIMAL_TEXTS.entries()) {
        if (!FULL && (i > 0 || k > 0)) break;
        const secrets = maximal[i * MAXIMAL_TEXTS.length + k]!;
        const doc = maximalDocument(document, fields, kind) as Record<string, unknown>;
        doc['metadata'] = secrets.metadata;
        run({ coverage: 'every', document: doc, secrets }, undefined);
      }
    }
    const runs = fuzzRuns(1_000);
    fc.assert(
      fc.property(shapedPlans(pool), fc.constantFrom(undefined, undefined, undefined, '', 'PP', 'yyyy-MM-dd', "'"), (shaped, dateFormat) => run(shaped, dateFormat)),
      { numRuns: runs },
    );
    recordFuzz('renderPlan (shapes)', inputs, slowest.ms);
    inv.assertNone();
    // many shaped plans parse (keys past the key bound are refused), so the renderers really ran on them
    expect(rendered).toBeGreaterThan(inputs / 3);
    if (runs >= 1_000) expect([...coverage.keys()].sort()).toEqual(['every', 'one', 'some']);
  });

  it('escapeMarkdown: whitespace runs up to LIMITS.textLength, control characters and links: one line, no raw controls, no autolinks', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const runs = fuzzRuns(3_000);
    let inputs = 0;
    const check = (text: string) => {
      inputs += 1;
      const out = slowest.time(() => escapeMarkdown(text));
      inv.check('escaped text has no line break', !/[\r\n]/.test(out), () => text);
      const raw = forbiddenInDocument(out, true);
      inv.check('escaped text holds no NUL, C0 control, lone surrogate or bidi control', raw === undefined, () => `${raw} from ${text}`);
      for (const [name, toHtml] of Object.entries(renderers)) {
        const link = linkIn(toHtml(`Note: ${out}`));
        inv.check(`escaped text makes no autolink under ${name}`, link === undefined, () => `${text} -> ${link}`);
      }
    };
    // at the limit, in every run
    for (const n of [LIMITS.labelLength, LIMITS.textLength]) check(`a${' '.repeat(n - 2)}b`);
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: fc.integer({ min: 2, max: LIMITS.textLength }).chain((n) => whitespaceRun(n)), weight: 3 },
          { arbitrary: fc.constantFrom(LIMITS.labelLength, LIMITS.textLength).chain((n) => textAt(n)), weight: 1 },
          { arbitrary: controlText(), weight: 3 },
          { arbitrary: fc.constantFrom(...LINK_TEXTS), weight: 2 },
          { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 2 },
        ),
        check,
      ),
      { numRuns: runs },
    );
    recordFuzz('escapeMarkdown (shapes)', inputs, slowest.ms);
    inv.assertNone();
  });
});
