// Complete journeys through the built site, as a person would take them:
// clicks and the keyboard, skips, back, edits on the review screen, the
// crisis interrupt, start over. Each ends with the level the engine gives,
// no request beyond the site's own files, nothing stored, nothing in the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openPage, ready, choose, act, currentQuestion, screenId,
  engineVerdict, storageSnapshot, artifactPath, pageWithConfig, skipTo,
} from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Walks the questionnaire: `plan[q]` is an option id, a list of ids, or
 * absent to skip. `hooks[q]` runs after answering q (to test back, etc.).
 */
async function walk(page, plan, hooks = {}, { started = false } = {}) {
  if (!started) await act(page, 'start');
  for (let guard = 0; guard < 40; guard++) {
    const q = await currentQuestion(page);
    if (!q) break;
    if (plan[q] === undefined) {
      await act(page, 'skip');
    } else {
      await choose(page, q, plan[q]);
      if ((await screenId(page)) === 'crisis') await act(page, 'continue');
      else await act(page, 'next');
    }
    if (hooks[q]) await hooks[q](page);
  }
  assert.equal(await screenId(page), 'review');
}

async function expectResult(page, answers) {
  const verdict = engineVerdict(answers);
  await page.waitForSelector('[data-screen="result"]');
  const level = await page.locator('[data-level]').first().getAttribute('data-level');
  assert.equal(level, verdict.level ?? 'none', `level for ${JSON.stringify(answers)}`);
  const flags = await page.locator('[data-flag]').evaluateAll((els) => els.map((e) => e.dataset.flag).sort());
  assert.deepEqual(flags, verdict.flags);
  return verdict;
}

/** The promises every journey must keep. */
async function assertPrivate(page, log, origin) {
  assert.deepEqual(log.foreign, [], 'no request leaves the site');
  const own = new Set(log.requests.map((u) => new URL(u).pathname));
  // The site's own files, and a language's words for someone else or for
  // mental health alone (src/ui/words.rs).
  for (const path of own) assert.match(path, /^\/($|[\w.-]+\.(html|js|css|wasm)$|carefit-words-[a-z]+\.[\w-]+\.json$)/, `unexpected request ${path}`);
  const store = await storageSnapshot(page);
  assert.deepEqual(
    { cookie: store.cookie, local: store.local, session: store.session, idb: store.idb, caches: store.caches },
    { cookie: '', local: 0, session: 0, idb: 0, caches: 0 },
  );
  assert.equal(store.url, origin + '/', 'nothing is added to the URL');
  assert.deepEqual(log.errors, []);
}

const CALM = {
  age: 'adult', use_frequency: 'weekly_or_less', substances: ['cannabis'], withdrawal: 'none', medical: 'none',
  self_harm: 'no', mental_health: 'no', daily_life: 'coping', between_sessions: 'yes', history: 'none',
  home: 'supportive', commitments: ['work'], time: 'under_9', format: 'in_person',
};

async function journey(plan, { hooks, beforeResult, viewport } = {}) {
  const { page, log, context } = await openPage(browser, server.origin, { viewport });
  await page.goto(server.origin + '/');
  await ready(page);
  await walk(page, plan, hooks);
  const answers = beforeResult ? await beforeResult(page, { ...plan }) : plan;
  await act(page, 'next');
  const verdict = await expectResult(page, answers);
  await assertPrivate(page, log, server.origin);
  return { page, log, context, verdict };
}

test('1. a calm journey suggests standard outpatient', async () => {
  const { context, verdict } = await journey(CALM);
  assert.equal(verdict.level, 'OUT');
  await context.close();
});

test('2. the worked example of the spec: IOP with its reasons', async () => {
  const plan = { ...CALM, mental_health: 'no_care', between_sessions: 'not_sure', substances: ['alcohol'] };
  delete plan.format;
  const { page, context, verdict } = await journey(plan);
  assert.equal(verdict.level, 'IOP');
  const rules = await page.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.dataset.rule));
  assert.deepEqual(rules, ['R9', 'R12']);
  assert.match(await page.locator('[data-rule="R9"]').innerText(), /mental health/i);
  await context.close();
});

test('3. relapse after residential care, several substances: PHP', async () => {
  const plan = { ...CALM, use_frequency: 'daily', substances: ['alcohol', 'opioids'], withdrawal: 'strong',
    history: 'residential', since: 'relapsed', time: '9_to_19', format: 'either' };
  const { context, verdict } = await journey(plan);
  assert.equal(verdict.level, 'PHP');
  assert.ok(verdict.flags.includes('withdrawal_medical') && verdict.flags.includes('schedule_gap'));
  await context.close();
});

test('4. the crisis interrupt comes first, then the result repeats the help', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await act(page, 'start');
  const plan = { ...CALM, self_harm: 'now' };
  while ((await currentQuestion(page)) !== 'self_harm') {
    const q = await currentQuestion(page);
    await choose(page, q, plan[q]);
    await act(page, 'next');
  }
  await choose(page, 'self_harm', 'now');
  assert.equal(await screenId(page), 'crisis');
  for (const href of ['tel:988', 'tel:911', 'tel:18006624357']) {
    assert.equal(await page.locator(`[data-screen="crisis"] a[href="${href}"]`).count(), 1, href);
  }
  await act(page, 'continue');
  assert.equal(await currentQuestion(page), 'mental_health');
  while (await currentQuestion(page)) {
    const q = await currentQuestion(page);
    await choose(page, q, plan[q]);
    await act(page, 'next');
  }
  await act(page, 'next');
  const verdict = await expectResult(page, plan);
  assert.equal(verdict.level, 'RES');
  assert.equal(await page.locator('[data-flag="emergency"] a[href="tel:988"]').count(), 1);
  await assertPrivate(page, log, server.origin);
  await context.close();
});

test('5. skipping most questions gives no level and says what is missing', async () => {
  const { page, context, verdict } = await journey({ use_frequency: 'daily', home: 'alone' });
  assert.equal(verdict.level, null);
  assert.match(await page.locator('[data-level="none"]').innerText(), /more/i);
  await context.close();
});

test('6. back and a changed mind: the last answer counts', async () => {
  const plan = { ...CALM };
  const hooks = {
    // After answering daily_life, go back and change it.
    daily_life: async (page) => {
      await act(page, 'back');
      assert.equal(await currentQuestion(page), 'daily_life');
      await choose(page, 'daily_life', 'not_coping');
      await act(page, 'next');
    },
  };
  const { context, verdict } = await journey(plan, {
    hooks,
    beforeResult: async (_page, answers) => ({ ...answers, daily_life: 'not_coping' }),
  });
  assert.equal(verdict.level, 'PHP');
  await context.close();
});

test('6b. back shows every kept answer as chosen: the widget\'s Back and the browser\'s Back', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await act(page, 'start');
  await skipTo(page, 'use_frequency');
  const checked = (q) => page.locator(`input[name="${q}"]:checked`).evaluateAll((els) => els.map((e) => e.value));
  await choose(page, 'use_frequency', 'daily');
  await act(page, 'next');
  await choose(page, 'substances', ['opioids', 'alcohol']);
  await act(page, 'back');
  assert.equal(await currentQuestion(page), 'use_frequency');
  assert.deepEqual(await checked('use_frequency'), ['daily'], 'the widget\'s Back');
  await act(page, 'next');
  assert.deepEqual(await checked('substances'), ['alcohol', 'opioids']);
  await page.goBack();
  await page.locator('[data-question="use_frequency"]').waitFor();
  assert.deepEqual(await checked('use_frequency'), ['daily'], 'the browser\'s Back');
  await context.close();
});

test('on a phone (390 × 844): "Need help now?" stays in view, a new screen opens at its top with its heading focused, never on first load', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(server.origin + '/');
  await ready(page);
  const state = () => page.evaluate(() => {
    const bar = document.querySelector('.carefit .cf-bar');
    const help = bar.querySelector('[data-action="help"]')?.getBoundingClientRect();
    const back = document.querySelector('[data-screen] [data-action="back"]')?.getBoundingClientRect();
    const heading = document.querySelector('[data-screen] [tabindex="-1"]')?.getBoundingClientRect();
    return {
      help: help && { top: help.top, bottom: help.bottom, height: help.height }, barBottom: bar.getBoundingClientRect().bottom,
      back: back?.top, heading: heading?.top, appTop: document.querySelector('.carefit').getBoundingClientRect().top,
      scrollY, tall: document.documentElement.scrollHeight > innerHeight, focused: document.activeElement?.tagName,
    };
  });
  const inView = (s, where) => assert.ok(s.help && s.help.top >= 0 && s.help.bottom <= 844, `${where}: ${JSON.stringify(s)}`);
  const first = await state();
  assert.equal(first.scrollY, 0);
  assert.equal(first.focused, 'BODY', 'the first screen takes no focus');
  await act(page, 'start');
  await skipTo(page, 'use_frequency');
  await choose(page, 'use_frequency', 'daily');
  await act(page, 'next');
  await page.locator('[data-question="substances"]').waitFor();
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  const low = await state();
  assert.ok(low.tall && low.scrollY > 0, 'the question is longer than the screen');
  inView(low, 'at the end of a question');
  await choose(page, 'substances', ['opioids']);
  await act(page, 'next');
  await page.locator('[data-question="withdrawal"]').waitFor();
  const opened = await state();
  assert.ok(Math.abs(opened.appTop) <= 1, `the new screen opens at its top: ${JSON.stringify(opened)}`);
  assert.ok(opened.back >= opened.barBottom - 1 && opened.heading >= opened.barBottom, 'the bar covers neither Back nor the heading');
  assert.equal(opened.focused, 'H1', 'the heading has the focus');
  inView(opened, 'a new question');
  // Scrolled to the top already: a screen that opens in view stays put.
  await act(page, 'back');
  await page.locator('[data-question="substances"]').waitFor();
  assert.deepEqual(await page.locator('input[name="substances"]:checked').evaluateAll((els) => els.map((e) => e.value)), ['opioids']);
  await act(page, 'next');
  await walk(page, { ...CALM, use_frequency: 'daily', substances: ['opioids'], withdrawal: 'strong' }, {}, { started: true });
  await act(page, 'next');
  await page.locator('[data-screen="result"]').waitFor();
  for (const y of [400, 1200, 100000]) {
    await page.evaluate((top) => scrollTo(0, top), y);
    inView(await state(), `a result scrolled to ${y}`);
  }
  await context.close();
});

test('"Need help now?" fits on one line at 320 px, in English and Spanish', async () => {
  for (const locale of ['en-US', 'es-MX']) {
    const { page, context } = await openPage(browser, server.origin, { viewport: { width: 320, height: 700 }, locale });
    await page.goto(server.origin + '/');
    await ready(page);
    const lines = await page.locator('.carefit [data-action="help"]').evaluate((el) => {
      const style = getComputedStyle(el);
      const inner = el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
        - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
      return Math.round(inner / parseFloat(style.lineHeight));
    });
    assert.ok(lines <= 1, `${locale}: ${lines} lines`);
    await context.close();
  }
});

test('too few answers: the skipped topics as a list, and a button that asks each skipped question, then shows the result', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await walk(page, { use_frequency: 'daily', home: 'alone' });
  await act(page, 'next');
  await page.locator('[data-level="none"]').waitFor();
  const topics = await page.locator('.cf-skipped-topics li').allTextContents();
  assert.ok(topics.length >= 8, topics.join(' | '));
  await act(page, 'answer-skipped');
  const asked = [];
  for (let q = await currentQuestion(page); q; q = await currentQuestion(page)) {
    asked.push(q);
    await choose(page, q, (await page.locator(`input[name="${q}"]`).first().getAttribute('value')));
    if ((await screenId(page)) === 'crisis') await act(page, 'continue');
    else await act(page, 'next');
  }
  assert.equal(asked.length, topics.length, 'each skipped topic once');
  assert.ok(!asked.includes('use_frequency') && !asked.includes('home'), 'never an answered one');
  await page.locator('[data-screen="result"]').waitFor();
  assert.notEqual(await page.locator('[data-level]').first().getAttribute('data-level'), 'none');
  await context.close();
});

test('who first: two equal ways in, and who can change on the review with every answer kept', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(server.origin + '/');
  await ready(page);
  const ways = page.locator('[data-action="start"]');
  const looks = await ways.evaluateAll((els) => els.map((e) => {
    const s = getComputedStyle(e);
    return [e.dataset.for, e.className, s.backgroundColor, s.fontSize, Math.round(e.getBoundingClientRect().width)];
  }));
  assert.deepEqual(looks.map((l) => l[0]), ['myself', 'someone_else']);
  assert.deepEqual(looks[0].slice(1), looks[1].slice(1), 'the same weight');
  assert.deepEqual(await ways.allTextContents(), ['For me', 'For someone I care about']);
  await act(page, 'start');
  await walk(page, CALM, {}, { started: true });
  await page.locator('[data-action="change-for"][data-for="someone_else"]').click();
  await page.locator('[data-action="change-for"][data-for="myself"]').waitFor();
  assert.match(await page.locator('[data-screen="review"]').innerText(), /For someone I care about/);
  await page.locator('[data-question="age"] dd').first().waitFor();
  await act(page, 'next');
  await page.locator('[data-screen="result"]').waitFor();
  assert.equal(await page.locator('[data-level]').first().getAttribute('data-level'), engineVerdict(CALM).level);
  await context.close();
});

test('7. edits on the review screen, including a new treatment history', async () => {
  const { context, verdict } = await journey(CALM, {
    beforeResult: async (page, answers) => {
      await page.locator('[data-action="change"][data-question="history"]').click();
      await choose(page, 'history', 'intensive');
      await page.locator('[data-action="change"][data-question="since"]').click();
      await choose(page, 'since', 'relapsed');
      await page.locator('[data-action="change"][data-question="home"]').click();
      await choose(page, 'home', 'unsafe');
      return { ...answers, history: 'intensive', since: 'relapsed', home: 'unsafe' };
    },
  });
  assert.equal(verdict.level, 'PHP');
  await context.close();
});

test('8. start over clears every answer, and a second person starts clean', async () => {
  const { page, log, context } = await journey({ ...CALM, use_frequency: 'daily' });
  await act(page, 'restart');
  assert.equal(await screenId(page), 'result', 'Start over asks first');
  await act(page, 'restart');
  assert.equal(await screenId(page), 'start');
  await act(page, 'start');
  assert.equal(await page.locator('input:checked').count(), 0);
  await act(page, 'back');
  await walk(page, CALM);
  const reviewText = await page.locator('[data-screen="review"]').innerText();
  assert.doesNotMatch(reviewText, /Every day/, 'nothing of the first person remains');
  await act(page, 'next');
  await expectResult(page, CALM);
  await assertPrivate(page, log, server.origin);
  await context.close();
});

// In both languages; in Spanish through the second way in, for someone else.
for (const [locale, whom] of [['en-US', 'myself'], ['es-MX', 'someone_else']]) test(`9. the keyboard alone: Tab, arrows, Space and Enter (${locale}, ${whom})`, async () => {
  const { page, log, context } = await openPage(browser, server.origin, { locale });
  await page.goto(server.origin + '/');
  await ready(page);
  await page.locator(`[data-action="start"][data-for="${whom}"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-screen="question"]');
  const plan = {};
  for (let guard = 0; guard < 20 && (await currentQuestion(page)); guard++) {
    const q = await currentQuestion(page);
    const first = page.locator(`input[name="${q}"]`).first();
    // Focus lands on the heading; Tab moves on to the first option.
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    // Every stop on the way shows a focus ring.
    const tab = async () => {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(ring, 'none', 'a visible focus ring at every stop');
    };
    while (!(await first.evaluate((el) => el === document.activeElement))) await tab();
    if ((await first.getAttribute('type')) === 'radio') {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
    } else {
      await page.keyboard.press('Space');
    }
    plan[q] = (await first.getAttribute('type')) === 'radio'
      ? await first.getAttribute('value') : [await first.getAttribute('value')];
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'a visible focus ring');
    while (!(await page.locator('[data-action="next"]').evaluate((el) => el === document.activeElement))) await tab();
    await page.keyboard.press('Enter');
  }
  assert.equal(await screenId(page), 'review');
  await page.locator('[data-action="next"]').focus();
  await page.keyboard.press('Enter');
  const verdict = await expectResult(page, whom === 'myself' ? plan : { ...plan, for_whom: whom });
  assert.equal(verdict.flags.includes('family'), whom !== 'myself');
  await assertPrivate(page, log, server.origin);
  await context.close();
});

test('the printed summary has the answers, level, reasons, what to say and the phone, and no buttons', async () => {
  const s = await serve(undefined, { pages: { '/center.html': pageWithConfig({ center_name: 'Hope House', phone: '555-010-2000' }) } });
  const { page, context } = await openPage(browser, s.origin);
  await page.goto(s.origin + '/center.html');
  await ready(page);
  await walk(page, { ...CALM, use_frequency: 'daily' });
  await act(page, 'next');
  await page.waitForSelector('[data-screen="result"]');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('[data-screen="result"]').innerText();
  for (const needle of ['Your answers', 'Every day', 'Intensive outpatient (IOP)', 'Using most days or every day',
    'What to say when you call', 'every day.', '555-010-2000']) {
    assert.ok(printed.includes(needle), `printed summary lacks ${needle}`);
  }
  assert.equal(await page.locator('[data-action="print"]').isVisible(), false);
  assert.equal(await page.locator('[data-action="restart"]').isVisible(), false);
  await context.close();
  await s.close();
});

test('10. the comparison of levels is reachable from start and result', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const { page, log, context } = await openPage(browser, server.origin, { viewport });
    await page.goto(server.origin + '/');
    await ready(page);
    await act(page, 'compare');
    assert.equal(await screenId(page), 'compare');
    const visible = viewport.width < 700 ? '.cf-compare-cards' : '.cf-compare-table';
    assert.ok(await page.locator(visible).isVisible(), `${visible} at ${viewport.width}px`);
    for (const code of ['OUT', 'IOP', 'PHP', 'RES']) {
      assert.ok(await page.locator(`${visible} [data-level="${code}"]`).isVisible());
    }
    await act(page, 'back');
    assert.equal(await screenId(page), 'start');
    await assertPrivate(page, log, server.origin);
    await context.close();
  }
});

test('screenshots of start, a question, crisis and a result at phone and desktop widths', async () => {
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    const { page, context } = await openPage(browser, server.origin, { viewport });
    await page.goto(server.origin + '/');
    await ready(page);
    const shot = (screen) => page.screenshot({ path: artifactPath(`${screen}-${name}.png`), fullPage: true });
    await shot('start');
    await act(page, 'start');
    await choose(page, 'age', 'adult');
    await act(page, 'next');
    await choose(page, 'use_frequency', 'most_days');
    await shot('question');
    await act(page, 'help');
    await shot('crisis');
    await act(page, 'continue');
    await act(page, 'back');
    await act(page, 'back');
    await walk(page, { ...CALM, use_frequency: 'most_days', mental_health: 'in_care', format: 'either' });
    await act(page, 'next');
    await page.waitForSelector('[data-screen="result"]');
    await shot('result');
    await context.close();
  }
});

test('11. someone else: the second way in, the same questions and level, and the family\'s next steps', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  const ways = await page.locator('[data-action="start"]').evaluateAll((els) => els.map((e) => e.dataset.for));
  assert.deepEqual(ways, ['myself', 'someone_else'], 'for myself first in the DOM');
  await page.locator('[data-action="start"][data-for="someone_else"]').click();
  const plan = { ...CALM, age: 'under_18', mental_health: 'no_care' };
  await walk(page, plan, {}, { started: true });
  await act(page, 'next');
  const verdict = await expectResult(page, { ...plan, for_whom: 'someone_else' });
  assert.equal(verdict.level, engineVerdict(plan).level, 'the same level as for oneself');
  assert.ok(verdict.flags.includes('family') && verdict.flags.includes('adolescent'));
  assert.ok(await page.locator('[data-flag="family"]').isVisible(), 'the family\'s next steps show open');
  assert.ok(await page.locator('[data-flag="adolescent"]').isVisible());
  await assertPrivate(page, log, server.origin);
  await context.close();
});

test('12. no drinking or drug use: the three questions about it are neither asked nor skipped', async () => {
  const plan = { ...CALM, use_frequency: 'none', mental_health: 'no_care', daily_life: 'struggling' };
  delete plan.substances;
  delete plan.withdrawal;
  delete plan.between_sessions;
  const asked = [];
  // Every question shown is recorded, asked or skipped.
  const hooks = new Proxy({}, { get: (_, q) => async () => { asked.push(q); } });
  const { page, context, verdict } = await journey(plan, { hooks });
  assert.deepEqual(verdict.skipped, []);
  assert.equal(verdict.level, 'IOP');
  assert.deepEqual(asked, ['age', 'use_frequency', 'medical', 'self_harm', 'mental_health', 'daily_life', 'history',
    'home', 'commitments', 'time', 'format']);
  const rows = await page.locator('.cf-printed-answers dt').count();
  assert.equal(rows, 11, 'the printed answers list what was asked');
  await context.close();
});
