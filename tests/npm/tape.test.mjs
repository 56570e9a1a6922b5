// The tape decoder's object literals (src/wasm/tape.js) stay in step with the Rust types: each
// is used only for a struct whose keys match it exactly, so one left behind by a renamed or
// reordered field would silently fall back to the slower path. Every listed shape must occur
// in the annotations of the real articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../../pkg/node.js';
import { literalShapes } from '../../pkg/tape.js';

const root = new URL('../../', import.meta.url).pathname;

test('every object literal of the tape decoder is a shape real annotations have', () => {
  const docs = readFileSync(join(root, 'tests/fixtures/real-news/docs.jsonl'), 'utf8')
    .split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
  const seen = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      seen.add(Object.keys(v).join());
      Object.values(v).forEach(walk);
    }
  };
  for (const text of docs) walk(annotate(text));
  assert.ok(literalShapes.length > 0);
  for (const shape of literalShapes) assert.ok(seen.has(shape), `no annotation has the shape ${shape}`);
});
