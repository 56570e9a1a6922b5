// The page as a reader uses it: paste, annotate, see highlights, hover a name, read the fact
// table, copy and download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText, openPage, seedArticle, setup } from './harness.mjs';

const env = setup();

/** The annotation straight from the wasm module, initialised in the page's own context. */
function wasmAnnotate(page, text) {
  return page.evaluate(async (t) => {
    const mod = await import('./pkg/factlens.js');
    await mod.default();
    return mod.annotate(t);
  }, text);
}

const cardText = (page) => page.locator('#card[role="tooltip"]').textContent();

test('the seed article is highlighted with marks whose offsets slice their text', async () => {
  const { page, errors } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  const marks = await page.$$eval('#highlights mark', (ms) =>
    ms.map((m) => ({ text: m.textContent, label: m.dataset.label, start: +m.dataset.start, end: +m.dataset.end })));
  assert.ok(marks.some((m) => m.text === 'Loreta Maskaliovienė' && m.label === 'PERSON'));
  assert.ok(marks.some((m) => m.text === 'Tokyo' && m.label === 'GPE'));
  for (const m of marks) assert.equal(seedArticle.slice(m.start, m.end), m.text);
  assert.equal(await page.textContent('#highlights'), seedArticle, 'highlighting keeps every character');
  const direct = await wasmAnnotate(page, seedArticle);
  assert.deepEqual(marks.map((m) => [m.start, m.end, m.label]), direct.entities.map((e) => [e.start, e.end, e.label]),
    'one mark per entity the wasm returns');
  assert.match(await page.textContent('#status'), /^2,601 characters in [\d.,]+ ms/);
  assert.deepEqual(errors, []);
});

test('"Try the sample" loads the seed article and annotates it', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await page.click('#sample');
  await page.waitForSelector('#highlights mark');
  assert.equal(await page.inputValue('#article'), seedArticle);
  assert.equal(await page.textContent('#highlights'), seedArticle);
});

test('typing annotates after a pause, without pressing Annotate', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await page.locator('#article').pressSequentially('Kenji Wakamiya flew to Tokyo.');
  await page.waitForSelector('#highlights mark[data-label="GPE"]');
  assert.equal(await page.textContent('#highlights mark[data-label="GPE"]'), 'Tokyo');
});

test('a long paste (300 KB) shows progress, keeps the box light and annotates the whole text', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const text = `${seedArticle}\n\n`.repeat(Math.ceil(300_000 / (seedArticle.length + 2)));
  await page.evaluate((t) => {
    window.progressSeen = false;
    new MutationObserver(() => {
      if (!document.querySelector('#progress').hidden) window.progressSeen = true;
    }).observe(document.querySelector('#progress'), { attributes: true });
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', t);
    document.querySelector('#article').dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => !document.body.dataset.busy && /characters in/.test(document.querySelector('#status').textContent), null, { timeout: 120_000 });
  assert.ok(await page.evaluate(() => window.progressSeen), 'progress shown');
  assert.ok((await page.inputValue('#article')).length < 30_000, 'the box shows the beginning only');
  assert.equal(await page.evaluate(() => document.querySelector('#highlights').textContent.length), text.length);
  await page.click('#copy-json');
  await page.waitForFunction(() => document.querySelector('#copy-json').textContent.includes('Copied'));
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied, await wasmAnnotate(page, text), 'copy is the whole article\'s annotation');
});

test('an empty article shows a friendly empty state', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await page.click('#annotate');
  assert.match(await page.textContent('#status'), /Nothing to annotate/);
  assert.equal(await page.locator('#highlights mark').count(), 0);
  assert.ok(await page.locator('#copy-json').isDisabled());
});

test('copy JSON puts the same annotation on the clipboard, and says so', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await annotateText(page, seedArticle);
  await page.click('#copy-json');
  await page.waitForFunction(() => document.querySelector('#copy-json').textContent.includes('Copied'));
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied, await wasmAnnotate(page, seedArticle));
});

test('without the Clipboard API, copy JSON falls back to execCommand and keeps the text exact', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  await page.evaluate(() => {
    delete window.ClipboardItem;
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.click('#copy-json');
  await page.waitForFunction(() => document.querySelector('#copy-json').textContent.includes('Copied'));
  await context.grantPermissions(['clipboard-read'], { origin: env.server.url });
  const reader = await context.newPage();
  await reader.goto(env.server.url);
  const copied = await reader.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, JSON.stringify(await wasmAnnotate(page, seedArticle), null, 2));
});

test('copy displaCy puts the manual format on the clipboard', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await annotateText(page, seedArticle);
  await page.click('#copy-displacy');
  await page.waitForFunction(() => document.querySelector('#copy-displacy').textContent.includes('Copied'));
  const displacy = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(displacy.text, seedArticle);
  const direct = await wasmAnnotate(page, seedArticle);
  assert.deepEqual(displacy.ents, direct.entities.map(({ start, end, label }) => ({ start, end, label })));
});

test('downloads: JSON equals annotate; CSV and JSON-LD name the people', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  assert.equal(download.suggestedFilename(), 'factlens.json');
  const saved = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  assert.deepEqual(saved, await wasmAnnotate(page, seedArticle));
  for (const [id, format] of [['#download-csv', 'csv'], ['#download-jsonld', 'jsonld']]) {
    assert.ok(await page.locator(id).isVisible(), `${format} button shown`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    const body = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
    assert.ok(body.includes('Loreta Maskaliovienė'), `${format} download names the people`);
  }
});

test('pasted HTML stays text: no dialog, no new element, no request', async () => {
  const { page, requests } = await openPage(env.browser, env.server.url);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  // Elements outside the parts the page redraws; annotating must not add any.
  const outside = () => page.evaluate(() => [...document.querySelectorAll('*')]
    .filter((e) => !e.closest('#highlights, #facts, #legend, #card')).length);
  const elementsBefore = await outside();
  const requestsBefore = requests.length;
  const hostile = 'Reuters said <script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> in Tokyo. <svg onload=alert(4)></svg>';
  await annotateText(page, hostile);
  assert.equal(await page.textContent('#highlights'), hostile);
  assert.equal(await page.locator('#highlights script, #highlights img, #highlights a, #highlights svg').count(), 0);
  const added = await page.evaluate(() => [...document.querySelectorAll('#highlights *')]
    .filter((e) => !(e.localName === 'mark' || (e.localName === 'div' && e.className === 'block'))).map((e) => e.localName));
  assert.deepEqual(added, [], 'only blocks and marks inside the highlights');
  await page.hover('#highlights mark[data-label="GPE"]');
  await page.click('#tab-places');
  await page.waitForTimeout(300);
  assert.equal(dialogs, 0);
  assert.deepEqual(requests.slice(requestsBefore), [], 'annotating makes no request at all');
  assert.equal(await outside(), elementsBefore, 'no new element outside the redrawn parts');
  assert.equal(await page.locator('img, iframe, object, embed, svg, script:not([src]), a[href^="javascript"]').count(), 0);
});

test('hover on a person shows a card with every role (seed: Loreta Maskaliovienė)', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  await page.hover('#highlights mark[data-label="PERSON"]:text-is("Loreta Maskaliovienė")');
  await page.waitForSelector('#card[role="tooltip"]:not([hidden])');
  const text = await cardText(page);
  assert.match(text, /Loreta Maskaliovienė/);
  assert.match(text, /Vice Minister of National Defence/);
  assert.match(text, /Lithuania/);
  assert.match(text, /\d+ mentions? · \d+ quotes?/);
});

test('hover on Takeshi Ishikawa shows Commissioner of ATLA', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  await page.hover('#highlights mark[data-label="PERSON"]:text-is("Takeshi Ishikawa")');
  await page.waitForSelector('#card[role="tooltip"]:not([hidden])');
  const text = await cardText(page);
  assert.match(text, /Commissioner/);
  assert.match(text, /Acquisition, Technology and Logistics Agency/);
});

test('keyboard only: Tab reaches the highlights, Enter and Space open the card, Escape closes it', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  await page.focus('#article');
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.localName === 'mark');
  }
  assert.ok(reached, 'Tab reaches a highlight');
  const card = page.locator('#card');
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden(), 'Escape closes the card');
  await page.keyboard.press('Enter');
  assert.ok(await card.isVisible(), 'Enter opens the card');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'card');
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden());
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.dataset.start);
  assert.notEqual(second, await page.getAttribute('#highlights mark >> nth=0', 'data-start'), 'arrows move on');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Space');
  assert.ok(await card.isVisible(), 'Space opens the card');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.start), second, 'Space does not scroll away');
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.localName), 'mark', 'the highlights are one tab stop');
});

test('clicking a name marks every mention of the same person, and only those', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  const name = page.locator('#highlights mark[data-ref]').first();
  const ref = await name.getAttribute('data-ref');
  await name.click();
  const marked = await page.$$eval('#highlights mark.coref', (ms) => ms.map((m) => m.dataset.ref));
  const all = await page.$$eval(`#highlights mark[data-ref="${ref}"]`, (ms) => ms.length);
  assert.ok(marked.length >= 1);
  assert.equal(marked.length, all);
  assert.ok(marked.every((r) => r === ref));
  await name.click();
  assert.equal(await page.locator('#highlights mark.coref').count(), 0, 'a second click unmarks');
});

test('the legend hides and shows a label', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  const bg = () => page.$eval('#highlights mark[data-label="GPE"]', (m) => getComputedStyle(m).backgroundColor);
  const shown = await bg();
  const chip = page.locator('#legend button[data-label="GPE"]');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'false');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  await chip.click();
  assert.equal(await bg(), shown);
});

test('fact table: tabs for every kind of fact; a row flashes its evidence in the text', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await annotateText(page, seedArticle);
  const tabs = await page.$$eval('#facts [role="tab"]', (ts) => ts.map((t) => t.firstChild.textContent));
  assert.deepEqual(tabs, ['People', 'Organisations', 'Places', 'Dates', 'Events', 'Quotes', 'Acronyms']);
  assert.match(await page.textContent('#facts .dateline'), /Trend/);
  const direct = await wasmAnnotate(page, seedArticle);
  const person = direct.facts.people.find((p) => p.name === 'Takeshi Ishikawa');
  await page.locator('#panel-people tr', { hasText: 'Takeshi Ishikawa' }).click();
  const flashed = await page.evaluate(() => [...(CSS.highlights.get('flash') ?? [])].map((r) => r.toString()));
  assert.deepEqual(flashed, [seedArticle.slice(person.mentions[0].start, person.mentions[0].end)]);
  await page.click('#tab-dates');
  assert.ok(await page.locator('#panel-dates').isVisible());
  assert.ok(await page.locator('#panel-people').isHidden());
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-events', 'arrow keys move between tabs');
});
