/**
 * Mutation runs only: a fixed fast-check seed, so that each mutant is tried against the inputs the
 * dry run measured coverage with (Stryker runs only the tests that covered a mutant).
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number.parseInt(process.env['FC_SEED'] ?? '20260105', 10) });
