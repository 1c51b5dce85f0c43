// Short import and export names for a wasm-bindgen build. wasm-bindgen names
// each import after its JS function plus a 16-digit hash (`__wbg_setAttribute_
// 2d6b…`), from a module named after the glue file, and some exports after
// the full Rust path of a closure; every name is written twice, in the wasm
// and in the glue. Renaming both to `a`, `b`, … saves bytes before the
// first question (ARCHITECTURE.md, "Speed and size"). (wasm-opt's --minify-imports only renames Emscripten's
// `env` imports.)
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (index) => {
  let name = '';
  do {
    name = LETTERS[index % LETTERS.length] + name;
    index = Math.floor(index / LETTERS.length) - 1;
  } while (index >= 0);
  return name;
};

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/**
 * Renames the imports of `wasm` (a Buffer) and the matching keys of its
 * wasm-bindgen `glue` (the unminified text), and the exports the glue calls
 * as `wasm.name`. The others keep their names: `memory`, which
 * `__wbg_init()` hands its caller, and any the glue does not use. Throws,
 * and so fails the build, when an import is not a key of the glue exactly
 * once: a glue whose shape changed must not ship half renamed.
 */
export function shortenNames(wasm, glue) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const name = () => {
    const length = leb();
    at += length;
    return wasm.toString('utf8', at - length, at);
  };
  const encodeLeb = (value) => {
    const bytes = [];
    do {
      const low = value % 128;
      value = Math.floor(value / 128);
      bytes.push(value ? low | 0x80 : low);
    } while (value);
    return Buffer.from(bytes);
  };
  const encodeName = (text) => Buffer.concat([encodeLeb(Buffer.byteLength(text)), Buffer.from(text)]);
  // Skips one import's description: function, table, memory, global or tag.
  const skipDescription = () => {
    const kind = wasm[at++];
    const limits = () => { const flags = wasm[at++]; leb(); if (flags & 1) leb(); };
    if (kind === 0) leb();
    else if (kind === 1) { at++; limits(); }
    else if (kind === 2) limits();
    else if (kind === 3) at += 2;
    else if (kind === 4) { at++; leb(); }
    else throw new Error(`short-names: unknown import kind ${kind}`);
  };

  const modules = new Map();
  const fields = new Map();
  const exports = new Map();
  const calledByGlue = (name) => name !== 'memory' && new RegExp(`\\bwasm\\.${name}\\b`).test(glue);
  const rewritten = (id, body, end) => {
    if (at !== end) throw new Error(`short-names: section ${id} did not parse to its end`);
    const section = Buffer.concat(body);
    return Buffer.concat([Buffer.from([id]), encodeLeb(section.length), section]);
  };
  const sections = [wasm.subarray(0, 8)];
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const end = leb() + at;
    if (id === IMPORT_SECTION) {
      const count = leb();
      const body = [encodeLeb(count)];
      for (let i = 0; i < count; i++) {
        const module = name();
        const field = name();
        const description = at;
        skipDescription();
        if (!modules.has(module)) modules.set(module, shortName(modules.size));
        if (!fields.has(field)) fields.set(field, shortName(fields.size));
        body.push(encodeName(modules.get(module)), encodeName(fields.get(field)), wasm.subarray(description, at));
      }
      sections.push(rewritten(id, body, end));
    } else if (id === EXPORT_SECTION) {
      const count = leb();
      const body = [encodeLeb(count)];
      const names = [];
      for (let i = 0; i < count; i++) {
        let field = name();
        const description = at;
        at++;
        leb();
        if (calledByGlue(field)) {
          exports.set(field, shortName(exports.size));
          field = exports.get(field);
        }
        names.push(field);
        body.push(encodeName(field), wasm.subarray(description, at));
      }
      if (new Set(names).size !== count) throw new Error('short-names: a short export name equals a kept one');
      sections.push(rewritten(id, body, end));
    } else {
      sections.push(wasm.subarray(start, end));
    }
    at = end;
  }

  // Keys of the import object: `name: function`, and the module `"name":`.
  const renameKey = (text, pattern, to) => {
    const found = text.split(pattern);
    if (found.length !== 2) throw new Error(`short-names: ${pattern} is a key of the glue ${found.length - 1} times, not once`);
    return found.join(to);
  };
  for (const [module, short] of modules) glue = renameKey(glue, `${JSON.stringify(module)}:`, `${JSON.stringify(short)}:`);
  for (const [field, short] of fields) glue = renameKey(glue, new RegExp(`\\b${field}(?=:)`), short);
  for (const [field, short] of exports) glue = glue.split(new RegExp(`\\bwasm\\.${field}\\b`)).join(`wasm.${short}`);
  return { wasm: Buffer.concat(sections), glue };
}
