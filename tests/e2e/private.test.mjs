// Private and offline: a strict Content-Security-Policy, only same-origin requests, and a
// service worker that lets the page annotate with the network gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { annotateText, openPage, seedArticle, setup } from './harness.mjs';

const env = setup();

test('the CSP is strict and the page has no inline script or style', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  assert.deepEqual(directives.get('connect-src'), ["'self'"]);
  assert.deepEqual(directives.get('worker-src'), ["'self'"]);
  assert.deepEqual(directives.get('style-src'), ["'self'"]);
  assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  const inline = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script:not([src])').length,
    styles: document.querySelectorAll('style, [style]').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
  }));
  assert.deepEqual(inline, { scripts: 0, styles: 0, handlers: 0 });
  assert.match(await page.textContent('#private'), /Nothing you paste leaves this machine/);
});

test('every request stays on the origin, and only for the page\'s own assets', async () => {
  const { page, context, requests } = await openPage(env.browser, env.server.url);
  const workerRequests = [];
  context.on('request', (r) => workerRequests.push(r.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.click('#sample');
  await page.waitForSelector('#highlights mark');
  await page.hover('#highlights mark[data-label="PERSON"]');
  await page.click('#copy-json');
  await page.waitForFunction(() => document.querySelector('#copy-json').textContent.includes('Copied'));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null); // claimed, assets cached
  const origin = new URL(env.server.url).origin;
  const all = [...new Set([...requests, ...workerRequests])];
  assert.deepEqual(all.filter((u) => new URL(u).origin !== origin), [], 'nothing leaves the origin');
  const www = new URL('../../www/', import.meta.url).pathname;
  const assets = new Set(['/', ...readdirSync(www, { recursive: true }).map((f) => `/${f}`)]);
  assert.deepEqual(all.map((u) => new URL(u).pathname).filter((p) => !assets.has(p)), [], 'only files the page ships');
});

test('after the first visit the page annotates offline (service worker)', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null); // claimed, assets cached
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
  await annotateText(page, seedArticle);
  assert.equal(await page.textContent('#highlights'), seedArticle);
  assert.ok(await page.locator('#highlights mark[data-label="PERSON"]').count() > 0);
  await page.click('#sample');
  await page.waitForFunction(() => document.querySelector('#article').value.length > 0);
  assert.equal(await page.inputValue('#article'), seedArticle, 'the sample is cached too');
  await context.setOffline(false);
});
