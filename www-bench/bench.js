// Runs in the benchmark page: loads factlens' wasm and compromise on demand and times them on
// the texts scripts/bench-web.mjs serves. The driver calls window.bench one step at a time, so
// it decides the order (alternating engines) and the page only measures.

const texts = new Map();
let factlens = null;

async function fetchText(name) {
  if (!texts.has(name)) texts.set(name, await (await fetch(`/texts/${name}`)).text());
  return texts.get(name);
}

async function loadFactlens() {
  const mod = await import('/pkg/factlens.js');
  const wasm = await mod.default();
  factlens = { annotate: mod.annotate, memory: wasm.memory };
}

function loadCompromise() {
  if (window.nlp) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/compromise.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

// Equivalent work: what the page needs from each library, entities with their offsets.
// factlens also builds the fact table; compromise tags every term, then we ask for its three
// entity kinds with offsets (what a highlighter needs).
function compromiseEntities(text) {
  const doc = window.nlp(text);
  const opts = { offset: true };
  return doc.people().json(opts).length + doc.places().json(opts).length
    + doc.organizations().json(opts).length;
}

/** The pieces a text is fed in one call each: the articles of a text that separates them by
 * form feeds, else its blank-line paragraphs. */
const pieces = (text) => (text.includes('\f') ? text.split('\f') : text.split(/\n\s*\n/));

const engines = {
  factlens: {
    load: loadFactlens,
    run: (text) => factlens.annotate(text).entities.length,
  },
  compromise: {
    load: loadCompromise,
    run: compromiseEntities,
  },
  // compromise slows down superlinearly on one long text (over 200 s on 1 MB here), so on
  // long texts it is also timed the way a user would feed it: piece by piece (`pieces`), which
  // keeps it linear and gives it its best case.
  'compromise-articles': {
    load: loadCompromise,
    run: (text) => pieces(text).reduce((n, article) => n + compromiseEntities(article), 0),
  },
  // factlens fed the same pieces, one call each: the per-call cost (building the JS result,
  // start-up per text) counts as many times as a page pasting short articles pays it.
  'factlens-articles': {
    load: loadFactlens,
    run: (text) => pieces(text).reduce((n, article) => n + factlens.annotate(article).entities.length, 0),
  },
};

function collect() {
  if (typeof window.gc === 'function') window.gc();
}

window.bench = {
  /** Fetch + compile/parse + instantiate + first run on `name`, in a fresh page. */
  async cold(engine, name) {
    const text = await fetchText(name);
    const t0 = performance.now();
    await engines[engine].load();
    const found = engines[engine].run(text);
    return { ms: performance.now() - t0, found };
  },
  /** Loads every engine and runs each once on `name`: what they build on first use (factlens'
   * lexicons and model) is then out of the timed runs. */
  async load(name) {
    const text = await fetchText(name);
    for (const e of Object.values(engines)) {
      await e.load();
      e.run(text);
    }
    return text.length;
  },
  async text(name) {
    return (await fetchText(name)).length;
  },
  /** `runs` timed runs of one engine on one text, garbage collected between runs. */
  time(engine, name, runs = 1) {
    const text = texts.get(name);
    const ms = [];
    let found = 0;
    for (let i = 0; i < runs; i++) {
      collect();
      const t0 = performance.now();
      found = engines[engine].run(text);
      ms.push(performance.now() - t0);
    }
    return { ms, found };
  },
  /** One timed run of `engine` over articles it has not met: `name`'s pieces are halved, the
   * first half run until two seconds or thirty runs have passed, as the warm rows are (code warm,
   * factlens keeping that half's words), then the second half timed once. In a fresh page, so
   * nothing else was met. */
  unseen(engine, name) {
    const all = pieces(texts.get(name));
    const [met, unmet] = [all.slice(0, all.length >> 1), all.slice(all.length >> 1)];
    const run = (list) => list.reduce((n, article) => n + engines[engine].run(article), 0);
    const start = performance.now();
    for (let i = 0; i < 30 && performance.now() - start < 2000; i++) run(met);
    collect();
    const t0 = performance.now();
    const found = run(unmet);
    return { ms: performance.now() - t0, found, chars: unmet.reduce((n, a) => n + a.length, 0) };
  },
  /** Bytes of wasm linear memory: it only grows, so this is the peak so far. */
  memory() {
    return factlens.memory.buffer.byteLength;
  },
};
document.body.dataset.ready = '1';
