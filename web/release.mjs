// `./dev release`: a built folder as the archive a center downloads,
// release/carefit-<version>.tar.gz, which unpacks to carefit/<version>/…, and
// beside it its checksum in sha256sum's format (`sha256sum -c` checks it).
// The version is the one the build wrote into manifest.json (Cargo.toml's).
// The archive is the same bytes for the same build: entries sorted, no
// owner or time of the machine that made it. Given the carefit binary of
// the same version, beside them: carefit-review-<version>.html, what a
// clinical director signs (`carefit review`), and carefit-texts-<version>.json
// (`carefit texts`), what the next release's review compares against
// (`carefit review --since carefit-texts-<version>.json`).
//
//   node web/release.mjs DIST OUT [CAREFIT]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { shippedEntry } from './dist.mjs';
import { carefit as run, versionOf } from './review.mjs';

/**
 * Writes the review and the texts of `version` into `out` with the carefit
 * binary `bin`, which must be that version; returns their paths.
 */
export function reviewPack(bin, out, version) {
  const built = versionOf(bin);
  if (built !== version) throw new Error(`release: ${bin} is carefit ${built}, the build is ${version}`);
  fs.mkdirSync(out, { recursive: true });
  const review = path.join(out, `carefit-review-${version}.html`);
  const texts = path.join(out, `carefit-texts-${version}.json`);
  fs.writeFileSync(review, run(bin, ['review']));
  fs.writeFileSync(texts, run(bin, ['texts']));
  return { review, texts };
}

/**
 * Writes the archive and its checksum into `out`, and with `carefit` (the
 * binary) the review and texts beside them; returns their paths, the
 * version and carefit.js's integrity.
 */
export function release(dist, out, { carefit } = {}) {
  const { version } = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) throw new Error(`release: manifest.json in ${dist} has no version`);
  const tar = execFileSync('tar', ['--create', '--sort=name', '--owner=0', '--group=0', '--numeric-owner',
    '--mtime=@0', '--mode=u+rw,go+r,go-w', `--transform=s,^\\.,carefit/${version},`, '--directory', dist, '.'],
  { maxBuffer: 1 << 30 });
  fs.mkdirSync(out, { recursive: true });
  const name = `carefit-${version}.tar.gz`;
  const archive = path.join(out, name);
  fs.writeFileSync(archive, zlib.gzipSync(tar, { level: 9 }));
  const sum = crypto.createHash('sha256').update(fs.readFileSync(archive)).digest('hex');
  fs.writeFileSync(`${archive}.sha256`, `${sum}  ${name}\n`);
  const pack = carefit ? reviewPack(carefit, out, version) : {};
  return { archive, checksum: `${archive}.sha256`, version, integrity: shippedEntry(dist, 'carefit.js').integrity, ...pack };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', out = 'release', carefit] = process.argv.slice(2);
  const made = release(dist, out, { carefit });
  const pack = made.review ? `, ${path.basename(made.review)} and ${path.basename(made.texts)}` : '';
  console.log(`release: ${made.archive} and ${path.basename(made.checksum)}${pack}
  unpacks to carefit/${made.version}/; a partner pins carefit/${made.version}/carefit.js with
  integrity="${made.integrity}"`);
}
