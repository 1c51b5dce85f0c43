// Minified JavaScript and CSS (terser, csso): Trunk's own minifier cannot
// parse wasm-bindgen's module, and every byte counts on a bad phone.
import { minify } from 'terser';
import { minify as csso } from 'csso';

// Both write ASCII only (escapes for the rest): index.html carries
// carefit.js, fallback.js and the stylesheet inline, and a host's charset
// header must not change the text its policy names by hash.

/** A module's text, minified. */
export const minifyJs = async (code, { passes = 2 } = {}) => (await minify(code, {
  module: true, compress: { passes }, format: { ascii_only: true },
})).code;

/** A stylesheet, minified (csso writes its escapes back as characters: `‹` becomes `\2039 ` again). */
export const minifyCss = (css) => csso(css).css.replace(/[^\x00-\x7f]/gu, (c) => `\\${c.codePointAt(0).toString(16)} `);
