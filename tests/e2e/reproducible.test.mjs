// The build folder as a center receives it: two builds of the same commit
// are the same, byte for byte (so a center can rebuild a release it
// downloaded and compare); every compressed copy gives back its file; and
// nothing but the product is in it (no demo pages, no made-up center).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { ROOT, DIST } from './support.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-again-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

const filesUnder = (dir) => fs.readdirSync(dir, { recursive: true }).map(String)
  .filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort();

test('every .gz and .br in the build decompresses to exactly its file', () => {
  const files = filesUnder(DIST);
  let checked = 0;
  for (const name of files.filter((f) => /\.(gz|br)$/.test(f))) {
    const original = fs.readFileSync(path.join(DIST, name.replace(/\.(gz|br)$/, '')));
    const packed = fs.readFileSync(path.join(DIST, name));
    const unpacked = name.endsWith('.gz') ? zlib.gunzipSync(packed) : zlib.brotliDecompressSync(packed);
    assert.ok(unpacked.equals(original), `${name} gives back its file`);
    checked++;
  }
  // Each text and wasm file has both copies.
  const compressible = files.filter((f) => /\.(html|js|css|wasm|json|svg)$/.test(f));
  assert.equal(checked, compressible.length * 2, 'a .gz and a .br beside each');
});

test('no demo page and no made-up center in the build (examples/ stays in the repository)', () => {
  const files = filesUnder(DIST);
  assert.deepEqual(files.filter((f) => f.startsWith('examples')), []);
  for (const name of files.filter((f) => /\.(html|js|json|conf|htaccess)$|_headers$/.test(f))) {
    const text = fs.readFileSync(path.join(DIST, name), 'utf8');
    assert.doesNotMatch(text, /examples\/|Hope House Recovery/, name);
  }
});

test('no file of the build holds a path of the machine that built it (a checkout elsewhere builds the same)', () => {
  const paths = [ROOT, os.homedir(), path.join(os.homedir(), '.cargo'), path.join(os.homedir(), '.rustup')];
  for (const name of filesUnder(DIST).filter((f) => !/\.(gz|br)$/.test(f))) {
    const bytes = fs.readFileSync(path.join(DIST, name));
    for (const where of paths) assert.equal(bytes.indexOf(where), -1, `${name} holds ${where}`);
  }
});

// Costs one more release build into a folder of its own, with the crates
// already compiled (wasm-bindgen, wasm-opt, the pipeline, zopfli): 58 s on
// this project's 2-core machine on 2026-12-07, several minutes when other
// builds share it.
test('two builds of the same commit are the same: manifest.json, and every file byte for byte', { timeout: 20 * 60_000 }, () => {
  const again = path.join(work, 'dist');
  const started = Date.now();
  const build = spawnSync(path.join(ROOT, 'dev'), ['build', '--dist', again], { cwd: ROOT, encoding: 'utf8', timeout: 20 * 60_000 });
  assert.equal(build.status, 0, build.stderr);
  console.log(`reproducible: the second build took ${Math.round((Date.now() - started) / 1000)} s`);
  const hint = 'dist/ was built from other sources than these? Build it again first (./dev build).';
  assert.equal(fs.readFileSync(path.join(again, 'manifest.json'), 'utf8'), fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'),
    `the same manifest.json (${hint})`);
  const names = filesUnder(again);
  assert.deepEqual(names, filesUnder(DIST), 'the same files');
  const differ = names.filter((name) => !fs.readFileSync(path.join(again, name)).equals(fs.readFileSync(path.join(DIST, name))));
  assert.deepEqual(differ, [], `every file the same (${hint})`);
});
