// Asking for someone else, and for mental health alone (spec v2). Their
// words are not in the app's wasm: the page fetches its language's words
// file once, checked against its hash, once a journey begins. Until
// then, and for good if it is refused, each question keeps the base words
// with a note that says whose answers are wanted.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  serve, launch, openPage, ready, act, choose, skipTo, axeViolations, currentQuestion, screenId, shipped, openSingleFile, DIST, ROOT,
} from './support.mjs';

let server;
let browser;
test.before(async () => {
  server = await serve();
  browser = await launch();
});
test.after(async () => { await browser?.close(); await server?.close(); });

// Every text of every catalog, as `carefit texts` exports it for review.
const TEXTS = JSON.parse(execFileSync(path.join(ROOT, 'target', 'debug', 'carefit'), ['texts'], { maxBuffer: 1 << 26 }).toString());
const text = (lang, audience, key) => {
  const found = TEXTS.find((t) => t.lang === lang && t.audience === audience && t.key === key);
  assert.ok(found, `${lang} ${audience} ${key} is exported`);
  return found.text;
};
const QUESTIONS = [...new Set(TEXTS.filter((t) => /^questions\.[a-z_]+\.heading$/.test(t.key)).map((t) => t.key.split('.')[1]))];
const LOCALES = { en: 'en-US', es: 'es-MX' };
const NOTE = { en: text('en', 'myself', 'for_other_note'), es: text('es', 'myself', 'for_other_note') };
const isWords = (url) => /\/carefit-words-[a-z]+\.[\w-]+\.json$/.test(url);

/** The build's own record of each file: where it ships and its hash. */
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));

async function startForSomeoneElse(page) {
  await page.locator('[data-action="start"][data-for="someone_else"]').click();
  await page.waitForSelector('[data-screen="question"][data-question="age"]');
}

/** Waits until the words for someone else have replaced the note. */
async function wordsLoaded(page) {
  await page.waitForFunction(() => !document.querySelector('.cf-for-other'), null, { timeout: 10000 });
}

const heading = (page) => page.locator('[data-screen="question"] legend').innerText();

for (const lang of ['en', 'es']) {
  test(`${lang}: for someone else, every question speaks of them, from one checked words file`, async () => {
    const { page, context, log } = await openPage(browser, server.origin, { locale: LOCALES[lang] });
    await page.goto(server.origin + '/');
    await ready(page);
    assert.equal(log.requests.filter(isWords).length, 0, 'no words file before Start');
    await startForSomeoneElse(page);
    await wordsLoaded(page);
    const seen = new Set();
    // `use_frequency` skipped: every question is asked but `since`.
    for (let guard = 0; guard < 20 && (await screenId(page)) === 'question'; guard++) {
      const q = await currentQuestion(page);
      const shown = (await heading(page)).trim();
      assert.equal(shown, text(lang, 'someone_else', `questions.${q}.heading`), q);
      assert.notEqual(shown, text(lang, 'myself', `questions.${q}.heading`), `${q} has words of its own`);
      if (lang === 'en') assert.doesNotMatch(shown, /\byou (use|drink|have|feel)\b/i, q);
      assert.equal(await page.locator('.cf-for-other').count(), 0, 'no note once the words are here');
      seen.add(q);
      if (q === 'history') {
        await choose(page, 'history', 'outpatient');
        await act(page, 'next');
      } else {
        await act(page, 'skip');
      }
    }
    assert.deepEqual([...seen].sort(), [...QUESTIONS].sort(), 'every question was seen');
    // One words file, this language's, with the hash the build wrote.
    const fetched = log.requests.filter(isWords);
    assert.equal(fetched.length, 1, fetched.join(' '));
    const entry = MANIFEST.files[`carefit-words-${lang}.json`];
    assert.ok(fetched[0].endsWith(`/${entry.file}`));
    const bytes = fs.readFileSync(path.join(DIST, entry.file));
    assert.equal(entry.integrity, `sha256-${crypto.createHash('sha256').update(bytes).digest('base64')}`);
    assert.ok(fs.readFileSync(path.join(DIST, 'carefit.js'), 'utf8').includes(entry.integrity), 'carefit.js checks it');
    // Nothing else: the page's own files and that one.
    const others = log.requests.filter((u) => !isWords(u) && !/\/(index\.html)?$|\.(js|css|wasm)$/.test(u));
    assert.deepEqual(others, []);
    assert.deepEqual(log.foreign, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('crisis help after a self-harm answer speaks of the person, in the words for someone else', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await startForSomeoneElse(page);
  await wordsLoaded(page);
  await skipTo(page, 'self_harm');
  await choose(page, 'self_harm', 'now');
  await page.waitForSelector('[data-screen="crisis"][data-reason="self_harm"]');
  assert.equal(await page.locator('[data-screen="crisis"] .cf-lead').innerText(), text('en', 'someone_else', 'crisis.lead'));
  await context.close();
});

test('switching language loads that language\'s words, once each', async () => {
  const { page, context, log } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await startForSomeoneElse(page);
  await wordsLoaded(page);
  await act(page, 'lang');
  await page.waitForSelector('.carefit[lang="es"]');
  await page.waitForFunction((h) => document.querySelector('legend')?.innerText.trim() === h,
    text('es', 'someone_else', 'questions.age.heading'));
  await act(page, 'lang');
  await page.waitForSelector('.carefit[lang="en"]');
  assert.equal((await heading(page)).trim(), text('en', 'someone_else', 'questions.age.heading'));
  const fetched = log.requests.filter(isWords).map((u) => u.match(/carefit-words-([a-z]+)/)[1]);
  assert.deepEqual(fetched, ['en', 'es']);
  await context.close();
});

for (const [how, handle] of [
  ['refused (its hash does not match)', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '["tampered"]' })],
  ['unreachable', (route) => route.abort()],
]) {
  test(`a words file ${how} leaves the base words with the note, and the journey works`, async () => {
    const { page, context, log } = await openPage(browser, server.origin);
    // The page's own route answers first (the context's log does not see it).
    const asked = [];
    page.on('request', (r) => { if (isWords(r.url())) asked.push(r.url()); });
    await page.route(isWords, handle);
    await page.goto(server.origin + '/');
    await ready(page);
    await startForSomeoneElse(page);
    for (const q of ['age', 'use_frequency', 'self_harm']) {
      await skipTo(page, q);
      assert.equal(await page.locator('.cf-for-other').innerText(), NOTE.en, q);
      assert.equal((await heading(page)).trim(), text('en', 'myself', `questions.${q}.heading`));
    }
    await choose(page, 'self_harm', 'now');
    await page.waitForSelector('[data-screen="crisis"][data-reason="self_harm"]');
    // Without the words for someone else, crisis help assumes nothing.
    assert.equal(await page.locator('[data-screen="crisis"] .cf-lead').innerText(), text('en', 'myself', 'crisis.help_lead'));
    await act(page, 'continue');
    while ((await screenId(page)) === 'question') await act(page, 'skip');
    await act(page, 'next');
    await page.waitForSelector('[data-screen="result"]');
    assert.equal(asked.length, 1, 'asked once, not again and again');
    assert.deepEqual(log.foreign, []);
    await context.close();
  });
}

for (const lang of ['en', 'es']) {
  test(`${lang}: keyboard alone through the someone-else path, axe on each kind of screen`, async () => {
    const { page, context } = await openPage(browser, server.origin, { locale: LOCALES[lang] });
    await page.goto(server.origin + '/');
    await ready(page);
    const tabTo = async (selector) => {
      for (let guard = 0; guard < 60; guard++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
        await page.keyboard.press('Tab');
      }
      assert.fail(`no tab stop matches ${selector}`);
    };
    await tabTo('[data-action="start"][data-for="someone_else"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen="question"][data-question="age"]');
    await wordsLoaded(page);
    assert.deepEqual(await axeViolations(page), []);
    // The first option of each question: `none` for use_frequency, so the
    // levels read for mental health alone.
    for (let guard = 0; guard < 20 && (await screenId(page)) === 'question'; guard++) {
      const q = await currentQuestion(page);
      await tabTo(`input[name="${q}"]`);
      await page.keyboard.press('Space');
      await tabTo('[data-action="next"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction((was) => document.querySelector('[data-screen="question"]')?.dataset.question !== was, q);
    }
    await page.waitForSelector('[data-screen="review"]');
    assert.deepEqual(await axeViolations(page), []);
    await tabTo('[data-screen="review"] [data-action="next"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen="result"]');
    const level = await page.locator('[data-level]').first().getAttribute('data-level');
    assert.ok(['OUT', 'IOP', 'PHP', 'RES'].includes(level), level);
    const summary = text(lang, 'mental_health_someone_else', `levels.${level}.summary`);
    // In "What a week can look like", closed: textContent.
    assert.ok((await page.locator('[data-screen="result"]').textContent()).includes(summary), 'the level for mental health alone');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

// What the base words say of drinking or drugs where mental health alone
// has words of its own: none of it may show on that result.
const SUBSTANCE_USE = {
  en: /substance use|detox|craving|sober|using again|used again/i,
  es: /consumo|consumir|desintoxicación|sobria/i,
};

for (const lang of ['en', 'es']) {
  for (const forWhom of ['myself', 'someone_else']) {
    const audience = forWhom === 'myself' ? 'mental_health' : 'mental_health_someone_else';
    test(`${lang}, ${forWhom}: with use_frequency none, the result, the print and the comparison read for mental health alone`, async () => {
      const { page, context, log } = await openPage(browser, server.origin);
      await page.goto(server.origin + '/');
      await ready(page);
      if (lang === 'es') {
        await act(page, 'lang');
        await page.waitForSelector('.carefit[lang="es"]');
      }
      await page.locator(`[data-action="start"][data-for="${forWhom}"]`).click();
      await page.waitForSelector('[data-screen="question"]');
      const plan = {
        age: 'adult', use_frequency: 'none', medical: 'none', self_harm: 'no', mental_health: 'no_care',
        daily_life: 'struggling', history: 'residential', since: 'cravings', home: 'supportive', commitments: ['work'],
        time: '9_to_19',
      };
      const asked = [];
      for (let guard = 0; guard < 20 && (await screenId(page)) === 'question'; guard++) {
        const q = await currentQuestion(page);
        asked.push(q);
        if (q === 'history' || q === 'since') {
          // Past care and how it went, in words for mental health alone.
          const screen = page.locator('[data-screen="question"]');
          assert.equal((await heading(page)).trim(), text(lang, audience, `questions.${q}.heading`), q);
          const ids = await screen.locator(`input[name="${q}"]`).evaluateAll((inputs) => inputs.map((i) => i.value));
          const labels = (await screen.locator('.cf-option-label').allTextContents()).map((l) => l.trim());
          assert.deepEqual(labels, ids.map((id) => text(lang, audience, `questions.${q}.options.${id}.label`)), q);
          const shown = await screen.innerText();
          assert.doesNotMatch(shown, SUBSTANCE_USE[lang], q);
          const base = q === 'since' ? ['cravings', 'relapsed'] : ['residential'];
          for (const id of base) {
            assert.ok(!labels.includes(text(lang, forWhom, `questions.${q}.options.${id}.label`)), `${q} ${id}: not the words for drinking or drugs`);
          }
        }
        if (plan[q]) {
          await choose(page, q, plan[q]);
          await act(page, 'next');
        } else {
          await act(page, 'skip');
        }
      }
      assert.ok(asked.includes('since'), asked.join());
      // The review quotes the answers in those words.
      const review = await page.locator('[data-screen="review"]').innerText();
      for (const [q, id] of [['history', 'residential'], ['since', 'cravings']]) {
        assert.ok(review.includes(text(lang, audience, `questions.${q}.options.${id}.label`)), `${q}: ${review}`);
        assert.ok(!review.includes(text(lang, forWhom, `questions.${q}.options.${id}.label`)), `${q}: ${review}`);
      }
      await act(page, 'next');
      await page.waitForSelector('[data-screen="result"]');
      const result = page.locator('[data-screen="result"]');
      const level = await page.locator('[data-level]').first().getAttribute('data-level');
      assert.equal(level, 'IOP');
      await page.waitForFunction((s) => document.querySelector('[data-screen="result"]')?.textContent.includes(s),
        text(lang, audience, `levels.${level}.summary`));
      assert.equal(await page.locator('.cf-for-other').count(), 0);
      // The engine's flags and rules, in the words for mental health alone.
      const coOccurring = page.locator('[data-flag="co_occurring"]');
      // Flags past the urgent ones sit in a closed section: their text, not what shows.
      const flagText = await coOccurring.textContent();
      assert.ok(flagText.includes(text(lang, audience, 'flags.co_occurring.heading')), flagText);
      assert.ok(flagText.includes(text(lang, audience, 'flags.co_occurring.body')), flagText);
      assert.ok(!flagText.includes(text(lang, forWhom, 'flags.co_occurring.body')), 'not the words for drinking or drugs');
      assert.equal(await page.locator('[data-flag="step_down"]').count(), 1);
      const reasons = text(lang, audience, 'reasons').split('\n');
      for (const rule of ['R9', 'R17', 'R18']) {
        const said = await page.locator(`[data-rule="${rule}"]`).first().textContent();
        assert.ok(said.includes(reasons[Number(rule.slice(1)) - 1]), `${rule}: ${said}`);
      }
      // Each reason's own words (what it quotes of the answers is the questions'), each flag.
      const words = await page.locator('[data-rule] > p:first-child, [data-flag]').allTextContents();
      assert.ok(words.length >= 6, words.join('|'));
      assert.deepEqual(words.filter((w) => SUBSTANCE_USE[lang].test(w)), []);
      // What to say when you call: about mental health, not a word of use.
      const script = await page.locator('[data-call-script] .cf-script').textContent();
      assert.ok(script.includes(text(lang, audience, 'call_script').split('\n')[0].replace(/^\[\*\] /, '')), script);
      assert.doesNotMatch(script, SUBSTANCE_USE[lang]);
      // The print's page one shows the same reasons.
      await page.emulateMedia({ media: 'print' });
      const printed = await result.innerText();
      // The reasons that set the level print on the summary, in these words.
      const setting = await page.locator('.cf-reasons').first().locator('[data-rule]').evaluateAll((els) => els.map((e) => e.dataset.rule));
      assert.ok(setting.length > 0);
      for (const rule of setting) {
        const n = Number(rule.slice(1)) - 1;
        assert.ok(printed.includes(reasons[n]), `${rule} printed: ${printed}`);
        assert.ok(!printed.includes(text(lang, forWhom, 'reasons').split('\n')[n]) || reasons[n] === text(lang, forWhom, 'reasons').split('\n')[n],
          'not the reason for drinking or drugs');
      }
      await page.emulateMedia({ media: 'screen' });
      await act(page, 'compare');
      await page.waitForSelector('[data-screen="compare"]');
      const table = await page.locator('[data-screen="compare"]').innerText();
      for (const code of ['OUT', 'IOP', 'PHP', 'RES']) {
        assert.ok(table.includes(text(lang, audience, `levels.${code}.fits`).split('\n')[0]), code);
      }
      assert.equal(log.requests.filter(isWords).length, 1);
      await context.close();
    });
  }
}

test('the single-file kiosk carries the words: someone else, offline, zero requests', async () => {
  const { page, requests, errors, close } = await openSingleFile(browser, fs.readFileSync(path.join(DIST, 'carefit-kiosk.html'), 'utf8'),
    { options: { offline: true } });
  await page.waitForSelector('[data-screen="start"]');
  await startForSomeoneElse(page);
  await wordsLoaded(page);
  assert.equal((await heading(page)).trim(), text('en', 'someone_else', 'questions.age.heading'));
  await skipTo(page, 'use_frequency');
  assert.equal((await heading(page)).trim(), text('en', 'someone_else', 'questions.use_frequency.heading'));
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await close();
});

test('the words file is asked for on Start, whoever the answers are about and whatever they say: the server learns no answer', async () => {
  const requestsAfter = async (forWhom, useFrequency) => {
    const { page, context, log } = await openPage(browser, server.origin);
    await page.goto(server.origin + '/');
    await ready(page);
    await page.locator(`[data-action="start"][data-for="${forWhom}"]`).click();
    await page.waitForSelector('[data-screen="question"][data-question="age"]');
    await act(page, 'skip');
    await choose(page, 'use_frequency', useFrequency);
    await act(page, 'next');
    await page.waitForFunction(() => document.querySelector('[data-screen="question"]')?.dataset.question !== 'use_frequency');
    await page.waitForTimeout(300);
    const paths = log.requests.map((u) => new URL(u).pathname);
    await context.close();
    return paths;
  };
  const myself = await requestsAfter('myself', 'daily');
  assert.equal(myself.filter((p) => /carefit-words-en\./.test(p)).length, 1, 'asked for once, for oneself too');
  for (const [forWhom, answer] of [['someone_else', 'daily'], ['myself', 'none'], ['someone_else', 'none']]) {
    assert.deepEqual(await requestsAfter(forWhom, answer), myself, `${forWhom}, ${answer}: the same requests, in the same order`);
  }
});

test('for oneself, no note, and the same words file as anyone; Start over keeps the language the person chose', async () => {
  const { page, context, log } = await openPage(browser, server.origin);
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
  assert.deepEqual(log.requests.filter(isWords).map((u) => new URL(u).pathname), [`/${shipped('carefit-words-es.json')}`]);
  await context.close();
});
