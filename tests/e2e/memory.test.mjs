// The annotator's heap is exactly flat over many calls in one page (heapBytes, the allocator's
// count of live bytes), and a 10 MB article goes through without a trap (one call: it takes
// seconds, and the test suite stays quick).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, seedArticle, setup } from './harness.mjs';

const env = setup();

const hostile = 'TOKYO, Japan — 👩‍👩‍👧‍👦 Reuters said <script>x</script> Loreta Maskaliovienė (NATO) \u202E القاهرة 東京 e\u0301\n\n';

test('1,000 annotate calls leave the heap exactly as they found it', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  const figures = await page.evaluate(async (texts) => {
    const mod = await import('./pkg/factlens.js');
    const wasm = await mod.default(); // already initialised: the instance's exports
    const round = () => {
      for (const t of texts) {
        mod.annotate(t);
        mod.annotateAs(t, 'json');
      }
    };
    // Warm-up: lazily built lexicons, regexes and the model.
    for (let i = 0; i < 10; i++) round();
    const before = { heap: mod.heapBytes(), memory: wasm.memory.buffer.byteLength };
    for (let i = 0; i < 1000 / texts.length; i++) round();
    return { before, after: { heap: mod.heapBytes(), memory: wasm.memory.buffer.byteLength } };
  }, [seedArticle, hostile, seedArticle.slice(0, 500), hostile.repeat(20)]);
  console.log(`heap: ${figures.before.heap} bytes before, ${figures.after.heap} after 1,000 calls of each export; wasm memory ${figures.after.memory} bytes`);
  // Exact, not "about": the allocator's own count of live bytes (heapBytes), where the wasm
  // memory (64 KiB pages, free space inside) would hide a leak of 100 bytes a call. A leak of
  // 100 bytes per annotate call, put in on purpose once, failed here by 100,000 bytes.
  assert.equal(figures.after.heap, figures.before.heap);
  assert.equal(figures.after.memory, figures.before.memory);
});

test('a 10 MB article is annotated in the page without a trap, every offset exact', async () => {
  const { page, errors } = await openPage(env.browser, env.server.url);
  const figures = await page.evaluate(async (unit) => {
    const mod = await import('./pkg/factlens.js');
    const wasm = await mod.default();
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const ann = mod.annotate(text);
    const bad = ann.entities.filter((e) => text.slice(e.start, e.end) !== e.text).length;
    return { length: text.length, entities: ann.entities.length, bad, memory: wasm.memory.buffer.byteLength };
  }, seedArticle + hostile);
  console.log(`10 MB in the page: ${figures.entities} entities, wasm memory ${figures.memory} bytes`);
  assert.ok(figures.length >= 10_000_000);
  assert.ok(figures.entities > 1000);
  assert.equal(figures.bad, 0, 'every entity slices its text');
  assert.deepEqual(errors, []);
});
