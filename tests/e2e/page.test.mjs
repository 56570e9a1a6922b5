// The page as a reader uses it: paste, annotate, see highlights, copy JSON.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, seedArticle, serve } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('the seed article is highlighted with marks whose offsets slice their text', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.fill('#article', seedArticle);
  await page.click('#annotate');
  await page.waitForSelector('#highlights mark');
  const marks = await page.$$eval('#highlights mark', (ms) =>
    ms.map((m) => ({ text: m.textContent, label: m.dataset.label, start: +m.dataset.start, end: +m.dataset.end })));
  assert.ok(marks.some((m) => m.text === 'Loreta Maskaliovienė' && m.label === 'PERSON'));
  assert.ok(marks.some((m) => m.text === 'Tokyo' && m.label === 'GPE'));
  for (const m of marks) assert.equal(seedArticle.slice(m.start, m.end), m.text);
  assert.equal(await page.textContent('#highlights'), seedArticle, 'highlighting keeps every character');
  assert.deepEqual(errors, []);
});

test('copy JSON puts the same annotation on the clipboard', async () => {
  const { page, context } = await openPage(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.fill('#article', seedArticle);
  await page.click('#annotate');
  await page.click('#copy-json');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  const direct = await page.evaluate(async (text) => {
    const mod = await import('./pkg/factlens.js');
    return mod.annotate(text);
  }, seedArticle);
  assert.deepEqual(copied, direct);
});

test('an empty article shows a friendly empty state', async () => {
  const { page } = await openPage(browser, server.url);
  await page.click('#annotate');
  assert.match(await page.textContent('#status'), /Nothing to annotate/);
  assert.equal(await page.locator('#highlights mark').count(), 0);
});

test('pasted HTML stays text and nothing leaves the origin', async () => {
  const { page, requests } = await openPage(browser, server.url);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  const hostile = 'Reuters said <script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> in Tokyo.';
  await page.fill('#article', hostile);
  await page.click('#annotate');
  assert.equal(await page.textContent('#highlights'), hostile);
  assert.equal(await page.locator('#highlights script, #highlights img, #highlights a').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
});
