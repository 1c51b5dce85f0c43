// A wasm-bindgen glue module inlined into the script that imports it, so the
// glue runs under the integrity hash of that script (carefit.js, the
// single-file kiosk's start-up code) and is never loaded unchecked.

/**
 * Puts a wasm-bindgen glue module (its text, `glue`) where `source` imports
 * it from `./${file}`, as a scope of its own that returns what is imported:
 *   import init, { start_page as startPage } from './carefit-web.js';
 * becomes
 *   const { default: init, start_page: startPage } = (() => { …glue…
 *     return { default: __wbg_init, start_page: start_page }; })();
 * The glue then runs under the hash of the file it is in, and the minifier
 * drops what nothing imports. `edit` may change the glue's text first.
 * Throws, and so fails the build, when the glue imports anything (it would
 * load unchecked) or exports in a shape this does not know.
 */
export function inlineGlue(source, file, glue, edit = (text) => text) {
  const statement = new RegExp(`^import (\\w+), \\{([^}]*)\\} from '\\./${file.replace('.', '\\.')}';\n`, 'm');
  const found = source.match(statement);
  if (!found) throw new Error(`build: no "import init, { … } from './${file}';" to inline`);
  if (/^\s*import\b/m.test(glue) || /\bimport\(/.test(glue)) throw new Error(`build: ${file} imports a module of its own`);
  const exported = new Map();
  let body = glue.replace(/^export ((?:async )?(?:function\*?|class|const|let) (\w+))/gm, (all, declaration, name) => {
    exported.set(name, name);
    return declaration;
  }).replace(/^export \{([^}]*)\};?\n?/gm, (all, list) => {
    for (const item of list.split(',').map((text) => text.trim()).filter(Boolean)) {
      const [local, name = local] = item.split(/\s+as\s+/);
      exported.set(name, local);
    }
    return '';
  });
  if (/^export\b/m.test(body)) throw new Error(`build: ${file} exports in a shape inlineGlue does not know`);
  body = edit(body);
  const [, defaultAs, named] = found;
  const wanted = [['default', defaultAs], ...named.split(',').map((text) => text.trim()).filter(Boolean)
    .map((item) => { const [name, as = name] = item.split(/\s+as\s+/); return [name, as]; })];
  for (const [name] of wanted) if (!exported.has(name)) throw new Error(`build: ${file} does not export ${name}`);
  const bound = wanted.map(([name, as]) => `${name}: ${as}`).join(', ');
  const returned = wanted.map(([name]) => `${name}: ${exported.get(name)}`).join(', ');
  return source.replace(statement, () => `const { ${bound} } = (() => {\n${body}\nreturn { ${returned} };\n})();\n`);
}

/** `text` with `from` replaced by `to`, which must be there exactly once. */
export function replaceOnce(text, from, to, what) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`build: ${what}: "${from}" found ${parts.length - 1} times, not once`);
  return parts.join(to);
}

// The app's glue calls its wasm through carefit.js's markTraps, so that
// carefit.js can tell a trap of its own wasm from any other RuntimeError on
// the page (see `crashed` there).
export const markingTraps = (glue) => replaceOnce(glue, 'wasm = instance.exports;', 'wasm = markTraps(instance.exports);',
  'the app glue');
