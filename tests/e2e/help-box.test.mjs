// A widget's own help box, drawn by carefit.js before (or instead of) the
// app: it speaks the visitor's language as the app would, and shows a
// center's own lines for that language however the config spells the tag.
import test from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './support.mjs';

const OWN = {
  crisis_by_lang: {
    'es-MX': { emergency: '112', lines: [{ name: 'Línea de la Vida', call: '800 911 2000' }] },
  },
};

let server;
let browser;
test.before(async () => {
  server = await serve(undefined, {
    pages: {
      '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main>
        <h1>Partner</h1><carefit-widget><script type="application/json">${JSON.stringify(OWN)}</script></carefit-widget>
        <script type="module" src="./carefit.js"></script></main></body></html>`,
    },
  });
  browser = await launch();
});
test.after(async () => { await browser?.close(); await server?.close(); });

test("the help box speaks the browser's language, not the host page's, with the config's lines for it", async () => {
  const { page, context } = await openPage(browser, server.origin, { locale: 'es-MX' });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.origin + '/partner.html');
  const box = page.locator('carefit-widget .cf-fallback');
  await box.waitFor();
  await page.waitForFunction(() => /\S/.test(document.querySelector('carefit-widget').shadowRoot.querySelector('.cf-loading').textContent));
  assert.equal(await box.getAttribute('lang'), 'es');
  const text = await box.innerText();
  assert.match(text, /112/);
  assert.match(text, /Línea de la Vida/);
  assert.doesNotMatch(text, /988/, 'no US line beside the center\'s own');
  await context.close();
});
