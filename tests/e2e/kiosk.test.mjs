// Kiosk mode and offline: the next visitor never sees the last one's
// answers; no way off the page; works with no network, and as one file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, openPage, ready, act, choose, screenId, currentQuestion, completeJourney, CALM_PLAN,
  pageWithConfig, axeViolations, ROOT, DIST,
  trackTimers, skipTo, openSingleFile,
} from './support.mjs';

const CONTACT = 'https://hope.example/contact?from=kiosk';
const KIOSK = {
  mode: 'kiosk', center_name: 'Hope House', phone: '(555) 010-2000', contact_url: CONTACT,
  kiosk: { idle_seconds: 2, countdown_seconds: 2 },
};
const JSQR = fs.readFileSync(path.join(ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js'), 'utf8');

let server, browser;
before(async () => {
  server = await serve(undefined, {
    pages: {
      '/kiosk-fast.html': pageWithConfig(KIOSK),
      '/kiosk-slow.html': pageWithConfig({ ...KIOSK, kiosk: { idle_seconds: 120, countdown_seconds: 20 } }),
      '/kiosk-element.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>k</title>
        <script type="module" src="/carefit.js"></script></head><body>
        <carefit-widget mode="kiosk" idle-seconds="1" countdown-seconds="1"></carefit-widget></body></html>`,
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const APP = '.carefit:not(.cf-fallback)';

/** What the result's QR code says, read back from its pixels (jsQR), once it is drawn. */
async function decodeQr(page) {
  await page.evaluate(JSQR);
  return page.locator('img.cf-qr[src]').evaluate(async (img) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400; canvas.height = 400;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 0, 0, 400, 400);
    const data = ctx.getImageData(0, 0, 400, 400);
    return window.jsQR(data.data, 400, 400)?.data ?? null;
  });
}

test('a kiosk\'s start says the answers clear themselves: at Finish, and after its idle time and countdown', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/kiosk-slow.html`);
  await ready(page);
  const start = await page.locator('[data-screen="start"]').innerText();
  // 120 + 20 seconds: within 3 minutes.
  assert.match(start, /Your answers clear themselves when you tap “Finish and clear my answers”, or after 3 min with no one at the screen\./);
  assert.doesNotMatch(start, /stay on this device/);
  await context.close();
});

test('idle: "Still there?" counts down, then every answer is gone', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/kiosk-fast.html');
  await page.waitForSelector('[data-screen="start"]');
  await act(page, 'start');
  await choose(page, 'age', 'adult');
  await act(page, 'next');
  await choose(page, 'use_frequency', 'daily');
  await act(page, 'next');
  await choose(page, 'substances', ['alcohol', 'opioids']);
  await page.waitForSelector('[data-screen="still-there"]', { timeout: 5000 });
  assert.equal(await page.locator('[data-screen="still-there"] h1').innerText(), 'Are you still there?');
  assert.deepEqual(await axeViolations(page), [], 'the countdown is accessible');
  await page.waitForSelector('[data-screen="start"]', { timeout: 5000 });
  const html = await page.locator(APP).innerHTML();
  assert.doesNotMatch(html, /checked|18 or older|Every day|Alcohol/, 'nothing of the last person in the DOM');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  // And nothing in the app's state: a new journey starts empty.
  await act(page, 'start');
  assert.equal(await page.locator('input:checked').count(), 0);
  while (await currentQuestion(page)) await act(page, 'skip');
  // Every question skipped; only who the answers are about ("For me") is set.
  assert.equal(await page.locator('.cf-review-row:not(:has([data-action="change-for"])) .cf-review-answer:not(:has(.cf-skipped))').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/**
 * Lets a test move the page's clock on with no timer firing in between, as
 * when a tablet's screen locks or a laptop sleeps: `window.__sleep(ms)`.
 */
async function freezableClock(page) {
  await page.addInitScript(() => {
    const realNow = Date.now;
    let slept = 0;
    Date.now = () => realNow() + slept;
    window.__sleep = (ms) => { slept += ms; };
    // Every screen the page shows, in order.
    window.__screens = [];
    new MutationObserver(() => {
      const id = document.querySelector('[data-screen]')?.dataset.screen;
      if (id && id !== window.__screens.at(-1)) window.__screens.push(id);
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The slow kiosk (120 s idle, 20 s countdown) on a question with an answer chosen. */
async function answeredSlowKiosk() {
  const opened = await openPage(browser, server.origin);
  await freezableClock(opened.page);
  await opened.page.goto(server.origin + '/kiosk-slow.html');
  await opened.page.waitForSelector('[data-screen="start"]');
  await act(opened.page, 'start');
  await skipTo(opened.page, 'use_frequency');
  await choose(opened.page, 'use_frequency', 'daily');
  return opened;
}

async function expectWiped(page) {
  await page.waitForSelector('[data-screen="start"]', { timeout: 3000 });
  assert.ok(!(await page.evaluate(() => window.__screens)).includes('still-there'), 'no countdown over the last screen');
  await act(page, 'start');
  assert.equal(await page.locator('input:checked').count(), 0, 'the answer is gone');
}

test('the first touch after a frozen clock wipes; it never brings the last screen back', async () => {
  const { page, log, context } = await answeredSlowKiosk();
  // Asleep past the idle time and the countdown, then touched, before any tick.
  await page.evaluate(() => {
    window.__sleep(10 * 60 * 1000);
    document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  });
  await expectWiped(page);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a touch soon after keeps the answers', async () => {
  const { page, context } = await answeredSlowKiosk();
  await page.evaluate(() => {
    window.__sleep(60 * 1000);
    document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  });
  await page.waitForTimeout(1500);
  assert.equal(await screenId(page), 'question');
  assert.ok(await page.locator('input[value="daily"]').isChecked());
  await context.close();
});

test('the first tick after a frozen clock wipes at once, with no countdown', async () => {
  const { page, context } = await answeredSlowKiosk();
  await page.evaluate(() => window.__sleep(10 * 60 * 1000));
  await expectWiped(page);
  await context.close();
});

test('shown again after being hidden for the idle time, the page is wiped at once', async () => {
  const { page, context } = await answeredSlowKiosk();
  // Hidden a little longer than the idle time, shown again before any tick.
  await page.evaluate(() => {
    let hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    const turn = (to) => { hidden = to; document.dispatchEvent(new Event('visibilitychange')); };
    turn(true);
    window.__sleep(121 * 1000);
    turn(false);
  });
  await expectWiped(page);
  await context.close();
});

test('a kiosk page restored from the back/forward cache is wiped', async () => {
  const { page, context } = await answeredSlowKiosk();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expectWiped(page);
  await context.close();
});

test('a kiosk reset brings back the page\'s language', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/kiosk-fast.html');
  await page.waitForSelector('[data-screen="start"]');
  const lang = () => page.locator(APP).getAttribute('lang');
  assert.equal(await lang(), 'en');
  // Switched on the start screen alone: that too is left for the next person.
  await page.locator('[data-action="lang"][lang="es"]').click();
  assert.equal(await lang(), 'es');
  await page.waitForSelector('[data-screen="still-there"]', { timeout: 5000 });
  await page.waitForSelector(`${APP}[lang="en"] [data-screen="start"]`, { timeout: 5000 });
  // And switched mid-journey.
  await page.locator('[data-action="lang"][lang="es"]').click();
  await act(page, 'start');
  await choose(page, 'age', 'adult');
  assert.equal(await lang(), 'es');
  await page.waitForSelector('[data-screen="still-there"]', { timeout: 5000 });
  await page.waitForSelector('[data-screen="start"]', { timeout: 5000 });
  assert.equal(await lang(), 'en');
  await context.close();
});

test('activity during the countdown cancels it and keeps the answers', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/kiosk-fast.html');
  await page.waitForSelector('[data-screen="start"]');
  await act(page, 'start');
  await skipTo(page, 'use_frequency');
  await choose(page, 'use_frequency', 'most_days');
  await page.waitForSelector('[data-screen="still-there"]', { timeout: 5000 });
  await page.mouse.move(10, 10);
  await page.mouse.move(40, 60);
  assert.equal(await screenId(page), 'question');
  assert.ok(await page.locator('input[value="most_days"]').isChecked());
  await context.close();
});

test('no navigable link anywhere in kiosk mode; the QR code decodes to the contact link', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/kiosk-slow.html');
  await page.waitForSelector('[data-screen="start"]');
  const links = async () => page.locator(`${APP} a[href]`).count();
  assert.equal(await links(), 0);
  await act(page, 'help');
  assert.equal(await links(), 0, 'crisis numbers are plain text');
  assert.match(await page.locator(APP).innerText(), /988/);
  await act(page, 'continue');
  const level = await completeJourney(page, { ...CALM_PLAN, self_harm: 'past_month' });
  assert.equal(level, 'IOP');
  assert.equal(await links(), 0, 'result has no links');
  assert.equal(await page.locator('[data-action="print"]').count(), 0, 'no print dialog on a kiosk');
  assert.equal(await decodeQr(page), CONTACT);
  await context.close();
});

test('the QR encoder blocked: the result stays, with the contact link as text', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.route('**/carefit-qr*', (route) => route.abort());
  await page.goto(server.origin + '/kiosk-slow.html');
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(await completeJourney(page, CALM_PLAN), 'OUT');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('img.cf-qr[src]').count(), 0);
  assert.ok(await page.locator('img.cf-qr').getAttribute('alt'), 'the image still says what it is');
  assert.match(await page.locator('.cf-kiosk-contact').innerText(), /hope\.example\/contact\?from=kiosk/);
  assert.ok(await page.locator('#carefit-fallback').isHidden(), 'the app goes on');
  await context.close();
});

test('kiosk targets are at least 48 px, text selection and the context menu are off', async () => {
  const { page, context } = await openPage(browser, server.origin, { viewport: { width: 800, height: 1280 } });
  await page.goto(server.origin + '/kiosk-slow.html');
  await page.waitForSelector('[data-screen="start"]');
  await act(page, 'start');
  const small = await page.evaluate(() => [...document.querySelectorAll('.cf-kiosk button, .cf-kiosk .cf-option')]
    .map((el) => el.getBoundingClientRect()).filter((b) => b.width < 48 || b.height < 48).length);
  assert.equal(small, 0);
  assert.equal(await page.locator(APP).evaluate((el) => getComputedStyle(el).userSelect), 'none');
  const prevented = await page.locator(`${APP} h1`).evaluate((el) => !el.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })));
  assert.ok(prevented, 'context menu suppressed');
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  assert.doesNotMatch(viewport, /user-scalable=no|maximum-scale=1/, 'pinch-zoom allowed');
  await context.close();
});

test('the kiosk page: no context menu, selection or drag anywhere on it, and the QR code stays put', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/kiosk.html');
  await page.waitForSelector('[data-screen="start"]');
  // On the page around the widget, not only inside it.
  const prevented = (target, type) => target.evaluate((el, type) => !el.dispatchEvent(
    new MouseEvent(type, { bubbles: true, cancelable: true, composed: true })), type);
  const body = page.locator('body');
  assert.ok(await prevented(body, 'contextmenu'), 'no context menu');
  assert.ok(await prevented(body, 'selectstart'), 'no selection');
  assert.ok(await prevented(body, 'dragstart'), 'no drag');
  assert.equal(await body.evaluate((el) => getComputedStyle(el).userSelect), 'none');
  await completeJourney(page, CALM_PLAN);
  const qr = page.locator('img.cf-qr[src]');
  await qr.waitFor();
  assert.ok(await prevented(qr, 'dragstart'), 'the QR code cannot be dragged off');
  await context.close();
});

test('a kiosk widget\'s QR code does not drag, even on a page without kiosk.js', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/kiosk-slow.html');
  await page.waitForSelector('[data-screen="start"]');
  await completeJourney(page, CALM_PLAN);
  const qr = page.locator('img.cf-qr[src]');
  await qr.waitFor();
  await page.evaluate(() => {
    window.__drags = 0;
    document.addEventListener('dragstart', () => { window.__drags += 1; }, { capture: true });
  });
  await qr.scrollIntoViewIfNeeded();
  const box = await qr.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 120, { steps: 10 });
  await page.mouse.up();
  assert.equal(await page.evaluate(() => window.__drags), 0);
  await context.close();
});

test('kiosk mode prints nothing; the website still prints its result', async () => {
  const shown = (page) => page.evaluate(() => [document.body, ...document.body.querySelectorAll('*')]
    .filter((el) => el.getClientRects().length > 0).map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : '')));
  const { page, context } = await openPage(browser, server.origin);
  for (const url of ['/kiosk.html', '/kiosk-slow.html', '/']) {
    await page.goto(server.origin + url);
    await page.waitForSelector('[data-screen="start"]');
    await completeJourney(page, CALM_PLAN);
    await page.emulateMedia({ media: 'print' });
    if (url === '/') {
      assert.ok((await shown(page)).length > 0, 'a standard page prints');
    } else if (url === '/kiosk.html') {
      assert.deepEqual(await shown(page), [], `${url}: nothing on paper`);
    } else {
      assert.equal(await page.locator('.cf-kiosk').evaluate((el) => el.getClientRects().length), 0, `${url}: no widget on paper`);
    }
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
});

test('removing a kiosk widget leaves no timer running', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await trackTimers(page);
  await page.goto(server.origin + '/kiosk-element.html');
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  assert.ok(await page.evaluate(() => window.__liveTimers.size) > 0, 'the kiosk clock runs');
  await page.evaluate(() => document.querySelector('carefit-widget').remove());
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__liveTimers.size), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('offline: a kiosk page that loaded once reloads and completes a journey with no network', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + '/kiosk.html');
  await page.waitForSelector('[data-screen="start"]');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForSelector('[data-screen="start"]');
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the service worker');
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const urls = (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname);
    return { keys, urls };
  });
  assert.equal(cached.keys.length, 1);
  assert.ok(cached.urls.every((u) => /^\/([\w.-]+\.(html|js|css|wasm)|carefit-words-[a-z]+\.[\w-]+\.json)?$/.test(u)),
    `only the widget's files: ${cached.urls}`);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(await completeJourney(page, CALM_PLAN), 'OUT');
  assert.equal(await decodeQr(page), 'https://hope.example/contact', 'the QR encoder came from the cache');
  // The words for someone else come from the cache too: the note gives way.
  await page.reload();
  await page.locator('[data-action="start"][data-for="someone_else"]').click();
  await page.waitForSelector('[data-screen="question"][data-question="age"]');
  await page.waitForFunction(() => !document.querySelector('.cf-for-other'));
  const after = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).length);
  assert.equal(after, cached.urls.length, 'nothing new was cached');
  await context.close();
});

test('the kiosk\'s service worker covers the kiosk page alone', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + '/kiosk.html');
  await page.waitForSelector('[data-screen="start"]');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, server.origin + '/kiosk.html');
  for (const other of ['/index.html', '/embed.html']) {
    await page.goto(server.origin + other);
    const found = await page.evaluate(async () => ({
      registration: (await navigator.serviceWorker.getRegistration('./index.html')) ?? null,
      embed: (await navigator.serviceWorker.getRegistration('./embed.html')) ?? null,
      controlled: !!navigator.serviceWorker.controller,
    }));
    assert.deepEqual(found, { registration: null, embed: null, controlled: false }, other);
  }
  await context.close();
});

test('a service worker registered over the whole site (as older kiosk pages did) serves nothing and removes itself', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + '/index.html');
  await page.waitForSelector('[data-screen="start"]');
  await page.evaluate(() => navigator.serviceWorker.register('./sw.js'));
  await page.waitForFunction(async () => !(await navigator.serviceWorker.getRegistration('./index.html')),
    null, { polling: 100, timeout: 10000 });
  await page.reload();
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), false);
  assert.deepEqual(await page.evaluate(async () => caches.keys()), [], 'nothing cached');
  await context.close();
});

test('the single-file build runs from file:// with zero network requests', async () => {
  // As a clinic would set it up: its contact link in the config near the end.
  const { page, requests, errors, close } = await openSingleFile(browser, fs.readFileSync(path.join(DIST, 'carefit-kiosk.html'), 'utf8')
    .replace('{ "mode": "kiosk" }', JSON.stringify({ mode: 'kiosk', contact_url: CONTACT })));
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(await completeJourney(page, { ...CALM_PLAN, medical: 'needs_care' }), 'PHP');
  assert.equal(await decodeQr(page), CONTACT);
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await close();
});
