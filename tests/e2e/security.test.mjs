// The page cannot be turned against its reader: pasted markup stays text, the CSP forbids inline
// script and foreign connections, nothing is requested from another origin, and the clipboard
// gets exactly the annotation JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './harness.mjs';

const env = setup();

// Each payload sets window.__pwned or opens a dialog if it ever runs; some also try to load
// from another origin, which the request log would show.
const payloads = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror="window.__pwned=2;alert(2)">',
  '<svg onload="window.__pwned=3">',
  '<svg><script>window.__pwned=4</script></svg>',
  '<svg><animate onbegin="window.__pwned=5" attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=6">',
  '<math href="javascript:window.__pwned=7">Tokyo</math>',
  '<a href="javascript:window.__pwned=8">Tokyo</a>',
  '<iframe srcdoc="<script>parent.__pwned=9</script>"></iframe>',
  '<iframe src="javascript:parent.__pwned=10"></iframe>',
  '<body onload="window.__pwned=11">',
  '"><script>window.__pwned=12</script>',
  "'><img src=x onerror=window.__pwned=13>",
  '</textarea><script>window.__pwned=14</script>',
  '</mark><img src=x onerror="window.__pwned=15"><mark data-label="PERSON">',
  '</div></section><script>window.__pwned=16</script>',
  '\\u003cscript\\u003ewindow.__pwned=17\\u003c/script\\u003e',
  '\\x3cimg src=x onerror=window.__pwned=18\\x3e',
  '&lt;script&gt;window.__pwned=19&lt;/script&gt;',
  '&#60;img src=x onerror=window.__pwned=20&#62;',
  '\uFF1Cscript\uFF1Ewindow.__pwned=21\uFF1C/script\uFF1E',
  '<scr\u200Bipt>window.__pwned=22</scr\u200Bipt>',
  '<details open ontoggle="window.__pwned=23">',
  '<input autofocus onfocus="window.__pwned=24">',
  '<object data="javascript:window.__pwned=25"></object>',
  '<embed src="javascript:window.__pwned=26">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=27">',
  '<base href="http://evil.example/">',
  '<link rel=stylesheet href="http://evil.example/x.css">',
  '<style>@import "http://evil.example/y.css"; body{background:url(http://evil.example/z.png)}</style>',
  '<img src="http://evil.example/pixel.png">',
  '<form action="http://evil.example/"><button>Send</button></form>',
  '<template><script>window.__pwned=28</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=29>">',
  '<x onclick="window.__pwned=30" style="position:fixed;inset:0">Tokyo</x>',
  'javascript:window.__pwned=31',
  '{{constructor.constructor("window.__pwned=32")()}}',
  '${window.__pwned=33}',
  '" data-label="PERSON" onmouseover="window.__pwned=34',
  '<!--<img src="--><img src=x onerror=window.__pwned=35//">',
  '<![CDATA[<script>window.__pwned=36</script>]]>',
  '\u202E<script>window.__pwned=37</script>\u202C',
];

/** An article whose entities sit right next to the payload, so it meets the <mark> code path. */
const article = (payload) =>
  `TOKYO, Japan, June 12. Reuters reported ${payload} that Vice Minister Loreta Maskaliovienė ` +
  `visited Tokyo${payload}Japan.\n\n“${payload},” she said.`;

test('pasted XSS payloads render as text: no new elements, no script runs, no dialog', async () => {
  const { page, requests, errors } = await openPage(env.browser, env.server.url);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const baseline = await page.evaluate(() => document.querySelectorAll('*').length);
  for (const payload of payloads) {
    const text = article(payload);
    await page.fill('#article', text);
    await page.click('#annotate');
    // Annotation runs in a worker: wait for this article's highlights, not the previous ones.
    await page.waitForFunction((t) => document.querySelector('#highlights').textContent === t
      && document.querySelector('#highlights mark'), text).catch(() => {});
    assert.equal(await page.textContent('#highlights'), text, payload);
    const foreign = await page.$$eval('#highlights *', (els) => els.filter((e) => e.tagName !== 'MARK' && !(e.tagName === 'DIV' && e.className === 'block')).map((e) => e.outerHTML));
    assert.deepEqual(foreign, [], payload);
    // Anywhere on the page (the fact table too): no element the payload could have made
    // (the page's one input is its article date field, in the input section).
    const injected = await page.evaluate(() => [...document.querySelectorAll(
      'script:not([src]), img, svg, math, iframe, object, embed, base, link:not([rel=stylesheet][href="style.css"]):not([rel=icon][href="data:,"]), ' +
      'style, form, details, input:not(section.input > .article-date > #article-date), template, noscript, x, meta[http-equiv=refresh], a[href^="javascript:" i]')]
      .map((e) => e.outerHTML));
    assert.deepEqual(injected, [], payload);
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')]
      .flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)));
    assert.deepEqual(handlers, [], payload);
  }
  // Hover and click every mark, as a reader would.
  for (const mark of await page.$$('#highlights mark')) {
    await mark.hover();
    await mark.click();
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  assert.ok(baseline > 0);
  const origin = new URL(env.server.url).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
});

/** The CSP the page declares, as { directive: [sources] }. */
async function declaredPolicy(page) {
  const content = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(content, 'the page declares a Content-Security-Policy');
  return Object.fromEntries(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0])
    .map(([name, ...sources]) => [name.toLowerCase(), sources]));
}

test('the Content-Security-Policy forbids inline and foreign script and foreign connections', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  const csp = await declaredPolicy(page);
  const scripts = csp['script-src'] ?? csp['default-src'];
  assert.ok(scripts, 'script-src or default-src is set');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
    assert.ok(!scripts.includes(bad), `script-src allows ${bad}: ${scripts}`);
  }
  assert.deepEqual(csp['default-src'], ["'self'"]);
  assert.deepEqual(csp['connect-src'], ["'self'"]);
  assert.deepEqual(csp['object-src'], ["'none'"]);
  assert.ok(["'none'", "'self'"].includes(csp['base-uri']?.[0]), 'base-uri is locked');

  // The policy is enforced, not just declared: inline script and foreign fetches fail. (eval
  // cannot be tested from here: code injected over DevTools is exempt from the page's CSP.)
  const enforced = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    let fetched = true;
    try { await fetch('http://127.0.0.2:9/exfiltrate'); } catch { fetched = false; }
    await new Promise((r) => setTimeout(r, 100));
    return { inline: window.__inline, fetched, violations };
  });
  assert.equal(enforced.inline, undefined, 'inline script ran');
  assert.equal(enforced.fetched, false, 'a foreign fetch went out');
  assert.ok(enforced.violations.some((v) => v.startsWith('script-src')), enforced.violations.join());
  assert.ok(enforced.violations.some((v) => v.startsWith('connect-src')), enforced.violations.join());
});

test('loading and annotating request only same-origin assets, and annotating requests nothing', async () => {
  const { page, requests } = await openPage(env.browser, env.server.url);
  const origin = new URL(env.server.url).origin;
  assert.ok(requests.length > 0);
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm comes from this origin');
  const loaded = requests.length;
  for (const payload of payloads.slice(0, 10)) {
    await page.fill('#article', article(payload));
    await page.click('#annotate');
  }
  await page.waitForTimeout(300);
  assert.deepEqual(requests.slice(loaded), [], 'annotating makes no request');
});

test('the clipboard holds exactly the annotation JSON, hostile text included', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const text = article(payloads.join(' '));
  await page.fill('#article', text);
  await page.click('#annotate');
  await page.click('#copy-json');
  await page.waitForFunction(() => document.getElementById('copy-json').textContent.includes('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const direct = await page.evaluate(async (t) => {
    const wasm = await import('./pkg/factlens.js');
    await wasm.default(); // the page runs wasm in its worker, not on this thread
    return wasm.annotate(t);
  }, text);
  assert.deepEqual(JSON.parse(copied), direct, 'the clipboard is one JSON document, the annotation');
  assert.ok(direct.entities.length > 0);
  for (const e of JSON.parse(copied).entities) assert.equal(text.slice(e.start, e.end), e.text);
});

test('the wasm export throws a JS Error for anything but a string, and survives lone surrogates', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  const result = await page.evaluate(async () => {
    const { default: init, annotate } = await import('./pkg/factlens.js');
    await init();
    const thrown = [];
    for (const bad of [undefined, null, 42, {}, ['Tokyo']]) {
      try { annotate(bad); thrown.push('no error'); } catch (e) { thrown.push(e instanceof Error ? e.message : String(e)); }
    }
    const text = '\uD800 Tokyo \uDC00 visit to Japan \uD83D';
    const ann = annotate(text);
    return { thrown, slices: ann.entities.map((e) => [text.slice(e.start, e.end), e.text]) };
  });
  for (const message of result.thrown) assert.match(message, /expects the article as a string/);
  assert.ok(result.slices.length >= 2, JSON.stringify(result.slices));
  // A lone surrogate reaches Rust as U+FFFD: one UTF-16 unit either way, so offsets still align.
  for (const [sliced, text] of result.slices) assert.equal(sliced, text);
});
