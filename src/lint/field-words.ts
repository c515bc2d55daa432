/**
 * Where a text of the plan is, in English words ("Check-in ci-3 (private notes)"): the words of
 * protected-wording findings, in a module of their own so a catalog does not bundle the matcher.
 *
 * @internal
 * @module
 */

const SECTION: Readonly<Record<string, string>> = {
  priorCoaching: 'Coaching conversation',
  metrics: 'Metric',
  gaps: 'Gap',
  goals: 'Goal',
  development: 'Development entry',
  support: 'Support commitment',
  supportDeliveries: 'Support session',
  checkIns: 'Check-in',
  reviews: 'HR review',
  signatures: 'Signature',
  amendments: 'Amendment',
  extensions: 'Extension',
  pauses: 'Pause',
};

const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Whether a plan field is a list whose entries are named (a check-in, a gap, a pause). */
export const isSection = (head: string | number | undefined): boolean => typeof head === 'string' && Object.hasOwn(SECTION, head);

/** How a list entry a text is in is named: by its id, its date, its start, the day it was granted, or its place. */
export interface FieldEntry {
  readonly by: 'id' | 'date' | 'start' | 'grantedOn' | 'index';
  readonly value: string | number;
}

/**
 * Where a text is, in words: "Check-in ci-3 (private notes)", "The diagnostic (struggles, 2)".
 *
 * @internal
 */
export function describeField(path: readonly (string | number)[], entry: FieldEntry | undefined): string {
  const [head, index, ...rest] = path;
  const section = SECTION[head as string];
  if (section !== undefined && typeof index === 'number') {
    const value = entry?.value ?? index + 1;
    const name = entry === undefined || entry.by === 'index' ? `#${value}` : entry.by === 'id' ? String(value) : entry.by === 'start' ? `from ${value}` : `of ${value}`;
    return `${section} ${name} (${rest.map((part) => (typeof part === 'number' ? String(part + 1) : words(part))).join(' ')})`;
  }
  const top = head === 'title' ? "The plan's title" : head === 'purpose' ? 'The purpose' : `The ${words(String(head))}`;
  return rest.length === 0 && index === undefined ? top : `${top} (${[index, ...rest].map((part) => (typeof part === 'number' ? String(part + 1) : words(String(part)))).join(', ')})`;
}
