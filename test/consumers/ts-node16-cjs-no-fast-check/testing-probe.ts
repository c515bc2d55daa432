// Expected NOT to compile without fast-check (test/consumers/run.mjs checks the error): the
// `testing` subpath's declarations import the optional peer, so tsc reports TS2307 "Cannot find
// module 'fast-check'" (and nothing from date-fns or elsewhere).
import { planArbitrary } from 'improvement-plan/testing';
export const arbitrary = planArbitrary();
