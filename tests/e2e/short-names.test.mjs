// web/short-names.mjs renames a wasm-bindgen build's imports and exports in
// the wasm and its glue together. A name renamed on one side only breaks the
// app at start, so: the renamed pair must still fit, a glue of an unknown
// shape must fail the build, and the shipped build must carry no long names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { shortenNames } from '../../web/short-names.mjs';
import { DIST, shipped } from './support.mjs';

const bytes = (...parts) => Buffer.concat(parts.map((part) => (typeof part === 'number' ? Buffer.from([part]) : Buffer.from(part))));
const text = (s) => bytes(s.length, s);
const section = (id, count, ...entries) => {
  const body = bytes(count, ...entries);
  return bytes(id, body.length, body);
};

// A module as wasm-bindgen shapes one: two hashed imports from the glue's
// module, a memory, and exports the glue calls or does not.
const MODULE = './app_bg.js';
const LOG = '__wbg_log_0123456789abcdef';
const NOW = '__wbg_now_fedcba9876543210';
const wasm = bytes(
  [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  section(1, 1, [0x60, 0x00, 0x00]),
  section(2, 2, text(MODULE), text(LOG), [0x00, 0x00], text(MODULE), text(NOW), [0x00, 0x00]),
  section(3, 1, [0x00]),
  section(5, 1, [0x00, 0x01]),
  section(7, 3, text('memory'), [0x02, 0x00], text('__wbindgen_start'), [0x00, 0x02], text('unused'), [0x00, 0x02]),
  section(10, 1, [0x04, 0x00, 0x10, 0x00, 0x0b]),
);
const glue = `let wasm;
function __wbg_get_imports() {
  const import0 = { __proto__: null, ${LOG}: function() {}, ${NOW}: function() {} };
  return { __proto__: null, "${MODULE}": import0 };
}
function start() { wasm.__wbindgen_start(); return wasm.memory; }`;

test('short names: the wasm and its glue are renamed together and still fit', async () => {
  const renamed = shortenNames(wasm, glue);
  const module = await WebAssembly.compile(renamed.wasm);
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`), ['a.a', 'a.b']);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['memory', 'a', 'unused']);
  assert.match(renamed.glue, /\{ __proto__: null, a: function\(\) \{\}, b: function\(\) \{\} \}/);
  assert.match(renamed.glue, /"a": import0/);
  assert.match(renamed.glue, /wasm\.a\(\); return wasm\.memory;/);
  // The renamed import really is the one called: start() calls `log`.
  const calls = [];
  const { exports } = await WebAssembly.instantiate(module, { a: { a: () => calls.push('log'), b: () => calls.push('now') } });
  exports.a();
  assert.deepEqual(calls, ['log']);
});

test('short names: a glue without one of the imports as a key fails the build', () => {
  assert.throws(() => shortenNames(wasm, glue.replace(`${NOW}: function() {}`, '')), /is a key of the glue 0 times/);
  assert.throws(() => shortenNames(wasm, glue.replace(`"${MODULE}"`, 'module')), /is a key of the glue 0 times/);
});

test('short names: the shipped wasm imports and exports no hashed or path-long names', async () => {
  for (const name of ['carefit-web', 'carefit-qr']) {
    const module = await WebAssembly.compile(fs.readFileSync(`${DIST}/${shipped(`${name}_bg.wasm`)}`));
    const names = [...WebAssembly.Module.imports(module), ...WebAssembly.Module.exports(module)].map((i) => i.name);
    assert.deepEqual(names.filter((n) => n.length > 24), [], `${name}: long names left`);
  }
});
