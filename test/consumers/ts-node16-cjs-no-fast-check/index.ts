// CommonJS TypeScript (package.json "type": "commonjs", module node16, skipLibCheck false):
// the library resolves to its `require` conditions (dist/*.d.cts), WITHOUT the optional peer
// fast-check. A project that does not import `testing` compiles: every other public subpath,
// types and values (the main entry, `schema`, `plan.schema.json`, `package.json`), and
// renderPlan and renderEvaluation taking a locale. (Importing `testing` here is TS2307, "Cannot
// find module 'fast-check'", inside dist/testing.d.cts: the peer is what that subpath needs.)
import {
  evaluatePlan,
  lintPlan,
  parsePlan,
  renderEvaluation,
  renderPlan,
  summarizeEvaluation,
  DEFAULT_RENDER_OPTIONS,
  PlanValidationError,
  type DateLocale,
  type EvaluationRenderOptions,
  type Plan,
  type PlanIssue,
  type RenderOptions,
} from 'improvement-plan';
import { GoalSchema, PLAN_SCHEMA_VERSION, parsePlan as parseFromSchema, type Goal, type PlanParseResult } from 'improvement-plan/schema';
import planSchema = require('improvement-plan/plan.schema.json');
import manifest = require('improvement-plan/package.json');
// each language is a subpath of its own, typed without date-fns' root typings
import { de } from 'improvement-plan/locales/de';
import { ar } from 'improvement-plan/locales/ar';
import type { Locale } from 'improvement-plan';

// a locale of the library's own DateLocale shape (every date-fns locale is one)
const widths = (): string => 'PP';
const locale: DateLocale = {
  code: 'de',
  localize: {
    ordinalNumber: (value) => `${value}.`,
    era: (value) => (value === 0 ? 'v. Chr.' : 'n. Chr.'),
    quarter: (value) => `Q${value}`,
    month: (value) => ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][value] ?? '',
    day: (value) => ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'][value] ?? '',
    dayPeriod: (value) => value,
  },
  formatLong: { date: widths, time: widths, dateTime: widths },
  options: { weekStartsOn: 1, firstWeekContainsDate: 4 },
};

const result = parsePlan({});
const again: PlanParseResult = parseFromSchema({});
const issues: readonly PlanIssue[] = result.ok ? [] : result.issues;
const plan: Plan | undefined = result.ok ? result.plan : undefined;
const goal: Goal | undefined = plan?.goals[0];
const codes: string[] = issues.map((issue) => issue.code);
const parsedGoal = GoalSchema.safeParse(goal);
const error = new PlanValidationError(issues);
const options: RenderOptions = { ...DEFAULT_RENDER_OPTIONS, format: 'markdown', locale, dateFormat: 'PPP' };
const rendered = plan ? renderPlan(plan, options) : '';
const findings = plan ? lintPlan(plan).length : 0;
const evaluationOptions: EvaluationRenderOptions = { format: 'html', locale };
const report = plan ? renderEvaluation(summarizeEvaluation(evaluatePlan(plan, [], { asOf: plan.startDate })), evaluationOptions) : '';
const schemaId: string = planSchema.$id;
const version: string = manifest.version;
const languages: readonly Locale[] = [de, ar];
const localized = plan ? languages.map((language) => renderPlan(plan, { format: 'html', locale: language })) : [];
if (plan && !(localized[1] ?? '').includes('dir="rtl"')) throw new Error('the Arabic document reads right to left');
export { again, codes, parsedGoal, error, rendered, findings, report, schemaId, version, PLAN_SCHEMA_VERSION, localized };
