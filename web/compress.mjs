// The compressed copies a static host serves beside each file (nginx
// gzip_static, Caddy precompressed, …): gzip by zopfli, which packs about 6%
// tighter than gzip -9 and still inflates with any gzip decoder, and brotli
// at its highest quality. Used by the build and, for the peer, by the bench.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

export async function precompress(file) {
  const data = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, await gzipAsync(data, { numiterations: 15 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
}

/** A .gz and a .br beside every text and wasm file of the build folder (web/dist.mjs). */
export async function precompressAll(dist) {
  for (const name of dist.files()) {
    if (/\.(html|js|css|wasm|json|svg)$/.test(name)) await precompress(path.join(dist.dir, name));
  }
}
