// Spec v2's safety half, in the browser: help on request is not a report,
// each language's own crisis keywords, the new flags and their order, and a
// center's own lines replacing every US number on every path.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, openPage, ready, act, choose, completeJourney, screenId, pageWithConfig, CALM_PLAN, DIST,
  panicInTheWasm, skipTo, currentQuestion, openSingleFile,
} from './support.mjs';

let server;
let browser;
const UK = {
  crisis: {
    emergency: '999',
    lines: [{ name: 'Samaritans', call: '116 123', note: 'Free, any time' }],
    home_lines: [{ name: 'Refuge', call: '0808 2000 247' }],
  },
};
const US_NUMBERS = ['911', '988', '741741', '1-800-662-4357', '18006624357', '1-800-799-7233', '211', '1-800-422-4453'];
// US facts, shown only with the US lines (spec v3).
const US_FACTS = /SAMHSA|Childhelp|Medicaid|Medicare|Family and Medical Leave|without a prescription|sin receta|Ausencia Familiar|State-funded|pagados por el estado/;

test.before(async () => {
  server = await serve(undefined, {
    pages: {
      '/es.html': pageWithConfig({ lang: 'es' }),
      '/uk.html': pageWithConfig(UK),
      '/lobby.html': pageWithConfig({ mode: 'kiosk' }),
      '/lobby-own.html': pageWithConfig({ mode: 'kiosk', kiosk: { front_desk: 'Ring the bell at the window.' } }),
      '/center.html': pageWithConfig({ center_name: 'Casa Esperanza', phone: '555-010-2000' }),
      '/uk-center.html': pageWithConfig({ ...UK, center_name: 'Hope House', phone: '020 7946 0000' }),
      '/uk-widget.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main>
        <h1>Partner</h1><carefit-widget><script type="application/json">${JSON.stringify(UK)}</script></carefit-widget>
        <script type="module" src="./carefit.js"></script></main></body></html>`,
    },
  });
  browser = await launch();
});
test.after(async () => { await browser?.close(); await server?.close(); });

/** Answers until `question` shows, with the calm plan, from a question. */
async function answerUntil(page, question) {
  for (;;) {
    const q = await page.locator('[data-screen="question"]').getAttribute('data-question');
    if (q === question) return;
    await choose(page, q, CALM_PLAN[q]);
    await act(page, 'next');
  }
}

test('"Need help now?" opens neutral help with a way back; only the answer speaks of it', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await act(page, 'start');
  await act(page, 'help');
  const help = page.locator('[data-screen="crisis"]');
  assert.equal(await help.getAttribute('data-reason'), 'help');
  const words = await help.innerText();
  assert.match(words, /If you or someone with you is in danger/);
  assert.doesNotMatch(words, /You said|Your answer is kept/);
  await act(page, 'continue');
  assert.equal(await screenId(page), 'question', 'the way back leads where they were');
  await answerUntil(page, 'self_harm');
  await choose(page, 'self_harm', 'now');
  const crisis = page.locator('[data-screen="crisis"]');
  assert.equal(await crisis.getAttribute('data-reason'), 'self_harm');
  assert.match(await crisis.innerText(), /You said you are thinking about ending your life/);
  // Every action is a control a thumb can hit, texting 988 included.
  assert.equal(await crisis.locator('a[href="sms:988"]').count(), 1);
  for (const box of await crisis.locator('.cf-action').all()) {
    assert.ok((await box.boundingBox()).height >= 44, await box.innerText());
  }
  await context.close();
});

test('Spanish help texts AYUDA, never HOME, on screens and links', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/es.html');
  await ready(page);
  await act(page, 'help');
  const crisis = page.locator('[data-screen="crisis"]');
  assert.equal(await page.locator('.carefit[lang]').getAttribute('lang'), 'es');
  const text = await crisis.innerText();
  assert.match(text, /Envíe AYUDA al 741741/);
  assert.match(text, /Envíe AYUDA al 988/);
  assert.doesNotMatch(text, /HOME/);
  const hrefs = await crisis.locator('a[href^="sms:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('sms:741741?body=AYUDA') && hrefs.includes('sms:988?body=AYUDA'), hrefs.join());
  assert.ok(hrefs.every((href) => !href.includes('HOME')), hrefs.join());
  await context.close();
});

test('the new flags show in both languages; with emergency, help precedes the level', async () => {
  const plan = {
    ...CALM_PLAN, use_frequency: 'not_using', substances: ['opioids'], withdrawal: 'strong', medical: 'needs_care',
    self_harm: 'now', home: 'unsafe',
  };
  const expected = ['emergency', 'overdose_risk', 'home_safety', 'withdrawal_medical', 'medical_check', 'sober_living'];
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  assert.equal(await completeJourney(page, plan), 'RES');
  const headings = {};
  for (const lang of ['en', 'es']) {
    if (lang === 'es') await act(page, 'lang');
    for (const flag of expected) {
      const block = page.locator(`[data-flag="${flag}"]`);
      assert.equal(await block.count(), 1, `${lang} ${flag}`);
      // textContent: some flags sit in a section that is closed until tapped.
      const heading = (await block.locator('h1, h3').textContent()).trim();
      assert.ok(heading.length > 3 && (await block.locator('p').count()) > 0, `${lang} ${flag}`);
      if (lang === 'es') assert.notEqual(heading, headings[flag], `${flag} is translated`);
      headings[flag] = heading;
    }
    // The medicines are named once, in `medication` (spec v3).
    const medicines = await page.locator('[data-flag="medication"]').textContent();
    assert.match(medicines, lang === 'en' ? /buprenorphine, methadone/ : /buprenorfina, metadona/);
    assert.doesNotMatch(await page.locator('[data-flag="withdrawal_medical"]').textContent(), /buprenorf|buprenorph|metad|methad/);
    // Read at once as a headline, the rest a tap away (issue 29): textContent.
    assert.match(await page.locator('[data-flag="overdose_risk"]').textContent(), /naloxon/i);
    assert.equal(await page.locator('[data-flag="home_safety"] a[href="tel:18007997233"]').count(), 1);
    assert.equal(await page.locator('[data-flag="home_safety"] a[href="sms:88788?body=START"]').count(), 1);
    assert.equal(await page.locator('[data-flag="home_safety"] a[href="tel:211"]').count(), 1);
    assert.match(await page.locator('[data-flag="medical_check"]').textContent(), lang === 'en' ? /pregnant/ : /embarazada/);
  }
  const emergencyFirst = await page.evaluate(() => {
    const help = document.querySelector('[data-flag="emergency"]');
    const level = document.querySelector('[data-level]');
    return Boolean(help.compareDocumentPosition(level) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(emergencyFirst, 'the emergency block precedes the level');
  await context.close();
});

/** Every US default number, as text or link, in `text`. */
function usNumbersIn(text) {
  return US_NUMBERS.filter((n) => new RegExp(`(^|[^0-9])${n.replace(/-/g, '-?')}([^0-9]|$)`).test(text));
}

test("a center's own lines replace every US number: screens, fallback, failure and crash", async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/uk.html');
  await ready(page);
  await act(page, 'help');
  let text = await page.locator('[data-screen="crisis"]').innerText();
  assert.match(text, /Call 999/);
  assert.match(text, /Samaritans[\s\S]*Call 116 123[\s\S]*Free, any time/);
  assert.deepEqual(usNumbersIn(text), [], text);
  await act(page, 'continue');
  assert.equal(await completeJourney(page, { ...CALM_PLAN, self_harm: 'now', home: 'unsafe', substances: ['opioids'] }), 'RES');
  // textContent: the home-safety lines sit under its headline, a tap away.
  text = await page.locator('[data-screen="result"]').textContent();
  assert.match(text, /Refuge/);
  assert.deepEqual(usNumbersIn(text), [], text);
  await context.close();

  // The page when the app cannot load: the build's static help, with this
  // page's lines in place of the defaults.
  const { page: failed, context: failedContext } = await openPage(browser, server.origin);
  await failed.route('**/*.wasm', (route) => route.abort());
  await failed.goto(server.origin + '/uk.html');
  await failed.waitForFunction(() => /could not load/.test(document.querySelector('#carefit-fallback').textContent));
  text = await failed.locator('#carefit-fallback').innerText();
  assert.match(text, /999[\s\S]*Samaritans/);
  assert.deepEqual(usNumbersIn(text), [], text);
  await failedContext.close();

  // The widget: while loading, when the app cannot load, and after a crash.
  for (const failure of ['blocked', 'crash']) {
    const { page: widgetPage, context: widgetContext } = await openPage(browser, server.origin);
    if (failure === 'blocked') await widgetPage.route('**/*.wasm', (route) => route.abort());
    await widgetPage.goto(server.origin + '/uk-widget.html');
    const widget = widgetPage.locator('carefit-widget');
    if (failure === 'crash') {
      await widget.locator('[data-screen="start"]').waitFor();
      await panicInTheWasm(widgetPage, widget);
      await widget.getByText('Something went wrong').waitFor();
    } else {
      await widget.getByText('could not load').waitFor();
    }
    const help = await widget.locator('.cf-fallback').innerText();
    assert.match(help, /999/);
    assert.match(help, /Samaritans/);
    assert.deepEqual(usNumbersIn(help), [], `${failure}: ${help}`);
    await widgetContext.close();
  }
});

test('the static help of the page is in both languages, from the same lines', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.origin + '/');
  const fallback = page.locator('#carefit-fallback');
  await fallback.waitFor({ state: 'visible' });
  await page.waitForFunction(() => /could not load/.test(document.querySelector('#carefit-fallback').textContent));
  assert.match(await fallback.locator('[lang="es"]').innerText(), /No se pudieron cargar[\s\S]*Envíe AYUDA al 741741/);
  assert.match(await fallback.locator('[lang="en"]').innerText(), /Text HOME to 741741/);
  await context.close();
});

test('on a kiosk, crisis help first says to tell the front desk, in words the center may set', async () => {
  for (const [url, words] of [['/lobby.html', /You can also ask the staff at the front desk/], ['/lobby-own.html', /Ring the bell at the window/]]) {
    const { page, context } = await openPage(browser, server.origin);
    await page.goto(server.origin + url);
    await ready(page);
    await act(page, 'help');
    const first = page.locator('[data-screen="crisis"] .cf-front-desk');
    assert.match(await first.innerText(), words);
    const before = await first.evaluate((el) => Boolean(el.compareDocumentPosition(el.parentElement.querySelector('.cf-crisis-list')) & Node.DOCUMENT_POSITION_FOLLOWING));
    assert.ok(before, 'before the lines');
    assert.equal(await page.locator('[data-screen="crisis"] a[href^="tel:"]').count(), 0, 'no link off a kiosk');
    await context.close();
  }
});

test('every other flag shows its message in both languages', async () => {
  const plans = [
    [{ ...CALM_PLAN, mental_health: 'no_care', self_harm: 'past_month', history: 'residential', since: 'doing_well', time: 'under_9', format: 'virtual', commitments: undefined },
      ['co_occurring', 'safety_plan', 'step_down', 'schedule_gap', 'virtual_option', 'incomplete']],
    [{ self_harm: 'past_month', home: 'alone' }, ['too_few_answers', 'safety_plan', 'incomplete']],
  ];
  for (const [plan, flags] of plans) {
    const { page, context } = await openPage(browser, server.origin);
    await page.goto(server.origin + '/');
    await ready(page);
    await completeJourney(page, plan);
    const english = {};
    for (const lang of ['en', 'es']) {
      if (lang === 'es') await act(page, 'lang');
      for (const flag of flags) {
        const block = page.locator(`[data-flag="${flag}"]`);
        assert.equal(await block.count(), 1, `${lang} ${flag}`);
        const text = (await block.textContent()).trim();
        assert.ok(text.length > 20, `${lang} ${flag}`);
        if (lang === 'es') assert.notEqual(text, english[flag], `${flag} is translated`);
        english[flag] = text;
      }
    }
    await context.close();
  }
});

test('with the opt-in event on, the start page says the site learns the level', async () => {
  const events = await serve(undefined, { pages: { '/events.html': pageWithConfig({ events: true }) } });
  const { page, context } = await openPage(browser, events.origin);
  await page.goto(events.origin + '/events.html');
  await ready(page);
  const start = await page.locator('[data-screen="start"]').innerText();
  assert.match(start, /Only the suggested level is shared with this website/);
  assert.doesNotMatch(start, /Nothing is sent or saved/);
  await page.goto(events.origin + '/');
  await ready(page);
  assert.match(await page.locator('[data-screen="start"]').innerText(), /Nothing is sent or saved/);
  await context.close();
  await events.close();
});

test("a center's own lines on the page's crash path and in the iframe's light DOM", async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/uk.html');
  await ready(page);
  await panicInTheWasm(page);
  await page.waitForFunction(() => /Something went wrong/.test(document.querySelector('#carefit-fallback').textContent));
  const text = await page.locator('#carefit-fallback').innerText();
  assert.match(text, /999[\s\S]*Samaritans/);
  assert.deepEqual(usNumbersIn(text), [], text);
  await context.close();

  // The iframe page with the center's config in it, its app blocked.
  const embed = fs.readFileSync(path.join(DIST, 'embed.html'), 'utf8')
    .replace(/(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/, `$1${JSON.stringify(UK)}$2`);
  const frameServer = await serve(undefined, { pages: { '/uk-embed.html': embed } });
  const { page: framePage, context: frameContext } = await openPage(browser, frameServer.origin);
  await framePage.route('**/*.wasm', (route) => route.abort());
  await framePage.goto(frameServer.origin + '/uk-embed.html');
  const widget = framePage.locator('carefit-widget');
  // The box the widget draws in its shadow root (the light DOM's build-time
  // help is hidden once the widget mounts).
  await widget.locator('.carefit.cf-fallback').getByText('could not load').waitFor();
  const help = await widget.locator('.carefit.cf-fallback').innerText();
  assert.match(help, /999[\s\S]*Samaritans/);
  assert.deepEqual(usNumbersIn(help), [], help);
  await frameContext.close();
  await frameServer.close();
});

/** A journey for `forWhom`, answering `plan` and going on past crisis help. */
function journey(scope, plan, forWhom = 'myself') {
  return completeJourney(scope, plan, { forWhom });
}

test('severe withdrawal opens crisis help at once: the page, the kiosk and the iframe', async () => {
  const embed = await serve(undefined, {});
  for (const [origin, url, kiosk] of [[server.origin, '/', false], [server.origin, '/lobby.html', true], [embed.origin, '/embed.html', false]]) {
    const { page, context } = await openPage(browser, origin);
    await page.goto(origin + url);
    await ready(page);
    await act(page, 'start');
    await skipTo(page, 'withdrawal');
    await choose(page, 'withdrawal', 'severe');
    const crisis = page.locator('[data-screen="crisis"]');
    assert.equal(await crisis.getAttribute('data-reason'), 'withdrawal', url);
    const words = await crisis.innerText();
    assert.match(words, /call 911[\s\S]*deadly/, url);
    assert.match(words, /sedatives[\s\S]*medical help/, url);
    if (kiosk) assert.equal(await crisis.locator('a[href^="tel:"]').count(), 0, 'no link off a kiosk');
    else assert.equal(await crisis.locator('a[href="tel:911"]').count(), 1, url);
    // "Need help now?" and self_harm keep their own reasons.
    await act(page, 'continue');
    assert.equal(await currentQuestion(page), 'medical', 'goes on with the answer kept');
    await act(page, 'help');
    assert.equal(await crisis.getAttribute('data-reason'), 'help');
    await context.close();
  }
  await embed.close();
});

test('the emergency result leads with getting safe, never with booking', async () => {
  const plan = { ...CALM_PLAN, self_harm: 'now' };
  for (const [forWhom, words] of [
    ['myself', /already hurt yourself or taken something, call 911/],
    ['someone_else', /[Ss]tay with them[\s\S]*guns, medicines, drugs, and alcohol/],
  ]) {
    const { page, context } = await openPage(browser, server.origin);
    await page.goto(server.origin + '/center.html');
    await ready(page);
    await journey(page, plan, forWhom);
    const step = page.locator('[data-next-step]');
    assert.equal(await step.count(), 1);
    assert.equal(await step.getAttribute('href'), 'tel:988', forWhom);
    const next = await page.locator('.cf-next').innerText();
    assert.match(next, words, forWhom);
    assert.match(await page.locator('[data-level]').innerText(), /safe, talk about this/);
    // The center's number is still there, after, as a plain link.
    const center = page.locator('.cf-next a[href="tel:5550102000"]');
    assert.equal(await center.count(), 1);
    assert.equal(await center.getAttribute('data-next-step'), null);
    await context.close();
  }
  // Abroad: the center's own crisis line, and no US line or fact anywhere.
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/uk-center.html');
  await ready(page);
  await journey(page, plan);
  assert.equal(await page.locator('[data-next-step]').getAttribute('href'), 'tel:116123');
  const text = await page.locator('[data-screen="result"]').textContent();
  assert.deepEqual(usNumbersIn(text), [], text);
  assert.doesNotMatch(text, US_FACTS);
  await context.close();
});

test("a center abroad: no US line or fact for any audience or a teen, on screen and in print", async () => {
  const heavy = {
    ...CALM_PLAN, use_frequency: 'daily', substances: ['opioids', 'alcohol', 'sedatives'], withdrawal: 'strong',
    medical: 'needs_care', self_harm: 'past_month', mental_health: 'no_care', home: 'unsafe', time: 'under_9', format: 'either',
  };
  const alone = { ...heavy, use_frequency: 'none' };
  for (const [plan, forWhom, age] of [
    [heavy, 'myself', 'adult'], [heavy, 'someone_else', 'adult'], [heavy, 'myself', 'under_18'],
    [heavy, 'someone_else', 'under_18'], [alone, 'myself', 'adult'], [alone, 'someone_else', 'under_18'],
  ]) {
    for (const url of ['/uk.html', '/uk-center.html']) {
      const { page, context } = await openPage(browser, server.origin);
      await page.goto(server.origin + url);
      await ready(page);
      await journey(page, { ...plan, age }, forWhom);
      for (const lang of ['en', 'es']) {
        if (lang === 'es') await act(page, 'lang');
        // textContent: the closed sections and what only the print shows too.
        const text = await page.locator('[data-screen="result"]').textContent();
        const where = `${url} ${forWhom} ${age} ${plan.use_frequency} ${lang}`;
        assert.deepEqual(usNumbersIn(text), [], `${where}: ${text}`);
        assert.doesNotMatch(text, US_FACTS, where);
        assert.match(text, /999/, where);
      }
      await context.close();
    }
  }
});

test('a center abroad in the single-file kiosk: no US line or fact for a teen, on the help screen and the result', async () => {
  const single = fs.readFileSync(path.join(DIST, 'carefit-kiosk.html'), 'utf8');
  const block = /(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/;
  assert.match(single, block, 'the clinic edits this block');
  const html = single.replace(block, (all, open, close) => `${open}${JSON.stringify({ ...UK, center_name: 'Hope House' })}${close}`);
  const { page, requests, errors, close } = await openSingleFile(browser, html);
  await page.waitForSelector('[data-screen="start"]');
  await act(page, 'help');
  const help = await page.locator('[data-screen="crisis"]').textContent();
  assert.deepEqual(usNumbersIn(help), [], help);
  assert.match(help, /999[\s\S]*Samaritans/);
  await act(page, 'continue');
  await journey(page, {
    ...CALM_PLAN, age: 'under_18', use_frequency: 'daily', substances: ['opioids', 'alcohol', 'sedatives'],
    withdrawal: 'strong', self_harm: 'past_month', home: 'unsafe', time: 'under_9',
  }, 'someone_else');
  const text = await page.locator('[data-screen="result"]').textContent();
  assert.deepEqual(usNumbersIn(text), [], text);
  assert.doesNotMatch(text, US_FACTS);
  assert.match(text, /999/);
  assert.deepEqual(requests, [], 'the file fetches nothing');
  assert.deepEqual(errors, []);
  await close();
});

test('with the US lines, a teen not safe at home gets Childhelp, from the same lines', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await journey(page, { ...CALM_PLAN, age: 'under_18', home: 'unsafe' }, 'someone_else');
  const home = page.locator('[data-flag="home_safety"]');
  assert.equal(await home.locator('a[href="tel:18004224453"]').count(), 1);
  assert.equal(await home.locator('a[href="sms:18004224453"]').count(), 1);
  assert.doesNotMatch(await page.locator('[data-screen="result"]').textContent(), /sober living/i);
  await context.close();
});
