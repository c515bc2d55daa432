import { describe, expect, expectTypeOf, it } from 'vitest';
import { SMART_REASON_CODES, type SmartReasonCode } from '../../src/goals/index.js';
import { LINT_RULES, type LintCode } from '../../src/lint/index.js';
import { SMART_LINT_CODES } from '../../src/lint/rules.js';

/** The SMART letters as docs/checks.md names them in a lint rule's section: `2.4 (Achievable)`. */
const SMART_SECTION = /\((Specific|Measurable|Achievable|Relevant|Time-bound)\)/;

describe('SMART reasons and lint rules', () => {
  it('every SMART reason is either a lint rule of the same name or explicitly left out', () => {
    expect(Object.keys(SMART_LINT_CODES).sort()).toEqual([...SMART_REASON_CODES].sort());
    for (const code of SMART_REASON_CODES) {
      const lint = SMART_LINT_CODES[code];
      expect(lint === null ? null : lint, code).toBe(code in LINT_RULES ? code : null);
    }
  });

  it('every lint rule from a SMART letter is reached by a SMART reason (the reverse)', () => {
    const fromSmart = (Object.keys(LINT_RULES) as LintCode[]).filter((code) => SMART_SECTION.test(LINT_RULES[code].section));
    const reached = new Set<LintCode>(Object.values(SMART_LINT_CODES).filter((code) => code !== null));
    expect(fromSmart.length).toBeGreaterThan(10);
    expect(fromSmart.filter((code) => !reached.has(code))).toEqual([]);
    expect([...reached].filter((code) => !fromSmart.includes(code))).toEqual([]);
  });

  it('is typed: the table covers every SMART reason, and a reason maps only to its own lint code', () => {
    expectTypeOf<keyof typeof SMART_LINT_CODES>().toEqualTypeOf<SmartReasonCode>();
    expectTypeOf(SMART_LINT_CODES.vague_wording).toEqualTypeOf<'vague_wording' | null>();
    // A passing reading has no lint rule: only `null` fits.
    expectTypeOf(SMART_LINT_CODES.specific_target).toEqualTypeOf<null>();
    // @ts-expect-error a SMART reason without a lint rule cannot be mapped to one
    const notALintCode: (typeof SMART_LINT_CODES)['linked_to_gap'] = 'linked_to_gap';
    expect(notALintCode).toBe('linked_to_gap');
  });
});
