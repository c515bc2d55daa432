/**
 * A language for everything the library writes for people: the words (message catalogs), the
 * dates (a date-fns locale), the numbers (a BCP 47 locale for `Intl.NumberFormat`) and the
 * direction of the text, in one object passed in as an option, never global state (the way
 * date-fns and zod take theirs). Shipped locales are subpath exports, one per language, so an app
 * bundles only the ones it imports: `import { de } from 'improvement-plan/locales/de'`.
 *
 * @module
 */
import type { DateLocale } from '../render/date-locale.js';
import type { RenderMessages } from '../render/messages.js';
import type { EvaluationCatalogs } from '../evaluate/catalogs.js';
import type { RenderLocale, TextDirection } from '../render/options.js';
import type { EvaluateLocale } from '../evaluate/locale-catalog.js';
import type { LifecycleCatalogs, LifecycleLocale } from '../lifecycle/catalogs.js';
import type { Catalog } from '../issues/issue.js';
import type { ReadinessFactsByCode } from '../readiness/messages.js';
import type { ReadinessLocale } from '../readiness/locale.js';
import type { SmartCatalogs } from '../goals/messages.js';
import type { LintCatalogs } from '../lint/messages.js';
import type { SmartLocale } from '../goals/locale.js';
import type { LintLocale } from '../lint/locale.js';
import type { ParseLocale } from '../schema/locale.js';
import type { PlanIssueFactsByCode } from '../schema/messages.js';
import type { FairnessDocumentCatalogs, FairnessReportLocale } from '../render/fairness-report.js';
import type { FairnessLocale } from '../fairness/catalogs.js';
import type { ConsistencyLocale } from '../team/consistency-locale.js';
import type { PolicyCatalogs } from '../policy/messages.js';
import type { PolicyLocale } from '../policy/locale.js';
import { overrideMessages, type MessagesOverride } from '../issues/override.js';

/** Every catalog of a language, by the part of the library that writes it. */
export interface LocaleMessages {
  /** The rendered plan document and evaluation report (`renderPlan`, `renderEvaluation`). */
  readonly render: RenderMessages;
  /** The evaluation's sentences: reasons, goal status notes, the triad, warnings, issues (`evaluatePlan`, `recommendOutcome`, `summarizeEvaluation`, `renderEvaluation`). */
  readonly evaluate: EvaluationCatalogs;
  /** Why a lifecycle command was refused, and what each reminder and notice says (`transition` with `locale` in its context, `rewordRejection`, `rewordEffects`). */
  readonly lifecycle: LifecycleCatalogs;
  /** Why a rep is, or is not yet, ready for a plan (`assessReadiness` with the `locale` option, `rewordReadiness`). */
  readonly readiness: Catalog<ReadinessFactsByCode>;
  /**
   * The SMART check's reasons and fixes (`checkSmartGoal` with `locale` in its context; `lintPlan`'s
   * goal-level findings). Optional: a locale without it words them in English (docs/localization.md
   * lists which shipped locales have it).
   */
  readonly smart?: SmartCatalogs;
  /** Plan linting's plan-level findings and fixes (`lintPlan` with the `locale` option); optional like `smart`. */
  readonly lint?: LintCatalogs;
  /** Parse issues (`parsePlan`, `parsePlanJson` with the `locale` option); optional: English where a locale has none. */
  readonly parse?: Catalog<PlanIssueFactsByCode>;
  /**
   * The fairness analysis and its report: findings, issues, consistency findings and the report's
   * words (`analyzeAdverseImpact`, `reviewFairness`, `compareConsistency`, `renderFairnessReport`
   * with the `locale` option). Optional: English where a locale has none.
   */
  readonly fairness?: FairnessDocumentCatalogs;
  /**
   * Policy issues (`policy_invalid`: a bad or unknown policy field) and what a lint run advises
   * about them (`assessReadiness`, `checkSmartGoal`, `lintPlan`, `transition`'s `policyIssues`,
   * `rewordPolicyIssues`; the evaluation's and the fairness analysis's catalogs carry their own
   * `policy_invalid`). Optional: English where a locale has none.
   */
  readonly policy?: PolicyCatalogs;
}

/**
 * A language: its code, its direction, its date-fns locale, the locale its numbers are written
 * in, and every catalog ({@link LocaleMessages}). Pass it as the `locale` option.
 *
 * @example
 * ```ts
 * import { renderPlan } from 'improvement-plan';
 * import { de } from 'improvement-plan/locales/de';
 * renderPlan(plan, { format: 'html', locale: de }); // <html lang="de"> … "Leistungsverbesserungsplan" …
 * ```
 */
export interface Locale extends RenderLocale, EvaluateLocale, LifecycleLocale, ReadinessLocale, SmartLocale, LintLocale, ParseLocale, FairnessLocale, ConsistencyLocale, FairnessReportLocale, PolicyLocale {
  /** BCP 47 code: `en-US`, `de`, `fr`, `es`, `ar`. */
  readonly code: string;
  readonly dir: TextDirection;
  readonly dateLocale: DateLocale;
  readonly messages: LocaleMessages;
}

/**
 * A locale with some of its words replaced (house style, the caller's terminology), key by key at
 * any depth; everything else is the locale's own. A replacement of the wrong kind, or a function
 * that throws or returns no string, falls back to the locale's word for that key, so a broken
 * override never breaks a document. The locale passed in is not changed.
 *
 * @example
 * ```ts
 * import { withMessages } from 'improvement-plan';
 * import { de } from 'improvement-plan/locales/de';
 * const house = withMessages(de, { render: { labels: { goal: 'Entwicklungsziel' } } });
 * house.messages.render.labels.goal; // => "Entwicklungsziel"
 * ```
 */
export function withMessages(locale: Locale, override: MessagesOverride<LocaleMessages>): Locale {
  const messages = overrideMessages(locale.messages, override);
  return messages === locale.messages ? locale : Object.freeze({ ...locale, messages });
}
