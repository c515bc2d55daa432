/**
 * The shared issue shape and the message catalog mechanism (bottom layer: every folder may import it).
 *
 * @module
 */
export { createIssue, issueText, type Catalog, type Issue, type IssueOf, type IssuePath } from './issue.js';
export { overrideMessages, type MessagesOverride } from './override.js';
export { pluralForm, formatCount, type PluralForms } from './plural.js';
export { figureWords, type FigureWords, type FigureUnitFacts } from './figures.js';
