// Builds an annotation's plain objects from the tape src/wasm/tape.rs writes: one pass over
// `codes`, taking numbers from `numbers` and strings from `strings` in turn. `keys` (joined by
// NUL) and `shapes` (per struct shape its number of keys, then key numbers) only grow from one
// annotation to the next: they come only when they grew (`Tape::tables_grew`), empty otherwise,
// and their decoded form (`names`, `structs` below) is kept until then.

// Object literals for the shapes an annotation is mostly made of (entities, mentions, people,
// places, organisations, roles, dates, quotes): V8 makes a literal with its final layout at once,
// where a store by a computed key looks the key up each time. A shape not listed here is built
// key by key into the same object. `value` reads the next value; a literal's values are read
// in the order they are written, which is the tape's.
const literals = new Map([
  ['start,end,label,text,ref,score', () => ({ start: value(), end: value(), label: value(), text: value(), ref: value(), score: value() })],
  ['start,end,label,text,score', () => ({ start: value(), end: value(), label: value(), text: value(), score: value() })],
  ['start,end', () => ({ start: value(), end: value() })],
  ['start,end,kind', () => ({ start: value(), end: value(), kind: value() })],
  ['start,end,rule', () => ({ start: value(), end: value(), rule: value() })],
  ['id,name,mentions', () => ({ id: value(), name: value(), mentions: value() })],
  ['id,name,kind,country,mentions', () => ({ id: value(), name: value(), kind: value(), country: value(), mentions: value() })],
  ['id,name,roles,mentions,quotes', () => ({ id: value(), name: value(), roles: value(), mentions: value(), quotes: value() })],
  ['title,start,end,evidence', () => ({ title: value(), start: value(), end: value(), evidence: value() })],
  ['title,organization,start,end,evidence',
    () => ({ title: value(), organization: value(), start: value(), end: value(), evidence: value() })],
  ['text,start,end,value', () => ({ text: value(), start: value(), end: value(), value: value() })],
  ['id,speaker,speaker_id,text,start,end,rule',
    () => ({ id: value(), speaker: value(), speaker_id: value(), text: value(), start: value(), end: value(), rule: value() })],
]);

/** The shapes built from a literal, for the test that keeps them in step with the Rust types. */
export const literalShapes = [...literals.keys()];

/** Decodes the key and shape tables into `names` and `structs`. */
function readTables(keys, shapes) {
  names = keys.split('\0');
  structs = [];
  for (let i = 0; i < shapes.length; i += 1 + shapes[i]) {
    const fields = Array.from(shapes.subarray(i + 1, i + 1 + shapes[i]), (k) => names[k]);
    structs.push({ fields, literal: literals.get(fields.join()) });
  }
}

// The tape being read and where, and the decoded tables: module state rather than a closure
// made per call, so that `value` is one function, which V8 can inline into the literals that
// call it.
let codes = null;
let numbers = null;
let strings = '';
let names = [];
let structs = [];
let at = 0;
let number = 0;
let char = 0;

export function fromTape(codesIn, numbersIn, stringsIn, keys, shapes) {
  if (keys !== '') readTables(keys, shapes);
  codes = codesIn;
  numbers = numbersIn;
  strings = stringsIn;
  at = 0;
  number = 0;
  char = 0;
  const annotation = value();
  // Not held until the next call: the views are of wasm memory, the string may be long.
  codes = numbers = null;
  strings = '';
  return annotation;
}

// The kinds of code (its low three bits) are tape.rs's constants, in order.
function value() {
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
      if (literal) return literal();
      const object = {};
      for (let i = 0; i < fields.length; i++) object[fields[i]] = value();
      return object;
    }
  }
}
