/**
 * Writes src/schema/plain-shape.ts: the plan's shape (`PlanShape`, the zod schema) as plain data
 * that `readPlain` (src/schema/read-plain.ts) reads without zod. Run `npm run schema:plain` after
 * changing the schema; test/schema/read-plain.test.ts fails while the file is out of date.
 *
 * Every zod construct the schema uses is translated here, and nothing else: a construct or a
 * custom check this file does not know stops it with an error, so the plain shape can never
 * accept less carefully than the schema.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';
import { ObservationSchema, PatchSchema } from '../../src/schema/entities.js';
import { PlanShape } from '../../src/schema/plan-shape.js';
import { CalendarDateSchema, DateSpanSchema, JsonValueSchema, MetadataSchema } from '../../src/schema/primitives.js';
import type { PlainNode } from '../../src/schema/read-plain.js';

type Def = { type: string; [key: string]: unknown };
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check['_zod']['def'][] => ((def['checks'] as Check[] | undefined) ?? []).map((check) => check._zod.def);

/** The schemas whose custom checks the plain reader implements by name. */
const NAMED = new Map<unknown, PlainNode>([
  [CalendarDateSchema, ['date']],
  [DateSpanSchema, ['span']],
  [MetadataSchema, ['json', 1]],
  [JsonValueSchema, ['json', 0]],
]);

/** The plan's shape as plain nodes: a table in which a node names its children by index. */
export function describePlainShape(schema: z.ZodType = PlanShape as unknown as z.ZodType): { readonly nodes: readonly PlainNode[]; readonly root: number } {
  const nodes: PlainNode[] = [];
  const index = new Map<string, number>();
  const add = (node: PlainNode): number => {
    const key = JSON.stringify(node);
    let at = index.get(key);
    if (at === undefined) {
      at = nodes.length;
      nodes.push(node);
      index.set(key, at);
    }
    return at;
  };

  /** The bounds, format and pattern checks of a string, number or array; `custom` ones are the caller's. */
  const bounds = (def: Def, what: string): { min: number | null; max: number | null; int: 0 | 1; pattern: string | null } => {
    let min: number | null = null;
    let max: number | null = null;
    let int: 0 | 1 = 0;
    let pattern: string | null = null;
    for (const check of checksOf(def)) {
      if (check.check === 'min_length') min = check['minimum'] as number;
      else if (check.check === 'max_length') max = check['maximum'] as number;
      else if (check.check === 'greater_than' && check['inclusive'] === true) min = check['value'] as number;
      else if (check.check === 'less_than' && check['inclusive'] === true) max = check['value'] as number;
      else if (check.check === 'number_format' && check['format'] === 'safeint') int = 1;
      else if (check.check === 'string_format' && check['format'] === 'regex') {
        const re = check['pattern'] as RegExp;
        if (re.flags !== '') throw new Error(`plain shape: a ${what} pattern with flags (${re}) is not translated`);
        pattern = re.source;
      } else if (check.check !== 'custom') throw new Error(`plain shape: the ${what} check ${JSON.stringify(check.check)} is not translated`);
    }
    return { min, max, int, pattern };
  };

  const objectNode = (schema: z.ZodType, def: Def, at: string, checkedKeys: 0 | 1): PlainNode => {
    const custom = checksOf(def);
    if (custom.length > 0 && !(schema === ObservationSchema && custom.length === 1 && custom[0]!.check === 'custom')) {
      throw new Error(`plain shape: a check on the object at ${at} is not translated`);
    }
    const shape = def['shape'] as Record<string, z.ZodType>;
    const fields = Object.entries(shape).map(([key, field]): [string, number] => [key, walk(field, `${at}.${key}`)]);
    const catchall = def['catchall'] as z.ZodType | undefined;
    if (catchall === undefined) throw new Error(`plain shape: an object that drops unknown keys (at ${at}) is not translated`);
    const rest = defOf(catchall).type === 'never' ? -1 : walk(catchall, `${at}.*`);
    return ['o', fields, rest, checkedKeys, custom.length === 1 ? 'observation' : null];
  };

  function walk(schema: z.ZodType, at: string): number {
    const named = NAMED.get(schema);
    if (named) return add(named);
    const def = defOf(schema);
    switch (def.type) {
      case 'string': {
        if (checksOf(def).some((check) => check.check === 'custom')) throw new Error(`plain shape: a custom string check at ${at} is not translated`);
        const { min, max, pattern } = bounds(def, `string at ${at}`);
        return add(['s', min ?? 0, max, pattern]);
      }
      case 'number': {
        if (checksOf(def).some((check) => check.check === 'custom')) throw new Error(`plain shape: a custom number check at ${at} is not translated`);
        const { min, max, int } = bounds(def, `number at ${at}`);
        return add(['n', int, min, max]);
      }
      case 'boolean':
        return add(['b']);
      case 'enum':
        return add(['e', Object.values(def['entries'] as Record<string, string>)]);
      case 'literal':
        return add(['l', [...(def['values'] as unknown[])] as (string | number | boolean)[]]);
      case 'optional':
        return add(['?', walk(def['innerType'] as z.ZodType, at)]);
      case 'default': {
        // zod reads a default through a getter (a function's result, or a copy of the value)
        const value: unknown = def['defaultValue'];
        const constant = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || (Array.isArray(value) && value.length === 0);
        if (!constant) throw new Error(`plain shape: the default at ${at} is not a string, number, boolean or empty list`);
        return add(['=', walk(def['innerType'] as z.ZodType, at), value as string | number | boolean | readonly never[]]);
      }
      case 'array': {
        const { min, max } = bounds(def, `array at ${at}`);
        const custom = checksOf(def).filter((check) => check.check === 'custom');
        if (custom.length > 1 || (custom.length === 1 && schema !== PatchSchema.shape.path)) throw new Error(`plain shape: a custom array check at ${at} is not translated`);
        return add(['a', walk(def['element'] as z.ZodType, `${at}[]`), min ?? 0, max, custom.length === 1 ? 'patchPath' : null]);
      }
      case 'union':
        return add(['u', (def['options'] as z.ZodType[]).map((option, i) => walk(option, `${at}|${i}`))]);
      case 'object':
        return add(objectNode(schema, def, at, 0));
      case 'pipe': {
        // withCheckedKeys: z.preprocess(a check of the keys, an object)
        const output = def['out'] as z.ZodType;
        if (defOf(def['in'] as z.ZodType).type !== 'transform' || defOf(output).type !== 'object') throw new Error(`plain shape: a pipe at ${at} is not translated`);
        return add(objectNode(output, defOf(output), at, 1));
      }
      default:
        throw new Error(`plain shape: the zod type ${JSON.stringify(def.type)} at ${at} is not translated`);
    }
  }
  const root = walk(schema, 'plan');
  return { nodes, root };
}

/** The text of src/schema/plain-shape.ts. */
export function plainShapeSource(): string {
  const { nodes, root } = describePlainShape();
  const rows = nodes.map((node, i) => `  /* ${i} */ ${JSON.stringify(node)},`).join('\n');
  return `/**
 * The plan's shape (\`PlanShape\`) as plain data, read by \`readPlainPlan\` (read-plain.ts) without zod.
 * Generated from the zod schema by test/support/plain-shape.ts (\`npm run schema:plain\`): do not
 * edit; test/schema/read-plain.test.ts fails while it is out of date.
 *
 * @internal
 * @module
 */
import type { PlainNode } from './read-plain.js';

/** The nodes; a node names its children by index. @internal */
export const PLAIN_NODES: readonly PlainNode[] = [
${rows}
];

/** The plan's own node. @internal */
export const PLAIN_PLAN = ${root};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../../src/schema/plain-shape.ts', import.meta.url);
  writeFileSync(target, plainShapeSource());
  console.log(`wrote ${fileURLToPath(target)}`);
}
