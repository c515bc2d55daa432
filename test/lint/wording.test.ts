/**
 * Issue 19, item 7: wording about protected characteristics in any free-text field of a plan is
 * a lint error (`protected_characteristic`), matched as whole words, case-insensitively, with a
 * documented term list the host extends and exceptions it allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { LIMITS, lintPlan, PROTECTED_TERMS, PROTECTED_TERMS_ALLOWED, type LintFinding, type Plan } from '../../src/index.js';
import { PlanShape } from '../../src/schema/plan-shape.js';
import { findProtectedWording, wordingMatcher, WORDING_FIELDS } from '../../src/lint/wording.js';
import { planArbitrary } from '../../src/testing/index.js';
import { FIXTURES, isDeepFrozen } from '../support/fixtures.js';
import { plan90, planOf } from '../support/plans.js';
import { runs } from '../support/runs.js';

const found = (text: string, matcher = wordingMatcher()) => findProtectedWording(text, matcher).map((m) => [m.text, m.characteristic]);
const wording = (findings: readonly LintFinding[]) => findings.filter((f) => f.code === 'protected_characteristic' || f.code === 'policy_invalid');

describe('the matcher: true positives', () => {
  it.each([
    ['She is too old to learn the new CRM', [['too old', 'age']]],
    ['At his age he will not change', [['At his age', 'age']]],
    ['Her pregnancy slowed her pipeline down', [['pregnancy', 'pregnancy_maternity']]],
    ['Prospects complain about her accent', [['accent', 'race_ethnicity_origin']]],
    ['Leaves early for Friday prayers', [['prayers', 'religion']]],
    ['Misses calls during Ramadan', [['Ramadan', 'religion']]],
    ['His disability makes demos slow', [['disability', 'disability_health']]],
    ['Takes too many doctor\'s appointments', [['doctor\'s appointments', 'disability_health']]],
    ['Struggling since the divorce', [['divorce', 'marital_family_status']]],
    ['As a single mother she cannot travel', [['single mother', 'marital_family_status']]],
    ['He is gay and the clients notice', [['gay', 'sexual_orientation']]],
    ['Spends time as union rep', [['union rep', 'union_membership']]],
    ['The women on the team close faster', [['women', 'sex_gender']]],
    ['Non-binary reps need a different approach', [['Non-binary', 'sex_gender']]],
    ['Back from maternity leave and behind', [['maternity', 'pregnancy_maternity']]],
    ['Pregnancy-related absences in February', [['Pregnancy', 'pregnancy_maternity']]],
    ['Her mental health is affecting her calls', [['mental health', 'disability_health']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('is case-insensitive and Unicode-aware: upper case, curly apostrophes, full-width letters, accents, ß', () => {
    expect(found('TOO OLD for this role')).toEqual([['TOO OLD', 'age']]);
    expect(found('Her accent’s too strong')).toEqual([['accent’s', 'race_ethnicity_origin']]);
    expect(found('ｐｒｅｇｎａｎｃｙ')).toEqual([['ｐｒｅｇｎａｎｃｙ', 'pregnancy_maternity']]);
    expect(found('Her fiancé moved cities')).toEqual([['fiancé', 'marital_family_status']]);
    const german = wordingMatcher({ de: ['Schwangerschaft', 'Straße'] });
    expect(found('SCHWANGERSCHAFT seit März; wohnt an der STRASSE', german)).toEqual([
      ['SCHWANGERSCHAFT', 'host_listed'],
      ['STRASSE', 'host_listed'],
    ]);
  });

  it('property: ASCII texts read the same by the fast path and by the Unicode path', () => {
    const pieces = fc.constantFrom('too', 'old', 'her', 'accent', "accent's", "doctor's", 'appointments', 'race', 'to', 'the', 'bottom', 'pregnancy', 'related', 'non', 'binary', 'single', 'mother', 'x1', "'", '-', ' ', ',', '.', '/', 'AGE', 'Manage', 'union', 'rep');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.array(fc.constantFrom(' ', '', '-', "'"), { minLength: 12, maxLength: 12 }), (words, gaps) => {
        const text = words.map((word, i) => word + gaps[i]).join('');
        // a non-ASCII word at the end sends the text down the Unicode path
        expect(findProtectedWording(`${text} \u00e9`)).toEqual(findProtectedWording(text));
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('reports several terms in one text in order, the longest at each word, without repeats', () => {
    expect(found('Too old, and her pregnancy; also a single mother')).toEqual([
      ['Too old', 'age'],
      ['pregnancy', 'pregnancy_maternity'],
      ['single mother', 'marital_family_status'],
    ]);
    // "mother tongue" (origin) wins over "mother" (family) at the same word
    expect(found('English is not her mother tongue')).toEqual([['mother tongue', 'race_ethnicity_origin']]);
  });
});

describe('the matcher: false positives avoided', () => {
  it.each([
    'Manage the pipeline weekly; average deal size is $12,000; agenda sent before each call',
    'The threshold is 40 calls; engagement with leads; leverage the message; usage and storage',
    'Pipeline age is 40 days; average deal age fell; older opportunities closed first',
    'The old playbook is outdated; the pitch is too old-fashioned',
    'A race to the bottom on price; baby steps each week; mom-and-pop shops',
    'Pipeline health issues in the territory; account health problems at two clients',
    'Credit union accounts; the European Union market; the dialer integration was disabled',
    'Medical device accounts; child accounts of the parent; HR partner and channel partner',
    'Advice fell on deaf ears; a blind spot in discovery; a black box forecast; a white paper',
    'Christian from marketing joined the call; Faith owns the Essex and Sussex territories',
    'Sales manager review; this age of AI; her agenda for the meeting; his average',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('property: a listed word with letters added before or after is no match (unless that is listed too)', () => {
    const singles = new Set(Object.values(PROTECTED_TERMS.en).flat().filter((term) => !term.includes(' ')).flatMap((term) => term.split('|')));
    const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...singles), letters, fc.boolean(), (term, extra, before) => {
        const word = before ? extra + term : term + extra;
        expect(found(`The rep ${word} every week`).length > 0, word).toBe(singles.has(word));
      }),
      { numRuns: runs(1_000) },
    );
  });
});

/** The 90-day plan with an entry in every list that has free text, all of it neutral. */
function fullPlan(): Plan {
  return produce(plan90(), (draft) => {
    draft.metrics[0]!.description = 'Connected calls that end with a booked meeting.';
    draft.metrics[0]!.rubric = { levels: [{ value: 1, label: 'Starting', description: 'Asks rarely.' }, { value: 2, label: 'Solid', description: 'Asks every call.' }], standard: 2 };
    draft.gaps[0]!.description = 'Conversion a third of the team rate.';
    draft.goals[0]!.description = 'Ask for the meeting on every connected call.';
    draft.supportDeliveries = [{ commitmentId: draft.support[0]!.id, date: '2026-01-12', status: 'delivered', note: 'Reviewed five calls.' }];
    draft.checkIns = [
      {
        id: 'ci-1', date: '2026-01-12', status: 'held', notes: 'Went through the calls.', privateNotes: 'Seems keen.',
        progress: [{ goalId: 'g-conversion', note: 'Asked on half the calls.' }], actions: [{ description: 'Role-play twice.' }], adjustments: ['Move the review to Tuesday.'],
      },
    ];
    draft.reviews = [{ by: 'hr-priya', date: '2025-12-30', decision: 'approved', notes: 'Consistent with the role.' }];
    draft.signatures = [
      { role: 'manager', signerId: 'mgr-dana', name: 'Dana Whitfield', date: '2026-01-02', comment: 'Discussed in person.', revision: 0 },
      { role: 'employee', signerId: 'emp-1042', name: 'Jordan Reyes', date: '2026-01-02', comment: 'I disagree with the standard.', revision: 0 },
    ];
    draft.amendments = [{ date: '2026-02-02', by: 'mgr-dana', reason: 'Target moved after the territory change.', target: 'goal', targetId: 'g-calls', revision: 1 }];
    draft.extensions = [{ grantedOn: '2026-04-01', by: 'hr-priya', days: 14, previousEndDate: '2026-04-04', newEndDate: '2026-04-18', reason: 'Approved leave of absence in March.' }];
    draft.pauses = [{ start: '2026-03-02', end: '2026-03-13', reason: 'Approved leave of absence.' }];
    draft.closure = { outcome: 'successful', date: '2026-04-20', by: 'hr-priya', reason: 'Goals met.' };
  });
}

/** Set the text at a concrete path. */
function setAt(plan: Plan, path: readonly (string | number)[], text: string): Plan {
  return produce(plan, (draft) => {
    let at: Record<string | number, unknown> = draft as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1] as string | number] = text;
  });
}

describe('lintPlan: protected_characteristic', () => {
  it('the fixtures and the full plan have no such wording', () => {
    expect(wording(lintPlan(fullPlan()))).toEqual([]);
  });

  it('a text in a list entry: the finding names the entry, its facts are data and deep-frozen (fuzz seed 318543145)', () => {
    const plan = setAt(fullPlan(), ['checkIns', 0, 'notes'], 'He is too old to learn the new tool.');
    const findings = lintPlan(plan);
    const finding = wording(findings)[0];
    expect(finding?.facts).toMatchObject({ field: 'checkIns[0].notes', place: ['checkIns', 0, 'notes'], entry: { by: 'id', value: plan.checkIns[0]!.id }, terms: [{ text: 'too old', characteristic: 'age' }] });
    expect(finding?.message).toContain(`Check-in ${plan.checkIns[0]!.id} (notes) mentions "too old" (age)`);
    expect(isDeepFrozen(findings)).toBe(true);
  });

  it('a diagnostic answer "too old" is an error at its path, with the figures and a fix that says why (was silent)', () => {
    const plan = setAt(fullPlan(), ['diagnostic', 'struggles', 0], 'Too old to learn the new CRM; her accent puts prospects off');
    const findings = wording(lintPlan(plan));
    expect(findings.map((f) => [f.severity, f.code, f.path.join('.')])).toEqual([['error', 'protected_characteristic', 'diagnostic.struggles.0']]);
    expect(findings[0]?.message).toBe(
      'The diagnostic (struggles, 1) mentions "Too old" (age) and "accent" (race, ethnicity or national origin): wording about protected characteristics has no place in a performance plan.',
    );
    expect(findings[0]?.fix).toMatch(/never a basis for a performance plan: remove the reference and describe the observable work behaviour instead/);
    expect(findings[0]?.evidence).toEqual({
      goalIds: [],
      figures: { terms: 2 },
      terms: [
        { text: 'Too old', term: 'too old', characteristic: 'age', start: 0, end: 7 },
        { text: 'accent', term: 'accent', characteristic: 'race_ethnicity_origin', start: 34, end: 40 },
      ],
    });
    // it blocks submission for HR review
    expect(findings[0]?.severity).toBe('error');
  });

  it('every free-text field is read: a term in any of them is reported at its own path', () => {
    const base = fullPlan();
    for (const field of WORDING_FIELDS) {
      const path = field.split('.').map((part) => (part === '*' ? 0 : part));
      const findings = wording(lintPlan(setAt(base, path, 'Slow since her pregnancy.')));
      expect(findings.map((f) => f.path.join('.')), field).toEqual([path.join('.')]);
      if (path[0] === 'goals') expect(findings[0]?.evidence?.goalIds, field).toEqual(['g-conversion']);
    }
    expect(WORDING_FIELDS.length).toBe(39);
  });

  it("leave is recorded neutrally: a pause or extension reason gets the leave fix; the employee's own signing comment is theirs", () => {
    const paused = wording(lintPlan(setAt(fullPlan(), ['pauses', 0, 'reason'], 'Maternity leave')));
    expect(paused[0]?.message).toMatch(/^Pause from 2026-03-02 \(reason\) mentions "Maternity"/);
    expect(paused[0]?.fix).toMatch(/^Record leave neutrally \("approved leave of absence"\)/);
    const employee = setAt(fullPlan(), ['signatures', 1, 'comment'], 'This plan is about my pregnancy, not my numbers.');
    expect(wording(lintPlan(employee))).toEqual([]);
    const manager = setAt(fullPlan(), ['signatures', 0, 'comment'], 'Given her pregnancy we kept targets low.');
    expect(wording(lintPlan(manager)).map((f) => f.path.join('.'))).toEqual(['signatures.0.comment']);
  });

  it('the host adds terms and allows phrases, by language; bad lists are policy_invalid', () => {
    const plan = setAt(fullPlan(), ['checkIns', 0, 'privateNotes'], 'A night owl; Catholic Health renewal is late; her Catholic school run');
    expect(wording(lintPlan(plan)).map((f) => f.evidence?.terms?.map((t) => t.text))).toEqual([['Catholic', 'Catholic', 'school run']]);
    const hosted = lintPlan(plan, { protectedTermsAdded: { en: ['night owl'] }, protectedTermsAllowed: { en: ['Catholic Health'] } });
    expect(wording(hosted).map((f) => f.evidence?.terms?.map((t) => [t.text, t.characteristic]))).toEqual([
      [['night owl', 'host_listed'], ['Catholic', 'religion'], ['school run', 'marital_family_status']],
    ]);
    expect(wording(hosted)[0]?.message).toContain('"night owl" (a term the policy lists)');
    const bad = lintPlan(plan, { protectedTermsAdded: { en: ['!!!'] }, protectedTermsAllowed: { 'not a tag': ['x'] } } as never);
    expect(wording(bad).filter((f) => f.code === 'policy_invalid').map((f) => f.path.join('.'))).toEqual(['policy.protectedTermsAdded', 'policy.protectedTermsAllowed']);
    expect(wording(bad).find((f) => f.code === 'policy_invalid')?.message).toMatch(/must be an object of phrase lists by language tag/);
  });

  it('property: a term put into any free-text field of a generated plan is an error there, and only there', () => {
    const terms = ['too old', 'pregnancy', 'her accent', 'religion', 'disability', 'union membership', 'sexual orientation', 'marital status'];
    fc.assert(
      fc.property(planArbitrary({ withRecords: true }), fc.constantFrom(...terms), fc.nat(), (input, term, pick) => {
        const plan = planOf(input);
        expect(wording(lintPlan(plan))).toEqual([]);
        const texts = WORDING_FIELDS.flatMap((field) => {
          const path = field.split('.').map((part) => (part === '*' ? 0 : part));
          let at: unknown = plan;
          for (const key of path) at = at === undefined || at === null ? undefined : (at as Record<string | number, unknown>)[key];
          return typeof at === 'string' ? [path] : [];
        });
        const path = texts[pick % texts.length]!;
        const findings = wording(lintPlan(setAt(plan, path, `Noted: ${term}, see notes`)));
        expect(findings.map((f) => [f.code, f.path.join('.')])).toEqual([['protected_characteristic', path.join('.')]]);
      }),
      { numRuns: runs(150) },
    );
  });
});

/**
 * The text fields lint leaves out of the wording check, and why (docs/checks.md lists them).
 */
const WORDING_FIELDS_LEFT_OUT: Readonly<Record<string, string>> = Object.freeze({
  'employee.name': 'a name, not wording about the rep',
  'employee.role': 'the role, a label from the HR system',
  'employee.team': 'the team, a label from the HR system',
  'employee.territory': 'a place ("Church Street" is a street)',
  'employee.email': 'an address',
  'manager.name': 'a name',
  'manager.title': 'a job title from the HR system',
  'manager.email': 'an address',
  'hrPartner.name': 'a name',
  'hrPartner.title': 'a job title from the HR system',
  'hrPartner.email': 'an address',
  'metrics.*.source': 'the name of a data source (a CRM report)',
  'observations.*.source': 'the name of a data source',
  'signatures.*.name': 'a name',
  'support.*.ownerName': 'a name (who gives the support)',
  'signatures.*.comment (employee)': "the employee's own words on signing: they may raise exactly such a concern, and are never the plan's wording",
  'events': "the command log repeats the text of the commands; the plan's own fields hold what stands",
  'metadata': "the host's own fields, in its own format",
  'amendments.*.before': 'a copy of the goal or commitment as it was, read under goals and support while it stood',
  'amendments.*.after': 'a copy of the goal or commitment as the amendment made it, read under goals and support',
});

/** Every free-text (text or label) field of the plan schema, as a path with `*` for list entries. */
function schemaTextFields(schema: unknown, path: string[], out: string[]): void {
  const zod = (schema as { _zod: { def: Record<string, unknown> } })._zod;
  const def = zod.def;
  switch (def['type']) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      schemaTextFields(def['innerType'], path, out);
      return;
    case 'pipe':
      schemaTextFields(def['in'], path, out);
      return;
    case 'object':
      for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>)) schemaTextFields(value, [...path, key], out);
      return;
    case 'array':
      schemaTextFields(def['element'], [...path, '*'], out);
      return;
    case 'union': {
      // each option's fields once (an amendment's goal or commitment)
      const found: string[] = [];
      for (const option of def['options'] as unknown[]) schemaTextFields(option, path, found);
      out.push(...new Set(found));
      return;
    }
    case 'string': {
      const max = ((def['checks'] as { _zod: { def: { check: string; maximum?: number } } }[] | undefined) ?? []).find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      if (max === LIMITS.textLength || max === LIMITS.labelLength) out.push(path.join('.'));
      return;
    }
    default:
  }
}

describe('coverage of the plan schema', () => {
  it('every text field of the schema is read, or left out with a reason; every field read exists', () => {
    const fields: string[] = [];
    schemaTextFields(PlanShape, [], fields);
    const leftOut = Object.keys(WORDING_FIELDS_LEFT_OUT).map((key) => key.replace(/ \(.*\)$/, ''));
    const accounted = (field: string) => WORDING_FIELDS.includes(field) || leftOut.some((key) => field === key || field.startsWith(`${key}.`));
    expect(fields.filter((field) => !accounted(field))).toEqual([]);
    expect(WORDING_FIELDS.filter((field) => !fields.includes(field))).toEqual([]);
  });
});

describe('docs/checks.md', () => {
  const doc = readFileSync(join(FIXTURES, '..', '..', 'docs', 'checks.md'), 'utf8');
  it('lists every built-in term and allowed phrase, and every field left out', () => {
    for (const [language, list] of Object.entries(PROTECTED_TERMS)) {
      for (const [characteristic, terms] of Object.entries(list)) {
        for (const term of terms as readonly string[]) expect(doc, `${language} ${characteristic} ${term}`).toContain(`\`${term}\``);
      }
    }
    for (const phrase of PROTECTED_TERMS_ALLOWED.en) expect(doc, phrase).toContain(`\`${phrase}\``);
    for (const field of Object.keys(WORDING_FIELDS_LEFT_OUT)) expect(doc, field).toContain(`\`${field.replace(/ \(.*\)$/, '')}\``);
    const entries = Object.values(PROTECTED_TERMS.en).flat();
    const phrases = entries.reduce((sum, term) => sum + term.split(' ').reduce((n, word) => n * word.split('|').length, 1), 0);
    expect(doc).toContain(`${entries.length} entries, ${phrases} phrases once the alternatives are spelt out`);
  });
});
