/**
 * Role templates: default metrics, standards, goals, support and rhythm per role (the domain
 * spec's examples), and plans for one or many reps made from a template (bulk goal assignment).
 *
 * @module
 */
export type { RoleTemplate, MetricTemplate, GoalTemplate, MilestoneTemplate, SupportTemplate, SupportOwner } from './role-template.js';
export { SDR_TEMPLATE, ACCOUNT_EXECUTIVE_TEMPLATE, ACCOUNT_MANAGER_TEMPLATE, ROLE_TEMPLATES } from './catalog.js';
export { planFromTemplate, plansFromTemplate, type TemplateAssignment, type TemplateDefaults, type TemplatePlanResult } from './from-template.js';
