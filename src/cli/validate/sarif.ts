/**
 * `validate --format sarif`: the run as a SARIF 2.1.0 log (OASIS Static Analysis Results
 * Interchange Format), which CI systems read to show each problem on its line (GitHub code
 * scanning, Azure DevOps, GitLab, SonarQube ...). One run of the tool `improvement-plan`; a rule
 * per code found (lint rules with their one-line summary); a result per problem with its level
 * (`error`, `warning`, `note` for a lint `info`), message (and fix), file, line and column, and the
 * JSON path as its logical location. Files are URI references: relative as given, `file:` URIs
 * for absolute paths; standard input has no URI. A file that cannot be read, or a pattern that
 * names none, is a tool execution notification and makes `executionSuccessful` false.
 *
 * @module
 */
import { LINT_RULES, type LintCode } from '../../lint/rules.js';
import type { Problem, Severity } from './check.js';
import type { Outcome } from './outcome.js';

/** The schema a SARIF 2.1.0 log names. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** A lone surrogate cannot be percent-encoded: it becomes U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A file as a URI reference: a relative path stays relative (`plans/a%20b.json`), an absolute one
 * is a `file:` URI (`file:///home/x/plan.json`, `file:///C:/plans/plan.json`); standard input has none.
 *
 * @example
 * ```ts
 * artifactUri('plans/Q1 #2.json'); // => "plans/Q1%20%232.json"
 * ```
 */
export function artifactUri(file: string): string | undefined {
  if (file === '<stdin>') return undefined;
  const windows = /^[A-Za-z]:[\\/]/.test(file) || file.startsWith('\\\\');
  const path = windows ? file.replaceAll('\\', '/') : file;
  const encoded = path
    .split('/')
    .map((segment, i) => (windows && i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(wellFormed(segment))))
    .join('/');
  if (windows) return file.startsWith('\\\\') ? `file:${encoded}` : `file:///${encoded}`;
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

function ruleOf(code: string, problem: Problem) {
  const lint = problem.source === 'lint' ? (LINT_RULES as Readonly<Record<string, { readonly summary: string }>>)[code as LintCode] : undefined;
  return {
    id: code,
    ...(lint ? { shortDescription: { text: lint.summary } } : {}),
    defaultConfiguration: { level: LEVEL[problem.severity] },
    properties: { category: problem.source === 'parse' ? 'parse issue' : 'lint finding' },
  };
}

/** The SARIF log of a run (`version` is the tool's). */
export function sarifReport(outcome: Outcome, version: string, informationUri?: string): unknown {
  const artifacts: object[] = [];
  const results: object[] = [];
  const rules: object[] = [];
  const ruleIndex = new Map<string, number>();
  const notifications: object[] = [];
  for (const report of outcome.reports) {
    const uri = artifactUri(report.file);
    if (report.kind === 'failed') {
      notifications.push({
        level: 'error',
        message: { text: `${report.file}: ${report.failure.message}` },
        descriptor: { id: report.failure.code },
        ...(uri === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri } } }] }),
      });
      continue;
    }
    const index = artifacts.length;
    artifacts.push({ location: uri === undefined ? { description: { text: 'standard input' } } : { uri } });
    const artifactLocation = uri === undefined ? { index } : { uri, index };
    const shown = outcome.quiet ? report.problems.filter((p) => p.severity === 'error') : report.problems;
    for (const problem of shown) {
      if (!ruleIndex.has(problem.code)) {
        ruleIndex.set(problem.code, rules.length);
        rules.push(ruleOf(problem.code, problem));
      }
      results.push({
        ruleId: problem.code,
        ruleIndex: ruleIndex.get(problem.code),
        level: LEVEL[problem.severity],
        message: { text: problem.fix === undefined ? problem.message : `${problem.message} Fix: ${problem.fix}` },
        locations: [
          {
            physicalLocation: { artifactLocation, region: { startLine: problem.line, startColumn: problem.column } },
            logicalLocations: [{ fullyQualifiedName: problem.at }],
          },
        ],
        ...(problem.fix === undefined ? {} : { properties: { fix: problem.fix } }),
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'improvement-plan', version, semanticVersion: version, ...(informationUri ? { informationUri } : {}), rules } },
        invocations: [{ executionSuccessful: outcome.failed === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
