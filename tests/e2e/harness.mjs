// Shared set-up for the end-to-end tests: serve www/ on 127.0.0.1 and drive Debian's Chromium.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const repo = new URL('../../', import.meta.url).pathname;

/** The seed article, as the tests and the "Try the sample" button use it. */
export const seedArticle = readFileSync(`${repo}tests/fixtures/seed-article.txt`, 'utf8');

/** Starts scripts/serve.py on a free port; resolves to { url, close }. */
export function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [`${repo}scripts/serve.py`, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
      if (m) resolve({ url: m[0], close: () => child.kill() });
    });
  });
}

/** Launches headless Debian Chromium; never a downloaded browser. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/**
 * Opens the page and waits for the wasm to load. Every request the page makes is recorded in
 * `requests` so tests can prove nothing leaves the origin.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  return { page, context, requests, errors };
}

/** Where the tests write their screenshots (README links here; not committed). */
export const screenshotDir = `${repo}docs/screenshots`;

/** Pastes `text` into the article box, presses Annotate and waits until drawing is done. */
export async function annotateText(page, text) {
  await page.fill('#article', text);
  await page.click('#annotate');
  await page.waitForFunction(() => !document.body.dataset.busy && /characters in/.test(document.querySelector('#status').textContent));
}

/** Registers before/after hooks that start a server and a browser for one test file. */
export function setup() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
