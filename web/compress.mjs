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
  const gz = Buffer.from(await gzipAsync(data, { numiterations: 15 }));
  const br = zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  // A host sends these in place of the file: each must give back exactly
  // the file, or a visitor would run (or fail the hash of) something else.
  for (const [name, decoded] of [['gz', zlib.gunzipSync(gz)], ['br', zlib.brotliDecompressSync(br)]]) {
    if (!decoded.equals(data)) throw new Error(`build: ${file}.${name} does not decompress to ${file}`);
  }
  fs.writeFileSync(`${file}.gz`, gz);
  fs.writeFileSync(`${file}.br`, br);
}

/** A .gz and a .br beside every text and wasm file of the build folder (web/dist.mjs). */
export async function precompressAll(dist) {
  for (const name of dist.files()) {
    if (/\.(html|js|css|wasm|json|svg)$/.test(name)) await precompress(path.join(dist.dir, name));
  }
}
