// Builds an annotation's plain objects from the tape src/wasm/tape.rs writes: one pass over
// `codes`, taking numbers from `numbers` and strings from `strings` in turn. `keys` (joined by
// NUL) and `shapes` (per struct shape its number of keys, then key numbers) only grow from one
// annotation to the next: they come only when they grew (`Tape::tables_grew`), empty otherwise,
// and their decoded form is kept until then.
let tables = { names: [], structs: [] };

// Object literals for the shapes an annotation is mostly made of (entities, mentions, people,
// places, organisations, roles, dates, quotes): V8 makes a literal with its final layout at once,
// where a store by a computed key looks the key up each time. A shape not listed here is built
// key by key into the same object. `v` reads the next value; a literal's values are read in
// the order they are written, which is the tape's.
const literals = new Map([
  ['start,end,label,text,ref,score', (v) => ({ start: v(), end: v(), label: v(), text: v(), ref: v(), score: v() })],
  ['start,end,label,text,score', (v) => ({ start: v(), end: v(), label: v(), text: v(), score: v() })],
  ['start,end', (v) => ({ start: v(), end: v() })],
  ['start,end,kind', (v) => ({ start: v(), end: v(), kind: v() })],
  ['start,end,rule', (v) => ({ start: v(), end: v(), rule: v() })],
  ['id,name,mentions', (v) => ({ id: v(), name: v(), mentions: v() })],
  ['id,name,kind,country,mentions', (v) => ({ id: v(), name: v(), kind: v(), country: v(), mentions: v() })],
  ['id,name,roles,mentions,quotes', (v) => ({ id: v(), name: v(), roles: v(), mentions: v(), quotes: v() })],
  ['title,start,end,evidence', (v) => ({ title: v(), start: v(), end: v(), evidence: v() })],
  ['title,organization,start,end,evidence',
    (v) => ({ title: v(), organization: v(), start: v(), end: v(), evidence: v() })],
  ['text,start,end,value', (v) => ({ text: v(), start: v(), end: v(), value: v() })],
  ['id,speaker,speaker_id,text,start,end,rule',
    (v) => ({ id: v(), speaker: v(), speaker_id: v(), text: v(), start: v(), end: v(), rule: v() })],
]);

/** The shapes built from a literal, for the test that keeps them in step with the Rust types. */
export const literalShapes = [...literals.keys()];

function tablesFor(keys, shapes) {
  if (keys !== '') {
    const names = keys.split('\0');
    const structs = [];
    for (let i = 0; i < shapes.length; i += 1 + shapes[i]) {
      const fields = Array.from(shapes.subarray(i + 1, i + 1 + shapes[i]), (k) => names[k]);
      structs.push({ fields, literal: literals.get(fields.join()) });
    }
    tables = { names, structs };
  }
  return tables;
}

export function fromTape(codes, numbers, strings, keys, shapes) {
  const { names, structs } = tablesFor(keys, shapes);
  let at = 0;
  let number = 0;
  let char = 0;
  // The kinds of code (its low three bits) are tape.rs's constants, in order.
  const value = () => {
    const code = codes[at++];
    const n = code >>> 3;
    switch (code & 7) {
      case 0: return n === 0 ? null : n === 2;
      case 1: {
        const map = {};
        for (let i = 0; i < n; i++) {
          const key = value();
          map[key] = value();
        }
        return map;
      }
      case 2: return n;
      case 3: return numbers[number++];
      case 4: {
        const s = strings.slice(char, char + n);
        char += n;
        return s;
      }
      case 5: return names[n];
      case 6: {
        const array = [];
        for (let i = 0; i < n; i++) array.push(value());
        return array;
      }
      default: {
        const { fields, literal } = structs[n];
        if (literal) return literal(value);
        const object = {};
        for (let i = 0; i < fields.length; i++) object[fields[i]] = value();
        return object;
      }
    }
  };
  return value();
}
