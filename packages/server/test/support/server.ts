/**
 * Servers for the tests: in this process (one per test file, on PGlite in memory, on a free
 * port, reached over real HTTP) or as a child process (`node --import tsx src/main.ts`, configured
 * by environment variables like any deployment).
 */
import { createPlanStore, type PlanStore } from '@improvement-plan/store';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig, type ServerConfig } from '../../src/config.js';
import { startServer, type RunningServer, type StartOptions } from '../../src/server.js';
import { PEOPLE, planDocument, type Step } from './plans.js';
import { TEST_SECRET, token } from './tokens.js';

export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('../../../..', import.meta.url));

export const POSTGRES_URL = process.env['IMPROVEMENT_PLAN_TEST_DATABASE_URL'];
export const POSTGRES_REQUIRED =
  process.env['IMPROVEMENT_PLAN_REQUIRE_POSTGRES'] === '1' || (process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false');

/** The configuration of a test server: HS256 with the test secret, client dates allowed, a free port. */
export function testConfig(env: Record<string, string> = {}): ServerConfig {
  return loadConfig({ IMPROVEMENT_PLAN_JWT_SECRET: TEST_SECRET, IMPROVEMENT_PLAN_CLIENT_DATES: '1', PORT: '0', HOST: '127.0.0.1', IMPROVEMENT_PLAN_DATA_DIR: 'memory://', ...env });
}

/** A server in this process on a fresh in-memory PGlite store. */
export async function inProcessServer(options: Partial<StartOptions> & { env?: Record<string, string> } = {}): Promise<RunningServer & { store: PlanStore }> {
  const store = options.store ?? (await createPlanStore());
  const { env, ...rest } = options;
  const server = await startServer({ ...rest, config: options.config ?? testConfig(env), store });
  const close = server.close;
  return Object.assign(server, {
    close: async () => {
      await close();
      if (!options.store) await store.close();
    },
  });
}

/** A client for one server: JSON in, `{ status, headers, body }` out. */
export interface Client {
  request(method: string, path: string, options?: { token?: string | undefined; body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; text: string; body: any }>;
}

export function client(baseUrl: string): Client {
  return {
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
      let body: string | undefined;
      if (options.raw !== undefined) body = options.raw;
      else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text === '' ? undefined : JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, text, body: parsed };
    },
  };
}

/** Tokens for the plan's people (HS256, test secret). */
export async function peopleTokens(people: { employee?: string; manager?: string; hr?: string; system?: string } = {}): Promise<Record<'employee' | 'manager' | 'hr' | 'system', string>> {
  return {
    employee: await token(people.employee ?? PEOPLE.employee, 'employee'),
    manager: await token(people.manager ?? PEOPLE.manager, 'manager'),
    hr: await token(people.hr ?? PEOPLE.hr, 'hr'),
    system: await token(people.system ?? PEOPLE.system, 'system'),
  };
}

/** Create a plan over HTTP and take it through `steps`; throws on any refusal. */
export async function planThrough(api: Client, id: string, steps: readonly Step[], people: { employee?: string; manager?: string } = {}): Promise<void> {
  const tokens = await peopleTokens(people);
  const created = await api.request('POST', '/plans?asOf=2025-12-29', { token: tokens.hr, body: planDocument(id, people) });
  if (created.status !== 201) throw new Error(`create ${id}: ${created.status} ${created.text}`);
  for (const step of steps) {
    const done = await api.request('POST', `/plans/${id}/commands?asOf=${step.asOf}`, { token: tokens[step.role], body: step.command });
    if (done.status !== 200) throw new Error(`${String(step.command['type'])} on ${id}: ${done.status} ${done.text}`);
  }
}

/** A service in a child process. */
export interface ChildServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  /** Send a signal and wait for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  readonly exited: Promise<number | null>;
}

/** Start `src/main.ts` (or another script of this package) with `env`; resolves when it prints its URL. */
export function spawnServer(env: Record<string, string>, script = 'src/main.ts', args: string[] = []): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, TSX_TSCONFIG_PATH: `${PACKAGE_DIR}/tsconfig.json`, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.on('data', (c: Buffer) => void (out += c.toString()));
        resolve({
          url: match[1]!,
          child,
          output: () => out,
          exited,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
  });
}
