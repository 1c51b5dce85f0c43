// WCAG 2.2 AA, proven on every screen: axe-core with zero violations in
// English and Spanish, light and dark; reflow at 320 px; text spacing;
// target sizes; focus and announcements on each new screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  serve, launch, openPage, ready, choose, act, currentQuestion, screenId, axeViolations,
  pageWithConfig, ROOT,
} from './support.mjs';

/** The app's root, not the static fallback beside it. */
const APP = '.carefit:not(.cf-fallback)';
const CONFIG = { center_name: 'Hope House', phone: '555-010-2000', offers: ['OUT', 'IOP'], contact_url: 'https://hope.example/contact' };
let server, browser;
before(async () => {
  server = await serve(undefined, {
    pages: {
      '/center.html': pageWithConfig(CONFIG),
      '/bad-config.html': pageWithConfig({ phone: 'call us', contact_url: 'javascript:alert(1)', theme: { accent: 'red' } }),
      '/kiosk.html': pageWithConfig({ mode: 'kiosk', kiosk: { idle_seconds: 1, countdown_seconds: 30 } }),
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const RESULT_PLANS = {
  OUT: { use_frequency: 'weekly_or_less', substances: ['cannabis'], withdrawal: 'none', medical: 'none', self_harm: 'no', mental_health: 'no', daily_life: 'coping', between_sessions: 'yes', history: 'none', home: 'supportive', commitments: ['work'], time: 'under_9', format: 'either' },
  IOP: { use_frequency: 'daily', withdrawal: 'mild', medical: 'none', self_harm: 'past_month', mental_health: 'in_care', daily_life: 'coping', between_sessions: 'yes', history: 'residential', since: 'cravings', home: 'alone', time: 'under_9', format: 'virtual' },
  PHP: { use_frequency: 'daily', substances: ['alcohol'], withdrawal: 'strong', medical: 'needs_care', self_harm: 'no', mental_health: 'no_care', daily_life: 'not_coping', between_sessions: 'no', history: 'none', home: 'supportive', time: '9_to_19' },
  RES: { use_frequency: 'daily', substances: ['sedatives'], withdrawal: 'severe', medical: 'none', self_harm: 'now', mental_health: 'no', daily_life: 'coping', between_sessions: 'no', history: 'none', home: 'unsafe', time: '20_plus' },
  none: { self_harm: 'no', home: 'alone' },
};

/** Spec v2: a teen's result, asked by someone else, about mental health alone. */
const FAMILY_PLAN = { age: 'under_18', use_frequency: 'none', medical: 'none', self_harm: 'past_month', mental_health: 'no_care', daily_life: 'struggling', history: 'none', home: 'supportive' };

async function toResult(page, plan, whom = 'myself') {
  await page.locator(`[data-action="start"][data-for="${whom}"]`).click();
  while (await currentQuestion(page)) {
    const q = await currentQuestion(page);
    if (plan[q] === undefined) { await act(page, 'skip'); continue; }
    await choose(page, q, plan[q]);
    if ((await screenId(page)) === 'crisis') await act(page, 'continue'); else await act(page, 'next');
  }
  await act(page, 'next');
  await page.waitForSelector('[data-screen="result"]');
}

/**
 * Visits every kind of screen, calling `check(name)` on each: start, a radio
 * question, a checkbox question, the missing-answer error, crisis, review
 * with an answer open, every result level, compare.
 */
async function everyScreen(page, url, check) {
  await page.goto(url);
  await ready(page);
  await check('start');
  await act(page, 'start');
  await check('question (radio): age');
  await act(page, 'next');
  await check('question with error');
  await act(page, 'skip');
  await check('question (radio): use, with none');
  await act(page, 'skip');
  await check('question (checkbox)');
  await choose(page, 'substances', ['alcohol', 'opioids']);
  await act(page, 'help');
  await check('crisis');
  await act(page, 'continue');
  while (await currentQuestion(page)) await act(page, 'skip');
  await page.locator('[data-action="change"][data-question="home"]').click();
  await check('review with an answer open');
  await act(page, 'next');
  await act(page, 'restart');
  await check('start over asks');
  for (const [level, plan] of Object.entries(RESULT_PLANS)) {
    await act(page, 'restart');
    if (await screenId(page) === 'result') await act(page, 'restart');
    await toResult(page, plan);
    assert.equal(await page.locator('[data-level]').first().getAttribute('data-level'), level);
    await check(`result ${level}`);
  }
  await act(page, 'restart');
  await act(page, 'restart');
  await check('start, two ways in');
  await toResult(page, FAMILY_PLAN, 'someone_else');
  assert.equal(await page.locator('[data-flag="family"]').count(), 1);
  assert.equal(await page.locator('[data-flag="adolescent"]').count(), 1);
  await check('result for someone else: a teen, mental health alone');
  await act(page, 'compare');
  await check('compare');
}

const variants = [
  { name: 'English', options: { locale: 'en-US' }, url: '/center.html' },
  { name: 'Spanish', options: { locale: 'es-MX' }, url: '/center.html' },
  { name: 'English, dark', options: { locale: 'en-US', colorScheme: 'dark' }, url: '/' },
  { name: 'Spanish, phone', options: { locale: 'es-US', viewport: { width: 390, height: 844 } }, url: '/' },
];

for (const variant of variants) {
  test(`axe finds no WCAG A/AA violation on any screen: ${variant.name}`, async () => {
    const { page, context } = await openPage(browser, server.origin, variant.options);
    const failures = [];
    await everyScreen(page, server.origin + variant.url, async (name) => {
      const violations = await axeViolations(page);
      if (violations.length) failures.push({ screen: name, violations });
    });
    assert.deepEqual(failures, []);
    await context.close();
  });
}

for (const locale of ['en-US', 'es-MX']) {
  test(`axe passes on a config-error notice and on the kiosk countdown (${locale})`, async () => {
    const { page, context } = await openPage(browser, server.origin, { locale });
    await page.goto(server.origin + '/bad-config.html');
    await ready(page);
    const notice = await page.locator('.cf-notice').innerText();
    for (const field of ['phone', 'contact_url', 'theme.accent']) assert.match(notice, new RegExp(field.replace('.', '\\.')));
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(server.origin + '/kiosk.html');
    await ready(page);
    await act(page, 'start');
    await page.waitForSelector('[data-screen="still-there"]', { timeout: 8000 });
    assert.equal(await page.locator(APP).getAttribute('lang'), locale.slice(0, 2));
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test('no horizontal scrolling at 320 px (400% zoom of 1280), even with WCAG text spacing', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: { width: 320, height: 640 } });
  const overflow = [];
  const measure = async (name) => {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) overflow.push(name);
  };
  await everyScreen(page, server.origin + '/center.html', measure);
  await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
  await everyScreen(page, server.origin + '/center.html', async (name) => {
    await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
    await measure(`${name} (text spacing)`);
    const clipped = await page.evaluate(() => [...document.querySelectorAll('.carefit *')].filter((el) => {
      const style = getComputedStyle(el);
      return style.overflow === 'hidden' && el.textContent.trim() && !el.classList.contains('cf-visually-hidden')
        && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    }).map((el) => el.className));
    if (clipped.length) overflow.push(`${name}: clipped ${clipped}`);
  });
  assert.deepEqual(overflow, []);
  await context.close();
});

test('every control is at least 24 by 24 px, and shows a focus ring', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: { width: 390, height: 844 } });
  const small = [];
  await everyScreen(page, server.origin + '/center.html', async (name) => {
    const found = await page.evaluate(() => [...document.querySelectorAll('.carefit button, .carefit input, .carefit a')]
      .filter((el) => el.offsetParent !== null && !el.closest('p, li'))
      .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el }) => el));
    if (found.length) small.push({ screen: name, found });
  });
  assert.deepEqual(small, []);
  await page.goto(server.origin + '/');
  await ready(page);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });
    assert.ok(ring, `focus ring on tab stop ${i + 1}`);
  }
  await context.close();
});

test('each new screen focuses its heading and announces where the person is', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await ready(page);
  await act(page, 'start');
  for (let n = 1; n <= 5; n++) {
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    const live = await page.locator('[aria-live="polite"]').innerText();
    assert.equal(live, `Question ${n}`);
    await act(page, 'skip');
  }
  await act(page, 'help');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Help is here, day or night');
  assert.equal(await page.locator('[data-screen="crisis"] [role="alert"]').count(), 1, 'assertive announcement');
  await context.close();
});

test('reduced motion removes transitions; forced colours keep controls and focus visible', async () => {
  const { page, context } = await openPage(browser, server.origin, { reducedMotion: 'reduce', forcedColors: 'active' });
  await page.goto(server.origin + '/');
  await ready(page);
  await act(page, 'start');
  const moving = await page.evaluate(() => [...document.querySelectorAll('.carefit *')]
    .filter((el) => { const s = getComputedStyle(el); return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none'; }).length);
  assert.equal(moving, 0);
  const borders = await page.evaluate(() => [...document.querySelectorAll('.cf-button, .cf-option')]
    .every((el) => getComputedStyle(el).borderStyle !== 'none' && parseFloat(getComputedStyle(el).borderWidth) >= 1));
  assert.ok(borders, 'buttons and options keep a border in forced colours');
  while (!(await page.evaluate(() => document.activeElement?.name === 'age'))) await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await context.close();
});

test('in Spanish, no English text is left on any screen', async () => {
  const english = JSON.parse(execFileSync(path.join(ROOT, 'target', 'debug', 'carefit'), ['texts', 'en']).toString());
  const spanish = new Set(JSON.parse(execFileSync(path.join(ROOT, 'target', 'debug', 'carefit'), ['texts', 'es']).toString()));
  // Texts both languages share (names, numbers, "IOP") are not English,
  // nor is a word the Spanish itself uses (a line's proper name).
  const needles = english.filter((t) => !spanish.has(t) && /[a-z]{3}/i.test(t))
    .map((t) => t.split(/\{[a-z]+\}/)[0].trim()).filter((t) => t.length >= 4)
    .filter((t) => ![...spanish].some((es) => es.includes(t)));
  const { page, context } = await openPage(browser, server.origin, { locale: 'es-MX' });
  const found = [];
  await everyScreen(page, server.origin + '/center.html', async (name) => {
    assert.equal(await page.locator(APP).getAttribute('lang'), 'es');
    // Everything in the widget, hidden text included, except what is marked
    // as another language on purpose (the switch back to English).
    const text = await page.locator(APP).evaluate((root) => {
      const copy = root.cloneNode(true);
      copy.querySelectorAll('[lang]:not([lang="es"])').forEach((el) => el.remove());
      return copy.textContent;
    });
    for (const needle of needles) {
      if (text.includes(needle)) found.push(`${name}: ${needle}`);
    }
  });
  assert.deepEqual(found, []);
  await context.close();
});

test('the language comes from the config first, then the browser, and the switch keeps answers', async () => {
  const s = await serve(undefined, { pages: { '/es.html': pageWithConfig({ lang: 'es' }) } });
  const { page, context } = await openPage(browser, s.origin, { locale: 'en-US' });
  await page.goto(s.origin + '/es.html');
  await ready(page);
  assert.equal(await page.locator(APP).getAttribute('lang'), 'es');
  await page.goto(s.origin + '/');
  await ready(page);
  assert.equal(await page.locator(APP).getAttribute('lang'), 'en');
  await act(page, 'start');
  await choose(page, 'age', 'under_18');
  await page.locator('[data-action="lang"][lang="es"]').click();
  assert.equal(await page.locator(APP).getAttribute('lang'), 'es');
  assert.ok(await page.locator('input[name="age"][value="under_18"]').isChecked());
  await context.close();
  await s.close();
});
