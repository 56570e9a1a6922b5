// Assembles the npm package in pkg/ from the page's build (www/pkg/, `make build`) and npm/:
// one wasm for browsers and Node, the declarations ts-rs derives from src/types.rs, the
// lexicons' licence texts (their data is inside the wasm), and a package.json whose version
// and description are Cargo.toml's.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url).pathname;
const cargo = readFileSync(`${root}Cargo.toml`, 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"$`, 'm'))[1];

const pkg = `${root}pkg/`;
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg);
for (const file of ['factlens.js', 'factlens.d.ts', 'factlens_bg.wasm', 'tape.js']) {
  copyFileSync(`${root}www/pkg/${file}`, pkg + file);
}
for (const file of ['annotation.d.ts', 'node.js', 'node.d.ts']) copyFileSync(`${root}npm/${file}`, pkg + file);
cpSync(`${root}data/lexicons/licences`, `${pkg}licences`, { recursive: true });

const manifest = {
  name: 'factlens',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  // Node reads the wasm from disk (node.js); browsers and bundlers get wasm-bindgen's module,
  // whose default export init() fetches factlens_bg.wasm beside it.
  exports: {
    '.': {
      node: { types: './node.d.ts', default: './node.js' },
      default: { types: './factlens.d.ts', default: './factlens.js' },
    },
    './factlens_bg.wasm': './factlens_bg.wasm',
  },
  types: './factlens.d.ts',
  files: ['factlens.js', 'factlens.d.ts', 'factlens_bg.wasm', 'tape.js', 'annotation.d.ts', 'node.js', 'node.d.ts', 'licences/'],
  sideEffects: false,
};
writeFileSync(`${pkg}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package: pkg/ factlens@${manifest.version} (make test-npm packs and tests it)`);
