// One strict Content-Security-Policy for every page of the site, as a host
// might send it: what the pages need and nothing more, frames from the
// site itself allowed (the iframe example), and index.html's inline
// stylesheet and scripts named by their hashes, read from the build as its
// own headers name them. The hardening tests and the engines suite send it.
import fs from 'node:fs';
import path from 'node:path';
import { inlineStyleHashes, inlineScriptHashes } from '../../web/headers.mjs';

export function strictPolicy(dist) {
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return `default-src 'none'; script-src 'self' ${inlineScriptHashes(index).join(' ')} 'wasm-unsafe-eval'; `
    + `style-src 'self' ${inlineStyleHashes(index).join(' ')}; `
    + "img-src 'self' data:; connect-src 'self'; worker-src 'self'; base-uri 'none'; "
    + "form-action 'none'; frame-ancestors 'self'";
}
