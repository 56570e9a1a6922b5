// Makes short ASCII strings from wasm memory without TextDecoder, in wasm-bindgen's glue.
//
// wasm-bindgen's glue decodes every string that leaves the module with `TextDecoder.decode` on a
// fresh view of the memory. For the short strings an annotation is made of (entity texts, names,
// roles, ids) the fixed cost of that call and of the view is most of the price: 12 % of a real
// article's `annotate` call in Chromium. wasm-bindgen already takes an ASCII fast path the other
// way (`passStringToWasm0` copies char codes before trying `TextEncoder`); this adds its mirror
// image: a string of up to 256 ASCII bytes is built with one `String.fromCharCode.apply` over a
// reused array, anything longer or non-ASCII is decoded as before (BENCHMARKS.md, seventh
// session: a tenth less time per article and on the 1 MB text).
//
// The function is replaced only if wasm-bindgen wrote it exactly as below (its version is pinned
// in Cargo.toml); otherwise the build stops here, so an upgrade cannot drop this silently.
// Usage: node scripts/glue-strings.mjs www/pkg/factlens.js
import { readFileSync, writeFileSync } from 'node:fs';

const generated = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;

const fast = `// Short ASCII strings from their char codes (scripts/glue-strings.mjs says why).
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

const file = process.argv[2];
const glue = readFileSync(file, 'utf8');
if (glue.split(generated).length !== 2) {
  console.error(`glue-strings: ${file} does not define getStringFromWasm0 as the wasm-bindgen ` +
    'pinned in Cargo.toml writes it: update scripts/glue-strings.mjs with the new version');
  process.exit(1);
}
writeFileSync(file, glue.replace(generated, fast));
