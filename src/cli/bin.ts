#!/usr/bin/env node
/**
 * The `improvement-plan` executable: a thin wrapper around {@link runCli} with the real outside world.
 *
 * @module
 */
import { nodeIo } from './node-io.js';
import { runCli } from './run.js';

void runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
