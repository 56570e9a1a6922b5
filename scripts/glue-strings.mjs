// Gives wasm-bindgen's glue faster string crossings, both ways.
//
// Out of the module: the glue decodes every string with `TextDecoder.decode` on a fresh view of
// the memory. For the short strings an annotation is made of (entity texts, names, roles, ids)
// the fixed cost of that call and of the view is most of the price: 12 % of a real article's
// `annotate` call in Chromium. A string of up to 256 ASCII bytes is built instead with one
// `String.fromCharCode.apply` over a reused array; anything longer or non-ASCII is decoded as
// before (BENCHMARKS.md, seventh session: a tenth less time per article and on the 1 MB text).
//
// Into the module: the glue copies the article's char codes one by one until the first
// non-ASCII one (most news has a curly quote or an accent in its first third), then grows the
// block to three bytes per remaining char, encodes the rest with `TextEncoder.encodeInto` and
// shrinks it. One `encodeInto` of the whole text into a block of three bytes per char, shrunk
// once, does the same in a third of the time (0.40 → 0.12 ms for the 118 real articles, node):
// the encoder copies ASCII many bytes at a time. The block is what the glue already grows to
// for any text with a non-ASCII char early on.
//
// A function is replaced only if wasm-bindgen wrote it exactly as below (its version is pinned
// in Cargo.toml); otherwise the build stops here, so an upgrade cannot drop this silently.
// Usage: node scripts/glue-strings.mjs www/pkg/factlens.js
import { readFileSync, writeFileSync } from 'node:fs';

const generatedFrom = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;

const fastFrom = `// Short ASCII strings from their char codes (scripts/glue-strings.mjs says why).
const asciiCodes = [];
function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    if (len <= 256) {
        const bytes = getUint8ArrayMemory0();
        asciiCodes.length = len;
        for (let i = 0; i < len; i++) {
            const c = bytes[ptr + i];
            if (c > 127) return decodeText(bytes.subarray(ptr, ptr + len));
            asciiCodes[i] = c;
        }
        return String.fromCharCode.apply(null, asciiCodes);
    }
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;

const generatedInto = `function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}`;

const fastInto = `// A string in one encodeInto (scripts/glue-strings.mjs says why).
function passStringToWasm0(arg, malloc, realloc) {
    const len = arg.length * 3;
    let ptr = malloc(len, 1) >>> 0;
    const { written } = cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0().subarray(ptr, ptr + len));
    if (written !== len) ptr = realloc(ptr, len, written, 1) >>> 0;
    WASM_VECTOR_LEN = written;
    return ptr;
}`;

const file = process.argv[2];
let glue = readFileSync(file, 'utf8');
for (const [name, generated, fast] of [
  ['getStringFromWasm0', generatedFrom, fastFrom],
  ['passStringToWasm0', generatedInto, fastInto],
]) {
  if (glue.split(generated).length !== 2) {
    console.error(`glue-strings: ${file} does not define ${name} as the wasm-bindgen ` +
      'pinned in Cargo.toml writes it: update scripts/glue-strings.mjs with the new version');
    process.exit(1);
  }
  glue = glue.replace(generated, fast);
}
writeFileSync(file, glue);
