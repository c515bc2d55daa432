/**
 * The argument parser (util.parseArgs under a table of options): today's grammar and today's
 * usage problems, word for word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionValue, parseArguments, type OptionSpec } from '../../src/cli/args.js';

const TABLE: readonly OptionSpec[] = [
  { name: 'format', short: 'f', value: '<md|html>', choices: ['md', 'html'], description: 'format' },
  { name: 'out', short: 'o', value: '<file>', description: 'out' },
  { name: 'pointer', value: '<pointer>', repeatable: true, description: 'repeatable' },
  { name: 'evaluation', description: 'flag' },
  { name: 'help', short: 'h', description: 'help' },
  { name: 'version', short: 'V', description: 'version' },
];

function parse(argv: string[]) {
  const result = parseArguments(argv, TABLE);
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
});
