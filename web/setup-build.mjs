// The set-up page for a center's staff (setup.html): copies its files into
// the build, builds its config checker (src/bin/carefit-setup.rs, the same
// reader as `carefit check-config`) as a wasm of its own, and checks every
// file the page loads against its hash. No visitor's page refers to any of
// these files, so they never count against a visitor's bytes.
//
// web/post-build.mjs calls buildSetup(dist) once carefit.js and carefit.css
// are final; on its own, `node web/setup-build.mjs DIST` adds the page to a
// built folder (with .gz and .br copies), with the environment ./dev gives a
// release wasm build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSideWasm, sri } from './side-wasm.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildSetup(dist) {
  const read = (name) => fs.readFileSync(path.join(dist, name));
  const write = (name, data) => fs.writeFileSync(path.join(dist, name), data);

  buildSideWasm('carefit-setup', dist);

  // The preview's "dark" switch: the widget's own dark rules, outside their
  // media query, so staff see the dark widget whatever their own setting.
  const css = read('carefit.css').toString();
  const start = css.search(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/);
  if (start < 0) throw new Error('setup-build: carefit.css has no dark rules to preview');
  const open = css.indexOf('{', start);
  let depth = 0;
  let end = open;
  for (; end < css.length; end++) {
    if (css[end] === '{') depth++;
    if (css[end] === '}' && --depth === 0) break;
  }
  write('setup-dark.css', css.slice(open + 1, end));

  const setupJs = fs.readFileSync(path.join(here, 'setup.js'), 'utf8');
  const WASM_LINE = /^const SETUP_WASM_INTEGRITY = '';$/m;
  if (!WASM_LINE.test(setupJs)) throw new Error('setup-build: web/setup.js lacks its SETUP_WASM_INTEGRITY line');
  write('setup.js', setupJs.replace(WASM_LINE, () => `const SETUP_WASM_INTEGRITY = '${sri(read('carefit-setup_bg.wasm'))}';`));
  write('setup.css', fs.readFileSync(path.join(here, 'setup.css')));

  // Every script and stylesheet the page loads is checked against its hash.
  const html = fs.readFileSync(path.join(here, 'setup.html'), 'utf8').replace(/<(?:script|link)\b[^>]*>/g, (tag) => {
    const file = tag.match(/\s(?:src|href)="(?:\.\/)?([\w.-]+\.(?:js|css))"/)?.[1];
    if (!file) return tag;
    if (!/\sintegrity=""/.test(tag)) throw new Error(`setup-build: setup.html loads ${file} with no integrity attribute`);
    return tag.replace(/\sintegrity=""/, () => ` integrity="${sri(read(file))}"`);
  });
  write('setup.html', html);
  return ['setup.html', 'setup.js', 'setup.css', 'setup-dark.css', 'carefit-setup.js', 'carefit-setup_bg.wasm'];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] || 'dist';
  const { precompress } = await import('./compress.mjs');
  for (const name of await buildSetup(dist)) await precompress(path.join(dist, name));
  console.log(`setup-build: setup.html and its files written to ${dist}`);
}
