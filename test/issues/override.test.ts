import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RENDER_MESSAGES_EN, overrideMessages, renderPlan, withMessages, type RenderMessages } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import { livedPlan } from '../render/lived-plan.js';
import { leaves } from '../locales/catalog-calls.js';

type Tree = Readonly<Record<string, unknown>>;

describe('overrideMessages', () => {
  it('replaces the words given, key by key at any depth, and keeps the rest', () => {
    const house = overrideMessages(RENDER_MESSAGES_EN, { labels: { goal: 'Objective' }, evaluation: { labels: { score: 'Rating' } }, days: (n) => `${n} d` });
    expect(house.labels.goal).toBe('Objective');
    expect(house.labels.target).toBe(RENDER_MESSAGES_EN.labels.target);
    expect(house.evaluation.labels.score).toBe('Rating');
    expect(house.evaluation.labels.progress).toBe(RENDER_MESSAGES_EN.evaluation.labels.progress);
    expect(house.days(3)).toBe('3 d');
    expect(house.dateRange('a', 'b')).toBe(RENDER_MESSAGES_EN.dateRange('a', 'b'));
    expect(Object.isFrozen(house) && Object.isFrozen(house.labels)).toBe(true);
  });

  it('replaces a list of sentences whole with a non-empty list of strings, and keeps it otherwise', () => {
    const base = { title: 'Report', method: ['One.', 'Two.', 'Three.'] as readonly string[] };
    const two = overrideMessages(base, { method: ['Eins.', 'Zwei.'] });
    expect(two.method).toEqual(['Eins.', 'Zwei.']);
    expect(Object.isFrozen(two.method)).toBe(true);
    const hostile = new Proxy(['x'], { get: () => { throw new Error('hostile'); } });
    for (const broken of [[], ['Eins.', 2], 'Eins.', null, hostile]) expect(overrideMessages(base, { method: broken as never })).toBe(base);
  });

  it('returns the catalog itself when there is nothing to replace', () => {
    expect(overrideMessages(RENDER_MESSAGES_EN, undefined)).toBe(RENDER_MESSAGES_EN);
    expect(overrideMessages(RENDER_MESSAGES_EN, {})).toBe(RENDER_MESSAGES_EN);
    expect(overrideMessages(RENDER_MESSAGES_EN, null)).toBe(RENDER_MESSAGES_EN);
  });

  it('falls back to the catalog per key for a word of the wrong kind, a throwing or silent function, a throwing getter', () => {
    const broken = {
      labels: { goal: 42, target: null, baseline: () => 'x' },
      sections: 'not an object',
      days: 'three days',
      dateRange: () => {
        throw new Error('broken');
      },
      byDeadline: () => 7,
      get noGap(): string {
        throw new Error('getter');
      },
    } as unknown as Partial<RenderMessages>;
    const house = overrideMessages(RENDER_MESSAGES_EN, broken);
    expect(house.labels.goal).toBe(RENDER_MESSAGES_EN.labels.goal);
    expect(house.labels.target).toBe(RENDER_MESSAGES_EN.labels.target);
    expect(house.labels.baseline).toBe(RENDER_MESSAGES_EN.labels.baseline);
    expect(house.sections).toBe(RENDER_MESSAGES_EN.sections);
    expect(house.days(2)).toBe(RENDER_MESSAGES_EN.days(2));
    expect(house.dateRange('a', 'b')).toBe(RENDER_MESSAGES_EN.dateRange('a', 'b'));
    expect(house.byDeadline('d')).toBe(RENDER_MESSAGES_EN.byDeadline('d'));
    expect(house.noGap).toBe(RENDER_MESSAGES_EN.noGap);
  });

  it('never throws and always yields a complete catalog, whatever a host passes (property)', () => {
    const english = leaves(RENDER_MESSAGES_EN as unknown as Tree);
    const paths = [...english.keys()];
    const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant(() => 'x'), fc.constant(() => undefined), fc.dictionary(fc.string(), fc.string()), fc.array(fc.string()));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), junk), { maxLength: 12 }), fc.anything(), (entries, anything) => {
        const override: Record<string, unknown> = {};
        for (const [path, value] of entries) {
          const keys = path.split('.');
          let at = override;
          for (const key of keys.slice(0, -1)) at = (at[key] = typeof at[key] === 'object' && at[key] !== null ? at[key] : {}) as Record<string, unknown>;
          at[keys.at(-1)!] = value;
        }
        for (const given of [override, anything]) {
          const merged = leaves(overrideMessages(RENDER_MESSAGES_EN, given as Partial<RenderMessages>) as unknown as Tree);
          expect([...merged.keys()]).toEqual(paths);
          for (const [path, value] of merged) expect(typeof value).toBe(typeof english.get(path));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('renders a whole document with a broken override, in the catalog words where it is broken', () => {
    const plan = livedPlan();
    const plain = renderPlan(plan, { format: 'markdown' });
    const broken = renderPlan(plan, { format: 'markdown', messages: { documentTitle: () => { throw new Error('x'); }, labels: { goal: 7 } } as unknown as Partial<RenderMessages> });
    expect(broken).toBe(plain);
  });
});

describe('withMessages', () => {
  it('replaces some of a locale\'s words and leaves the locale as it was', () => {
    const house = withMessages(en, { render: { labels: { goal: 'Objective' } } });
    expect(house.messages.render.labels.goal).toBe('Objective');
    expect(en.messages.render.labels.goal).toBe('Goal');
    expect(house.code).toBe(en.code);
    expect(withMessages(en, {})).toBe(en);
  });

  it('writes exactly the default document with the English locale', () => {
    const plan = livedPlan();
    for (const format of ['markdown', 'html'] as const) expect(renderPlan(plan, { format, locale: en })).toBe(renderPlan(plan, { format }));
  });
});
