// The npm package as a web developer gets it (`make package` builds pkg/): packed, installed
// from the tarball into a new project, imported from Node, and type-checked with tsc against
// its declarations for Node and for bundlers (the browser entry).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const seedPath = join(root, 'tests/fixtures/seed-article.txt');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8' });
let project;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'factlens-npm-'));
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', project, join(root, 'pkg')], root).trim();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', `./${tarball}`], project);
});

after(() => rmSync(project, { recursive: true, force: true }));

test('Node imports the installed package and annotates the seed article', () => {
  writeFileSync(
    join(project, 'use.mjs'),
    `import { readFileSync } from 'node:fs';
import { annotate } from 'factlens';
process.stdout.write(JSON.stringify(annotate(readFileSync(process.argv[2], 'utf8'))));`,
  );
  const text = readFileSync(seedPath, 'utf8');
  const result = JSON.parse(run('node', ['use.mjs', seedPath], project));
  assert.equal(result.schema, 'factlens/1');
  assert.equal(result.offsets, 'utf16');
  for (const e of result.entities) assert.equal(text.slice(e.start, e.end), e.text);
  const loreta = result.facts.people.find((p) => p.name === 'Loreta Maskaliovienė');
  assert.ok(loreta.roles.some((r) => r.title === 'Vice Minister of National Defence'));
  // The seed's annotation as a typed literal: tsc below rejects a field, label or value the
  // declarations do not have, so the declarations are checked against real output too.
  writeFileSync(join(project, 'seed.ts'), `import type { Annotation } from 'factlens';
export const seed: Annotation = ${JSON.stringify(result, null, 1)};\n`);
});

test('strings arrive whole on both sides of the glue\'s ASCII fast path (scripts/glue-strings.mjs)', () => {
  // ASCII names, names with a non-ASCII letter first, inside and last, and a quote longer than
  // the 256 bytes made from char codes: every {text, start, end} must be its slice of the article.
  const quote = `We will ${'keep building the new bridge and '.repeat(8)}finish it on time.`;
  assert.ok(quote.length > 256);
  const article = `ÅLESUND, Norway — Mayor Ana Müller met José Ramos and Øystein Berg on Monday. ` +
    `"${quote}" said Müller. Tom Vale, chief executive of Vale Shipping, agreed.`;
  writeFileSync(join(project, 'edges.mjs'), `import { annotate } from 'factlens';
process.stdout.write(JSON.stringify(annotate(${JSON.stringify(article)})));`);
  const result = JSON.parse(run('node', ['edges.mjs'], project));
  const spans = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.text === 'string' && Number.isInteger(v.start) && v.end > v.start) spans.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(result);
  const texts = spans.map((s) => s.text);
  for (const want of ['Ana Müller', 'José Ramos', 'Øystein Berg', 'Tom Vale', quote]) assert.ok(texts.includes(want), want);
  for (const s of spans) assert.equal(article.slice(s.start, s.end), s.text);
});

test('tsc type-checks a consumer against the declarations, for Node and for bundlers', () => {
  writeFileSync(
    join(project, 'check.ts'),
    `import init, { annotate, type Annotation, type Label } from 'factlens';
await init();
const result: Annotation = annotate('LONDON, June 12 (Reuters) - Prime Minister Jo Bloggs said "Yes."', '2025-06-12');
const labels: Label[] = result.entities.map((e) => e.label);
const roles: string[] = result.facts.people.flatMap((p) => p.roles.map((r) => \`\${p.name}: \${r.title}, \${r.organization ?? ''}\`));
const speakers: (string | null)[] = result.facts.quotes.map((q) => q.speaker_id);
const day: string | undefined = result.document.dateline?.date ?? result.document.date;
// @ts-expect-error a label is one of the union, not any string
const wrong: Label = 'PERSONS';
export { labels, roles, speakers, day, wrong };
`,
  );
  const tsc = join(root, 'node_modules/.bin/tsc');
  for (const resolution of [['--module', 'nodenext'], ['--module', 'esnext', '--moduleResolution', 'bundler']]) {
    const args = ['--noEmit', '--strict', '--target', 'es2022', ...resolution, 'check.ts', 'seed.ts'];
    try {
      run(tsc, args, project);
    } catch (e) {
      assert.fail(`tsc ${resolution.join(' ')}:\n${e.stdout}${e.stderr}`);
    }
  }
});
