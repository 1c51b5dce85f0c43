// `./dev review`: the document a clinical director signs (`carefit review`),
// as HTML and as a PDF printed by the headless Chromium the tests use.
// The page is printed with every request refused: it must need none.
//
//   node web/review.mjs CAREFIT OUT [--since OLD.json] [--paper letter|a4]
//
// writes OUT/carefit-review-<version>.html and .pdf (Letter unless asked).
// playwright-core's page.pdf rather than `chromium --print-to-pdf`: it picks
// the paper (Letter or A4) without a page rule naming one, so the same
// HTML prints on either; it adds no header or footer of the browser's own
// (a file path, a time); and the test prints through this very function.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PAPERS = { letter: 'Letter', a4: 'A4' };

/** The same flags as the tests' Chromium (tests/e2e/support.mjs). */
const ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Runs the carefit binary; its stdout, or an Error with its own message. */
export function carefit(bin, args) {
  try {
    return execFileSync(bin, args, { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (e) {
    throw new Error((e.stderr?.toString() || e.message).trim());
  }
}

/** `carefit --version`'s version. */
export function versionOf(bin) {
  const said = carefit(bin, ['--version']).trim();
  const version = said.match(/^carefit (\d+\.\d+\.\d+)$/)?.[1];
  if (!version) throw new Error(`${bin} --version said ${JSON.stringify(said)}`);
  return version;
}

/**
 * Prints `html` to PDF in a browser of its own; `requests` counts what the
 * page asked for (refused). Pass `browser` to reuse one.
 */
export async function printPdf(html, { paper = 'letter', browser } = {}) {
  const format = PAPERS[paper];
  if (!format) throw new Error(`--paper is letter or a4, not ${paper}`);
  const own = !browser;
  // Loaded here: `./dev release` writes the HTML alone, with no browser.
  const { chromium } = await import('playwright-core');
  browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const requests = [];
    await context.route('**/*', (route) => { requests.push(route.request().url()); return route.abort(); });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format, printBackground: true, displayHeaderFooter: false });
    await context.close();
    return { pdf, requests };
  } finally {
    if (own) await browser.close();
  }
}

/** The number of pages of a PDF Chromium wrote (its page objects). */
export function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

/** Writes the HTML and its PDF into `out`; returns their paths and the page count. */
export async function review(bin, out, { since, paper = 'letter' } = {}) {
  const version = versionOf(bin);
  const html = carefit(bin, since ? ['review', '--since', since] : ['review']);
  const { pdf, requests } = await printPdf(html, { paper });
  if (requests.length) throw new Error(`the review asked for ${requests.join(', ')}`);
  fs.mkdirSync(out, { recursive: true });
  const base = path.join(out, `carefit-review-${version}`);
  fs.writeFileSync(`${base}.html`, html);
  fs.writeFileSync(`${base}.pdf`, pdf);
  return { html: `${base}.html`, pdf: `${base}.pdf`, pages: pdfPages(pdf), version };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [bin, out, ...rest] = process.argv.slice(2);
  const options = {};
  for (let i = 0; i < rest.length; i += 2) {
    const value = rest[i + 1];
    if (rest[i] === '--since' && value) options.since = value;
    else if (rest[i] === '--paper' && value) options.paper = value.toLowerCase();
    else {
      console.error(`carefit: unknown option ${rest[i]} (./dev review [--since OLD.json] [--paper letter|a4])`);
      process.exit(2);
    }
  }
  try {
    const made = await review(bin, out, options);
    console.log(`review: ${made.html}\n        ${made.pdf} (${made.pages} pages, ${PAPERS[options.paper ?? 'letter']})`);
  } catch (e) {
    console.error(e.message.startsWith('carefit:') ? e.message : `carefit: ${e.message}`);
    process.exit(1);
  }
}
