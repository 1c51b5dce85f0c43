// The result a frightened person acts on, on a phone: the level in the
// heading, what to do next within the first screen and a quarter, the rest
// a tap away.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openPage, ready, act, choose, completeJourney, pageWithConfig, axeViolations, CALM_PLAN,
} from './support.mjs';

const PHONE = { width: 390, height: 844 };
const CENTER = { center_name: 'Hope House', phone: '(555) 010-2000', offers: ['OUT', 'IOP', 'PHP'] };
const PLANS = {
  OUT: CALM_PLAN,
  IOP: { ...CALM_PLAN, use_frequency: 'daily', substances: ['alcohol', 'cannabis'], withdrawal: 'mild', mental_health: 'no_care', time: 'under_9' },
  PHP: { ...CALM_PLAN, use_frequency: 'daily', substances: ['alcohol'], withdrawal: 'strong', daily_life: 'not_coping', time: '9_to_19' },
  RES: { ...CALM_PLAN, use_frequency: 'daily', withdrawal: 'severe', substances: ['alcohol'], time: 'full_time' },
  'RES with emergency': { ...CALM_PLAN, use_frequency: 'daily', self_harm: 'now', home: 'unsafe', between_sessions: 'no' },
};

let server;
let browser;
test.before(async () => {
  server = await serve(undefined, { pages: { '/center.html': pageWithConfig(CENTER) } });
  browser = await launch();
});
test.after(async () => { await browser?.close(); await server?.close(); });

/** Top of `selector` in page coordinates. */
const top = (page, selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

for (const [name, plan] of Object.entries(PLANS)) {
  test(`${name}: the next step is within 1.25 phone screens`, async () => {
    const { page, context } = await openPage(browser, server.origin, { viewport: PHONE });
    await page.goto(server.origin + '/center.html');
    await ready(page);
    const level = await completeJourney(page, plan);
    assert.equal(level, name.slice(0, 3));
    // With emergency, the crisis panel comes first; the next step follows it.
    const from = name.includes('emergency')
      ? await page.locator('[data-flag="emergency"]').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY)
      : await top(page, '[data-screen="result"]');
    const step = await top(page, '[data-next-step]');
    assert.ok(step - from <= 1.25 * PHONE.height, `${name}: next step at ${Math.round(step - from)} px`);
    const action = page.locator('[data-next-step]');
    // Hope House runs OUT to PHP; for RES the referral line is the call to make.
    assert.equal(await action.getAttribute('href'), name.startsWith('RES') ? 'tel:18006624357' : 'tel:5550102000');
    assert.ok((await action.boundingBox()).height >= 44);
    assert.equal(await page.locator('[data-screen="result"] h1').count(), 1);
    assert.match(await page.locator('[data-screen="result"] h1').innerText(),
      name.includes('emergency') ? /Get help now/ : /may suit you best/);
    await context.close();
  });
}

test('an IOP result fits in three phone screens with its sections closed; they open on a tap', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: PHONE });
  await page.goto(server.origin + '/center.html');
  await ready(page);
  await completeJourney(page, PLANS.IOP);
  const height = await page.locator('[data-screen="result"]').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height <= 3 * PHONE.height, `IOP result is ${Math.round(height)} px tall`);
  const questions = page.locator('details.cf-more', { hasText: 'Questions to ask a program' });
  assert.equal(await questions.locator('li').first().isVisible(), false);
  await questions.locator('summary').click();
  assert.match(await questions.innerText(), /medicine for opioid or alcohol use/);
  // Deciding reasons first; every reason still carries its rule.
  assert.deepEqual(await page.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.dataset.rule)), ['R9', 'R16']);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('without a center, the main action is the referral line; in Spanish too', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: PHONE, locale: 'es-MX' });
  await page.goto(server.origin + '/');
  await ready(page);
  await completeJourney(page, PLANS.IOP);
  const action = page.locator('[data-next-step]');
  assert.equal(await action.getAttribute('href'), 'tel:18006624357');
  assert.match(await page.locator('.cf-next').innerText(), /Qué hacer ahora[\s\S]*Línea Nacional de Ayuda de SAMHSA/);
  assert.match(await page.locator('details.cf-more', { hasText: 'Preguntas para hacerle a un programa' }).textContent(),
    /seguros médicos/);
  await context.close();
});

test('on paper, the closed sections print open', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/center.html');
  await ready(page);
  await completeJourney(page, PLANS.IOP);
  await page.emulateMedia({ media: 'print' });
  const questions = page.locator('details.cf-more', { hasText: 'Questions to ask a program' });
  assert.ok(await questions.locator('li').first().isVisible());
  await context.close();
});

test("the browser's Back steps back through the questions, keeping answers out of the URL and the title", async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  const url = page.url();
  await act(page, 'start');
  await choose(page, 'use_frequency', 'daily');
  await act(page, 'next');
  await choose(page, 'substances', 'alcohol');
  await act(page, 'next');
  await page.waitForSelector('[data-question="withdrawal"]');
  assert.match(await page.title(), /^Question 3 of 13 · /);
  await page.goBack();
  await page.waitForSelector('[data-question="substances"]');
  assert.ok(await page.locator('input[name="substances"][value="alcohol"]').isChecked(), 'the answer is kept');
  assert.match(await page.title(), /^Question 2 of 13 · /);
  assert.equal(page.url(), url, 'nothing in the URL');
  assert.equal(typeof await page.evaluate(() => history.state), 'number', 'the entry holds a position only');
  assert.doesNotMatch(await page.title(), /alcohol|daily|Alcohol/i);
  await page.goBack();
  await page.goBack();
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(page.url(), url, 'still on the page');
  await context.close();
});

test('a widget on a partner page leaves its history and title alone', async () => {
  const partner = await serve(undefined, {
    pages: {
      '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main>
        <h1>Partner</h1><carefit-widget></carefit-widget><script type="module" src="./carefit.js"></script></main></body></html>`,
    },
  });
  const { page, context } = await openPage(browser, partner.origin);
  await page.goto(partner.origin + '/partner.html');
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  const before = await page.evaluate(() => history.length);
  await act(widget, 'start');
  await act(widget, 'skip');
  await widget.locator('[data-question="substances"]').waitFor();
  assert.equal(await page.evaluate(() => history.length), before);
  assert.equal(await page.title(), 'Partner');
  await context.close();
  await partner.close();
});
