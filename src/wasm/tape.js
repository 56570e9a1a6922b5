// Builds an annotation's plain objects from the tape src/wasm/tape.rs writes: one pass over
// `codes`, taking numbers from `numbers` and strings from `strings` in turn. `keys` (joined by
// NUL) and `shapes` (per struct shape its number of keys, then key numbers) only grow from one
// annotation to the next: they come only when they grew (`Tape::tables_grew`), empty otherwise,
// and their decoded form is kept until then.
let tables = { names: [], structs: [] };

function tablesFor(keys, shapes) {
  if (keys !== '') {
    const names = keys.split('\0');
    const structs = [];
    for (let i = 0; i < shapes.length; i += 1 + shapes[i]) {
      structs.push(Array.from(shapes.subarray(i + 1, i + 1 + shapes[i]), (k) => names[k]));
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
        const fields = structs[n];
        const object = {};
        for (let i = 0; i < fields.length; i++) object[fields[i]] = value();
        return object;
      }
    }
  };
  return value();
}
