// Boot: load the wasm, wire the input to annotate → highlight → fact table.
import init, { annotate } from './pkg/factlens.js';
import { renderHighlights } from './highlight.js';
import { renderFacts } from './facts.js';

const article = document.getElementById('article');
const status = document.getElementById('status');
const copyButton = document.getElementById('copy-json');
let lastAnnotation = null;

function run() {
  const text = article.value;
  if (text.trim() === '') {
    lastAnnotation = null;
    copyButton.disabled = true;
    renderHighlights(document.getElementById('highlights'), '', null);
    renderFacts(document.getElementById('facts'), null);
    status.textContent = 'Nothing to annotate yet: paste an article.';
    return;
  }
  const t0 = performance.now();
  const ann = annotate(text);
  const ms = performance.now() - t0;
  lastAnnotation = ann;
  renderHighlights(document.getElementById('highlights'), text, ann);
  renderFacts(document.getElementById('facts'), ann);
  copyButton.disabled = false;
  status.textContent = `${text.length.toLocaleString('en')} characters in ${ms.toFixed(1)} ms`;
}

async function copyJson() {
  if (!lastAnnotation) return;
  await navigator.clipboard.writeText(JSON.stringify(lastAnnotation, null, 2));
  status.textContent = 'Copied';
}

await init();
document.getElementById('annotate').addEventListener('click', run);
copyButton.addEventListener('click', copyJson);
document.body.dataset.ready = '1';
