// `./dev release`: a built folder as the archive a center downloads,
// release/carefit-<version>.tar.gz, which unpacks to carefit/<version>/…, and
// beside it its checksum in sha256sum's format (`sha256sum -c` checks it).
// The version is the one the build wrote into manifest.json (Cargo.toml's).
// The archive is the same bytes for the same build: entries sorted, no
// owner or time of the machine that made it.
//
//   node web/release.mjs DIST OUT
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { shippedEntry } from './dist.mjs';

/** Writes the archive and its checksum into `out`; returns their paths, the version and carefit.js's integrity. */
export function release(dist, out) {
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
  return { archive, checksum: `${archive}.sha256`, version, integrity: shippedEntry(dist, 'carefit.js').integrity };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', out = 'release'] = process.argv.slice(2);
  const made = release(dist, out);
  console.log(`release: ${made.archive} and ${path.basename(made.checksum)}
  unpacks to carefit/${made.version}/; a partner pins carefit/${made.version}/carefit.js with
  integrity="${made.integrity}"`);
}
