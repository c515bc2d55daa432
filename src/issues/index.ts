/**
 * The shared issue shape and the message catalog mechanism (bottom layer: every folder may import it).
 *
 * @module
 */
export { createIssue, issueText, type Catalog, type Issue, type IssueOf, type IssuePath } from './issue.js';
