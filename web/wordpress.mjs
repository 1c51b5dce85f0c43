// `./dev release` (after web/release.mjs): the WordPress plugin, as the zip a
// site's admin uploads under Plugins → Add New → Upload:
// release/carefit-wordpress-<version>.zip, one folder `carefit/` holding the
// plugin's PHP and readme (wordpress/), the built files the widget and the
// settings page load (from dist/, by the names manifest.json gives, each
// with its hash), and build.json: what PHP must know and may not write
// itself, written here from the build: every file's name and integrity, the
// iframe page's policy, and the static help, rendered by carefit-prerender
// from the same components as the app (for no center, a center's name, and
// its name and phone; PHP puts the center's own words where the build put a
// marker, escaped). No demo pages, no precompressed copies.
//
// The zip is written here, with node's zlib, rather than by a zip tool or an
// npm package: the format is a few fixed headers around deflated bytes, and
// doing it here makes the same bytes for the same build (entries sorted, one
// fixed date) on any machine, with nothing more to install. The tests unpack
// it with WordPress's own installer and with `unzip -t`.
//
//   node web/wordpress.mjs DIST OUT
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { sri } from './dist.mjs';
import { linkFiles } from './pages.mjs';
import { pagePolicy } from './headers.mjs';
import { prerender } from './prerender.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLUGIN = path.join(ROOT, 'wordpress');

/** The plugin's own files (wordpress/), copied as they are but for the version. */
const PLUGIN_FILES = ['carefit.php', 'uninstall.php', 'readme.txt', 'block.json', 'block.asset.php', 'block.js',
  'admin.js', 'admin.css', 'frame.js', 'includes/render.php', 'includes/admin.php'];
/** Of those, the scripts a page runs: each gets its integrity in build.json. */
const PLUGIN_SCRIPTS = ['admin.js', 'frame.js', 'block.js', 'admin.css'];

/**
 * The built files the plugin serves, by their source names (manifest.json
 * maps each to the name it ships under): carefit.js and everything it
 * loads, the iframe page's script and fallback, and the settings page's
 * checker (the set-up page's, src/bin/carefit-setup.rs). Every language's
 * words file is added from the manifest.
 */
const FROM_DIST = ['carefit.js', 'carefit.css', 'noscript.css', 'carefit-web_bg.wasm', 'carefit-qr.js', 'carefit-qr_bg.wasm',
  'embed.js', 'fallback.js', 'carefit-setup.js', 'carefit-setup_bg.wasm'];
/** Kept by their stable names: the kiosk file the settings page fills in and downloads, and the manifest. */
const STABLE_FROM_DIST = ['carefit-kiosk.html', 'manifest.json'];

// Put where the center's own name and phone go in the static help; the
// build checks each shows where expected, and nowhere else.
export const SENTINEL = { name: 'CAREFITCENTERNAME', phone: '1234567890123' };

const HELP_SECTION = /<section\b[^>]*\slang="([\w-]+)"[^>]*>[\s\S]*?<\/section>/g;

/**
 * The static help for every case PHP meets, by mode, then by what the
 * center gave (none, name, name and phone), then by language: carefit-prerender's
 * own markup, with the sentinels where the center's words go.
 */
function staticHelp() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-wp-help-'));
  try {
    const cases = [];
    for (const mode of ['standard', 'kiosk']) {
      for (const [given, extra] of [['none', {}], ['name', { center_name: SENTINEL.name }],
        ['name_phone', { center_name: SENTINEL.name, phone: SENTINEL.phone }]]) {
        const file = path.join(work, `${mode}-${given}.html`);
        fs.writeFileSync(file, `<script type="application/json" id="carefit-config">${JSON.stringify({ mode, ...extra })}</script>\n`
          + '<div><!-- carefit:help --></div>\n');
        cases.push({ mode, given, file });
      }
    }
    prerender(...cases.map((c) => c.file));
    const help = {};
    for (const { mode, given, file } of cases) {
      const html = fs.readFileSync(file, 'utf8');
      const byLang = Object.fromEntries([...html.matchAll(HELP_SECTION)].map((m) => [m[1], m[0]]));
      if (!Object.keys(byLang).length) throw new Error(`wordpress: no static help rendered for ${mode}/${given}`);
      for (const [lang, section] of Object.entries(byLang)) {
        const count = (text) => section.split(text).length - 1;
        const names = count(SENTINEL.name);
        const phones = count(SENTINEL.phone);
        const expected = { none: [0, 0], name: [1, 0], name_phone: [2, mode === 'kiosk' ? 1 : 2] }[given];
        if (names !== expected[0] || phones !== expected[1]) {
          throw new Error(`wordpress: the ${lang} static help (${mode}, ${given}) shows the center's name ${names} and phone ${phones} times, not ${expected}`);
        }
      }
      (help[mode] ??= {})[given] = byLang;
    }
    return help;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The text of a section's first h2 (no markup in it). */
function headingOf(section) {
  const heading = section.match(/<h2>([^<]+)<\/h2>/)?.[1];
  if (!heading) throw new Error('wordpress: the static help has no heading');
  return heading.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
}

/** embed.html's lines for a page without JavaScript, by language, as text. */
function noscriptLines() {
  const source = fs.readFileSync(path.join(ROOT, 'web', 'embed.html'), 'utf8');
  const lines = Object.fromEntries([...source.matchAll(/<p class="cf-noscript" lang="([\w-]+)">([^<]+)<\/p>/g)]
    .map(([, lang, text]) => [lang, text]));
  if (!lines.en) throw new Error('wordpress: web/embed.html has no line for a page without JavaScript');
  return lines;
}

/**
 * The iframe page: web/embed.html with its tags named and hashed as the
 * build names them (pages.mjs's linkFiles, from manifest.json), its config
 * and help left for PHP to fill (`{}` and the help marker).
 */
function embedTemplate(files) {
  const source = fs.readFileSync(path.join(ROOT, 'web', 'embed.html'), 'utf8')
    .replace(/\s*<!--(?! carefit:)[\s\S]*?-->/g, '');
  const fromManifest = { has: (name) => name in files, entry: (name) => files[name] };
  const html = linkFiles(fromManifest, 'embed.html', source);
  if (!html.includes('<!-- carefit:help -->')) throw new Error('wordpress: web/embed.html lacks its help marker');
  if (!/<script type="application\/json" id="carefit-config">\s*\{\}\s*<\/script>/.test(html)) {
    throw new Error('wordpress: web/embed.html lacks its empty carefit-config');
  }
  return html;
}

/** The plugin's files as [path in the zip, bytes], sorted, and its build.json. */
export function pluginFiles(dist) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const { version, files } = manifest;
  if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) throw new Error(`wordpress: manifest.json in ${dist} has no version`);
  const entries = new Map();
  const add = (name, bytes) => {
    if (entries.has(name)) throw new Error(`wordpress: ${name} twice`);
    entries.set(name, Buffer.from(bytes));
  };
  const words = Object.keys(files).filter((name) => /^carefit-words-[\w-]+\.json$/.test(name));
  if (!words.length) throw new Error('wordpress: manifest.json lists no words files');
  const shipped = {};
  for (const name of [...FROM_DIST, ...words]) {
    const entry = files[name];
    if (!entry) throw new Error(`wordpress: manifest.json does not list ${name}`);
    const bytes = fs.readFileSync(path.join(dist, entry.file));
    if (sri(bytes) !== entry.integrity) throw new Error(`wordpress: ${entry.file} does not match its hash in manifest.json`);
    add(entry.file, bytes);
    shipped[name] = entry;
  }
  for (const name of STABLE_FROM_DIST) add(name, fs.readFileSync(path.join(dist, name)));

  const withVersion = (text) => text.replaceAll('{{version}}', version);
  for (const name of PLUGIN_FILES) {
    let bytes = fs.readFileSync(path.join(PLUGIN, name));
    if (/\.(?:php|txt|json)$/.test(name)) bytes = Buffer.from(withVersion(bytes.toString()));
    if (bytes.includes('{{')) throw new Error(`wordpress: ${name} still holds a {{…}} placeholder`);
    add(name, bytes);
    if (PLUGIN_SCRIPTS.includes(name)) shipped[name] = { file: name, integrity: sri(bytes) };
  }

  const embed = embedTemplate(files);
  add('embed-template.html', embed);
  const help = staticHelp();
  const build = {
    version,
    files: shipped,
    embed_policy: pagePolicy('embed.html', embed, { frameAncestors: "'self'" }),
    help,
    help_words: JSON.parse(prerender('--help-json')),
    // The iframe's title: the static help's own heading, in each language.
    titles: Object.fromEntries(Object.entries(help.standard.none).map(([lang, section]) => [lang, headingOf(section)])),
    // The line embed.html shows with JavaScript off, in each language.
    noscript: noscriptLines(),
    sentinel: SENTINEL,
  };
  add('build.json', `${JSON.stringify(build, null, 1)}\n`);
  return { version, entries: [...entries].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

// ---- The zip format (APPNOTE): local headers, deflated data, the central directory ----

/** 1980-01-01 00:00, the earliest date a zip can hold: the same bytes on every machine. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/** A zip of `entries` ([name, bytes]), each deflated unless that makes it larger. */
export function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(stored ? 0 : 8, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // a regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes release/carefit-wordpress-<version>.zip from the built `dist`; returns its path and version. */
export function wordpressZip(dist, out) {
  const { version, entries } = pluginFiles(dist);
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `carefit-wordpress-${version}.zip`);
  fs.writeFileSync(file, zip(entries.map(([name, bytes]) => [`carefit/${name}`, bytes])));
  return { file, version, names: entries.map(([name]) => name) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', out = 'release'] = process.argv.slice(2);
  const made = wordpressZip(dist, out);
  console.log(`wordpress: ${made.file} (${made.names.length} files, unpacks to carefit/): upload it under Plugins → Add New → Upload Plugin`);
}
