/**
 * Test helpers: fill every free-text field of a plan input, and replace every piece of user
 * text (ids included, consistently) with hostile text.
 */
import { isCalendarDate, shiftDate, type PlanInput } from '../../src/index.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Keys whose string values are enum literals or codes, not user text. */
const ENUM_KEYS = new Set([
  'kind', 'unit', 'direction', 'aggregation', 'standardSource', 'category', 'basis', 'comparator', 'status', 'rootCause',
  'decision', 'cadence', 'weekday', 'every', 'durationUnit', 'outcome', 'currency', 'phase', 'target',
]);
/** Keys whose string values are ids or references to ids. */
const ID_KEYS = new Set([
  'id', 'metricId', 'gapIds', 'goalIds', 'commitmentId', 'owner', 'by', 'signerId', 'attendees', 'systemFactorIds',
  'drives', 'recordedBy', 'targetId', 'metricIds',
]);

/**
 * Add a value to every optional free-text field the generated plans leave out: goal
 * descriptions, milestone labels, mitigations, reviews, signatures with comments, progress,
 * actions, adjustments, amendments, extensions, pauses, closure.
 */
export function withEveryTextField(input: PlanInput): PlanInput {
  const plan = JSON.parse(JSON.stringify(input)) as PlanInput & Record<string, unknown>;
  const start = plan.startDate;
  const goal = plan.goals?.[0];
  const firstGoalId = goal?.id ?? 'g-1';
  plan.title = 'Plan title';
  plan.employee = { ...plan.employee, team: 'Team', territory: 'Territory', email: 'employee@example.test' };
  plan.manager = { ...plan.manager, title: 'Manager title' };
  if (plan.hrPartner) plan.hrPartner = { ...plan.hrPartner, title: 'HR title' };
  plan.priorCoaching = (plan.priorCoaching ?? []).map((c) => ({ ...c, topic: 'Coaching topic' }));
  if (plan.diagnostic) {
    plan.diagnostic = {
      ...plan.diagnostic,
      rootCauseNotes: 'Root cause notes',
      systemFactors: plan.diagnostic.systemFactors.map((f) => ({ ...f, mitigation: 'Mitigation' })),
    };
  }
  plan.metrics = plan.metrics?.map((m) => ({ ...m, description: 'Metric description' }));
  plan.gaps = plan.gaps?.map((g) => ({ ...g, description: 'Gap description' }));
  plan.goals = plan.goals?.map((g, i) => ({
    ...g,
    description: 'Goal description',
    ...(i === 0 ? { milestones: [{ date: shiftDate(start, 20), target: g.target, label: 'Milestone label' }] } : {}),
  }));
  plan.development = [
    ...(plan.development ?? []),
    { id: 'dev-extra', skill: 'Skill name', practice: 'Practice text', feedback: 'Feedback text', goalIds: [firstGoalId] },
  ];
  plan.checkIns = (plan.checkIns ?? []).map((c) => ({
    ...c,
    progress: [{ goalId: firstGoalId, note: 'Progress note', value: 1 }],
    actions: [{ description: 'Action description', owner: plan.manager.id, due: shiftDate(c.date, 3) }],
    adjustments: ['Adjustment text'],
  }));
  plan.supportDeliveries = (plan.supportDeliveries ?? []).map((d) => ({ ...d, note: 'Delivery note' }));
  if (plan.outcomes) plan.outcomes = { ...plan.outcomes, ifSuccessful: 'If successful text' };
  plan.reviews = [{ by: plan.hrPartner?.id ?? plan.manager.id, date: shiftDate(start, -2), decision: 'approved', notes: 'Review notes' }];
  plan.signatures = [
    { role: 'manager', signerId: plan.manager.id, name: plan.manager.name, date: shiftDate(start, -1), revision: 0 },
    { role: 'employee', signerId: plan.employee.id, name: 'Signature name', date: start, revision: 0, comment: 'Employee comment' },
  ];
  plan.amendments = [{ date: shiftDate(start, 10), by: plan.manager.id, reason: 'Amendment reason', target: 'goal', targetId: firstGoalId, revision: 1 }];
  plan.pauses = [{ start: shiftDate(start, 12), end: shiftDate(start, 14), reason: 'Pause reason' }];
  plan.closure = { outcome: 'withdrawn', date: shiftDate(start, 40), by: plan.manager.id, reason: 'Closure reason' };
  plan.revision = 1;
  // a plan with a closure is closed (parsePlan checks the status against the records)
  plan.status = 'closed';
  delete plan.phase;
  return plan;
}

/** Replace user text: ids through `id`, every other text through `text` (dates and enums untouched). */
export function replaceUserText(input: PlanInput, id: (value: string) => string, text: (value: string, key: string) => string): PlanInput {
  const ids = new Set<string>();
  const collect = (node: Json, key: string): void => {
    if (typeof node === 'string') {
      if (key === 'id') ids.add(node);
    } else if (Array.isArray(node)) node.forEach((child) => collect(child, key));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k !== 'metadata') collect(v, k);
  };
  collect(input as unknown as Json, '');
  const walk = (node: Json, key: string, parent: string, inMetadata: boolean): Json => {
    if (typeof node === 'string') {
      if (isCalendarDate(node)) return node;
      if (inMetadata) return text(node, key);
      if (ID_KEYS.has(key) || (ids.has(node) && !['name', 'title', 'role'].includes(key))) return ids.has(node) ? id(node) : node;
      if (ENUM_KEYS.has(key) || (key === 'role' && parent !== 'employee')) return node;
      if (key === 'email') return node;
      return text(node, key);
    }
    if (Array.isArray(node)) return node.map((child) => walk(child, key, parent, inMetadata));
    if (node !== null && typeof node === 'object') {
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v, k, key, inMetadata || k === 'metadata');
      return out;
    }
    return node;
  };
  return walk(input as unknown as Json, '', '', false) as unknown as PlanInput;
}
