// Prints raw and gzip bytes of every asset the page loads, and the total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../www/', import.meta.url).pathname;
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith('.d.ts')) files.push(path);
  }
})(root);

let raw = 0;
let gz = 0;
const rows = files.sort().map((path) => {
  const bytes = readFileSync(path);
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  return [relative(root, path), bytes.length, z];
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('size: asset                          raw        gzip');
for (const [name, r, z] of rows) console.log(`size: ${name.padEnd(28)} ${kb(r)} ${kb(z)}`);
console.log(`size: ${'TOTAL (page)'.padEnd(28)} ${kb(raw)} ${kb(gz)}`);
