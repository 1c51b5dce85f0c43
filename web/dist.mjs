// The build folder as the pipeline (web/build.mjs) sees it: its files by the
// names the sources use (`carefit.css`), and the names they ship under.
//
// Every file but the stable ones ships under a name with a hash of its
// content (`carefit.PqTYubWb.css`), so a deploy can never mix one build's
// glue with another's wasm, and a host may cache such a file for ever. The
// stable names are the entry partners include (`carefit.js`), the pages and
// the service worker; whoever loads a hashed file learns its name from the
// build: the pages' tags, carefit.js's FILES, sw.js's list, manifest.json.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * A Subresource Integrity value for `data`. SHA-256, the shortest digest
 * every browser checks: carefit.js and the pages carry one for each file
 * they load, and on the first visit every byte counts.
 */
export const sri = (data) => `sha256-${crypto.createHash('sha256').update(data).digest('base64')}`;

const STABLE = /^(?:carefit\.js|sw\.js|manifest\.json|[\w-]+\.html)$/;
/** How many characters of its hash a hashed name carries. */
const TAG_LENGTH = 8;
/** A name `hash()` gives: `carefit.PqTYubWb.css`. */
export const HASHED_NAME = new RegExp(`\\.[\\w-]{${TAG_LENGTH}}\\.(?:js|css|wasm|json)$`);

export class Dist {
  constructor(dir) {
    this.dir = dir;
    /** Each hashed file: its source name -> { file, integrity }. */
    this.shipped = new Map();
  }

  path(name) {
    return path.join(this.dir, this.shipped.get(name)?.file ?? name);
  }

  has(name) {
    return fs.existsSync(this.path(name));
  }

  read(name) {
    return fs.readFileSync(this.path(name));
  }

  text(name) {
    return this.read(name).toString();
  }

  write(name, data) {
    // A hashed file is final: changing it would break its name and every
    // hash of it already written elsewhere.
    if (this.shipped.has(name)) throw new Error(`build: ${name} was changed after it was named by its hash`);
    fs.writeFileSync(path.join(this.dir, name), data);
  }

  remove(name) {
    fs.rmSync(path.join(this.dir, name));
  }

  /**
   * Gives `name` (written already, or `data`) its hashed name for good and
   * returns { file, integrity }. A later stage that adds a file of its own
   * (a language's words, say) calls this, then lists it where it is loaded.
   */
  hash(name, data) {
    if (STABLE.test(name)) throw new Error(`build: ${name} keeps its name`);
    if (this.shipped.has(name)) throw new Error(`build: ${name} was hashed twice`);
    if (data !== undefined) this.write(name, data);
    const bytes = this.read(name);
    const integrity = sri(bytes);
    // The start of the same digest as the integrity hash, URL-safe.
    const tag = integrity.slice('sha256-'.length, 'sha256-'.length + TAG_LENGTH).replace(/\+/g, '-').replace(/\//g, '_');
    const dot = name.lastIndexOf('.');
    const file = `${name.slice(0, dot)}.${tag}${name.slice(dot)}`;
    fs.renameSync(path.join(this.dir, name), path.join(this.dir, file));
    const entry = { file, integrity };
    this.shipped.set(name, entry);
    return entry;
  }

  /** Where `name` ships and its integrity hash, hashed or stable. */
  entry(name) {
    return this.shipped.get(name) ?? { file: name, integrity: sri(this.read(name)) };
  }

  /** Every file in the folder, by the name it ships under (subfolders too). */
  files() {
    return fs.readdirSync(this.dir, { recursive: true }).map(String)
      .filter((name) => fs.statSync(path.join(this.dir, name)).isFile());
  }
}

/** What manifest.json, which the build writes into `dir`, says of `name`: { file, integrity }. */
export function shippedEntry(dir, name) {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).files[name];
  if (!entry) throw new Error(`manifest.json in ${dir} lists no ${name}`);
  return entry;
}
