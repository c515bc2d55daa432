/**
 * Writes docs/policies.md from the code: every policy's fields with their defaults, valid values
 * and meanings. Policies defined with `definePolicy` (src/policy) list them themselves
 * (`fields()`); the others (the render options) are read from their `DEFAULT_*`
 * objects and the TSDoc of their interfaces with the TypeScript compiler API.
 * `test/docs/policies.test.ts` checks that the committed file is this output;
 * `npm run docs:policies` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import {
  DEFAULT_LINT_POLICY,
  DEFAULT_RENDER_OPTIONS,
  DEFAULT_TIMELINE_POLICY,
  EVALUATION_POLICY,
  EVALUATION_POLICY_DESCRIPTIONS,
  FAIRNESS_POLICY,
  FAIRNESS_POLICY_DESCRIPTIONS,
  GAP_POLICY,
  GAP_POLICY_DESCRIPTIONS,
  LIFECYCLE_POLICY,
  LIFECYCLE_POLICY_DESCRIPTIONS,
  LINT_POLICY,
  LINT_POLICY_DESCRIPTIONS,
  READINESS_POLICY,
  READINESS_POLICY_DESCRIPTIONS,
  SMART_POLICY,
  SMART_POLICY_DESCRIPTIONS,
  TIMELINE_POLICY,
  TIMELINE_POLICY_DESCRIPTIONS,
  type PolicyDefinition,
} from '../../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One policy the document lists. */
export interface PolicyEntry {
  /** The exported object holding the defaults. */
  readonly constant: string;
  /** The interface whose TSDoc gives each field's meaning. */
  readonly type: string;
  /** The source file declaring the interface. */
  readonly file: string;
  readonly value: object;
  /** What it governs and where it is passed. */
  readonly about: string;
  /** The guide with the method behind the thresholds. */
  readonly guide: string;
  /** The definition, for policies made with `definePolicy`: fields, defaults and valid values come from it... */
  readonly definition?: PolicyDefinition<object>;
  /** ... and the meanings from the descriptions the policy module exports beside it. */
  readonly descriptions?: Readonly<Record<string, string>>;
}

/** Every policy object, in the order data flows through the library. */
export const POLICIES: readonly PolicyEntry[] = [
  {
    constant: 'DEFAULT_GAP_POLICY', type: 'GapPolicy', file: 'src/gaps/policy.ts', value: GAP_POLICY.defaults, definition: GAP_POLICY, descriptions: GAP_POLICY_DESCRIPTIONS,
    about: '`analyzeGap(gap, policy?)`, `analyzeTeamGaps(team, request, policy?)`: how big a shortfall is and when it is sustained. Problems: in the result\'s `issues`.', guide: 'checks.md',
  },
  {
    constant: 'DEFAULT_SMART_POLICY', type: 'SmartPolicy', file: 'src/goals/policy.ts', value: SMART_POLICY.defaults, definition: SMART_POLICY, descriptions: SMART_POLICY_DESCRIPTIONS,
    about: '`checkSmartGoal(goal, plan, context?)` (`context.policy`): what Achievable accepts. Problems: in the check\'s `issues`.', guide: 'checks.md',
  },
  {
    constant: 'DEFAULT_LINT_POLICY', type: 'LintPolicy', file: 'src/lint/policy.ts', value: LINT_POLICY.defaults, definition: LINT_POLICY, descriptions: LINT_POLICY_DESCRIPTIONS,
    about: '`lintPlan(plan, policy?)`: the pitfalls of the spec; it includes every SMART and gap field. Problems: `policy_invalid` findings (errors), first.', guide: 'checks.md',
  },
  {
    constant: 'DEFAULT_READINESS_POLICY', type: 'ReadinessPolicy', file: 'src/readiness/policy.ts', value: READINESS_POLICY.defaults, definition: READINESS_POLICY, descriptions: READINESS_POLICY_DESCRIPTIONS,
    about: '`assessReadiness(history, coachingLog, policy?)`: is a plan appropriate yet; it includes every gap field. Problems: in the assessment\'s `issues`.', guide: 'checks.md',
  },
  {
    constant: 'DEFAULT_TIMELINE_POLICY', type: 'TimelinePolicy', file: 'src/timeline/policy.ts', value: TIMELINE_POLICY.defaults, definition: TIMELINE_POLICY, descriptions: TIMELINE_POLICY_DESCRIPTIONS,
    about: '`planTimeline`, `checkInSlots`, `planPhases`, `phaseAt`, `planProgress`, `planMilestones`, `extensionAllowance`, `proposeExtension` (`options.policy`) and the lifecycle (`policy.timeline`). Problems: in `planTimeline`\'s `issues` and in `proposeExtension`\'s refusal (`policy_invalid`, with the `issues`); the single views that return plain values (`checkInSlots`, `planPhases`, `phaseAt`, `planProgress`, `planMilestones`, `extensionAllowance`) throw a `PolicyError` with them, each the throwing twin of `planTimeline`.', guide: 'lifecycle.md',
  },
  {
    constant: 'DEFAULT_LIFECYCLE_POLICY', type: 'LifecyclePolicy', file: 'src/lifecycle/policy.ts', value: LIFECYCLE_POLICY.defaults, definition: LIFECYCLE_POLICY, descriptions: LIFECYCLE_POLICY_DESCRIPTIONS,
    about: '`transition(plan, command, { asOf, actor, policy })`, `replay(plan, events, { policy })`: reminders, automatic evaluation, the fairness rule on closing, who reviews. Problems: the command is refused with `policy_invalid` (the rejection\'s `policyIssues`; replay reports it on the first entry), nothing decided under a policy other than the one asked for.', guide: 'lifecycle.md',
  },
  {
    constant: 'DEFAULT_EVALUATION_POLICY', type: 'EvaluationPolicy', file: 'src/evaluate/policy.ts', value: EVALUATION_POLICY.defaults, definition: EVALUATION_POLICY, descriptions: EVALUATION_POLICY_DESCRIPTIONS,
    about: '`evaluatePlan`, `evaluatePlans`, `recommendOutcome`, `summarizeEvaluation`, `detectRelapse`, `screenTeam`, `compareConsistency` (`options.policy`; the CLI\'s `--policy <file>`). Problems: in the result\'s `issues` (`recommendOutcome`, which has none, throws a `PolicyError`; the CLI refuses the file).', guide: 'evaluation.md',
  },
  {
    constant: 'DEFAULT_FAIRNESS_POLICY', type: 'FairnessPolicy', file: 'src/fairness/policy.ts', value: FAIRNESS_POLICY.defaults, definition: FAIRNESS_POLICY, descriptions: FAIRNESS_POLICY_DESCRIPTIONS,
    about: '`analyzeAdverseImpact(population, { groupOf, asOf, policy })` and `reviewFairness(population, { attributes, asOf, policy })`: the privacy threshold, the four-fifths rule, the significance level and the reference group. Problems: in the report\'s `issues` (the default used).', guide: 'fairness.md',
  },
  { constant: 'DEFAULT_RENDER_OPTIONS', type: 'RenderOptions', file: 'src/render/options.ts', value: DEFAULT_RENDER_OPTIONS, about: '`renderPlan(plan, options)` and `renderEvaluation(summary, options)`: the document\'s format, audience, words, dates and numbers.', guide: 'rendering.md' },
  { constant: 'EvaluationRenderOptions', type: 'EvaluationRenderOptions', file: 'src/render/render-evaluation.ts', value: {}, about: '`renderEvaluation(summary, options)`: the render options without `asOf` (the report\'s date is the summary\'s), and what the summary alone does not hold.', guide: 'rendering.md' },
  {
    constant: 'FairnessRenderOptions',
    type: 'FairnessRenderOptions',
    file: 'src/render/fairness-report.ts',
    value: { audience: 'employee', dateFormat: DEFAULT_RENDER_OPTIONS.dateFormat, locale: DEFAULT_RENDER_OPTIONS.locale, htmlShell: DEFAULT_RENDER_OPTIONS.htmlShell },
    about: '`renderFairnessReport(review, options)`: HR\'s fairness report; only the `hr` audience is rendered.',
    guide: 'fairness.md',
  },
];

/** A field of an interface: its name, TSDoc text and whether it may be left out. */
interface FieldDoc {
  readonly name: string;
  readonly doc: string;
  readonly optional: boolean;
}

/** The interface's own fields (not inherited ones) with their TSDoc, in declaration order. */
export function interfaceFields(file: string, type: string): { fields: FieldDoc[]; extendsNames: string[] } {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  let found: ts.InterfaceDeclaration | undefined;
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === type) found = node;
  });
  if (!found) throw new Error(`interface ${type} not found in ${file}`);
  const declaration: ts.InterfaceDeclaration = found;
  const fields = declaration.members.filter(ts.isPropertySignature).map((member) => {
    const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
    const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
    return { name: member.name.getText(source), doc: text.replace(/\s+/g, ' ').trim(), optional: member.questionToken !== undefined };
  });
  const extendsNames = (declaration.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.getText(source)));
  return { fields, extendsNames };
}

/** A default value as code: numbers, strings in single quotes, arrays, records, nested policies by name. */
export function formatDefault(value: unknown): string {
  if (value === DEFAULT_TIMELINE_POLICY) return 'DEFAULT_TIMELINE_POLICY';
  if (value === DEFAULT_LINT_POLICY) return 'DEFAULT_LINT_POLICY';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatDefault).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const code = (value as { code?: unknown }).code;
    if (typeof code === 'string' && 'formatLong' in value) return `date-fns locale ${code}`;
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${formatDefault(v)}`).join(', ')} }`;
  }
  return String(value);
}

/** The meaning of a field: its TSDoc without the closing "Default ..." sentence, links as code. */
export function meaning(doc: string): string {
  const withoutDefault = doc.replace(/\s*Default(?:s)?\b[^.]*?(?:`[^`]*`[^.]*)*\.?(?:\s*\([^)]*\))?\s*$/, '').trim();
  return withoutDefault.replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`').replace(/\|/g, '\\|');
}

/** The default as the field's TSDoc states it (the code in backticks right after "Default"), when it does. */
export function statedDefault(doc: string): string | undefined {
  const match = /Default\s+`([^`]*)`/.exec(doc);
  if (match) return match[1];
  const link = /Default\s+\{@link\s+([^}\s]+)\s*\}/.exec(doc);
  return link?.[1];
}

/** A default the TSDoc states in words ("Default: the date locale's code."), links as code. */
export function statedInWords(doc: string): string | undefined {
  const match = /Default:\s+([^.]*)\.?\s*$/.exec(doc);
  return match?.[1]?.replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`');
}

/** A table from a policy's definition: its own fields, and the policies above whose fields it includes. */
function definedTable(entry: PolicyEntry, definition: PolicyDefinition<object>): string[] {
  const fieldsOf = (e: PolicyEntry) => e.definition!.fields(e.descriptions);
  const lines = [`## \`${entry.type}\` (\`${entry.constant}\`)`, '', entry.about, ''];
  const earlier = POLICIES.slice(0, POLICIES.indexOf(entry)).filter((e) => e.definition !== undefined);
  const includes: string[] = [];
  const mine = fieldsOf(entry);
  // a policy above is included when every one of its fields is here (the same schema); a few shared
  // fields (the not-met rule's, shared by the evaluation and lifecycle policies) are listed in both
  const whole = earlier.filter((e) => fieldsOf(e).every((f) => mine.some((m) => m.name === f.name && m.schema === f.schema)));
  const own = mine.filter((field) => {
    const from = whole.find((e) => fieldsOf(e).some((f) => f.name === field.name && f.schema === field.schema));
    if (from && !includes.includes(from.type)) includes.push(from.type);
    return from === undefined;
  });
  if (includes.length > 0) lines.push(`It includes every field of ${includes.map((n) => `\`${n}\``).join(' and ')} (above), and:`, '');
  lines.push('| Field | Default | Valid values | Meaning |', '| --- | --- | --- | --- |');
  for (const field of own) {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    lines.push(`| \`${field.name}\` | ${cell(`\`${formatDefault(field.default)}\``)} | ${cell(field.expected)} | ${cell(field.description)} |`);
  }
  lines.push('', `More in [${entry.guide.replace('.md', '')}](${entry.guide}).`, '');
  return lines;
}

function table(entry: PolicyEntry): string[] {
  if (entry.definition) return definedTable(entry, entry.definition);
  const { fields, extendsNames } = interfaceFields(entry.file, entry.type);
  const own = new Set(fields.map((f) => f.name));
  const lines = [entry.constant === entry.type ? `## \`${entry.type}\`` : `## \`${entry.type}\` (\`${entry.constant}\`)`, '', entry.about, ''];
  if (extendsNames.length > 0) lines.push(`It includes every field of ${extendsNames.map((n) => `\`${n}\``).join(' and ')} (above), and:`, '');
  lines.push('| Field | Default | Meaning |', '| --- | --- | --- |');
  for (const field of fields) {
    const has = Object.hasOwn(entry.value, field.name);
    const words = statedInWords(field.doc);
    const value = has ? `\`${formatDefault((entry.value as Readonly<Record<string, unknown>>)[field.name])}\`` : !field.optional ? '(required)' : words ? `(${words})` : '(none)';
    lines.push(`| \`${field.name}\` | ${value.replace(/\|/g, '\\|')} | ${meaning(field.doc)} |`);
  }
  const inherited = Object.keys(entry.value).filter((k) => !own.has(k));
  if (extendsNames.length === 0 && inherited.length > 0) throw new Error(`${entry.constant} has fields its interface does not declare: ${inherited.join(', ')}`);
  lines.push('', `More in [${entry.guide.replace('.md', '')}](${entry.guide}).`, '');
  return lines;
}

/** The whole document. */
export function policiesDoc(): string {
  return [
    '# Policies and their defaults',
    '',
    '<!-- Generated from the policy definitions (definePolicy\'s fields()) and, for the others, the',
    '     DEFAULT_* objects and the TSDoc of their interfaces, by test/support/policies-doc.ts',
    '     (npm run docs:policies); a test checks it is up to date. -->',
    '',
    'Every threshold the library uses is a field of a policy object with a documented default.',
    'Each function that judges takes a `Partial` of its policy, merged over the defaults (nested',
    'records such as `sustainPeriods` merge key by key, and the lifecycle\'s `timeline` is itself',
    'a partial; lists are given whole). Shares are fractions: `0.8` is 80%.',
    '',
    'The policies made with `definePolicy` (src/policy, on zod: gap, SMART, lint, readiness,',
    'timeline, lifecycle, evaluation, fairness) check every override the same way: a value outside its valid values,',
    'or a record given as something else (`null`, a word), is reported as a `policy_invalid`',
    'issue with the path of the field (`[\'policy\', \'sustainPeriods\', \'week\']`) and a sentence,',
    'and its default is used; an unknown field (a misspelt one) is reported and ignored. A policy',
    'nested in another (the lifecycle\'s `timeline` and `lint`) is checked by its own definition,',
    'its rules between fields included, with the nested path (`[\'policy\', \'lint\', \'severeAt\']`). The',
    'issues come back as data in the function\'s result (see each policy below); only the views',
    'whose result has no room for them throw a `PolicyError` carrying them. `XXX_POLICY.resolve(overrides)`',
    'checks a policy on its own (`{ policy, issues }`), and `XXX_POLICY.fields()` lists the',
    'fields this page is generated from.',
    '',
    '```ts',
    "const findings = lintPlan(plan, { minPriorCoaching: 3 });",
    "const evaluation = evaluatePlan(plan, feed, { asOf: '2026-04-06', policy: { successScore: 75, sustainPeriods: { week: 6 } } });",
    "const result = transition(plan, command, { asOf, actor, policy: { autoBeginEvaluation: true, timeline: { maxExtensions: 2 } } });",
    '```',
    '',
    ...POLICIES.flatMap(table),
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(join(ROOT, 'docs', 'policies.md'), policiesDoc(), 'utf8');
  console.log('wrote docs/policies.md');
}
