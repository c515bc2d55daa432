/**
 * The lifecycle in every shipped language: every rejection code and effect type of the English
 * catalogs, `transition` wording its refusal and its notices in the context's locale (codes, facts
 * and the log entry the same in every language), a few sentences pinned by hand, and a broken
 * locale falling back to English sentence by sentence. The model-based lifecycle test words every
 * rejection and effect of its runs in every language (test/locales/lifecycle-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_CATALOGS_EN, rewordEffects, rewordPlanIssues, rewordRejection, transition, withMessages, type Locale } from '../../src/index.js';
import { acknowledgedPlan, activePlan, HR, MANAGER } from '../lifecycle/helpers.js';
import { SHIPPED_LOCALES } from './shipped.js';

/** Hand-written: the refusal of a withdraw without a reason, and the notice of activation, per language. */
const PINNED: Readonly<Record<string, { readonly reasonRequired: string; readonly activated: string }>> = {
  en: { reasonRequired: 'withdraw needs a reason', activated: 'The plan is active from 2026-01-05; it ends on 2026-04-04.' },
  de: { reasonRequired: 'withdraw braucht eine Begründung', activated: 'Der Plan ist ab dem 2026-01-05 aktiv; er endet am 2026-04-04.' },
  fr: { reasonRequired: 'withdraw exige un motif', activated: 'Le plan est en cours à compter du 2026-01-05\u00a0; il se termine le 2026-04-04.' },
  es: { reasonRequired: 'withdraw requiere un motivo', activated: 'El plan está en vigor desde el 2026-01-05; termina el 2026-04-04.' },
  ar: { reasonRequired: 'يتطلب withdraw سببًا', activated: 'الخطة سارية اعتبارًا من 2026-01-05؛ وتنتهي في 2026-04-04.' },
};

describe.each(SHIPPED_LOCALES)('the lifecycle in locale $name', ({ name, locale }: { name: string; locale: Locale }) => {
  it('has every rejection code and effect type of the English catalogs, each a function', () => {
    for (const [part, catalog] of Object.entries(LIFECYCLE_CATALOGS_EN)) {
      const own = (locale.messages.lifecycle as unknown as Record<string, Record<string, unknown>>)[part]!;
      expect(Object.keys(own).sort(), part).toEqual(Object.keys(catalog).sort());
      for (const write of Object.values(own)) expect(typeof write).toBe('function');
    }
  });

  it('words the issues of a malformed command by the locale parse catalog, as rewordPlanIssues does', () => {
    const plan = activePlan();
    const command = { type: 'withdraw', reason: 42 } as never;
    const english = transition(plan, command, { asOf: '2026-03-20', actor: MANAGER });
    const worded = transition(plan, command, { asOf: '2026-03-20', actor: MANAGER, locale });
    if (english.ok || worded.ok) throw new Error('a withdraw with a number for a reason was accepted');
    expect(english.rejection.issues?.length).toBeGreaterThan(0);
    expect(worded.rejection.issues?.map((i) => [i.code, i.path, i.facts])).toEqual(english.rejection.issues?.map((i) => [i.code, i.path, i.facts]));
    expect(worded.rejection.issues).toEqual(rewordPlanIssues(english.rejection.issues!, locale));
    if (locale.messages.parse !== undefined && name !== 'en') expect(worded.rejection.issues![0]!.message).not.toBe(english.rejection.issues![0]!.message);
  });

  it('words a refusal and the notices in the context locale; codes, facts and the log entry as in English', () => {
    const plan = activePlan();
    const english = transition(plan, { type: 'withdraw', reason: '' } as never, { asOf: '2026-01-20', actor: MANAGER });
    const worded = transition(plan, { type: 'withdraw', reason: '' } as never, { asOf: '2026-01-20', actor: MANAGER, locale });
    expect(english.ok || worded.ok).toBe(false);
    if (english.ok || worded.ok) return;
    expect(worded.rejection.code).toBe(english.rejection.code);
    expect(worded.rejection.facts).toEqual(english.rejection.facts);
    expect(worded.rejection.message).toBe(rewordRejection(english.rejection, locale).message);
    if (name !== 'en') expect(worded.rejection.message).not.toBe(english.rejection.message);

    const acknowledged = acknowledgedPlan();
    const activated = transition(acknowledged, { type: 'activate' }, { asOf: '2026-01-05', actor: HR });
    const activatedHere = transition(acknowledged, { type: 'activate' }, { asOf: '2026-01-05', actor: HR, locale });
    expect(activated.ok && activatedHere.ok).toBe(true);
    if (!activated.ok || !activatedHere.ok) return;
    expect(activatedHere.entry).toEqual(activated.entry);
    expect(activatedHere.plan).toEqual(activated.plan);
    expect(activatedHere.effects.map((e) => e.type)).toEqual(activated.effects.map((e) => e.type));
    expect(activatedHere.effects.map((e) => e.message)).toEqual(rewordEffects(activated.effects, locale).map((e) => e.message));
    expect(Object.isFrozen(activatedHere.effects[0])).toBe(true);

    const pinned = PINNED[name];
    if (pinned !== undefined) {
      expect(worded.rejection.message).toContain(pinned.reasonRequired);
      expect(activatedHere.effects.map((e) => e.message)).toContain(pinned.activated);
    }
  });
});

describe('a partial or broken lifecycle locale', () => {
  const german = SHIPPED_LOCALES.find((l) => l.name === 'de')!.locale;
  it('falls back to English for exactly the sentences it cannot give, and never throws', () => {
    // a host's own partial locale: one sentence throws, one gives no string, the rest is missing
    const broken = {
      ...german,
      messages: {
        ...german.messages,
        lifecycle: {
          rejections: { reason_required: () => { throw new Error('broken'); } },
          effects: { plan_activated: () => undefined },
        },
      },
    } as unknown as Locale;
    const plan = activePlan();
    const refused = transition(plan, { type: 'withdraw', reason: '' } as never, { asOf: '2026-01-20', actor: MANAGER, locale: broken });
    expect(!refused.ok && refused.rejection.message).toContain('withdraw needs a reason');
    const acknowledged = acknowledgedPlan();
    const activated = transition(acknowledged, { type: 'activate' }, { asOf: '2026-01-05', actor: HR, locale: broken });
    expect(activated.ok && activated.effects.map((e) => e.message)).toContain('The plan is active from 2026-01-05; it ends on 2026-04-04.');
    // withMessages falls back to the locale's own sentence instead
    const house = withMessages(german, { lifecycle: { rejections: { reason_required: () => { throw new Error('broken'); } } } });
    const housed = transition(plan, { type: 'withdraw', reason: '' } as never, { asOf: '2026-01-20', actor: MANAGER, locale: house });
    expect(!housed.ok && housed.rejection.message).toContain(PINNED['de']!.reasonRequired);
  });

  it('takes a locale that is not a locale, or a context whose locale getter throws, as English', () => {
    const acknowledged = acknowledgedPlan();
    const english = transition(acknowledged, { type: 'activate' }, { asOf: '2026-01-05', actor: HR });
    for (const locale of [null, 42, 'de', { messages: null }, { messages: { lifecycle: { effects: 'x' } } }]) {
      const result = transition(acknowledged, { type: 'activate' }, { asOf: '2026-01-05', actor: HR, locale: locale as never });
      expect(result).toEqual(english);
    }
    const ctx = Object.defineProperty({ asOf: '2026-01-05', actor: HR }, 'locale', {
      get() {
        throw new Error('hostile');
      },
      enumerable: true,
    });
    expect(transition(acknowledged, { type: 'activate' }, ctx)).toEqual(english);
  });
});
