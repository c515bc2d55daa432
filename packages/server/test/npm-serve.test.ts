/**
 * `npm run serve` as a user runs it (from the repository root, through npm): SIGTERM or SIGINT
 * (Ctrl-C) sent to the npm process stops the server cleanly: npm passes the signal on, the
 * server stops, the store closes (and says so) before the process exits, npm exits 0, and the
 * port is free again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './support/server.js';
import { TEST_SECRET } from './support/tokens.js';

const ROOT = join(PACKAGE_DIR, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-npm-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether a port can be bound again on 127.0.0.1. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function runAndStop(signal: 'SIGTERM' | 'SIGINT'): Promise<{ code: number | null; output: string; port: number }> {
  const npm = spawn('npm', ['run', '--silent', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', IMPROVEMENT_PLAN_JWT_SECRET: TEST_SECRET, IMPROVEMENT_PLAN_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  npm.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 1200 && !output.includes('Try: curl') && npm.exitCode === null; i += 1) await new Promise((r) => setTimeout(r, 100));
  const port = Number(/listening on http:\/\/[^:]+:(\d+)/.exec(output)?.[1]);
  expect(port, output).toBeGreaterThan(0);
  expect(await portFree(port)).toBe(false);
  npm.kill(signal);
  const code = await exited;
  return { code, output, port };
}

describe('npm run serve stops cleanly on a signal to the npm process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: exit code 0, the store closed, the port freed`, async () => {
      const { code, output, port } = await runAndStop(signal);
      expect(output).toContain(`${signal}: finishing requests in flight, then stopping`);
      expect(output).toContain('stopped: server closed, store closed');
      expect(code, output).toBe(0);
      expect(await portFree(port)).toBe(true);
    }, 240_000);
  }
});
