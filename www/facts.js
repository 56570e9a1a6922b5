// The fact table: people and their roles, built with DOM calls (no HTML strings).

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text ?? '';
  return el;
}

/** @param {HTMLElement} container @param {object | null} ann */
export function renderFacts(container, ann) {
  container.replaceChildren();
  if (!ann) return;
  const people = ann.facts.people;
  if (people.length === 0) {
    container.append(cell('p', 'No people found.'));
    return;
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of ['Person', 'Title', 'Organisation', 'Country', 'Mentions']) head.append(cell('th', h));
  const body = table.createTBody();
  for (const p of people) {
    const roles = p.roles.length ? p.roles : [{}];
    for (const r of roles) {
      const row = body.insertRow();
      row.append(cell('td', p.name), cell('td', r.title), cell('td', r.organization),
        cell('td', r.country), cell('td', String(p.mentions.length)));
    }
  }
  container.append(table);
}
