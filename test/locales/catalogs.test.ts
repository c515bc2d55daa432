/**
 * Catalog completeness of every shipped locale, against the English catalog: every key, of the
 * same kind; every placeholder the English sentence shows, the translation shows too (checked with
 * the arguments the renderers really pass, recorded while rendering real documents, each argument
 * replaced by a marker in turn); no translated word identical to the English one, apart from an
 * allow list of names, symbols and words the languages share.
 */
import { describe, expect, it } from 'vitest';
import { RENDER_MESSAGES_EN, type Locale } from '../../src/index.js';
import { SHIPPED_LOCALES } from './shipped.js';
import { catalogFunctions, leaves, recordedRenderCalls } from './catalog-calls.js';

type Tree = Readonly<Record<string, unknown>>;
type Fn = (...args: unknown[]) => unknown;

/** Arguments for the functions the recorded documents do not reach (amendments, extensions, pauses, leave). */
const SAMPLE_CALLS: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  byDeadline: [['Mar 31, 2026']],
  atMost: [['24 hours']],
  overBy: [['3']],
  durationUnit: [['24', 'hours'], ['1', 'days'], ['30', 'minutes'], ['5', undefined]],
  extension: [[14, 'Mar 31, 2026', 'Apr 14, 2026', 'Two weeks of leave']],
  pause: [['Feb 2, 2026', 'Feb 13, 2026', 'Medical leave'], ['Feb 2, 2026', undefined, 'Medical leave']],
  amendment: [['Feb 16, 2026', 'Dana Whitfield', 'Raise call-to-meeting conversion', 'The lead source changed', 2]],
  amendedGoal: [['Raise call-to-meeting conversion', ['Target: 12% → 14%', 'Weight: 40 → 50']], ['Raise call-to-meeting conversion', []]],
  amendedSupport: [['Weekly call coaching', ['Schedule: weekly → every two weeks']], ['Weekly call coaching', []]],
  amendmentWithChange: [['Amended on Feb 16, 2026 by Dana Whitfield', 'Target: 12% → 14%']],
  addedGoal: [['Book two discovery meetings a week']],
  addedSupport: [['A second coaching session']],
  fieldChange: [['Target', '12%', '14%']],
  closureDeparture: [['The employee asked to end the plan early']],
  'evaluation.allGoals': [[3], [1]],
  'evaluation.goalProgress': [['60%']],
  'evaluation.leave': [[10, ['Feb 2 – Feb 13, 2026']], [1, ['Feb 2, 2026']]],
  'evaluation.periodEnding': [['Feb 13, 2026']],
  'evaluation.sustainedShare': [['75%', true], ['50%', false]],
};

/** Strings a translation may keep as English writes them: symbols, codes and words the languages share. */
const SAME_AS_ENGLISH_ALLOWED = new Set(['ID', '%', 'HR', 'Name', 'Nr.', 'No', 'provisional', '—', 'Total', 'Minimum', 'Type', 'Notes', 'Date', 'Phase', 'Phases', 'Status', 'Territory', 'Feedback', 'Support', 'Coaching', 'Score', 'Trend', 'Plan', 'Rubric', 'Standard', 'Milestones', 'Baseline', 'Evidence', 'Actions', 'Attendees', 'Manager', 'Team', 'Signature']);

function callsOf(path: string): readonly (readonly unknown[])[] {
  return [...(recordedRenderCalls().get(path) ?? []), ...(SAMPLE_CALLS[path] ?? [])];
}

const textMarker = (i: number): string => `⟦${i}⟧`;
const countMarker = (i: number): number => 731 + 11 * i;

/** Each placeholder English shows for these arguments, with the arguments that show it: one argument replaced by a marker at a time. */
function placeholders(en: Fn, args: readonly unknown[]): { readonly args: unknown[]; readonly markers: string[] }[] {
  const out: { args: unknown[]; markers: string[] }[] = [];
  args.forEach((arg, i) => {
    const marked = [...args];
    let markers: string[];
    if (typeof arg === 'string') markers = [(marked[i] = textMarker(i))];
    else if (typeof arg === 'number') markers = [String((marked[i] = countMarker(i)))];
    else if (Array.isArray(arg) && arg.length > 0 && arg.every((x) => typeof x === 'string')) {
      marked[i] = [`${textMarker(i)}a`, `${textMarker(i)}b`];
      markers = marked[i] as string[];
    } else return;
    const text = String(en(...marked));
    if (markers.every((m) => text.includes(m))) out.push({ args: marked, markers });
  });
  return out;
}

describe('the recorded calls', () => {
  it('reach every function of the English render catalog, with the samples', () => {
    const unreached = [...catalogFunctions(RENDER_MESSAGES_EN as unknown as Tree).keys()].filter((path) => callsOf(path).length === 0);
    expect(unreached).toEqual([]);
  });
});

describe.each(SHIPPED_LOCALES.filter((l) => l.name !== 'en'))('locale $name', ({ locale }: { locale: Locale }) => {
  const english = leaves(RENDER_MESSAGES_EN as unknown as Tree);
  const translated = leaves(locale.messages.render as unknown as Tree);

  it('has every key of the English render catalog, of the same kind, and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    const kinds = [...english].filter(([path, value]) => typeof translated.get(path) !== typeof value).map(([path]) => path);
    expect(kinds).toEqual([]);
  });

  it('shows every placeholder the English sentence shows', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [path, en] of catalogFunctions(RENDER_MESSAGES_EN as unknown as Tree)) {
      const tr = translated.get(path) as Fn;
      for (const args of callsOf(path)) {
        for (const { args: marked, markers } of placeholders(en, args)) {
          checked += 1;
          const text = String(tr(...marked));
          for (const m of markers) if (!text.includes(m)) missing.push(`${path}(${JSON.stringify(marked)}) = ${JSON.stringify(text)} lacks ${m}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('translates every word: no string identical to the English one outside the allow list', () => {
    const same: string[] = [];
    for (const [path, en] of english) {
      const tr = translated.get(path);
      if (typeof en === 'string') {
        if (tr === en && !SAME_AS_ENGLISH_ALLOWED.has(en)) same.push(`${path}: ${JSON.stringify(en)}`);
      } else if (typeof en === 'function') {
        for (const args of callsOf(path)) {
          const a = String((en as Fn)(...args));
          const b = String((tr as Fn)(...args));
          // the English words of the sentence itself: its free-text arguments replaced by markers
          const own = String((en as Fn)(...args.map((arg, i) => (typeof arg === 'string' && a.includes(arg) && !/^[a-z_]+$/.test(arg) ? textMarker(i) : arg))));
          if (a === b && !SAME_AS_ENGLISH_ALLOWED.has(a) && /[A-Za-z]{3}/.test(own.replace(/⟦\d+⟧/g, ''))) same.push(`${path}(${JSON.stringify(args)}): ${JSON.stringify(a)}`);
        }
      }
    }
    expect(same).toEqual([]);
  });

  it('answers every recorded call with a non-empty string, without throwing', () => {
    const bad: string[] = [];
    for (const path of catalogFunctions(RENDER_MESSAGES_EN as unknown as Tree).keys()) {
      for (const args of callsOf(path)) {
        const text = (translated.get(path) as Fn)(...args);
        if (typeof text !== 'string' || text.trim() === '' || /undefined|NaN|\[object/.test(text)) bad.push(`${path}(${JSON.stringify(args)}) = ${JSON.stringify(text)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('is frozen, with its direction, code and date locale', () => {
    expect(Object.isFrozen(locale)).toBe(true);
    expect(['ltr', 'rtl']).toContain(locale.dir);
    expect(locale.dateLocale.code?.startsWith(locale.code.slice(0, 2))).toBe(true);
  });
});
