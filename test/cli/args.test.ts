/**
 * The argument parser (util.parseArgs under a table of options): today's grammar and today's
 * usage problems, word for word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionValue, parseArguments, type OptionSpec } from '../../src/cli/args.js';
import { handWrittenParseArguments } from './args-oracle-hand-written.js';

const TABLE: readonly OptionSpec[] = [
  { name: 'format', short: 'f', value: '<md|html>', choices: ['md', 'html'], description: 'format' },
  { name: 'out', short: 'o', value: '<file>', description: 'out' },
  { name: 'pointer', value: '<pointer>', repeatable: true, description: 'repeatable' },
  { name: 'evaluation', description: 'flag' },
  { name: 'help', short: 'h', description: 'help' },
  { name: 'version', short: 'V', description: 'version' },
];

type Parser = typeof parseArguments;

function parse(argv: string[], parser: Parser = parseArguments) {
  const result = parser(argv, TABLE);
  if (!result.ok) return { problem: result.problem.message };
  const { positionals, flags, values } = result.args;
  return { positionals, flags: [...flags].sort(), values: Object.fromEntries(values) };
}

describe('parseArguments', () => {
  it('reads values in every form, flags, positionals, "-" and "--"', () => {
    expect(parse(['plan.json', '--format', 'md', '--out=x.md', '--evaluation'])).toEqual({ positionals: ['plan.json'], flags: ['evaluation'], values: { format: ['md'], out: ['x.md'] } });
    expect(parse(['-f', 'html', '-ox.html', '-'])).toEqual({ positionals: ['-'], flags: [], values: { format: ['html'], out: ['x.html'] } });
    expect(parse(['-hV'])).toEqual({ positionals: [], flags: ['help', 'version'], values: {} });
    expect(parse(['a.json', '--', '--format', '-h'])).toEqual({ positionals: ['a.json', '--format', '-h'], flags: [], values: {} });
    // a value may start with one dash (standard input, a negative number), or with two when written inline
    expect(parse(['--out', '-'])).toMatchObject({ values: { out: ['-'] } });
    expect(parse(['--out', '-x'])).toMatchObject({ values: { out: ['-x'] } });
    expect(parse(['--out=--x'])).toMatchObject({ values: { out: ['--x'] } });
    expect(parse(['--pointer', '/a', '--pointer=/b'])).toMatchObject({ values: { pointer: ['/a', '/b'] } });
    expect(parse(['--out=', 'p.json'])).toMatchObject({ positionals: ['p.json'], values: { out: [''] } });
  });

  it('reports the usage problems of the hand-written parser, word for word', () => {
    expect(parse(['--colour'])).toEqual({ problem: 'unknown option --colour' });
    expect(parse(['--colour=red', 'plan.json'])).toEqual({ problem: 'unknown option --colour' });
    expect(parse(['-x'])).toEqual({ problem: 'unknown option -x' });
    expect(parse(['--format'])).toEqual({ problem: 'option --format needs a value <md|html>' });
    expect(parse(['-f'])).toEqual({ problem: 'option --format needs a value <md|html>' });
    expect(parse(['--format', '--evaluation'])).toEqual({ problem: 'option --format needs a value <md|html>' });
    expect(parse(['--evaluation=yes'])).toEqual({ problem: 'option --evaluation takes no value' });
    expect(parse(['--format', 'pdf'])).toEqual({ problem: 'option --format must be one of md, html, not "pdf"' });
    expect(parse(['--out', 'a', '-o', 'b'])).toEqual({ problem: 'option --out is given more than once' });
    // names of Object.prototype are not options
    expect(parse(['--constructor'])).toEqual({ problem: 'unknown option --constructor' });
    expect(parse(['--__proto__=1'])).toEqual({ problem: 'unknown option --__proto__' });
    // an empty name: the hand-written parser named the word up to its "=" (found by the property below)
    expect(parse(['--=x'])).toEqual({ problem: 'unknown option --' });
    expect(parse(['--='])).toEqual({ problem: 'unknown option --' });
    expect(parse(['-='])).toEqual({ problem: 'unknown option -' });
  });

  it('optionValue gives the single value', () => {
    const result = parseArguments(['--out', 'x.md'], TABLE);
    expect(result.ok && optionValue(result.args, 'out')).toBe('x.md');
    expect(result.ok && optionValue(result.args, 'format')).toBeUndefined();
  });

  it('property: options written in any of their forms read back as given', () => {
    const value = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.startsWith('-'));
    const written = fc.record({ out: fc.option(value, { nil: undefined }), pointers: fc.array(value, { maxLength: 3 }), flag: fc.boolean(), style: fc.array(fc.nat(2), { minLength: 5, maxLength: 5 }) });
    fc.assert(
      fc.property(written, ({ out, pointers, flag, style }) => {
        const argv: string[] = [];
        const pick = (i: number) => style[i % style.length] as number;
        if (out !== undefined) argv.push(...[['--out', out], [`--out=${out}`], ['-o', out]][pick(0)] as string[]);
        pointers.forEach((p, i) => argv.push(...(pick(i + 1) === 0 ? ['--pointer', p] : [`--pointer=${p}`])));
        if (flag) argv.push('--evaluation');
        argv.push('--', '--not-an-option');
        const result = parseArguments(argv, TABLE);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(optionValue(result.args, 'out')).toBe(out);
        expect(result.args.values.get('pointer') ?? []).toEqual(pointers);
        expect(result.args.flags.has('evaluation')).toBe(flag);
        expect(result.args.positionals).toEqual(['--not-an-option']);
      }),
    );
  });

  it('property: on generated argv the parser gives what the hand-written parser gave (options or the same usage problem)', () => {
    // words of every kind: known options in every form, unknown ones, missing and odd values,
    // grouped short flags and attached short values (new grammar), "-", "--" and free strings
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('--format', '-f', '--format=md', '--format=html', '--format=pdf', '--out', '-o', '--out=x.md', '--out=', '--out=--x', '--out=a=b', '--pointer', '--pointer=/a', '--evaluation', '--evaluation=yes', '--evaluation=', '-h', '-V', '--help', '--version', '--help=1') },
      { weight: 3, arbitrary: fc.constantFrom('--colour', '--colour=red', '-x', '-1', '--constructor', '--__proto__=1', '--=x', '--=', '-=', '---x', '--', '-') },
      { weight: 2, arbitrary: fc.constantFrom('-hV', '-Vh', '-ox.html', '-o--x', '-o=x', '-hox', '-ho--x', '-ho', '-h=x', '-fmd', '-fpdf', '-Vf', '-hx', '-xh') },
      { weight: 4, arbitrary: fc.constantFrom('md', 'html', 'pdf', 'plan.json', '/a', '', '-x', '--x', 'a b') },
      { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('-', '--', ''), fc.string({ maxLength: 4 })).map(([dash, rest]) => dash + rest) },
    );
    let regrouped = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        const oracleArgv = ungroup(argv);
        if (oracleArgv.length !== argv.length || oracleArgv.some((w, i) => w !== argv[i])) regrouped += 1;
        expect(parse(argv)).toEqual(parse(oracleArgv, handWrittenParseArguments));
      }),
      { numRuns: 5000 },
    );
    // the generator does reach the new grammar (grouped and attached short options)
    expect(regrouped).toBeGreaterThan(100);
  });
});

/**
 * The argv the hand-written parser reads the same way as `util.parseArgs` reads `argv`: the only
 * grammar it did not have is a single-dash word of more than one letter (`-hV`, `-ox.html`,
 * `-hox`), which it refused as an unknown option. Such a word becomes its parts, as parseArgs
 * splits it: each letter is a short option until one that takes a value, which takes the rest of
 * the word as its value (`-hox` → `-h --out=x`), or the next word when it is the last letter. A word read
 * as an option's value, and every word after `--`, is left as it is.
 */
function ungroup(argv: readonly string[]): string[] {
  const byShort = new Map(TABLE.filter((o) => o.short).map((o) => [o.short as string, o]));
  const takesValue = (spec: OptionSpec | undefined) => spec?.value !== undefined;
  // as parseArgs does, the parts of a split word are read again in its place (`-V-` is `-V --`)
  const queue = [...argv];
  const out: string[] = [];
  while (queue.length > 0) {
    const arg = queue.shift() as string;
    const next = () => {
      if (queue.length > 0) out.push(queue.shift() as string);
    };
    if (arg === '--') {
      out.push(arg, ...queue);
      break;
    }
    if (arg.startsWith('--')) {
      out.push(arg);
      if (!arg.includes('=', 3) && takesValue(TABLE.find((o) => o.name === arg.slice(2)))) next();
      continue;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      out.push(arg);
      continue;
    }
    if (arg.length === 2) {
      out.push(arg);
      if (takesValue(byShort.get(arg.slice(1)))) next();
      continue;
    }
    const parts: string[] = [];
    for (let k = 1; k < arg.length; k += 1) {
      const spec = byShort.get(arg.charAt(k));
      if (spec && takesValue(spec) && k < arg.length - 1) {
        parts.push(`--${spec.name}=${arg.slice(k + 1)}`);
        break;
      }
      parts.push(`-${arg.charAt(k)}`);
    }
    queue.unshift(...parts);
  }
  return out;
}
