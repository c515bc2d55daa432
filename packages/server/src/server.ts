/**
 * Run the application as a Node HTTP server, with graceful shutdown: on `close()` (and, with
 * {@link handleSignals}, on SIGTERM and SIGINT) the server stops accepting connections, `/readyz`
 * turns 503, requests in flight finish (each command is one store transaction, so none is left
 * half-written), idle connections close, and then the store closes.
 *
 * @module
 */
import { serve, type ServerType } from '@hono/node-server';
import { createPlanStore, type PlanStore } from '@improvement-plan/store';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions, type ServerApp } from './app.js';
import type { ServerConfig } from './config.js';

/** A running service. */
export interface RunningServer {
  /** `http://host:port` as bound (the port is the real one when 0 was asked). */
  readonly url: string;
  readonly port: number;
  readonly store: PlanStore;
  readonly app: ServerApp;
  /** Stop: no new connections, wait for requests in flight (up to the shutdown timeout), close the store. */
  close(): Promise<void>;
}

/** Options of {@link startServer}. */
export interface StartOptions extends Partial<Pick<AppOptions, 'verifier' | 'log' | 'now'>> {
  readonly config: ServerConfig;
  /** A store to serve (default: one opened on `config.database`, closed with the server). */
  readonly store?: PlanStore;
}

/**
 * Open the store (unless given), build the app and listen.
 *
 * @example
 * ```ts
 * const server = await startServer({ config: loadConfig() });
 * console.log(`listening on ${server.url}`);
 * handleSignals(server);
 * ```
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const store = options.store ?? (await createPlanStore({ database: config.database, ...(config.schema === undefined ? {} : { schema: config.schema }) }));
  const app = createApp({ store, config, ...(options.verifier ? { verifier: options.verifier } : {}), ...(options.log ? { log: options.log } : {}), ...(options.now ? { now: options.now } : {}) });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      app.setReady(false);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          // Past the timeout: cut the connections still open (their transactions roll back).
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }, config.shutdownTimeoutMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      if (!options.store) await store.close();
    })());
  return { url: `http://${host}:${address.port}`, port: address.port, store, app, close };
}

/**
 * Close the server on SIGTERM or SIGINT, wait for `onClosed` (closing a store the server was
 * given, say), then exit (0, or 1 when closing failed). A second signal while stopping (Ctrl-C
 * reaches both npm and the server, and npm passes its own on) does not cut the shutdown short.
 */
export function handleSignals(server: RunningServer, onClosed: () => void | Promise<void> = () => undefined): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing requests in flight, then stopping`);
    server
      .close()
      .then(() => onClosed())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('shutdown failed', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
