import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createIssue, issueText, type Catalog, type Issue, type IssueOf } from '../../src/issues/index.js';

type Facts = {
  readonly too_short: { readonly limit: number };
  readonly unknown_name: { readonly name: string };
};

const en = {
  too_short: (f) => `The text is shorter than ${f.limit} characters.`,
  unknown_name: (f) => `No one is called ${JSON.stringify(f.name)}.`,
} satisfies Catalog<Facts>;

const de: Catalog<Facts> = {
  too_short: (f) => `Der Text ist kürzer als ${f.limit} Zeichen.`,
  unknown_name: (f) => `Niemand heißt ${JSON.stringify(f.name)}.`,
};

describe('Issue and Catalog', () => {
  it('types facts per code: checking the code narrows the facts', () => {
    expectTypeOf<IssueOf<Facts>>().toEqualTypeOf<Issue<'too_short', Facts['too_short']> | Issue<'unknown_name', Facts['unknown_name']>>();
    const found = createIssue<Facts, 'too_short'>('too_short', ['title'], { limit: 3 }, en) as IssueOf<Facts>;
    if (found.code === 'too_short') expectTypeOf(found.facts).toEqualTypeOf<{ readonly limit: number }>();
    else expectTypeOf(found.facts).toEqualTypeOf<{ readonly name: string }>();
    // @ts-expect-error: too_short has no `name` fact
    createIssue<Facts, 'too_short'>('too_short', [], { name: 'x' }, en);
  });

  it('does not compile a catalog that misses a code or reads a fact its code does not have', () => {
    // @ts-expect-error: unknown_name is missing
    const missing = { too_short: (f) => `${f.limit}` } satisfies Catalog<Facts>;
    // @ts-expect-error: too_short's facts have no `name`
    const wrongFact: Catalog<Facts> = { too_short: (f) => f.name, unknown_name: (f) => f.name };
    expect([missing, wrongFact]).toHaveLength(2);
  });

  it('writes the message from the facts, and another catalog re-words the same issue from code and facts alone', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.string(), (limit, name) => {
        const short = createIssue<Facts, 'too_short'>('too_short', ['title'], { limit }, en);
        const unknown = createIssue<Facts, 'unknown_name'>('unknown_name', ['people', 0], { name }, en);
        expect(short.message).toBe(`The text is shorter than ${String(limit)} characters.`);
        expect(issueText(short, de)).toBe(`Der Text ist kürzer als ${String(limit)} Zeichen.`);
        expect(issueText(unknown, en)).toBe(unknown.message);
        // stored as JSON and read back, the issue still re-words
        const stored = JSON.parse(JSON.stringify(unknown)) as IssueOf<Facts>;
        expect(stored).toEqual(unknown);
        expect(issueText(stored, de)).toBe(`Niemand heißt ${JSON.stringify(name)}.`);
      }),
    );
  });

  it('freezes the facts and the path, and copies what the caller passed', () => {
    const facts = { limit: 3 };
    const path = ['title'];
    const issue = createIssue<Facts, 'too_short'>('too_short', path, facts, en);
    expect(Object.isFrozen(issue.facts)).toBe(true);
    expect(Object.isFrozen(issue.path)).toBe(true);
    facts.limit = 4;
    path.push('x');
    expect(issue.facts.limit).toBe(3);
    expect(issue.path).toEqual(['title']);
  });
});
