// The set-up page for a center's staff (setup.html): copies its files into
// the build, builds its config checker (src/bin/carefit-setup.rs, the same
// reader as `carefit check-config`) as a wasm of its own, and checks every
// file the page loads against its hash. No visitor's page refers to any of
// these files, so they never count against a visitor's bytes.
//
// A stage of web/build.mjs, once carefit.js and carefit.css are final.
import fs from 'node:fs';
import { buildSideWasm } from './side-wasm.mjs';
import { replaceOnce } from './inline-glue.mjs';
import { linkFiles } from './pages.mjs';

const source = (name) => fs.readFileSync(new URL(name, import.meta.url), 'utf8');

/** Writes setup.html and its files into `dist` (web/dist.mjs), each but the page under its hashed name. */
export async function buildSetup(dist) {
  buildSideWasm('carefit-setup', dist.dir);
  const wasm = dist.hash('carefit-setup_bg.wasm');
  const checker = dist.hash('carefit-setup.js');

  // setup.js loads these by name: the names they ship with, and the wasm's hash.
  let setupJs = source('setup.js');
  const WASM_LINE = /^const SETUP_WASM_INTEGRITY = '';$/m;
  if (!WASM_LINE.test(setupJs)) throw new Error('setup-build: web/setup.js lacks its SETUP_WASM_INTEGRITY line');
  setupJs = setupJs.replace(WASM_LINE, () => `const SETUP_WASM_INTEGRITY = '${wasm.integrity}';`);
  setupJs = replaceOnce(setupJs, "'./carefit-setup.js'", `'./${checker.file}'`, 'web/setup.js');
  setupJs = replaceOnce(setupJs, "'carefit-setup_bg.wasm'", `'${wasm.file}'`, 'web/setup.js');
  dist.hash('setup.js', setupJs);
  dist.hash('setup.css', source('setup.css'));

  dist.write('setup.html', linkFiles(dist, 'setup.html', source('setup.html')));
}
