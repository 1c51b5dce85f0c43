// `carefit review` in a real browser (what only a browser proves; its
// contents are tests/review.rs's): axe finds nothing, with and without
// --since; the page asks for nothing; printed as `./dev review` prints it
// (web/review.mjs) it fills more than one page on Letter and on A4. And the
// release's pack: the review and the texts the next review compares against.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, launch, axeViolations } from './support.mjs';
import { printPdf, pdfPages, PAPERS } from '../../web/review.mjs';
import { reviewPack } from '../../web/release.mjs';

const CAREFIT = path.join(ROOT, 'target', 'debug', 'carefit');
const VERSION = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"$/m)[1];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-review-'));
const run = (...args) => execFileSync(CAREFIT, args, { maxBuffer: 1 << 28 }).toString();

let browser;
const documents = {};
before(async () => {
  browser = await launch();
  documents.plain = run('review');
  // A signed version that differs: one text reworded (shown word by
  // word), one rewritten (shown whole), one not yet written, one since removed.
  const old = JSON.parse(run('texts'));
  old[10].text += ' (old words)';
  old[700].text = 'Something else <em>entirely</em>, once.';
  old.splice(300, 1);
  old.push({ key: 'result_old_note', lang: 'es', audience: 'someone_else', text: 'Una nota que ya no está.' });
  const since = path.join(work, 'carefit-texts-0.0.9.json');
  fs.writeFileSync(since, JSON.stringify(old));
  documents.since = run('review', '--since', since);
});
after(async () => {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** The document in a page of its own; every request it would make is refused and kept. */
async function open(html) {
  const context = await browser.newContext();
  const requests = [];
  await context.route('**/*', (route) => { requests.push(route.request().url()); return route.abort(); });
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  return { page, context, requests };
}

for (const which of ['plain', 'since']) {
  test(`axe finds nothing in the review (${which === 'plain' ? 'carefit review' : 'with --since'}), and it asks for nothing`, async () => {
    const { page, context, requests } = await open(documents[which]);
    assert.deepEqual(await axeViolations(page), []);
    // A screen reader's walk: one h1, landmarks, headings in order, no level skipped.
    const outline = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      landmarks: ['header', 'nav', 'main', 'footer'].map((t) => document.querySelectorAll(`body > ${t}`).length),
      levels: [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1])),
      rules: document.querySelectorAll('[data-rule]').length,
      marked: document.querySelectorAll('[data-changed]').length,
      removed: document.querySelectorAll('[data-removed][data-key]').length,
    }));
    assert.equal(outline.h1, 1);
    assert.deepEqual(outline.landmarks, [1, 1, 1, 1]);
    outline.levels.forEach((level, i) => assert.ok(i === 0 || level <= outline.levels[i - 1] + 1, `h${level} after h${outline.levels[i - 1]}`));
    assert.equal(outline.rules, 20);
    assert.deepEqual([outline.marked, outline.removed], which === 'plain' ? [0, 0] : [3, 1]);
    assert.deepEqual(requests, []);
    await context.close();
  });
}

test('printed as ./dev review prints it, it fills more than one page on Letter and on A4', async (t) => {
  for (const paper of Object.keys(PAPERS)) {
    for (const which of ['plain', 'since']) {
      const { pdf, requests } = await printPdf(documents[which], { paper, browser });
      const pages = pdfPages(pdf);
      t.diagnostic(`${which}, ${PAPERS[paper]}: ${pages} pages`);
      assert.ok(pdf.subarray(0, 5).toString() === '%PDF-', 'a PDF');
      assert.ok(pages > 1, `${pages} pages`);
      // The page tree's own count says the same.
      const count = Math.max(...[...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1])));
      assert.equal(count, pages);
      assert.deepEqual(requests, []);
    }
  }
});

test('the release pack: the review and the texts, named for the version, and only for that version', () => {
  const out = path.join(work, 'release');
  const made = reviewPack(CAREFIT, out, VERSION);
  assert.equal(path.basename(made.review), `carefit-review-${VERSION}.html`);
  assert.equal(path.basename(made.texts), `carefit-texts-${VERSION}.json`);
  assert.deepEqual(JSON.parse(fs.readFileSync(made.texts, 'utf8')), JSON.parse(run('texts')));
  const html = fs.readFileSync(made.review, 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.ok(html.includes(`<dt>Version</dt><dd>carefit ${VERSION}</dd>`));
  // What the next release compares against reads back with no change.
  const again = run('review', '--since', made.texts);
  assert.ok(again.includes(`0 texts changed, 0 new, 0 removed since carefit-texts-${VERSION}.json`));
  assert.throws(() => reviewPack(CAREFIT, out, '9.9.9'), /is carefit .*, the build is 9\.9\.9/);
});
