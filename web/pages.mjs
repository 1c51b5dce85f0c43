// The pages' tags for the files they load, and a center's settings baked
// into the pages (./dev build --config).

/**
 * Every script and stylesheet `html` loads, and each module it preloads,
 * under the name its file ships with (hashed, web/dist.mjs) and with that
 * file's hash in its `integrity` attribute. A tag without one, or for a
 * file the build did not make, fails the build: no file can be added to a
 * page unchecked.
 */
export function linkFiles(dist, page, html) {
  return html.replace(/<(?:script|link)\b[^>]*>/g, (tag) => {
    const loads = tag.startsWith('<script') ? /\ssrc=/.test(tag) : /\srel="(?:stylesheet|modulepreload)"/.test(tag);
    if (!loads) return tag;
    const reference = /\s(src|href)="(\.\/)?([\w.-]+)"/;
    const name = tag.match(reference)?.[3];
    if (!name || !dist.has(name)) throw new Error(`build: ${page} loads what the build did not make: ${tag}`);
    if (!/\sintegrity="[^"]*"/.test(tag)) throw new Error(`build: ${page} loads ${name} with no integrity attribute`);
    const { file, integrity } = dist.entry(name);
    return tag.replace(reference, (all, attribute, here = '') => ` ${attribute}="${here}${file}"`)
      .replace(/\sintegrity="[^"]*"/, () => ` integrity="${integrity}"`);
  });
}

/** A config as the JSON a page carries, `<` escaped so it cannot end its script element. */
export const configJson = (config) => JSON.stringify(config, null, 2).replace(/</g, '\\u003c');

/**
 * A page the build made (index.html) with `json` as its settings: a
 * script inside #carefit, the one place carefit.js and the app read them.
 */
export function withPageConfig(html, json) {
  const host = /<div id="carefit"[^>]*>/;
  if (!host.test(html)) throw new Error('build: the page has no #carefit for its config');
  return html.replace(host, (open) => `${open}<script type="application/json" id="carefit-config">${json}</script>`);
}

/** `html` with `json` in place of its own carefit-config. */
export function bakeConfig(page, html, json) {
  const own = /(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/;
  if (!own.test(html)) throw new Error(`build: ${page} has no carefit-config to replace`);
  return html.replace(own, (all, open, close) => `${open}${json}${close}`);
}
