import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

function runIn(zone: string): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'tz-child.ts')], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`child failed under TZ=${zone}: ${result.stderr}`);
  return result.stdout;
}

describe('time zones', () => {
  it('gives byte-identical results under every CI time zone', { timeout: 120_000 }, () => {
    const outputs = ZONES.map(runIn);
    expect(outputs[0]!.length).toBeGreaterThan(10_000);
    for (const output of outputs.slice(1)) expect(output).toBe(outputs[0]);
  });

  it('reaches no host clock, time zone, locale or random source from the evaluators', () => {
    const forbidden = [/new Date\b/, /Date\.now/, /Date\.UTC/, /Date\.parse/, /getTimezoneOffset/, /toLocale\w*String/, /\bIntl\./, /Math\.random/, /process\./, /performance\.now/];
    const roots = [join(here, '..', '..', 'src', 'evaluate'), join(here, '..', '..', 'src', 'metrics'), join(here, '..', '..', 'src', 'dates')];
    const files = roots.flatMap((root) => readdirSync(root).filter((f) => f.endsWith('.ts')).map((f) => join(root, f)));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of forbidden) expect({ file, hit: pattern.test(text) }).toEqual({ file, hit: false });
    }
  });
});
