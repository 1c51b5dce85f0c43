// The response headers a center's host needs, written by the build beside
// the files they are for, for three kinds of host:
//   _headers            Netlify and Cloudflare Pages read it from the folder;
//   .htaccess           Apache reads it from the folder (AllowOverride);
//   headers/nginx.conf  nginx: include it in the location serving the folder.
// headers/ holds a copy of each (the set-up page shows them from there:
// hosts do not serve _headers or .htaccess).
//
// Each page's Content-Security-Policy is worked out from the page itself:
// its inline styles and scripts by their hashes (index.html's stylesheet and
// scripts are inline, see inline-index.mjs), a service worker only where kiosk.js
// registers one, frames only where the page has one, and only embed.html
// may be framed (by partners). Files are told apart by their names:
// content-hashed ones (web/dist.mjs) are cached for good, the stable names
// (carefit.js, the pages, sw.js, manifest.json) revalidate each time, and
// everything but a page is open to partner pages (CORS).
import fs from 'node:fs';
import path from 'node:path';
import { HASHED_NAME as HASHED, sri } from './dist.mjs';

export const HEADER_FILES = { netlify: '_headers', apache: '.htaccess', nginx: 'headers/nginx.conf' };
const COPIES = { netlify: 'headers/_headers', apache: 'headers/apache.htaccess' };

const TYPES = {
  '.wasm': 'application/wasm', '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html',
  '.json': 'application/json', '.svg': 'image/svg+xml',
};

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
// Every response: no content-type guessing, no referrer for links out.
const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** A CSP hash source for the text of an inline element: its integrity value, quoted. */
const hashSource = (text) => `'${sri(text)}'`;

/** The CSP hash sources of a page's inline <style> elements. */
export const inlineStyleHashes = (html) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => hashSource(m[1]));

/** The text of each of a page's inline scripts (not its JSON, which never runs). */
export const inlineScripts = (html) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  .filter(([, attributes]) => !/\ssrc=/i.test(attributes) && !/\stype="application\/(?:ld\+)?json"/i.test(attributes))
  .map((m) => m[2]);

/** The CSP hash sources of a page's inline scripts. */
export const inlineScriptHashes = (html) => inlineScripts(html).map(hashSource);

/** What a page's policy must allow, read from the page. */
function pageNeeds(html) {
  const styles = inlineStyleHashes(html);
  const scripts = inlineScriptHashes(html);
  const sources = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]*)"/gi)].map((m) => m[1]);
  return {
    styles, scripts,
    worker: sources.some((src) => /(?:^|\/)kiosk[\w.-]*\.js$/.test(src)),
    frames: /<iframe\b/i.test(html),
  };
}

/** The Content-Security-Policy for the page `name` (a path in the folder) with this HTML. */
export function pagePolicy(name, html, { frameAncestors = '*' } = {}) {
  const needs = pageNeeds(html);
  return [
    "default-src 'none'",
    ['script-src', "'self'", ...needs.scripts, "'wasm-unsafe-eval'"].join(' '),
    ['style-src', "'self'", ...needs.styles].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    ...(needs.worker ? ["worker-src 'self'"] : []),
    ...(needs.frames ? ["frame-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${name === 'embed.html' ? frameAncestors : "'none'"}`,
  ].join('; ');
}

/** The folder's files, by relative path with / (not the .gz and .br copies, nor the header files). */
function listFiles(dist) {
  const generated = new Set([...Object.values(HEADER_FILES), ...Object.values(COPIES)]);
  return fs.readdirSync(dist, { recursive: true }).map((entry) => String(entry).split(path.sep).join('/'))
    .filter((name) => fs.statSync(path.join(dist, name)).isFile() && !/\.(?:gz|br)$/.test(name) && !generated.has(name))
    .sort();
}

/** The headers a file gets, by its path in the folder. */
function fileHeaders(name, policies) {
  if (name.endsWith('.html')) {
    return { 'Content-Security-Policy': policies.get(name), 'Cache-Control': REVALIDATE, ...COMMON };
  }
  return { 'Access-Control-Allow-Origin': '*', 'Cache-Control': HASHED.test(name) ? YEAR : REVALIDATE, ...COMMON };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The three header files' texts for the built folder `dist`:
 * { netlify, apache, nginx }. `frameAncestors` is who may frame embed.html.
 */
export function hostHeaders(dist, { frameAncestors = '*' } = {}) {
  const files = listFiles(dist);
  const pages = files.filter((name) => name.endsWith('.html'));
  const policies = new Map(pages.map((name) => [name, pagePolicy(name, fs.readFileSync(path.join(dist, name), 'utf8'), { frameAncestors })]));
  // Pages grouped by policy, for the hosts that match by pattern.
  const byPolicy = new Map();
  for (const [name, policy] of policies) byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), name]);
  const head = (comment) => `${comment} carefit: response headers for this folder, written by the build (web/headers.mjs).\n`
    + `${comment} The policies name the pages' inline styles and scripts by their hashes: rebuild, and use this build's file.\n`;

  // Netlify and Cloudflare Pages join the values of a header that several
  // matching rules set, so each header is set by one rule: what every file
  // gets under /*, the rest per file. Pages are also asked for without
  // .html (Cloudflare Pages drops it), and index.html as its folder.
  const netlify = [head('#'), '/*', ...Object.entries({ ...COMMON }).map(([k, v]) => `  ${k}: ${v}`)];
  for (const name of files) {
    const urls = [`/${name}`];
    if (name.endsWith('.html')) urls.push(`/${name.slice(0, -'.html'.length)}`);
    if (name === 'index.html' || name.endsWith('/index.html')) urls.push(`/${name.slice(0, -'index.html'.length)}`);
    const { 'X-Content-Type-Options': a, 'Referrer-Policy': b, ...own } = fileHeaders(name, policies);
    for (const url of new Set(urls)) netlify.push(url, ...Object.entries(own).map(([k, v]) => `  ${k}: ${v}`));
  }

  // Apache: later sections override earlier ones for the same header.
  const pageMatch = (names) => {
    const bases = names.map((name) => path.posix.basename(name));
    return `^(?:${[...new Set(bases)].map(escape).join('|')})(?:\\.gz|\\.br)?$`;
  };
  const basenames = new Map();
  for (const [name, policy] of policies) {
    const base = path.posix.basename(name);
    if (basenames.has(base) && basenames.get(base) !== policy) throw new Error(`headers: two pages named ${base} need different policies`);
    basenames.set(base, policy);
  }
  const apache = [head('#'),
    '# Apache reads this file as .htaccess (AllowOverride FileInfo Indexes), or put it in the vhost\'s <Directory>.',
    'AddType application/wasm .wasm',
    '<IfModule mod_headers.c>',
    ...Object.entries(COMMON).map(([k, v]) => `  Header always set ${k} "${v}"`),
    `  Header set Cache-Control "${REVALIDATE}"`,
    '  # Partner pages load the widget\'s files from this host, under CORS.',
    '  <FilesMatch "\\.(?:js|css|wasm|json)(?:\\.gz|\\.br)?$">',
    '    Header set Access-Control-Allow-Origin "*"',
    '  </FilesMatch>',
    '  # Content-hashed names never change: cache them for good.',
    `  <FilesMatch "${HASHED.source.slice(0, -1)}(?:\\.gz|\\.br)?$">`,
    `    Header set Cache-Control "${YEAR}"`,
    '  </FilesMatch>',
    ...[...byPolicy].flatMap(([policy, names]) => [
      `  <FilesMatch "${pageMatch(names)}">`,
      `    Header always set Content-Security-Policy "${policy}"`,
      '  </FilesMatch>',
    ]),
    '</IfModule>',
    '# The .br and .gz copies the build wrote, to browsers that take them.',
    '<IfModule mod_rewrite.c>',
    '  RewriteEngine On',
    ...[['br', 'br'], ['gzip', 'gz']].flatMap(([coding, ext]) => [
      `  RewriteCond %{HTTP:Accept-Encoding} \\b${coding}\\b`,
      `  RewriteCond %{REQUEST_FILENAME}.${ext} -f`,
      `  RewriteRule ^(.+\\.(?:html|js|css|wasm|json|svg))$ $1.${ext} [L]`,
    ]),
    ...Object.entries(TYPES).map(([ext, type]) => `  RewriteRule ${escape(ext)}\\.(?:gz|br)$ - [T=${type},E=no-gzip:1,E=no-brotli:1]`),
    '  <IfModule mod_headers.c>',
    '    <FilesMatch "\\.gz$">',
    '      Header set Content-Encoding gzip',
    '      Header append Vary Accept-Encoding',
    '    </FilesMatch>',
    '    <FilesMatch "\\.br$">',
    '      Header set Content-Encoding br',
    '      Header append Vary Accept-Encoding',
    '    </FilesMatch>',
    '  </IfModule>',
    '</IfModule>',
  ];

  // nginx sends a location's add_header lines only when it has none of
  // its own, so each location below repeats those every file gets.
  const add = (headers) => Object.entries(headers).map(([k, v]) => `  add_header ${k} "${v}" always;`);
  const nginx = [head('#'),
    '# Include it inside the location that serves the folder, with root (not alias), e.g.',
    '#   location /carefit/ { root /srv/www; include /srv/www/carefit/headers/nginx.conf; }',
    '# and only there: its locations match by the end of the path. The folder\'s index.html',
    '# comes by an internal redirect to it, which takes its page\'s location.',
    'gzip_static on;',
    'gzip_vary on;',
    '# With the ngx_brotli module (Debian: libnginx-mod-http-brotli-static), also:',
    '# brotli_static on;',
    ...[...byPolicy].flatMap(([policy, names]) => [
      `location ~ "/(?:${names.map(escape).join('|')})$" {`,
      ...add({ 'Content-Security-Policy': policy, 'Cache-Control': REVALIDATE, ...COMMON }), '}']),
    '# The wasm is compiled as it streams in only when sent as application/wasm.',
    `location ~ "${HASHED.source.replace('(?:js|css|wasm|json)', 'wasm')}" {`,
    '  types { } default_type application/wasm;',
    ...add({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': YEAR, ...COMMON }), '}',
    '# Content-hashed names never change: cache them for good. Partner pages load them under CORS.',
    `location ~ "${HASHED.source}" {`,
    ...add({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': YEAR, ...COMMON }), '}',
    'location ~ "\\.wasm$" {',
    '  types { } default_type application/wasm;',
    ...add({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': REVALIDATE, ...COMMON }), '}',
    'location ~ "\\.(?:js|css|json)$" {',
    ...add({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': REVALIDATE, ...COMMON }), '}',
  ];
  return { netlify: `${netlify.join('\n')}\n`, apache: `${apache.join('\n')}\n`, nginx: `${nginx.join('\n')}\n` };
}

/**
 * The build's stage: the three header files (and their copies in headers/)
 * for the folder as built. Runs last, once every page is final (their
 * inline styles and scripts are hashed).
 */
export function writeHostHeaders(dist, { frameAncestors = process.env.CAREFIT_FRAME_ANCESTORS || '*' } = {}) {
  const texts = hostHeaders(dist, { frameAncestors });
  fs.mkdirSync(path.join(dist, 'headers'), { recursive: true });
  for (const [host, name] of Object.entries(HEADER_FILES)) fs.writeFileSync(path.join(dist, name), texts[host]);
  for (const [host, name] of Object.entries(COPIES)) fs.writeFileSync(path.join(dist, name), texts[host]);
  return texts;
}

/**
 * A `_headers` text applied as Netlify and Cloudflare Pages apply it: a
 * function from a request's path to the headers of every rule that matches
 * it (an exact path, or one ending in /*), a header that several set joined
 * by commas. For the tests and the bench, which serve the folder so.
 */
export function applyNetlifyHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else rules.at(-1).headers.push(line.trim().split(/:\s*(.*)/s).slice(0, 2));
  }
  return (pathname) => {
    const out = {};
    for (const rule of rules) {
      const matches = rule.path.endsWith('/*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
      if (!matches) continue;
      for (const [name, value] of rule.headers) out[name.toLowerCase()] = out[name.toLowerCase()] ? `${out[name.toLowerCase()]}, ${value}` : value;
    }
    return out;
  };
}
