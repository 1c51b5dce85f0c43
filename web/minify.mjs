// Minified JavaScript and CSS (terser, csso): Trunk's own minifier cannot
// parse wasm-bindgen's module, and every byte counts on a bad phone.
import { minify } from 'terser';
import { minify as csso } from 'csso';

/** A module's text, minified. */
export const minifyJs = async (code, { passes = 2 } = {}) => (await minify(code, { module: true, compress: { passes } })).code;

export const minifyCss = (css) => csso(css).css;
