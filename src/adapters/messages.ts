/**
 * Every sentence the CRM adapter writes about a row it could not use.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';

/** Why a CRM row could not be used. */
export type CrmIssueCode = 'missing' | 'invalid_stage' | 'invalid_date' | 'invalid_amount' | 'close_before_engage' | 'duplicate_id' | 'unexpected_value';

/** Facts an issue sentence is built from. */
export interface CrmIssueFacts {
  readonly row: number;
  readonly field: string;
  readonly value?: string;
  readonly stage?: string;
  readonly detail?: string;
}

/** The facts of each CRM row issue code (today one shape for all: {@link CrmIssueFacts}). */
export type CrmIssueFactsByCode = { readonly [C in CrmIssueCode]: CrmIssueFacts };

/** The CRM row issues' part of the English catalog. */
export const CRM_ISSUE_MESSAGES: Catalog<CrmIssueFactsByCode> = {
  missing: (f) => `Row ${f.row}: ${f.field} is empty${f.stage ? `, but a ${f.stage} deal needs it` : ''}; the row is left out of every figure.`,
  invalid_stage: (f) => `Row ${f.row}: deal_stage ${JSON.stringify(f.value ?? '')} is not Prospecting, Engaging, Won or Lost; the row is left out.`,
  invalid_date: (f) => `Row ${f.row}: ${f.field} ${JSON.stringify(f.value ?? '')} is not a real calendar day written YYYY-MM-DD; the row is left out.`,
  invalid_amount: (f) => `Row ${f.row}: close_value ${JSON.stringify(f.value ?? '')} is not a non-negative amount${f.detail ? ` (${f.detail})` : ''}; the row is left out.`,
  close_before_engage: (f) => `Row ${f.row}: close_date ${f.value ?? '?'} is before engage_date ${f.detail ?? '?'}; the row is left out.`,
  duplicate_id: (f) => `Row ${f.row}: opportunity_id ${JSON.stringify(f.value ?? '')} already appeared in row ${f.detail ?? '?'}; this row is left out.`,
  unexpected_value: (f) => `Row ${f.row}: ${f.field} is ${JSON.stringify(f.value ?? '')} but a ${f.stage ?? 'open'} deal has no ${f.field}; the row is left out rather than guessed.`,
};

/** The sentence for a row issue. */
export function crmIssueMessage(code: CrmIssueCode, facts: CrmIssueFacts): string {
  return CRM_ISSUE_MESSAGES[code](facts);
}
