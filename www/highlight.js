// Draws the article with one <mark> per entity, built from text nodes only: article text is
// never parsed as HTML, so pasted markup stays text.
//
// The text is cut into blocks at line ends (CSS `content-visibility: auto` skips laying out the
// ones off screen) and drawn a few milliseconds at a time, so a 10 MB article never blocks the
// page for long.

/** Characters per block before looking for a line end to cut at. */
const BLOCK = 16_384;
/** Milliseconds of drawing before yielding to the page. */
const SLICE_MS = 12;

const nextTask = () =>
  globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((r) => setTimeout(r, 0));

/** Where a block may end at or after `from`: after a line end, or after a space on a huge line. */
function blockEnd(text, from) {
  if (from >= text.length) return text.length;
  const line = text.indexOf('\n', from);
  if (line !== -1 && line - from < 4 * BLOCK) return line + 1;
  const space = text.indexOf(' ', from);
  return space === -1 ? text.length : space + 1;
}

/**
 * Draws `text` into `container` with marks for `entities` (packed by worker.js; UTF-16 offsets).
 * Resolves to true when done, false when `isCurrent()` turned false (a newer article came).
 * @param {HTMLElement} container
 * @param {string} text
 * @param {{start: Uint32Array, end: Uint32Array, label: Uint8Array, ref: Int32Array, labels: string[], refs: string[]}} entities
 * @param {{isCurrent?: () => boolean, onProgress?: (fraction: number) => void}} [options]
 */
export async function renderHighlights(container, text, entities, options = {}) {
  const { isCurrent = () => true, onProgress = () => {} } = options;
  const { start, end, label, ref, labels, refs } = entities;
  container.replaceChildren();
  container.classList.remove('empty');
  let at = 0;
  let i = 0;
  let first = true;
  while (at < text.length) {
    const slice = performance.now();
    const fragment = document.createDocumentFragment();
    while (at < text.length && performance.now() - slice < SLICE_MS) {
      const block = document.createElement('div');
      block.className = 'block';
      block.dataset.start = String(at);
      let cut = blockEnd(text, at + BLOCK);
      for (; i < start.length && start[i] < cut; i++) {
        // The core promises sorted, non-overlapping, in-range spans; skip any that are not.
        if (start[i] < at || end[i] <= start[i] || end[i] > text.length) continue;
        if (start[i] > at) block.append(text.slice(at, start[i]));
        const mark = document.createElement('mark');
        mark.dataset.label = labels[label[i]];
        mark.dataset.start = String(start[i]);
        mark.dataset.end = String(end[i]);
        if (ref[i] >= 0) mark.dataset.ref = refs[ref[i]];
        // One tab stop for the whole text; arrow keys move between marks (card.js).
        mark.tabIndex = first ? 0 : -1;
        first = false;
        mark.textContent = text.slice(start[i], end[i]);
        block.append(mark);
        at = end[i];
        if (at > cut) cut = blockEnd(text, at);
      }
      if (cut > at) block.append(text.slice(at, cut));
      at = cut;
      fragment.append(block);
    }
    container.append(fragment);
    onProgress(at / text.length);
    if (at < text.length) {
      await nextTask();
      if (!isCurrent()) return false;
    }
  }
  return true;
}

/** Shows the placeholder instead of an article. */
export function clearHighlights(container, message) {
  container.replaceChildren(message);
  container.classList.add('empty');
}

/** A DOM Range over [start, end) (UTF-16 offsets into the drawn text), or null if not drawn. */
export function rangeOf(container, start, end) {
  const blocks = container.children;
  let lo = 0;
  let hi = blocks.length - 1;
  if (hi < 0 || !blocks[0].classList.contains('block')) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (Number(blocks[mid].dataset.start) <= start) lo = mid;
    else hi = mid - 1;
  }
  const range = document.createRange();
  let offset = Number(blocks[lo].dataset.start);
  let startSet = false;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  walker.currentNode = blocks[lo];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (!startSet && start <= offset + length) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

let flashTimer = 0;

/** Scrolls to [start, end) and flashes it (CSS Custom Highlight API, else the selection). */
export function flashRange(container, start, end) {
  const range = rangeOf(container, start, end);
  if (!range) return null;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const anchor = range.startContainer.parentElement;
  anchor.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  if (globalThis.CSS?.highlights && globalThis.Highlight) {
    CSS.highlights.set('flash', new Highlight(range));
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => CSS.highlights.delete('flash'), 2500);
  } else {
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }
  return range;
}
