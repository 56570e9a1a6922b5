// The card (role="tooltip") for a highlighted mention, on hover or keyboard focus, and
// coreference: clicking a name (or Enter/Space on it) marks every mention of the same fact.
// Keyboard: the highlights are one tab stop; arrow keys, Home and End move between marks;
// Escape closes the card. Hover cards stay open while the pointer is over them (WCAG 1.4.13).
import { labelName } from './labels.js';

const HIDE_DELAY_MS = 250;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "Vice Minister of National Defence, Ministry of National Defence, Lithuania" */
export function roleText(role) {
  return [role.title, role.organization, role.country].filter(Boolean).join(', ');
}

/** Fills `card` for `mark` using `facts` (the index from facts.js). */
function fill(card, mark, facts) {
  const label = mark.dataset.label;
  const fact = mark.dataset.ref ? facts.byId.get(mark.dataset.ref) : undefined;
  const date = label === 'DATE' ? facts.dateAt.get(Number(mark.dataset.start)) : undefined;
  card.replaceChildren(el('p', 'card-label', labelName(label)));
  card.append(el('p', 'card-name', fact?.name ?? mark.textContent));
  if (label === 'PERSON' || fact?.kind === 'person') {
    const roles = fact?.roles ?? [];
    if (roles.length) {
      const list = el('ul', 'card-roles');
      for (const role of roles) list.append(el('li', '', roleText(role)));
      card.append(list);
    } else {
      card.append(el('p', 'card-muted', 'No role stated in this article.'));
    }
    const mentions = fact?.mentions?.length ?? 1;
    const quotes = fact ? facts.quotesBy(fact.id).length : 0;
    card.append(el('p', 'card-counts', `${plural(mentions, 'mention')} · ${plural(quotes, 'quote')}`));
  } else if (fact) {
    const details = [fact.acronym, fact.kind, fact.country].filter(Boolean).join(' · ');
    if (details) card.append(el('p', 'card-muted', details));
    if (fact.mentions) card.append(el('p', 'card-counts', plural(fact.mentions.length, 'mention')));
  } else if (date) {
    const iso = date.value ?? [date.from, date.to].filter(Boolean).join(' → ');
    if (iso) card.append(el('p', 'card-muted', iso));
  }
  card.append(el('p', 'card-hint', fact ? 'Click or press Enter to mark every mention' : ''));
}

/**
 * Wires the card and coreference to the marks inside `container`.
 * @param {HTMLElement} container  #highlights
 * @param {HTMLElement} card       the role="tooltip" element
 * @param {() => object} getFacts  the current fact index (facts.js indexFacts)
 * @param {(message: string) => void} announce  polite status for screen readers
 */
export function setupCard(container, card, getFacts, announce) {
  let owner = null;
  let hideTimer = 0;
  let marked = null;

  function position(mark) {
    const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const width = card.offsetWidth;
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    const below = rect.bottom + 6;
    const top = below + card.offsetHeight > innerHeight && rect.top > card.offsetHeight + 6
      ? rect.top - card.offsetHeight - 6
      : below;
    card.style.left = `${left + scrollX}px`;
    card.style.top = `${top + scrollY}px`;
  }

  function show(mark) {
    clearTimeout(hideTimer);
    if (owner && owner !== mark) owner.removeAttribute('aria-describedby');
    owner = mark;
    fill(card, mark, getFacts());
    card.hidden = false;
    mark.setAttribute('aria-describedby', card.id);
    position(mark);
  }

  function hide() {
    clearTimeout(hideTimer);
    card.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  }

  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  /** Marks every mention of the mark's fact (or, without a fact, of the same text and label). */
  function toggleCoreference(mark) {
    const key = mark.dataset.ref ?? `${mark.dataset.label}\u0000${mark.textContent}`;
    for (const m of container.querySelectorAll('mark.coref')) m.classList.remove('coref');
    if (marked === key) {
      marked = null;
      announce('Mentions unmarked.');
      return;
    }
    marked = key;
    const same = mark.dataset.ref
      ? container.querySelectorAll(`mark[data-ref="${CSS.escape(mark.dataset.ref)}"]`)
      : [...container.querySelectorAll(`mark[data-label="${CSS.escape(mark.dataset.label)}"]`)]
        .filter((m) => m.textContent === mark.textContent);
    for (const m of same) m.classList.add('coref');
    const name = getFacts().byId.get(mark.dataset.ref)?.name ?? mark.textContent;
    announce(`${plural(same.length, 'mention')} of ${name} marked.`);
  }

  /** Makes `mark` the highlights' single tab stop and focuses it. */
  function moveTo(mark) {
    if (!mark) return;
    for (const m of container.querySelectorAll('mark[tabindex="0"]')) m.tabIndex = -1;
    mark.tabIndex = 0;
    mark.focus();
  }

  function neighbour(mark, forward) {
    const step = (node) => (forward ? node.nextElementSibling : node.previousElementSibling);
    for (let node = step(mark); node; node = step(node)) if (node.localName === 'mark') return node;
    for (let block = step(mark.parentElement); block; block = step(block)) {
      const found = forward ? block.querySelector('mark') : [...block.querySelectorAll('mark')].pop();
      if (found) return found;
    }
    return null;
  }

  container.addEventListener('mouseover', (e) => {
    const mark = e.target.closest('mark');
    if (mark) show(mark);
  });
  container.addEventListener('mouseout', (e) => {
    if (e.target.closest('mark') && !card.contains(e.relatedTarget)) hideSoon();
  });
  card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  card.addEventListener('mouseleave', hideSoon);
  container.addEventListener('focusin', (e) => {
    if (e.target.localName === 'mark') show(e.target);
  });
  container.addEventListener('focusout', (e) => {
    if (e.target === owner) hide();
  });
  container.addEventListener('click', (e) => {
    const mark = e.target.closest('mark');
    if (!mark) return;
    moveTo(mark);
    show(mark);
    toggleCoreference(mark);
  });
  container.addEventListener('keydown', (e) => {
    const mark = e.target.closest('mark');
    if (!mark) return;
    const moves = {
      ArrowRight: () => neighbour(mark, true),
      ArrowDown: () => neighbour(mark, true),
      ArrowLeft: () => neighbour(mark, false),
      ArrowUp: () => neighbour(mark, false),
      Home: () => container.querySelector('mark'),
      End: () => [...container.querySelectorAll('mark')].pop(),
    };
    if (moves[e.key]) {
      e.preventDefault();
      moveTo(moves[e.key]());
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(mark);
      toggleCoreference(mark);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !card.hidden) {
      e.preventDefault();
      hide();
    }
  });
  addEventListener('resize', () => owner && position(owner));

  return {
    hide,
    /** Forgets the marked mentions (their marks are gone after a new annotation). */
    reset() {
      hide();
      marked = null;
    },
  };
}
