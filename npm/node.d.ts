// The Node entry (node.js): the browser entry's functions and types, and an init() that takes
// no argument since the wasm is read from the package folder.
export { annotate, annotateAs, heapBytes } from './factlens.js';
export type * from './annotation.js';
/** Optional: the functions load the wasm on their first call; this loads it up front. */
export default function init(): Promise<void>;
