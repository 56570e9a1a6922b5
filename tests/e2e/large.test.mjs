// A 10 MB paste: the worker annotates it, a progress bar shows, the page keeps answering
// (timers and animation frames keep firing, no pause longer than MAX_PAUSE_MS) and every
// character is drawn. Total times are printed, not asserted: the machine is shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './harness.mjs';

/** Megabytes to paste; FACTLENS_LARGE_MB=1 for a quick run while working on the page. */
const MB = Number(process.env.FACTLENS_LARGE_MB ?? 10);

/**
 * The longest pause of the page's main thread allowed while the article is annotated and drawn.
 * Measured on 2026-12-03 (2-core machine, Debian Chromium, 10 MB): 142, 142, 147 and 154 ms.
 * One second leaves room for a loaded CI machine and still fails on a real freeze: a 3-second
 * busy loop put into the drawing code on purpose made this test fail (longest gap 3.1 s).
 */
const MAX_PAUSE_MS = 1000;

const env = setup();

test(`a ${MB} MB article completes while the page stays responsive`, { timeout: 300_000 }, async (t) => {
  const { page, errors } = await openPage(env.browser, env.server.url);
  const report = await page.evaluate(async (size) => {
    const seed = await (await fetch('sample.txt')).text();
    const text = `${seed}\n\n`.repeat(Math.ceil(size / (seed.length + 2))).slice(0, size);
    const area = document.querySelector('#article');
    // Heartbeats: a timer every 50 ms and every animation frame, with the longest gap between.
    const beats = { timer: 0, frames: 0, maxGap: 0, progressSeen: false };
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      beats.maxGap = Math.max(beats.maxGap, now - last);
      last = now;
    };
    const timer = setInterval(() => { beats.timer += 1; beat(); }, 50);
    let running = true;
    const frame = () => {
      if (!running) return;
      beats.frames += 1;
      beat();
      if (!document.querySelector('#progress').hidden) beats.progressSeen = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const t0 = performance.now();
    last = t0;
    // A real paste event: the page keeps a long article out of the textarea.
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    await new Promise((resolve) => {
      const poll = setInterval(() => {
        if (!document.body.dataset.busy && /characters in/.test(document.querySelector('#status').textContent)) {
          clearInterval(poll);
          resolve();
        }
      }, 100);
    });
    running = false;
    clearInterval(timer);
    return {
      ...beats,
      totalMs: Math.round(performance.now() - t0),
      status: document.querySelector('#status').textContent,
      marks: document.querySelectorAll('#highlights mark').length,
      drawn: document.querySelector('#highlights').textContent.length,
      length: text.length,
      boxLength: area.value.length,
    };
  }, MB * 1e6);
  t.diagnostic(`${MB} MB: ${report.totalMs} ms in all; ${report.timer} timer ticks, ${report.frames} frames, longest gap ${Math.round(report.maxGap)} ms; ${report.status}`);
  assert.equal(report.drawn, report.length, 'every character drawn');
  assert.ok(report.boxLength < 100_000, 'the textarea holds a preview, not megabytes');
  assert.ok(report.marks > MB * 10_000, `highlights drawn (${report.marks})`);
  assert.ok(report.progressSeen, 'a progress indicator showed');
  assert.ok(report.timer > 0 && report.frames > 0, 'the page kept running timers and frames');
  assert.ok(report.maxGap < MAX_PAUSE_MS, `longest pause ${Math.round(report.maxGap)} ms (bound ${MAX_PAUSE_MS} ms)`);
  assert.deepEqual(errors, []);
  // Still answers input right after: a short article replaces the long one.
  await page.fill('#article', 'Takeshi Ishikawa visited Tokyo.');
  await page.click('#annotate');
  await page.waitForFunction(() => document.querySelectorAll('#highlights mark').length < 10);
});
