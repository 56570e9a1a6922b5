// Draws the article with one <mark> per entity, built from text nodes only: article text is
// never parsed as HTML, so pasted markup stays text.

/**
 * @param {HTMLElement} container
 * @param {string} text the article
 * @param {{entities: {start: number, end: number, label: string, ref?: string}[]} | null} ann
 *   offsets in UTF-16 code units, as the wasm `annotate` returns them
 */
export function renderHighlights(container, text, ann) {
  container.replaceChildren();
  if (!ann) {
    container.classList.add('empty');
    container.textContent = 'Paste an article and press Annotate.';
    return;
  }
  container.classList.remove('empty');
  let at = 0;
  for (const e of ann.entities) {
    if (e.start < at) continue;
    container.append(document.createTextNode(text.slice(at, e.start)));
    const mark = document.createElement('mark');
    mark.dataset.label = e.label;
    mark.dataset.start = String(e.start);
    mark.dataset.end = String(e.end);
    if (e.ref) mark.dataset.ref = e.ref;
    mark.title = e.label;
    mark.textContent = text.slice(e.start, e.end);
    container.append(mark);
    at = e.end;
  }
  container.append(document.createTextNode(text.slice(at)));
}
