// The package's Node entry. The browser entry's init() fetches the wasm by URL, which Node's
// fetch cannot do for files, so this one reads it from the package folder and compiles it on
// the first call: importing stays free of side effects, and `await init()` is optional.
import { readFileSync } from 'node:fs';
import * as web from './factlens.js';

let loaded = false;
function load() {
  if (!loaded) {
    web.initSync({ module: readFileSync(new URL('./factlens_bg.wasm', import.meta.url)) });
    loaded = true;
  }
}

export default async function init() {
  load();
}

export function annotate(text, date) {
  load();
  return web.annotate(text, date);
}

export function annotateAs(text, format, date) {
  load();
  return web.annotateAs(text, format, date);
}

export function heapBytes() {
  load();
  return web.heapBytes();
}
