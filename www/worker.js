// The annotator runs here, in a module worker, so a long article never freezes the page.
// Entities cross to the page as typed arrays (transferred, not copied): a 10 MB article has
// hundreds of thousands of them and cloning that many objects would block the page.
import init, { annotate, annotateAs } from './pkg/factlens.js';

/** The last annotated text, its article date and annotation, for the copy and download buttons. */
let last = null;

/**
 * A short wire paragraph with a dateline, a title before a name, numbers, a quote and an
 * acronym: annotating it once builds the lexicon, the model and the patterns, and makes the
 * engine compile the code those paths run, before the reader's first article instead of on it.
 */
const WARM_UP = 'VILNIUS, June 12 (Reuters) - Lithuania\'s Vice Minister of National Defence Jonas '
  + 'Petraitis said on Monday that 20 percent of the $1.2bn budget would go to the North Atlantic '
  + 'Treaty Organization (NATO). "We are ready," he told the Baltic News Service.';

const ready = init().then(
  () => {
    annotate(WARM_UP);
    postMessage({ type: 'ready' });
  },
  (e) => postMessage({ type: 'fatal', message: String(e?.message ?? e) }),
);

/** Splits entities into parallel typed arrays plus the label and ref names they index. */
function pack(entities) {
  const n = entities.length;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const label = new Uint8Array(n);
  const ref = new Int32Array(n);
  const labels = [];
  const refs = [];
  const labelIndex = new Map();
  const refIndex = new Map();
  const index = (map, list, key) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.push(key) - 1;
      map.set(key, i);
    }
    return i;
  };
  entities.forEach((e, i) => {
    start[i] = e.start;
    end[i] = e.end;
    label[i] = index(labelIndex, labels, e.label);
    ref[i] = e.ref === undefined ? -1 : index(refIndex, refs, e.ref);
  });
  return { start, end, label, ref, labels, refs };
}

function run({ id, text, date }) {
  const t0 = performance.now();
  // The date field's value: "" (none) or "YYYY-MM-DD", the optional second argument.
  const ann = annotate(text, date || undefined);
  const ms = performance.now() - t0;
  last = { text, date: date || undefined, ann };
  const { entities, ...rest } = ann;
  const packed = pack(entities);
  postMessage({ type: 'result', id, ms, ann: rest, entities: packed },
    [packed.start.buffer, packed.end.buffer, packed.label.buffer, packed.ref.buffer]);
}

function exportAs({ id, format }) {
  if (!last) throw new Error('nothing annotated yet');
  // "json" is the annotate object itself, so a copy equals what `annotate(text)` returns; the
  // other formats render the annotation the module still holds for this text (no second run).
  const text = format === 'json' ? JSON.stringify(last.ann, null, 2) : annotateAs(last.text, format, last.date);
  postMessage({ type: 'export', id, text });
}

onmessage = async ({ data }) => {
  await ready;
  try {
    if (data.type === 'annotate') run(data);
    else if (data.type === 'export') exportAs(data);
  } catch (e) {
    postMessage({ type: 'error', id: data.id, message: String(e?.message ?? e) });
  }
};
