// Look and feel that can be measured: WCAG AA contrast for every label colour in light and dark
// mode, no sideways scrolling at phone width, visible focus; and screenshots of the seed article
// (light and dark, desktop and phone) written to docs/screenshots/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { LABELS } from '../../www/labels.js';
import { annotateText, openPage, screenshotDir, seedArticle, setup } from './harness.mjs';

const env = setup();

const SCHEMES = ['light', 'dark'];
const DEVICES = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } };

/** WCAG 2 contrast ratio of two computed "rgb(r, g, b)" colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const colorScheme of SCHEMES) {
  test(`every label colour keeps text at WCAG AA contrast (${colorScheme})`, async () => {
    const { page } = await openPage(env.browser, env.server.url, { colorScheme });
    await annotateText(page, seedArticle);
    const colours = await page.evaluate((labels) => {
      const block = document.querySelector('#highlights .block');
      return labels.map((label) => {
        const mark = document.createElement('mark');
        mark.dataset.label = label;
        mark.textContent = label;
        block.append(mark);
        const style = getComputedStyle(mark);
        const out = { label, fg: style.color, bg: style.backgroundColor };
        mark.remove();
        return out;
      });
    }, LABELS.map(([label]) => label));
    for (const { label, fg, bg } of colours) {
      const ratio = contrast(fg, bg);
      assert.ok(ratio >= 4.5, `${label} in ${colorScheme}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
    }
    const distinct = new Set(colours.map((c) => c.bg));
    assert.equal(distinct.size, colours.length, 'one colour per label');
    const page_ = await page.evaluate(() => {
      const s = (sel) => getComputedStyle(document.querySelector(sel));
      return { text: s('body').color, bg: s('body').backgroundColor, muted: s('#status').color, surface: s('section').backgroundColor };
    });
    assert.ok(contrast(page_.text, page_.bg) >= 7, 'body text');
    assert.ok(contrast(page_.muted, page_.surface) >= 4.5, 'muted text');
  });
}

test('phone width: nothing scrolls sideways and the facts follow the text', async () => {
  const { page } = await openPage(env.browser, env.server.url, { viewport: DEVICES.phone });
  await annotateText(page, seedArticle);
  const layout = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: innerWidth,
    text: document.querySelector('#highlights').getBoundingClientRect(),
    facts: document.querySelector('#facts').getBoundingClientRect(),
  }));
  assert.ok(layout.scroll <= layout.width, `page is ${layout.scroll}px wide at ${layout.width}px`);
  assert.ok(layout.facts.top > layout.text.bottom, 'one column');
});

test('focus is visible on marks and buttons', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  for (const selector of ['#annotate', '#highlights mark[tabindex="0"]']) {
    await page.focus(selector);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.$eval(selector, (e) => {
      const s = getComputedStyle(e);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.equal(outline.style, 'solid', selector);
    assert.ok(outline.width >= 2, selector);
  }
});

test('screenshots of the seed article: light and dark, desktop and phone', async (t) => {
  mkdirSync(screenshotDir, { recursive: true });
  for (const colorScheme of SCHEMES) {
    for (const [device, viewport] of Object.entries(DEVICES)) {
      const { page, context } = await openPage(env.browser, env.server.url, { colorScheme, viewport, reducedMotion: 'reduce' });
      await page.click('#sample');
      await page.waitForFunction(() => !document.body.dataset.busy && document.querySelector('#highlights mark'));
      await page.hover('#highlights mark[data-label="PERSON"]');
      await page.waitForSelector('#card:not([hidden])');
      const path = `${screenshotDir}/${colorScheme}-${device}.png`;
      await page.screenshot({ path, fullPage: device === 'phone' });
      t.diagnostic(`wrote ${path}`);
      await context.close();
    }
  }
});
