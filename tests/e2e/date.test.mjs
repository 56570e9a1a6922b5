// The article date field: a pasted story without a date of its own has its yearless and
// relative dates read against the date the reader gives; the text's own date wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText, openPage, setup } from './harness.mjs';

const env = setup();

/** The dates tab as [as written, ISO] rows. */
async function dateRows(page) {
  await page.click('#tab-dates');
  return page.$$eval('#panel-dates tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
}

const STORY = 'The ministers met in Vilnius on June 8 and again on Friday, officials said.';

test('the article date field resolves a yearless date in the facts table', async () => {
  const { page, errors } = await openPage(env.browser, env.server.url);
  const field = page.getByLabel('Article date');
  assert.equal(await field.getAttribute('type'), 'date');
  await field.fill('2019-03-20');
  await annotateText(page, STORY);
  const rows = await dateRows(page);
  assert.deepEqual(rows.find((r) => r[0] === 'June 8'), ['June 8', '2019-06-08']);
  assert.deepEqual(rows.find((r) => r[0] === 'Friday'), ['Friday', '2019-03-15']);
  assert.match(await page.textContent('#facts .dateline'), /2019-03-20/);

  // The copy is what annotate(text, date) returns.
  const direct = await page.evaluate(async ([t, d]) => {
    const mod = await import('./pkg/factlens.js');
    await mod.default();
    return [mod.annotate(t, d), mod.annotate(t)];
  }, [STORY, '2019-03-20']);
  assert.equal(direct[0].document.date, '2019-03-20');
  assert.equal(direct[1].document.date, undefined, 'annotate(text) alone is unchanged');

  // Changing the date re-reads the text already there.
  await field.fill('2024-12-01');
  await page.waitForFunction(() => [...document.querySelectorAll('#panel-dates td')].some((td) => td.textContent === '2024-06-08'));

  // The text's own date line wins over the field.
  await annotateText(page, `date 2021-01-05\n${STORY}`);
  assert.deepEqual((await dateRows(page)).find((r) => r[0] === 'June 8'), ['June 8', '2021-06-08']);

  // Without a date, nothing guesses a year.
  await field.fill('');
  await annotateText(page, STORY);
  assert.deepEqual((await dateRows(page)).find((r) => r[0] === 'June 8'), ['June 8', '']);
  assert.deepEqual(errors, []);
});
