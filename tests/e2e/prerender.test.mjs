// The start page, the first question and the crisis screen are in the HTML
// before the wasm arrives: readable at once, usable while it loads, and
// handed to the app without losing a step, the focus, or a pixel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, pageWithConfig, DIST } from './support.mjs';

let server, browser;
before(async () => {
  server = await serve(undefined, { pages: { '/center.html': pageWithConfig({ center_name: 'Hope House' }) } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/**
 * A page whose app wasm (carefit-web_bg.wasm, or its content-hashed name)
 * waits until `release()`, as on a slow connection.
 */
async function slowPage(url = '/') {
  const { page, log, context } = await openPage(browser, server.origin);
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(/\/carefit-web_bg(\.[\w-]+)?\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(server.origin + url);
  return { page, log, context, release };
}

test('the built page holds the start page, the first question and the crisis numbers, with no automation ids', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const pre = html.slice(html.indexOf('<div class="cf-prerendered"'), html.indexOf('id="carefit-fallback"'));
  assert.match(pre, /Find the level of care that may fit you/);
  // Two ways in, for oneself first; age is the first question (spec v2).
  const ways = [...pre.matchAll(/data-pre-action="start"[^>]*data-for="([a-z_]+)"|data-for="([a-z_]+)"[^>]*data-pre-action="start"/g)]
    .map((m) => m[1] ?? m[2]);
  assert.deepEqual(ways, ['myself', 'someone_else']);
  assert.match(pre, /How old are you\?/);
  for (const id of ['adult', 'under_18']) {
    assert.match(pre, new RegExp(`name="age"[^>]*value="${id}"|value="${id}"[^>]*name="age"`));
  }
  assert.match(pre, /href="tel:988"/);
  assert.match(pre, /href="tel:911"/);
  // Checks and scripts that wait for the running app must not find its picture.
  assert.doesNotMatch(pre, / data-(screen|action|question)=/);
});

test('a page that never records a paint (a background tab) still fetches the app, within seconds', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.addInitScript(() => { PerformanceObserver.prototype.observe = () => {}; });
  const start = Date.now();
  await page.goto(server.origin + '/');
  await page.waitForSelector('[data-screen="start"]', { timeout: 10000 });
  assert.ok(Date.now() - start < 8000);
  await context.close();
});

test('before the wasm: Start, an answer and help work; Next waits; the app takes every step', async () => {
  const { page, log, context, release } = await slowPage();
  await page.locator('[data-pre="start"] h1').waitFor();
  assert.equal(await page.locator('[data-screen]').count(), 0, 'the app has not started');
  await page.locator('[data-pre="start"] [data-pre-action="start"][data-for="myself"]').click();
  await page.locator('[data-pre="question"] h1').waitFor();
  await page.locator('[data-pre="question"] label[for$="-age-under_18"]').click();
  // Crisis help is one tap away before the wasm too.
  await page.locator('[data-pre="question"] [data-pre-action="help"]').click();
  const crisis = page.locator('[data-pre="crisis"]');
  await crisis.waitFor();
  assert.ok(await crisis.locator('a[href="tel:988"]').isVisible());
  await crisis.locator('[data-pre-action="continue"]').click();
  await page.locator('[data-pre="question"] [data-pre-action="next"]').click();
  assert.equal(await page.locator('[data-pre="question"] [data-pre-action="next"]').getAttribute('aria-busy'), 'true');
  release();
  await page.waitForSelector('[data-screen="question"][data-question="use_frequency"]');
  assert.equal(await page.locator('.cf-prerendered').count(), 0);
  await page.locator('[data-action="back"]').click();
  await page.waitForSelector('[data-question="age"]');
  assert.equal(await page.locator('input[name="age"]:checked').getAttribute('value'), 'under_18');
  assert.deepEqual(log.errors, []);
  await context.close();
});

// carefit.js logs `start` and the pressed button's data-for (`start
// someone_else`), which the app replays as the second way in. Someone
// else's questions have words of their own, not pre-rendered: the button
// waits for the app.
test('before the wasm: the way in for someone else is handed to the app', async () => {
  const { page, context, release } = await slowPage();
  const other = page.locator('[data-pre="start"] [data-pre-action="start"][data-for="someone_else"]');
  await other.click();
  assert.equal(await other.getAttribute('aria-busy'), 'true');
  assert.ok(await page.locator('[data-pre="question"]').isHidden());
  release();
  await page.waitForSelector('[data-screen="question"][data-question="age"]');
  for (let guard = 0; guard < 20 && (await page.locator('[data-screen="question"]').count()); guard++) {
    await page.locator('[data-action="skip"]').click();
  }
  await page.locator('[data-screen="review"] [data-action="next"]').click();
  await page.waitForSelector('[data-screen="result"]');
  assert.equal(await page.locator('[data-flag="family"]').count(), 1);
  await context.close();
});

test('a keyboard user keeps their place when the app takes over', async () => {
  const { page, context, release } = await slowPage();
  await page.locator('[data-pre="start"] [data-pre-action="start"][data-for="myself"]').click();
  await page.locator('[data-pre="question"] input[value="under_18"]').focus();
  await page.keyboard.press('Space');
  release();
  await page.waitForSelector('[data-screen="question"]');
  await page.waitForFunction(() => document.activeElement?.matches('input[name="age"][value="under_18"]'));
  assert.ok(await page.locator('input[value="under_18"]').isChecked());
  await context.close();
});

test('the app replaces its picture in place: same markup, no layout shift, no later largest paint', async () => {
  const { page, context, release } = await slowPage();
  await page.evaluate(() => {
    window.__shifts = 0;
    window.__lcp = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp.push(e.startTime); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  // Tags, text and attributes (sorted; the pre-rendered ids renamed back,
  // the buttons' targets left out).
  const canonical = (el) => el.evaluate(function canon(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    const attrs = [...node.attributes].filter((a) => !a.name.startsWith('data-to'))
      .map((a) => `${a.name.replace(/^data-pre-/, 'data-')}=${a.value.replace(/^cf\d+-/, 'cf-')}`).sort();
    return `<${node.tagName} ${attrs.join(' ')}>${[...node.childNodes].map(canon).join('')}</${node.tagName}>`;
  });
  const picture = await canonical(page.locator('[data-pre="start"] .carefit'));
  await page.waitForTimeout(300);
  const lcpBefore = await page.evaluate(() => window.__lcp.length);
  release();
  await page.waitForSelector('[data-screen="start"]');
  await page.waitForTimeout(500);
  assert.equal(await canonical(page.locator('.carefit:not(.cf-fallback)')), picture);
  assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift');
  assert.ok(lcpBefore > 0, 'the largest paint came from the pre-rendered page');
  assert.equal(await page.evaluate(() => window.__lcp.length), lcpBefore, 'the app did not paint a larger element');
  await context.close();
});

test('a page with its own settings shows the static help, not a picture made with other settings', async () => {
  const { page, context, release } = await slowPage('/center.html');
  await page.locator('#carefit-fallback').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.cf-prerendered').count(), 0);
  release();
  await page.waitForSelector('[data-screen="start"]');
  assert.match(await page.locator('[data-screen="start"]').innerText(), /Hope House/);
  assert.ok(await page.locator('#carefit-fallback').isHidden());
  await context.close();
});

test('without JavaScript the pre-rendered screens are hidden and the noscript text speaks', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  assert.ok(await page.locator('.cf-prerendered').isHidden());
  assert.match(await page.locator('body').innerText(), /needs JavaScript/);
  await context.close();
});

/**
 * What a person sees and where their focus is: the screen (its id and
 * question), its heading, its visible text, and the focused element named
 * as the app names it. `root`: the pre-rendered screen shown, or the app.
 */
function seen(root) {
  return root.evaluate((el) => {
    const id = (node, name) => node.getAttribute(`data-${name}`) ?? node.getAttribute(`data-pre-${name}`);
    const screen = el.querySelector('[data-screen], [data-pre-screen]');
    const active = document.activeElement;
    const focus = !active || active === document.body ? 'body'
      : !el.contains(active) ? `outside: ${active.outerHTML.slice(0, 80)}`
        : active.tagName === 'BUTTON' ? `button ${id(active, 'action')} ${active.dataset.for ?? ''} ${active.lang}`
          : active.tagName === 'INPUT' ? `input ${active.name} ${active.value}`
            : `${active.tagName} ${active.textContent}`;
    return {
      screen: `${id(screen, 'screen')} ${id(screen, 'question') ?? ''}`,
      heading: el.querySelector('h1')?.textContent,
      checked: [...el.querySelectorAll('input:checked')].map((input) => `${input.name} ${input.value}`),
      text: el.innerText,
      focus,
    };
  }, null);
}

/**
 * What a person can click on the pre-rendered screen shown: its buttons and
 * its answers' labels, each with its selector in the page and in the app.
 */
const CONTROLS = (root) => root.locator('button[data-pre-action], label[for]').evaluateAll((controls) => controls
  .filter((el) => el.checkVisibility())
  .map((el) => {
    if (el.tagName === 'LABEL') {
      const input = document.getElementById(el.htmlFor);
      const label = `label[for$="-${input.name}-${input.value}"]`;
      return { name: `choose ${input.value}`, pre: label, app: label };
    }
    const action = el.dataset.preAction;
    const detail = action === 'lang' ? el.lang : el.dataset.for;
    const extra = action === 'lang' ? `[lang="${detail}"]` : detail ? `[data-for="${detail}"]` : '';
    return { name: detail ? `${action} ${detail}` : action, pre: `[data-pre-action="${action}"]${extra}`, app: `[data-action="${action}"]${extra}` };
  }));

const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));

/** The app, fully loaded, after the same clicks: what the person should see. */
async function inTheApp(steps) {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await page.waitForSelector('[data-screen="start"]');
  for (const step of steps) {
    await page.locator(`.carefit:not(.cf-fallback) ${step.app}`).click();
    await settle(page);
  }
  await page.waitForLoadState('networkidle');
  const shown = await seen(page.locator('.carefit:not(.cf-fallback)'));
  assert.deepEqual(log.errors, []);
  await context.close();
  return shown;
}

// For every sequence of up to three clicks on the pre-rendered buttons and
// answers (whichever each screen shows), the screen the page shows before the wasm
// arrives is the one the app shows after the same clicks, with the same
// focus; and once the wasm arrives the app takes over on that screen. A
// button the build gave no target waits for the app; the app then shows
// where the clicks lead.
test('every short sequence of clicks before the wasm shows what the app shows', async () => {
  const todo = [[]];
  let sequences = 0;
  let followed = 0;
  while (todo.length) {
    const steps = todo.shift();
    const names = steps.map((step) => step.name).join(', ') || '(none)';
    const { page, log, context, release } = await slowPage();
    const pre = page.locator('.cf-prerendered');
    await pre.locator('[data-pre="start"] h1').waitFor();
    let waiting = false;
    for (const step of steps) {
      const button = await pre.locator(`[data-pre]:not([hidden]) ${step.pre}`).elementHandle();
      await button.click();
      waiting = (await button.getAttribute('aria-busy')) === 'true';
    }
    await settle(page);
    const expected = await inTheApp(steps);
    const shown = pre.locator('[data-pre]:not([hidden])');
    assert.equal(await shown.count(), 1, names);
    if (!waiting) {
      followed++;
      assert.deepEqual(await seen(shown), expected, `before the wasm, after: ${names}`);
      if (steps.length < 3) for (const next of await CONTROLS(shown)) todo.push([...steps, next]);
    }
    assert.equal(await page.locator('[data-screen]').count(), 0, 'the app waited for its wasm');
    release();
    await page.waitForSelector('[data-screen]');
    await page.waitForLoadState('networkidle');
    await settle(page);
    const app = await seen(page.locator('.carefit:not(.cf-fallback)'));
    // After a button that waited, the focus is on the app's same button, or
    // on the heading where that button is gone, as after a click in the app.
    const pressed = `button ${steps.at(-1)?.name.split(' ')[0]} `;
    if (waiting && app.focus.startsWith(pressed)) app.focus = expected.focus;
    assert.deepEqual(app, expected, `after the swap, after: ${names}`);
    assert.deepEqual(log.errors, [], names);
    await context.close();
    sequences++;
  }
  assert.ok(followed >= 10 && sequences >= 20, `${sequences} sequences, ${followed} followed`);
});
