import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_TOKENS, scanVagueWording } from '../../src/goals/vague-wording.js';
import { runs } from '../support/runs.js';

/** Words from the phrase list and around it, so generated texts hit long partial matches. */
const WORDS = ['close', 'more', 'deals', 'build', 'pipeline', 'improve', 'attitude', 'be', 'engaged', 'sell', 'do', 'better', 'the', 'your', '40', 'calls', 'per', 'day', 'hit', 'quota', 'x'];
const SEPARATORS = [' ', '  ', ', ', '-', '\n', '%', '$'];

const text = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('vague-wording matcher: linear time, proven by counting steps', () => {
  it('never takes more than (MAX_PHRASE_TOKENS + 2) steps per character', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { steps } = scanVagueWording(input);
        expect(steps).toBeLessThanOrEqual((MAX_PHRASE_TOKENS + 2) * (input.length + 1));
      }),
      { numRuns: runs(500) },
    );
  });

  // Each seam adds one separator (at most MAX_PHRASE_TOKENS + 2 steps, the per-character bound above)
  // and lets a phrase match across it (at most 2 x MAX_PHRASE_TOKENS + 1 more steps).
  const perSeam = MAX_PHRASE_TOKENS + 2 + 2 * MAX_PHRASE_TOKENS + 1;
  const hundredfold = (input: string): void => {
    const once = scanVagueWording(input).steps;
    const hundred = scanVagueWording(Array.from({ length: 100 }, () => input).join(' ')).steps;
    expect(hundred).toBeLessThanOrEqual(100 * (once + perSeam));
    expect(hundred).toBeGreaterThanOrEqual(100 * input.length);
  };

  it('a 100x input costs at most 100x the steps (plus a separator and a phrase length per seam), and at least 100x the characters', () => {
    fc.assert(fc.property(text.filter((s) => s.length > 0), hundredfold), { numRuns: runs(200) });
  });

  it('a phrase matched across every seam stays within the per-seam allowance', () => {
    // found by the property above at 200,000 runs: "build more pipeline" spans each seam of
    // "pipeline build more " repeated (25 steps once, 3,292 for 100 copies: 8 more per seam)
    hundredfold('pipeline build more ');
  });

  it('stays linear on adversarial near-misses (the inputs that make backtracking regexes explode)', () => {
    for (const unit of ['close more close more ', 'more more more ', 'build more build more pipelin ', 'a'.repeat(50) + '!', 'improve improve attitude ']) {
      const one = scanVagueWording(unit.repeat(10)).steps;
      const hundred = scanVagueWording(unit.repeat(1_000)).steps;
      expect(hundred / one).toBeLessThanOrEqual(100.5);
      expect(hundred / one).toBeGreaterThanOrEqual(99);
    }
  });

  it('agrees with a naive reference on whether a text is vague', () => {
    const ALWAYS = ['improve attitude', 'more engaged', 'try harder'];
    const UNLESS = ['sell more', 'close more deals', 'do better', 'build more pipeline'];
    const words = fc.array(fc.constantFrom('improve', 'attitude', 'more', 'engaged', 'try', 'harder', 'sell', 'close', 'deals', 'do', 'better', 'build', 'pipeline', 'team', '12'), { maxLength: 12 });
    fc.assert(
      fc.property(words, (list) => {
        const input = list.join(' ');
        const padded = ` ${input} `;
        const quantified = list.includes('12');
        const reference = ALWAYS.some((p) => padded.includes(` ${p} `)) || (!quantified && UNLESS.some((p) => padded.includes(` ${p} `)));
        // the matcher knows more phrases than the reference, so it may flag more, never fewer
        if (reference) expect(scanVagueWording(input).vague).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
