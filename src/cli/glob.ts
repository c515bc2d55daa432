/**
 * tinyglobby, bundled into the executable: a module of its own, loaded on the first glob pattern.
 *
 * @module
 */
export { glob } from 'tinyglobby';
