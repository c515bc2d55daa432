import { describe, expect, it } from 'vitest';
import { CRM_ISSUE_MESSAGES, crmDealsToObservations, issueText, type CrmRowIssue } from '../../src/index.js';

describe('CRM row issues are issues with facts', () => {
  it('path is rows/index/field; row and field stay; the message is the English catalog applied to the facts', () => {
    const won = { sales_agent: 'A', deal_stage: 'Won', engage_date: '2026-01-01', close_date: '2026-01-05', close_value: '1200' };
    const crm = crmDealsToObservations(
      [
        { ...won, opportunity_id: '1' },
        { ...won, opportunity_id: '1' },
        { ...won, opportunity_id: '2', close_value: '-5' },
        { ...won, opportunity_id: '3', deal_stage: 'Maybe' },
        { ...won, opportunity_id: '', close_date: '2026-02-30' },
      ],
      { unit: 'month' },
    );
    expect(crm.issues.length).toBeGreaterThanOrEqual(4);
    for (const issue of crm.issues) {
      expect(issue.path).toEqual(['rows', issue.row - 1, issue.field]);
      expect(issue.facts.row).toBe(issue.row);
      expect(issue.facts.field).toBe(issue.field);
      expect(issueText(issue, CRM_ISSUE_MESSAGES)).toBe(issue.message);
      const stored = JSON.parse(JSON.stringify(issue)) as CrmRowIssue;
      expect(issueText(stored, CRM_ISSUE_MESSAGES)).toBe(issue.message);
      expect(Object.isFrozen(issue.facts)).toBe(true);
    }
    const duplicate = crm.issues.find((issue) => issue.code === 'duplicate_id');
    expect(duplicate?.facts).toEqual({ row: 2, field: 'opportunity_id', value: '1', detail: '1' });
  });
});
