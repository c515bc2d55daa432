/**
 * Adapters from host-system data to observations: CRM deal rows to per-rep, per-period figures.
 *
 * @module
 */
export {
  crmDealsToObservations,
  CRM_METRIC_IDS,
  type CrmDealRow,
  type CrmAdapterOptions,
  type CrmRowIssue,
  type CrmObservations,
  type CrmDealStage,
} from './crm.js';
export { CRM_ISSUE_MESSAGES, type CrmIssueCode, type CrmIssueFacts, type CrmIssueFactsByCode } from './messages.js';
