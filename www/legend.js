// The legend: one toggle per label found in the article, with its colour and count. Hiding a
// label sets a word in #highlights[data-hidden], which style.css uses to uncolour its marks
// (one attribute change, however many marks there are).
import { LABELS, labelName } from './labels.js';

const hidden = new Set();

/**
 * @param {HTMLElement} legend
 * @param {HTMLElement} highlights
 * @param {Map<string, number>} counts  marks per label in the current article
 */
export function renderLegend(legend, highlights, counts) {
  legend.replaceChildren();
  const known = LABELS.map(([label]) => label);
  const order = [...known.filter((l) => counts.has(l)), ...[...counts.keys()].filter((l) => !known.includes(l))];
  for (const label of order) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.dataset.label = label;
    button.setAttribute('aria-pressed', String(!hidden.has(label)));
    button.title = `${hidden.has(label) ? 'Show' : 'Hide'} ${labelName(label, true).toLowerCase()} (${label})`;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.dataset.label = label;
    swatch.setAttribute('aria-hidden', 'true');
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = counts.get(label).toLocaleString('en');
    button.append(swatch, labelName(label, true), count);
    legend.append(button);
  }
  legend.hidden = order.length === 0;
  highlights.dataset.hidden = [...hidden].join(' ');
}

/** Wires the toggles once; the buttons themselves are redrawn per article. */
export function setupLegend(legend, highlights) {
  legend.addEventListener('click', (e) => {
    const button = e.target.closest('button.chip');
    if (!button) return;
    const label = button.dataset.label;
    if (hidden.has(label)) hidden.delete(label);
    else hidden.add(label);
    const shown = !hidden.has(label);
    button.setAttribute('aria-pressed', String(shown));
    button.title = `${shown ? 'Hide' : 'Show'} ${labelName(label, true).toLowerCase()} (${label})`;
    highlights.dataset.hidden = [...hidden].join(' ');
  });
}
