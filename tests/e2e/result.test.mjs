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
    // Hope House runs OUT to PHP; for RES the referral line is the call to
    // make; with emergency, getting safe comes first: 988, never a booking.
    const expected = name.includes('emergency') ? 'tel:988' : name.startsWith('RES') ? 'tel:18006624357' : 'tel:5550102000';
    assert.equal(await action.getAttribute('href'), expected);
    assert.ok((await action.boundingBox()).height >= 44);
    assert.equal(await page.locator('[data-screen="result"] h1').count(), 1);
    assert.match(await page.locator('[data-screen="result"] h1').innerText(),
      name.includes('emergency') ? /Get help now/ : /may suit you best/);
    // v3: paying for care and before the first call, closed, after the next step.
    const parts = page.locator('details.cf-more', { hasText: /Paying for care|Before the first call/ });
    assert.equal(await parts.count(), 2, name);
    for (const part of await parts.all()) assert.equal(await part.getAttribute('open'), null);
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

// The mother of issue 29: her 16-year-old uses opioids every day, gets very
// sick on stopping, and home is not safe.
const MOTHER = {
  ...CALM_PLAN, age: 'under_18', use_frequency: 'daily', substances: ['opioids'], withdrawal: 'strong', home: 'unsafe',
  daily_life: 'struggling', between_sessions: 'no', commitments: ['school'], time: 'full_time',
};
const SCRIPT = {
  en: ['They are under 18.', 'They use opioids every day.', 'When they cut down or stop, they get very sick.', "Where they live isn't safe for them right now."],
  es: ['Tiene menos de 18 años.', 'Consume opioides todos los días.', 'Cuando consume menos o deja de consumir, se siente muy mal.'],
};

for (const lang of ['en', 'es']) {
  test(`${lang}: what to say when you call, from the mother's own answers, in her voice; nowhere but the page`, async () => {
    const { page, context } = await openPage(browser, server.origin, { viewport: PHONE, locale: lang === 'es' ? 'es-MX' : 'en-US' });
    await page.goto(server.origin + '/center.html');
    await ready(page);
    const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
    assert.equal(await completeJourney(page, MOTHER, { forWhom: 'someone_else' }), 'RES');
    // The next step is whole on the first phone screen, above the script.
    const step = await page.locator('[data-next-step]').boundingBox();
    assert.ok(step.y >= 0 && step.y + step.height <= PHONE.height, `next step at ${JSON.stringify(step)}`);
    // Its sections closed, the whole result in three phone screens in
    // English. Spanish runs longer: 3.5 for now (issue 29 asks for 3).
    const tall = await page.locator('[data-screen="result"]').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(tall <= (lang === 'en' ? 3 : 3.5) * PHONE.height, `${lang}: the result is ${Math.round(tall)} px tall`);
    const script = page.locator('[data-call-script]');
    assert.equal(await script.count(), 1);
    assert.ok(await script.evaluate((el, next) => Boolean(next.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      await page.locator('[data-next-step]').elementHandle()), 'below the next step');
    // Closed, with a heading to open it.
    assert.equal(await script.getAttribute('open'), null);
    await script.locator('summary').click();
    const said = (await script.locator('.cf-script p').allInnerTexts()).map((l) => l.trim());
    for (const line of SCRIPT[lang]) assert.ok(said.includes(line), `${line} in ${said.join(' | ')}`);
    assert.doesNotMatch(said.join(' '), /\b(son|daughter|he|she|hijo|hija)\b/i, 'nothing guessed');
    // Printed with the summary, open.
    await page.evaluate(() => document.querySelector('[data-call-script]')?.removeAttribute('open'));
    await page.emulateMedia({ media: 'print' });
    assert.ok((await page.locator('[data-screen="result"]').innerText()).includes(SCRIPT[lang][1]));
    // The summary, then the private answers: at most 2 pages, Letter or A4.
    for (const format of ['Letter', 'A4']) {
      const pdf = (await page.pdf({ format, margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-z])/g).length;
      assert.ok(pages <= 2, `${lang} ${format}: ${pages} pages`);
    }
    await page.emulateMedia({ media: 'screen' });
    // Never in the URL, the title, the history or storage.
    const after = await page.evaluate(() => ({
      url: location.href, title: document.title, history: history.length,
      stored: localStorage.length + sessionStorage.length,
    }));
    assert.equal(after.url, before.url);
    assert.equal(after.stored, 0);
    for (const line of SCRIPT[lang]) assert.ok(!after.title.includes(line.slice(0, 12)), after.title);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

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

test('on paper, what to say prints open; the other closed sections stay off the summary', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/center.html');
  await ready(page);
  await completeJourney(page, PLANS.IOP);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('[data-call-script]').getAttribute('open'), null, 'closed');
  assert.ok(await page.locator('[data-call-script] .cf-script p').first().isVisible());
  assert.equal(await page.locator('details.cf-more', { hasText: /Why not/ }).isVisible(), false);
  // The questions to ask print once, on page one.
  assert.equal(await page.locator('.cf-questions').evaluateAll((lists) => lists.filter((l) => l.offsetParent !== null).length), 1);
  await context.close();
});

test("the browser's Back steps back through the questions, keeping answers out of the URL and the title", async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  const url = page.url();
  await act(page, 'start');
  await choose(page, 'age', 'under_18');
  await act(page, 'next');
  await choose(page, 'use_frequency', 'daily');
  await act(page, 'next');
  await choose(page, 'substances', 'alcohol');
  await act(page, 'next');
  await page.waitForSelector('[data-question="withdrawal"]');
  assert.match(await page.title(), /^Question · /);
  await page.goBack();
  await page.waitForSelector('[data-question="substances"]');
  assert.ok(await page.locator('input[name="substances"][value="alcohol"]').isChecked(), 'the answer is kept');
  assert.match(await page.title(), /^Question · /);
  assert.equal(page.url(), url, 'nothing in the URL');
  assert.equal(typeof await page.evaluate(() => history.state), 'number', 'the entry holds a position only');
  assert.doesNotMatch(await page.title(), /alcohol|daily|Alcohol|under|18/i);
  await page.goBack();
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
  await act(widget, 'skip');
  await widget.locator('[data-question="substances"]').waitFor();
  assert.equal(await page.evaluate(() => history.length), before);
  assert.equal(await page.title(), 'Partner');
  await context.close();
  await partner.close();
});

test('Start over asks once: "No" keeps every answer, "Yes" leaves no Back to them', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: PHONE });
  await page.goto(server.origin + '/');
  await ready(page);
  await completeJourney(page, PLANS.IOP);
  await act(page, 'restart');
  const asking = page.locator('.cf-confirm');
  assert.match(await asking.innerText(), /Clear all your answers\?/);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'cf-confirm-question', 'the question takes the focus');
  assert.deepEqual(await axeViolations(page), []);
  // Keeping the answers is the main button, and comes first.
  assert.deepEqual(await asking.locator('button').evaluateAll((els) => els.map((e) => [e.dataset.action, e.classList.contains('cf-primary')])),
    [['keep', true], ['restart', false]]);
  await act(page, 'keep');
  await asking.waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-level]').first().getAttribute('data-level'), 'IOP', 'nothing was cleared');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'restart', 'focus goes back to Start over');
  await act(page, 'restart');
  await page.locator('.cf-confirm [data-action="restart"]').click();
  await page.waitForSelector('[data-screen="start"]');
  await page.waitForFunction(() => history.state === 0);
  // Behind the start screen is only what came before the tool.
  await page.goBack();
  assert.equal(page.url(), 'about:blank');
  await context.close();
});

test('a kiosk result ends with one main button that clears at once', async () => {
  const kiosk = await serve(undefined, { pages: { '/kiosk-center.html': pageWithConfig({ ...CENTER, mode: 'kiosk' }) } });
  const { page, context } = await openPage(browser, kiosk.origin, { viewport: PHONE });
  await page.goto(kiosk.origin + '/kiosk-center.html');
  await ready(page);
  await completeJourney(page, PLANS.OUT);
  const finish = page.locator('[data-action="restart"]');
  assert.equal(await finish.count(), 1);
  assert.equal(await finish.innerText(), 'Finish and clear my answers');
  assert.match(await finish.getAttribute('class'), /cf-primary/);
  const [box, screen] = [await finish.boundingBox(), await page.locator('[data-screen="result"]').boundingBox()];
  assert.ok(box.width >= screen.width - 1 && box.height >= 48, 'full width and tall');
  assert.equal(await page.locator('[data-screen="result"] button, [data-screen="result"] a').last().getAttribute('data-action'), 'restart', 'the last action');
  await finish.click();
  await page.waitForSelector('[data-screen="start"]');
  await context.close();
  await kiosk.close();
});

test('the language switch stays top right, on one line, on every screen and in both languages', async () => {
  for (const locale of ['en-US', 'es-MX']) {
    const { page, context } = await openPage(browser, server.origin, { viewport: { width: 320, height: 700 }, locale });
    await page.goto(server.origin + '/');
    await ready(page);
    const place = () => page.locator('.carefit [data-action="lang"]').evaluate((el) => {
      const bar = el.parentElement.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      // From the bar's content box: the pinned bar keeps a little room around it.
      const pad = parseFloat(getComputedStyle(el.parentElement).paddingTop);
      return { right: Math.round(bar.right - box.right), top: Math.round(box.top - bar.top - pad) };
    });
    const places = [await place()];
    await act(page, 'start');
    await page.waitForSelector('[data-screen="question"]');
    places.push(await place());
    await act(page, 'help');
    await page.waitForSelector('[data-screen="crisis"]');
    places.push(await place());
    for (const p of places) assert.deepEqual(p, { right: 0, top: 0 }, `${locale}: ${JSON.stringify(places)}`);
    await context.close();
  }
});

test('on paper: page one is the summary with the date; the private answers start a page of their own', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/center.html');
  await ready(page);
  await completeJourney(page, PLANS.IOP);
  await page.emulateMedia({ media: 'print' });
  const result = page.locator('[data-screen="result"]');
  const printed = await result.innerText();
  const today = new Date().toLocaleDateString('en', { dateStyle: 'long' });
  assert.ok(printed.includes(`Printed on ${today}`), 'the date');
  // In the order a reader meets them, all before the private part.
  const order = await result.evaluate((root) => {
    const at = (selector) => [...root.querySelectorAll(selector)].find((el) => el.offsetParent !== null);
    const marks = {
      level: at('.cf-result > :first-child'), next: at('[data-next-step]'), script: at('[data-call-script]'), reasons: at('.cf-reasons'),
      questions: at('.cf-questions'), private: at('.cf-private'),
    };
    const names = Object.keys(marks).filter((k) => marks[k]);
    names.sort((a, b) => (marks[a].compareDocumentPosition(marks[b]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return { names, breakBefore: getComputedStyle(marks.private).breakBefore };
  });
  assert.deepEqual(order, { names: ['level', 'next', 'script', 'reasons', 'questions', 'private'], breakBefore: 'page' });
  assert.match(await page.locator('.cf-private').innerText(), /private answers[\s\S]*Your answers/);
  assert.match(await page.locator('[data-next-step]').innerText(), /\(555\) 010-2000/);
  // The next step's number in full contrast, not a button's white on colour.
  const ink = await page.locator('[data-next-step]').evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor };
  });
  assert.deepEqual(ink, { color: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)' });
  // The week and the sections to open stay off the summary.
  assert.equal(await page.locator('.cf-week').isVisible(), false);
  await context.close();
});

// Privacy wins over the browser's Back in a frame: an entry per screen
// would let the page around it count the screens (history.length). The
// widget's own Back steps back there (privacy.test.mjs checks both).
test("in the iframe, the browser's Back leaves the self-check alone: no entry was added for it to step back", async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/examples/iframe.html');
  const url = page.url();
  const frame = page.frameLocator('#carefit-frame').locator('carefit-widget');
  await frame.locator('[data-screen="start"]').waitFor();
  const length = await page.evaluate(() => history.length);
  await act(frame, 'start');
  await choose(frame, 'age', 'adult');
  await act(frame, 'next');
  await choose(frame, 'use_frequency', 'daily');
  await act(frame, 'next');
  await frame.locator('[data-question="substances"]').waitFor();
  assert.equal(await page.evaluate(() => history.length), length, 'no entry for the frame\'s screens');
  assert.equal(page.url(), url);
  await context.close();
});

test('inside a host page the headings start at h2, under the host\'s own h1, unless it asks otherwise', async () => {
  const partner = await serve(undefined, {
    pages: {
      '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main>
        <h1>Partner</h1><carefit-widget id="a"></carefit-widget><carefit-widget id="b" heading-level="3"></carefit-widget>
        <script type="module" src="./carefit.js"></script></main></body></html>`,
    },
  });
  const { page, context } = await openPage(browser, partner.origin);
  await page.goto(partner.origin + '/partner.html');
  const widget = page.locator('#a');
  await widget.locator('[data-screen="start"]').waitFor();
  assert.equal(await page.locator('h1').count(), 1, 'one h1 on the page');
  assert.equal(await widget.locator('[data-screen] [tabindex="-1"]').evaluate((el) => el.tagName), 'H2');
  assert.equal(await page.locator('#b [data-screen] [tabindex="-1"]').evaluate((el) => el.tagName), 'H3');
  await completeJourney(widget, PLANS.IOP);
  const tags = await widget.locator('[data-screen="result"]').evaluate((el) => [...el.querySelectorAll('h1, h2, h3, h4')].map((h) => h.tagName));
  assert.equal(tags[0], 'H2');
  assert.ok(!tags.includes('H1'), tags.join());
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
  await partner.close();
});
