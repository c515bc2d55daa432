/**
 * Round trips (issue 8): a generated plan, with host `metadata` on the plan and on every entity
 * that carries one, survives plan -> JSON -> parse unchanged; so does the same plan after a random
 * part of its life (reviews, signatures, pauses, closure, monitoring, the event log with its immer
 * patches), and `replay` of that log rebuilds it exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanJson, replay, serializePlan, type Plan } from '../../src/index.js';
import { metadataArbitrary, planArbitrary } from '../../src/testing/index.js';
import { livedTo, PLAN_LIFE } from '../support/plan-life.js';
import { runs } from '../support/runs.js';
import { expectSameData } from '../support/same.js';

type Json = Record<string, unknown>;
const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** The entities of a plan document that carry `metadata`, as paths. */
function entityPaths(doc: Json): (string | number)[][] {
  const paths: (string | number)[][] = [[], ['employee'], ['manager']];
  if (doc['hrPartner']) paths.push(['hrPartner']);
  if (doc['diagnostic']) paths.push(['diagnostic'], ...asList((doc['diagnostic'] as Json)['systemFactors']).map((_, i) => ['diagnostic', 'systemFactors', i]));
  if (doc['checkInSchedule']) paths.push(['checkInSchedule']);
  if (doc['outcomes']) paths.push(['outcomes']);
  for (const list of ['priorCoaching', 'metrics', 'gaps', 'goals', 'development', 'support', 'supportDeliveries', 'checkIns', 'observations']) {
    asList(doc[list]).forEach((_, i) => paths.push([list, i]));
  }
  return paths;
}

function at(root: unknown, path: readonly (string | number)[]): Json {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Json;
}

/** A generated plan document with metadata on every entity, and how far to take it through its life. */
const documents = fc
  .tuple(planArbitrary({ withObservations: true, withRecords: true, maxGoals: 4 }), fc.array(metadataArbitrary(), { minLength: 1, maxLength: 12 }), fc.nat({ max: PLAN_LIFE.length }))
  .map(([plan, metadata, depth]) => {
    const doc = structuredClone(plan) as unknown as Json;
    const paths = entityPaths(doc);
    paths.forEach((path, i) => {
      at(doc, path)['metadata'] = metadata[i % metadata.length]!;
    });
    // as a host sends it: JSON text, read with JSON.parse (plain objects, where the generator may use null prototypes)
    return { doc: JSON.parse(JSON.stringify(doc)) as Json, paths, depth };
  });

function roundTrip(plan: Plan): Plan {
  const again = parsePlanJson(serializePlan(plan));
  if (!again.ok) throw new Error(JSON.stringify(again.issues.slice(0, 3)));
  return again.plan;
}

describe('round trips', () => {
  it('plan -> JSON -> parse -> plan is lossless, metadata on every entity included', () => {
    fc.assert(
      fc.property(documents, ({ doc, paths }) => {
        const parsed = parsePlan(doc);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
        expectSameData(roundTrip(parsed.plan), parsed.plan);
        // the host's data is exactly what it sent, wherever it sent it
        for (const path of paths) expectSameData(at(parsed.plan, path)['metadata'], at(doc, path)['metadata'], path.join('.'));
      }),
      { numRuns: runs(150) },
    );
  }, 120_000);

  it('a plan part-way through its life round-trips too, and replay of its log rebuilds it', () => {
    const depths = new Set<number>();
    fc.assert(
      fc.property(documents, ({ doc, depth }) => {
        const parsed = parsePlan(doc);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
        const lived = livedTo(parsed.plan, depth);
        depths.add(lived.events.length);
        expectSameData(roundTrip(lived), lived);
        const rebuilt = replay(parsed.plan, lived.events);
        expectSameData(rebuilt.ok && rebuilt.plan, lived);
        // and from any point of the log on
        const cut = Math.floor(lived.events.length / 2);
        const middle = replay(parsed.plan, lived.events.slice(0, cut));
        expect(middle.ok).toBe(true);
        if (middle.ok) expectSameData(replay(roundTrip(middle.plan), lived.events.slice(cut)), { ok: true, plan: lived });
      }),
      { numRuns: runs(80) },
    );
    expect(depths.size).toBeGreaterThan(1);
  }, 120_000);
});
