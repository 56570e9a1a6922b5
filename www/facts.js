// The fact table: the dateline, then one tab per kind of fact (people, organisations, places,
// dates, events, quotes, acronyms). Built with DOM calls, never HTML strings. Clicking a row
// (or its button) scrolls to and flashes its evidence in the text.
import { roleText } from './card.js';

/** Rows drawn per tab; a 10 MB article can have tens of thousands. */
const MAX_ROWS = 500;

const list = (value) => (Array.isArray(value) ? value : []);
const uniq = (values) => [...new Set(values.filter(Boolean))];
const span = (x) => (x && Number.isFinite(x.start) && x.end > x.start ? { start: x.start, end: x.end } : null);
const isoOf = (d) => d.value ?? (d.from || d.to ? `${d.from ?? '…'} → ${d.to ?? '…'}` : '');

/** Lookups the card needs: fact by id, quotes by speaker, date fact by its start offset. */
export function indexFacts(ann) {
  const facts = ann?.facts ?? {};
  const byId = new Map();
  for (const [kind, items] of [['person', facts.people], ['organization', facts.organizations], ['place', facts.places]]) {
    for (const fact of list(items)) if (fact.id) byId.set(fact.id, { ...fact, kind: fact.kind ?? kind });
  }
  const quotes = list(facts.quotes);
  const dateAt = new Map(list(facts.dates).map((d) => [d.start, d]));
  return { byId, dateAt, quotesBy: (id) => quotes.filter((q) => q.speaker_id === id) };
}

/** The tabs: title, column headings, cells of a row, and the span a row's evidence is at. */
const SECTIONS = [
  {
    key: 'people', title: 'People', columns: ['Name and roles', 'Country', 'Mentions', 'Quotes'],
    wideOnly: [1, 3], // on a phone the roles beneath each name already give the country
    cells: (p, facts) => [{ text: p.name, lines: list(p.roles).map(roleText) },
      uniq([p.country, ...list(p.roles).map((r) => r.country)]).join(', '),
      list(p.mentions).length, list(facts.quotes).filter((q) => q.speaker_id === p.id).length],
    evidence: (p) => span(list(p.mentions)[0]) ?? span(list(p.roles)[0]),
  },
  {
    key: 'organizations', title: 'Organisations', columns: ['Name', 'Acronym', 'Country', 'Mentions'],
    cells: (o) => [o.name, o.acronym, o.country, list(o.mentions).length],
    evidence: (o) => span(list(o.mentions)[0]),
  },
  {
    key: 'places', title: 'Places', columns: ['Name', 'Kind', 'Country', 'Mentions'],
    cells: (g) => [g.name, g.kind, g.country, list(g.mentions).length],
    evidence: (g) => span(list(g.mentions)[0]),
  },
  {
    key: 'dates', title: 'Dates', columns: ['As written', 'ISO 8601'],
    cells: (d) => [d.text, isoOf(d)],
    evidence: span,
  },
  {
    key: 'events', title: 'Events', columns: ['Event', 'Place', 'Date'],
    cells: (e) => [e.name, e.place, e.date],
    evidence: span,
  },
  {
    key: 'quotes', title: 'Quotes', columns: ['Speaker', 'Quote'],
    cells: (q) => [q.speaker ?? 'unattributed', q.text],
    evidence: span,
  },
  {
    key: 'acronyms', title: 'Acronyms', columns: ['Acronym', 'Stands for'],
    cells: (a) => [a.short, a.long],
    evidence: span,
  },
];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/** "Dateline: Baku, Azerbaijan · 2025-06-12 · Source: Trend", the dateline a button to its text. */
function documentLine(doc, onEvidence) {
  const line = el('p', undefined, 'dateline');
  const dl = doc.dateline;
  if (dl) {
    line.append(el('span', 'Dateline ', 'key'));
    const jump = el('button', [dl.place, dl.date].filter(Boolean).join(', '), 'jump');
    jump.type = 'button';
    const where = span(dl);
    if (where) jump.addEventListener('click', () => onEvidence(where));
    else jump.disabled = true;
    line.append(jump);
  }
  if (doc.date && doc.date !== dl?.date) line.append(el('span', 'Published ', 'key'), el('span', doc.date));
  if (doc.source) line.append(el('span', 'Source ', 'key'), el('span', doc.source));
  if (!line.childElementCount) line.append(el('span', 'No dateline found.', 'muted'));
  return line;
}

function table(section, items, facts, onEvidence) {
  const wrap = el('div', undefined, 'table-wrap');
  const t = el('table');
  const head = t.createTHead().insertRow();
  const wideOnly = new Set(section.wideOnly ?? []);
  for (const [i, h] of section.columns.entries()) {
    const th = el('th', h, wideOnly.has(i) ? 'wide-only' : undefined);
    th.scope = 'col';
    head.append(th);
  }
  const body = t.createTBody();
  for (const item of items.slice(0, MAX_ROWS)) {
    const row = body.insertRow();
    const where = section.evidence(item);
    section.cells(item, facts).forEach((value, i) => {
      const td = el('td', undefined, [typeof value === 'number' && 'num', wideOnly.has(i) && 'wide-only'].filter(Boolean).join(' '));
      // A cell is a value, or { text, lines } for a name with its roles beneath.
      const text = value?.text ?? value;
      if (i === 0 && where) {
        const jump = el('button', text, 'jump');
        jump.type = 'button';
        jump.title = 'Show in the text';
        td.append(jump);
      } else {
        td.textContent = text === undefined || text === null ? '' : String(text);
      }
      for (const line of value?.lines ?? []) td.append(el('span', line, 'sub'));
      row.append(td);
    });
    if (where) {
      row.classList.add('has-evidence');
      row.addEventListener('click', () => onEvidence(where));
    }
  }
  wrap.append(t);
  if (items.length > MAX_ROWS) {
    wrap.append(el('p', `Showing the first ${MAX_ROWS.toLocaleString('en')} of ${items.length.toLocaleString('en')}; copy or download the JSON for all.`, 'muted'));
  }
  return wrap;
}

let selected = 'people';

/**
 * Draws the fact table for `ann` (or nothing) into `container`.
 * @param {(span: {start: number, end: number}) => void} onEvidence  scroll to and flash a span
 */
export function renderFacts(container, ann, onEvidence) {
  container.replaceChildren();
  if (!ann) return;
  const facts = ann.facts ?? {};
  container.append(documentLine(ann.document ?? {}, onEvidence));
  const tabs = el('div', undefined, 'tabs');
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', 'Facts');
  container.append(tabs);
  const buttons = [];
  for (const section of SECTIONS) {
    const items = list(facts[section.key]);
    const tab = el('button', undefined, 'tab');
    tab.type = 'button';
    tab.id = `tab-${section.key}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `panel-${section.key}`);
    tab.append(section.title, el('span', items.length, 'count'));
    const panel = el('div', undefined, 'panel');
    panel.id = `panel-${section.key}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.append(items.length ? table(section, items, facts, onEvidence) : el('p', `No ${section.title.toLowerCase()} found in this article.`, 'muted'));
    tabs.append(tab);
    container.append(panel);
    buttons.push({ key: section.key, tab, panel });
  }
  const select = (key, focus) => {
    selected = key;
    for (const b of buttons) {
      const on = b.key === key;
      b.tab.setAttribute('aria-selected', String(on));
      b.tab.tabIndex = on ? 0 : -1;
      b.panel.hidden = !on;
      if (on && focus) b.tab.focus();
    }
  };
  tabs.addEventListener('click', (e) => {
    const tab = e.target.closest('[role="tab"]');
    if (tab) select(tab.id.slice(4), false);
  });
  tabs.addEventListener('keydown', (e) => {
    const at = buttons.findIndex((b) => b.key === selected);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(buttons[(to + buttons.length) % buttons.length].key, true);
  });
  select(selected, false);
}
