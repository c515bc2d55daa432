import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandsAccepted, PLAN_COMMAND_TYPES, PLAN_STATE_CHART, stateChartMermaid } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';

const DOC = join(FIXTURES, '..', '..', 'docs', 'lifecycle.md');

describe('the state chart', () => {
  it('is rendered in docs/lifecycle.md exactly as stateChartMermaid() generates it', () => {
    const doc = readFileSync(DOC, 'utf8');
    const match = /<!-- state-chart:start -->\n```mermaid\n([\s\S]*?)```\n<!-- state-chart:end -->/.exec(doc);
    expect(match, 'docs/lifecycle.md has the state-chart markers').not.toBeNull();
    expect(match?.[1], 'regenerate the block in docs/lifecycle.md from stateChartMermaid()').toBe(stateChartMermaid());
  });

  it('names every command, every status and only known guards', () => {
    expect([...new Set(PLAN_STATE_CHART.transitions.map((t) => t.command))].sort()).toEqual([...PLAN_COMMAND_TYPES].sort());
    const statuses = PLAN_STATE_CHART.states.map((s) => s.status);
    for (const t of PLAN_STATE_CHART.transitions) {
      expect(statuses).toContain(t.from);
      expect(statuses).toContain(t.to);
      for (const guard of t.guards) expect(Object.keys(PLAN_STATE_CHART.guards)).toContain(guard);
    }
    // each (command, from, to) once
    const keys = PLAN_STATE_CHART.transitions.map((t) => `${t.command} ${t.from} ${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets nothing leave completed, and only monitoring leave closed', () => {
    expect(PLAN_STATE_CHART.transitions.filter((t) => t.from === 'completed' && t.to !== 'completed')).toEqual([]);
    expect(PLAN_STATE_CHART.transitions.filter((t) => t.from === 'closed' && t.to !== 'closed').map((t) => t.command)).toEqual(['start_monitoring']);
    expect(commandsAccepted('completed')).toEqual(['advance']);
  });

  it('draws the phases inside active and one arrow per pair of states', () => {
    const text = stateChartMermaid();
    expect(text.startsWith('stateDiagram-v2\n  [*] --> draft\n')).toBe(true);
    expect(text).toContain('  state active {\n    [*] --> diagnose_and_develop\n');
    expect(text).toContain('  in_review --> awaiting_acknowledgement : approve (hr) [reviewer_is_hr_partner]\n');
    expect(text.match(/ --> closed : /g)).toHaveLength(6);
  });
});
