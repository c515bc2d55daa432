/**
 * The command-line tool, for in-process use and tests. The only part of the package that reads
 * files, the clock and the environment; not exported from the library's entry points.
 *
 * @module
 */
export { runCli, CLI_VERSION } from './run.js';
export { nodeIo } from './node-io.js';
export { EXIT, type ExitCode, type CliFailure, type Command } from './command.js';
export type { CliIo } from './io.js';
