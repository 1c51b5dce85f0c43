// carefit-prerender (src/bin/carefit-prerender.rs, Yew's server-side
// rendering), run natively: the pre-rendered first screens and every page's
// static help from the app's own components and help lines, and that help as
// data for carefit.js.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

// A native build, so without the unstable settings ./dev gives the wasm build.
const nativeEnv = Object.fromEntries(Object.entries(process.env)
  .filter(([name]) => name !== 'RUSTC_BOOTSTRAP' && !name.startsWith('CARGO_UNSTABLE_')));

export const prerender = (...args) => execFileSync('cargo',
  ['run', '--quiet', '--features', 'prerender', '--bin', 'carefit-prerender', '--', ...args],
  { stdio: ['ignore', 'pipe', 'inherit'], env: nativeEnv }).toString();

/**
 * web/help.js, with the help data filled in, as a script to inline where it
 * is imported (carefit.js, the single-file kiosk's start-up code): one file
 * each, and one way to draw help.
 */
export function helpModule() {
  const json = JSON.stringify(JSON.parse(prerender('--help-json'))).replace(/</g, '\\u003c');
  const HELP_LINE = /^export const HELP = \{\};\n/m;
  const source = fs.readFileSync(new URL('help.js', import.meta.url), 'utf8');
  if (!HELP_LINE.test(source)) throw new Error('build: web/help.js lacks its HELP line');
  return source.replace(HELP_LINE, () => `const HELP = ${json};\n`).replace(/^export /gm, '');
}

/** Where a module imports web/help.js, to put helpModule() in its place. */
export const HELP_IMPORT = /^import \{[^}]*\} from '\.\/help\.js';\n/m;
