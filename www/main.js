// Boot: wires the article box to the worker (annotator.js), then draws highlights, legend, card
// and fact table, and offers copy and download of the result.
import { Annotator, Superseded } from './annotator.js';
import { setupCard } from './card.js';
import { copyText, download } from './clipboard.js';
import { indexFacts, renderFacts } from './facts.js';
import { clearHighlights, flashRange, renderHighlights } from './highlight.js';
import { renderLegend, setupLegend } from './legend.js';

/** Above this many characters the page shows a progress bar while it works. */
const BIG = 200_000;
/** Characters of a long paste shown in the box: laying out megabytes in a textarea freezes it. */
const PREVIEW = 20_000;
const DEBOUNCE_MS = 300;
const PLACEHOLDER = 'Paste an article above, or try the sample.';

const $ = (id) => document.getElementById(id);
const article = $('article');
const articleDate = $('article-date');
const status = $('status');
const announcer = $('announcer');
const progress = $('progress');
const highlights = $('highlights');
const legend = $('legend');
const factsBox = $('facts');
const exportButtons = [...document.querySelectorAll('button[data-format]')];

const FILES = {
  json: ['factlens.json', 'application/json'],
  csv: ['factlens-people.csv', 'text/csv'],
  jsonld: ['factlens.jsonld', 'application/ld+json'],
};

const annotator = new Annotator();
let facts = indexFacts(null);
let generation = 0;
let debounce = 0;
/** A long paste, kept out of the textarea (which shows its beginning) until the box is edited. */
let longPaste = null;

const announce = (message) => {
  announcer.textContent = message;
};
const card = setupCard(highlights, $('card'), () => facts, announce);
setupLegend(legend, highlights);

const formatMs = (ms) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en'));
const formatSize = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.round(n / 1e3)} KB`);

function showProgress(label, fraction) {
  progress.hidden = false;
  const bar = progress.querySelector('progress');
  if (fraction === null) bar.removeAttribute('value');
  else bar.value = fraction;
  progress.querySelector('span').textContent = label;
}

function setBusy(busy) {
  if (busy) document.body.dataset.busy = '1';
  else delete document.body.dataset.busy;
  if (!busy) progress.hidden = true;
}

function setExportsEnabled(enabled) {
  for (const b of exportButtons) b.disabled = !enabled;
}

function countLabels({ label, labels }) {
  const counts = new Map();
  for (const i of label) counts.set(labels[i], (counts.get(labels[i]) ?? 0) + 1);
  return counts;
}

function showEvidence({ start, end }) {
  if (!flashRange(highlights, start, end)) announce('That part of the text is still being drawn.');
}

async function run() {
  clearTimeout(debounce);
  const text = longPaste ?? article.value;
  const mine = ++generation;
  const isCurrent = () => mine === generation;
  if (text.trim() === '') {
    card.reset();
    facts = indexFacts(null);
    clearHighlights(highlights, PLACEHOLDER);
    renderLegend(legend, highlights, new Map());
    renderFacts(factsBox, null);
    setExportsEnabled(false);
    setBusy(false);
    status.textContent = 'Nothing to annotate yet: paste an article.';
    return;
  }
  const big = text.length > BIG;
  setBusy(true);
  status.textContent = 'Annotating…';
  if (big) showProgress(`Annotating ${formatSize(text.length)}…`, null);
  let result;
  try {
    // An incomplete date in the field reads as "" (none), never as a half date.
    result = await annotator.annotate(text, articleDate.value);
  } catch (e) {
    if (e instanceof Superseded || !isCurrent()) return;
    setBusy(false);
    status.textContent = `Could not annotate this text: ${e.message}`;
    return;
  }
  if (!isCurrent()) return;
  const { ann, entities, ms } = result;
  card.reset();
  facts = indexFacts(ann);
  renderLegend(legend, highlights, countLabels(entities));
  renderFacts(factsBox, ann, showEvidence);
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the page paint the facts first
  if (!isCurrent()) return;
  const onProgress = (f) => big && showProgress(`Drawing highlights… ${Math.round(f * 100)}%`, f);
  if (!(await renderHighlights(highlights, text, entities, { isCurrent, onProgress }))) return;
  setBusy(false);
  setExportsEnabled(true);
  const n = entities.start.length;
  status.textContent = `${text.length.toLocaleString('en')} characters in ${formatMs(ms)} ms · ${n.toLocaleString('en')} highlight${n === 1 ? '' : 's'}`;
}

async function loadSample() {
  const response = await fetch('sample.txt');
  if (!response.ok) {
    status.textContent = 'The sample article is missing from this build.';
    return;
  }
  longPaste = null;
  article.value = await response.text();
  run();
}

/** Shows "Copied" on the button itself for a moment, and tells screen readers. */
function confirm(button, message) {
  const original = button.dataset.text ?? button.textContent;
  button.dataset.text = original;
  button.textContent = message;
  button.classList.add('done');
  announce(message);
  setTimeout(() => {
    button.textContent = original;
    button.classList.remove('done');
  }, 2000);
}

async function onExport(button) {
  const { format, action } = button.dataset;
  const pending = annotator.export(format);
  try {
    if (action === 'copy') {
      await copyText(pending);
      confirm(button, 'Copied ✓');
    } else {
      const [name, type] = FILES[format];
      download(await pending, name, type);
      confirm(button, 'Saved ✓');
    }
  } catch (e) {
    confirm(button, 'Failed');
    status.textContent = `Could not ${action} ${format}: ${e.message}`;
  }
}

article.addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= BIG) return;
  e.preventDefault();
  longPaste = text;
  article.value = `${text.slice(0, PREVIEW)}\n\n[… ${formatSize(text.length)} pasted. This box shows the beginning; `
    + 'the whole article is annotated below. Edit the box to start a new article.]';
  run();
});
article.addEventListener('input', (e) => {
  longPaste = null;
  clearTimeout(debounce);
  // A paste is a finished article: annotate at once. Typing waits for a pause.
  debounce = setTimeout(run, e.inputType === 'insertFromPaste' ? 0 : DEBOUNCE_MS);
});
// A new article date re-reads the dates of the text already there.
articleDate.addEventListener('change', () => {
  if ((longPaste ?? article.value).trim()) run();
});
$('annotate').addEventListener('click', run);
$('sample').addEventListener('click', loadSample);
for (const b of exportButtons) b.addEventListener('click', () => onExport(b));

navigator.serviceWorker?.register('sw.js').catch(() => {
  // Offline use is a bonus; the page works without it.
});

try {
  await annotator.ready;
  document.body.dataset.ready = '1';
  if (article.value.trim()) run();
} catch (e) {
  status.textContent = `The annotator failed to load: ${e.message}`;
}
