#!/usr/bin/env node
/**
 * `improvement-plan-server`: the service configured from the environment (see the README).
 *
 * @module
 */
import { ConfigError, loadConfig } from './config.js';
import { handleSignals, startServer } from './server.js';

try {
  const config = loadConfig();
  const server = await startServer({ config });
  handleSignals(server);
  console.log(`improvement-plan service listening on ${server.url} (store: ${server.store.engine}); OpenAPI: ${server.url}/openapi.json`);
} catch (error) {
  console.error(error instanceof ConfigError ? `configuration: ${error.message}` : `could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
