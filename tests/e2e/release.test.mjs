// The release archive (`./dev release`, web/release.mjs) made from the
// build under test: it unpacks to carefit/<version>/ with exactly the
// build's files, its checksum file verifies it (and catches one changed
// byte), and a partner page pinning that version's carefit.js by the
// integrity hash in manifest.json gets a working widget. Beside it, the
// review a clinical director signs and the texts the next review compares
// against (their contents: tests/review.rs and tests/e2e/review.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, DIST, serve, launch, openPage } from './support.mjs';
import { release } from '../../web/release.mjs';
import { sri } from '../../web/dist.mjs';

const CAREFIT = path.join(ROOT, 'target', 'debug', 'carefit');
const VERSION = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"$/m)[1];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-release-'));
const out = path.join(work, 'release');
const unpacked = path.join(work, 'host');
let made;

const filesUnder = (dir) => fs.readdirSync(dir, { recursive: true }).map(String)
  .filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort();

before(() => {
  made = release(DIST, out, { carefit: CAREFIT });
  fs.mkdirSync(unpacked);
  const tar = spawnSync('tar', ['-xzf', made.archive, '-C', unpacked], { encoding: 'utf8' });
  assert.equal(tar.status, 0, tar.stderr);
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

test('the archive is named for Cargo.toml\'s version and holds carefit/<version>/ alone', () => {
  assert.equal(path.basename(made.archive), `carefit-${VERSION}.tar.gz`);
  assert.deepEqual(fs.readdirSync(unpacked), ['carefit']);
  assert.deepEqual(fs.readdirSync(path.join(unpacked, 'carefit')), [VERSION]);
});

test('beside it: the review a director signs and the texts the next review compares against', () => {
  assert.deepEqual(fs.readdirSync(out).sort(), [
    `carefit-${VERSION}.tar.gz`, `carefit-${VERSION}.tar.gz.sha256`,
    `carefit-review-${VERSION}.html`, `carefit-texts-${VERSION}.json`,
  ]);
  assert.equal(made.review, path.join(out, `carefit-review-${VERSION}.html`));
  assert.match(fs.readFileSync(made.review, 'utf8'), new RegExp(`^<!doctype html>[^]*<dt>Version</dt><dd>carefit ${VERSION.replaceAll('.', '\\.')}</dd>`));
  assert.ok(JSON.parse(fs.readFileSync(made.texts, 'utf8')).length > 1000);
});

test('it unpacks to exactly the build\'s files, byte for byte', () => {
  const root = path.join(unpacked, 'carefit', VERSION);
  const names = filesUnder(root);
  assert.deepEqual(names, filesUnder(DIST));
  for (const name of names) {
    assert.ok(fs.readFileSync(path.join(root, name)).equals(fs.readFileSync(path.join(DIST, name))), name);
  }
});

test('sha256sum -c verifies it, and fails on one changed byte', () => {
  const checked = spawnSync('sha256sum', ['-c', path.basename(made.checksum)], { cwd: out, encoding: 'utf8' });
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  const bytes = fs.readFileSync(made.archive);
  bytes[bytes.length >> 1] ^= 1;
  fs.writeFileSync(made.archive, bytes);
  const broken = spawnSync('sha256sum', ['-c', path.basename(made.checksum)], { cwd: out, encoding: 'utf8' });
  assert.notEqual(broken.status, 0, 'a changed archive fails its check');
});

test('a partner pins …/carefit/<version>/carefit.js with the integrity hash manifest.json gives', async () => {
  const root = path.join(unpacked, 'carefit', VERSION);
  assert.equal(made.integrity, sri(fs.readFileSync(path.join(root, 'carefit.js'))));
  const pinned = (integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>p</title>
    <script type="module" src="/carefit/${VERSION}/carefit.js" integrity="${integrity}" crossorigin="anonymous"></script>
    </head><body><carefit-widget center-name="Hope House"></carefit-widget></body></html>`;
  const server = await serve(unpacked, {
    pages: { '/pinned.html': pinned(made.integrity), '/wrong.html': pinned(sri('another version')) },
  });
  const browser = await launch();
  try {
    const { page, log, context } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/pinned.html`);
    await page.locator('carefit-widget [data-screen="start"]').waitFor({ timeout: 20000 });
    assert.deepEqual(log.errors, []);
    // The control: another hash and the entry is refused, so nothing mounts.
    await page.goto(`${server.origin}/wrong.html`);
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => customElements.get('carefit-widget')), undefined);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});
