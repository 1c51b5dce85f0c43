// Asking for someone else (spec v2): until every question has words of its
// own for that path, each one says whose answers are wanted, and the
// self-harm answer's crisis help speaks of that person, not the helper.
import test from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, act, choose, skipTo, axeViolations } from './support.mjs';

let server;
let browser;
test.before(async () => {
  server = await serve();
  browser = await launch();
});
test.after(async () => { await browser?.close(); await server?.close(); });

const WORDS = {
  'en-US': { note: 'Answer about the person you are worried about.', crisis: /the person you are asking about is thinking/ },
  'es-MX': { note: 'Responda pensando en la persona que le preocupa.', crisis: /la persona por la que pregunta está pensando/ },
};

for (const [locale, words] of Object.entries(WORDS)) {
  test(`${locale}: for someone else, every question says whose answers, and crisis help speaks of them`, async () => {
    const { page, context } = await openPage(browser, server.origin, { locale });
    await page.goto(server.origin + '/');
    await ready(page);
    await page.locator('[data-action="start"][data-for="someone_else"]').click();
    await page.waitForSelector('[data-screen="question"][data-question="age"]');
    assert.equal(await page.locator('.cf-for-other').innerText(), words.note);
    // It is read with the question: inside the text the fieldset points to.
    assert.ok(await page.locator('fieldset .cf-why .cf-for-other').count());
    assert.deepEqual(await axeViolations(page), []);
    await skipTo(page, 'self_harm');
    assert.equal(await page.locator('.cf-for-other').innerText(), words.note);
    await choose(page, 'self_harm', 'now');
    await page.waitForSelector('[data-screen="crisis"][data-reason="self_harm"]');
    assert.match(await page.locator('[data-screen="crisis"] .cf-lead').innerText(), words.crisis);
    await context.close();
  });
}

test('for oneself, no such line; Start over keeps the language the person chose', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await act(page, 'lang');
  await page.waitForSelector('.carefit[lang="es"]');
  await page.locator('[data-action="start"][data-for="myself"]').click();
  await page.waitForSelector('[data-screen="question"]');
  assert.equal(await page.locator('.cf-for-other').count(), 0);
  while (await page.locator('[data-screen="question"]').count()) await act(page, 'skip');
  await act(page, 'next');
  await page.waitForSelector('[data-screen="result"]');
  await act(page, 'restart');
  await act(page, 'restart');
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(await page.locator('.carefit[lang]').first().getAttribute('lang'), 'es');
  await context.close();
});
