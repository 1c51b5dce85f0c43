// carefit-prerender (src/bin/carefit-prerender.rs, Yew's server-side
// rendering), run natively: the pre-rendered first screens and every page's
// static help from the app's own components and help lines, and that help as
// data for carefit.js.
import fs from 'node:fs';
import { runNative } from './native.mjs';

export const prerender = (...args) => runNative('carefit-prerender', args, ['prerender']);

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
