// Embedding: <carefit-widget> in a Shadow DOM on pages we don't control,
// several per page, configured by attributes or JSON, themed by custom
// properties, removable without leftovers; the iframe embed; opt-in events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openPage, act, choose, screenId, currentQuestion, completeJourney, CALM_PLAN, skipTo,
  engineVerdict, axeViolations,
  trackTimers,
} from './support.mjs';

const PHP_PLAN = { ...CALM_PLAN, medical: 'needs_care', use_frequency: 'daily' };

/** A bare partner page around one widget's markup. */
const partnerPage = (widget, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Partner</title>${head}<script type="module" src="/carefit.js"></script></head><body>${widget}</body></html>`;

const BAD_CONFIGS = {
  'bad-phone': ['phone', '<carefit-widget phone="call us now"></carefit-widget>'],
  'script-url': ['contact-url', '<carefit-widget contact-url="javascript:alert(1)"></carefit-widget>'],
  'bad-offers': ['offers', '<carefit-widget offers="IOP,DETOX"></carefit-widget>'],
  'bad-lang': ['lang', '<carefit-widget lang="tlh"></carefit-widget>'],
  'bad-json': ['config', '<carefit-widget><script type="application/json">{ "center_name": </script></carefit-widget>'],
  'bad-accent': ['theme.accent', '<carefit-widget><script type="application/json">{"theme":{"accent":"red;} body{display:none"}}</script></carefit-widget>'],
  'bad-kiosk': ['kiosk.idle_seconds', '<carefit-widget><script type="application/json">{"kiosk":{"idle_seconds":"soon"}}</script></carefit-widget>'],
};

let server, browser;
before(async () => {
  const pages = {
    '/themed.html': partnerPage('<carefit-widget id="w"></carefit-widget>', '<style>#w { --carefit-accent: #7a1f5c; }</style>'),
    '/events-on.html': partnerPage('<carefit-widget id="w"><script type="application/json">{"events": true}</script></carefit-widget>'),
    '/events-off.html': partnerPage('<carefit-widget id="w"></carefit-widget>'),
    '/api.html': partnerPage('<div id="target"></div>'),
  };
  for (const [name, [, markup]] of Object.entries(BAD_CONFIGS)) pages[`/${name}.html`] = partnerPage(markup);
  for (const offers of ['OUT', 'IOP', 'PHP', 'RES', 'OUT,IOP,PHP,RES']) {
    pages[`/offers-${offers}.html`] = partnerPage(`<carefit-widget offers="${offers}" center-name="Hope"></carefit-widget>`);
  }
  server = await serve(undefined, { pages });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('on a page with hostile global CSS, a journey completes and the widget keeps its look', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/examples/partner-hostile.html');
  const widget = page.locator('#widget');
  await widget.locator('[data-screen="start"]').waitFor();
  await act(widget, 'start');
  const looks = await widget.locator('[data-screen="question"]').evaluate((screen) => {
    const read = (el) => { const s = getComputedStyle(el); return { size: parseFloat(s.fontSize), color: s.color, display: s.display, visibility: s.visibility, opacity: s.opacity }; };
    return {
      heading: read(screen.querySelector('[tabindex="-1"]')),
      label: read(screen.querySelector('label')),
      input: { ...read(screen.querySelector('input')), width: screen.querySelector('input').getBoundingClientRect().width },
      button: read(screen.querySelector('[data-action="next"]')),
    };
  });
  for (const [part, look] of Object.entries(looks)) {
    assert.ok(look.size >= 18, `${part} font ${look.size}px`);
    assert.notEqual(look.display, 'none', part);
    assert.equal(look.visibility, 'visible', part);
    assert.equal(look.opacity, '1', part);
    assert.ok(!['rgb(255, 0, 0)', 'rgb(255, 0, 255)'].includes(look.color), `${part} colour ${look.color}`);
  }
  assert.ok(looks.input.width >= 24);
  await act(widget, 'back');
  const level = await completeJourney(widget, PHP_PLAN);
  assert.equal(level, engineVerdict(PHP_PLAN).level);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  assert.equal(await widget.evaluate((el) => el.shadowRoot.mode), 'open');
  await context.close();
});

test('two widgets on one page keep separate answers and languages', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/examples/two-widgets.html');
  const en = page.locator('#english');
  const es = page.locator('#spanish');
  await en.locator('[data-screen="start"]').waitFor();
  await es.locator('[data-screen="start"]').waitFor();
  assert.equal(await en.locator('.carefit').getAttribute('lang'), 'en');
  assert.equal(await es.locator('.carefit').getAttribute('lang'), 'es');
  await act(en, 'start');
  await choose(en, 'age', 'adult');
  await act(es, 'start');
  assert.equal(await es.locator('input:checked').count(), 0, 'the second widget has no answer from the first');
  await choose(es, 'age', 'under_18');
  assert.ok(await en.locator('input[value="adult"]').isChecked());
  assert.equal(await en.locator('input[value="under_18"]').isChecked(), false);
  const enLevel = await (async () => { await act(en, 'back'); return completeJourney(en, PHP_PLAN); })();
  await act(es, 'back');
  const esLevel = await completeJourney(es, CALM_PLAN);
  assert.equal(enLevel, 'PHP');
  assert.equal(esLevel, 'OUT');
  await context.close();
});

for (const [name, [field]] of Object.entries(BAD_CONFIGS)) {
  test(`bad config (${name}) shows a notice naming ${field}, and the widget still completes`, async () => {
    const { page, log, context } = await openPage(browser, server.origin);
    const warnings = [];
    page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
    await page.goto(`${server.origin}/${name}.html`);
    const widget = page.locator('carefit-widget');
    await widget.locator('[data-screen="start"]').waitFor();
    assert.match(await widget.locator('.cf-notice').innerText(), new RegExp(`\`${field.replace('.', '\\.')}\``));
    assert.equal(warnings.filter((w) => w.includes('carefit config')).length, 1, 'logged once');
    assert.equal(await completeJourney(widget, CALM_PLAN), 'OUT');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('theme custom properties set on the element change the accent inside the shadow root', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/themed.html');
  const widget = page.locator('#w');
  await widget.locator('[data-screen="start"]').waitFor();
  const background = await widget.locator('[data-action="start"][data-for="myself"]').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(background, 'rgb(122, 31, 92)');
  await context.close();
});

test('removing the element tears the widget down: no timers left, no errors', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await trackTimers(page);
  await page.goto(server.origin + '/examples/center.html');
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  await act(widget, 'start');
  await choose(widget, 'age', 'adult');
  await page.evaluate(() => document.querySelector('carefit-widget').remove());
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__liveTimers.size), 0);
  assert.equal(await page.evaluate(() => document.querySelector('carefit-widget')), null);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the iframe embed posts its height and nothing else', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(e.data));
  });
  await page.goto(server.origin + '/examples/iframe.html');
  const frame = page.frameLocator('#carefit-frame').locator('carefit-widget');
  await frame.locator('[data-screen="start"]').waitFor();
  assert.equal(await frame.locator('.carefit').getAttribute('lang'), 'es');
  const level = await completeJourney(frame, PHP_PLAN);
  assert.equal(level, 'PHP');
  // Every section of the result opened: the frame is told a height that
  // holds it all (the result alone may fit the first, coarse height).
  await frame.locator('[data-screen="result"]').evaluate((el) => { for (const d of el.querySelectorAll('details')) d.open = true; });
  await page.waitForTimeout(300);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.length >= 1, 'the height is reported');
  const needed = await page.frames().find((f) => f.url().includes('embed'))
    .evaluate(() => document.documentElement.scrollHeight);
  assert.ok(messages.at(-1).height >= needed, `told ${messages.at(-1).height} px for ${needed} px`);
  for (const m of messages) {
    assert.deepEqual(Object.keys(m).sort(), ['height', 'type']);
    assert.equal(m.type, 'carefit:height');
    assert.equal(typeof m.height, 'number');
  }
  const frameHeight = await page.locator('#carefit-frame').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(frameHeight > 600, `frame sized to ${frameHeight}`);
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('the parent cannot tell a crisis screen from a question by the frame\'s height', async () => {
  for (const width of [1280, 390]) {
    const { page, context } = await openPage(browser, server.origin, { viewport: { width, height: 844 } });
    await page.addInitScript(() => {
      window.__heights = [];
      window.addEventListener('message', (e) => window.__heights.push(e.data.height));
    });
    await page.goto(server.origin + '/examples/iframe.html');
    const frame = page.frameLocator('#carefit-frame').locator('carefit-widget');
    await frame.locator('[data-screen="start"]').waitFor();
    await act(frame, 'start');
    await frame.locator('[data-question="age"]').waitFor();
    await page.waitForTimeout(300);
    const atQuestion = await page.evaluate(() => window.__heights.slice());
    await act(frame, 'help');
    await frame.locator('[data-screen="crisis"]').waitFor();
    await page.waitForTimeout(300);
    await act(frame, 'continue');
    await skipTo(frame, 'self_harm');
    await frame.locator('label[for$="-self_harm-now"]').click();
    await frame.locator('[data-screen="crisis"]').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__heights), atQuestion, `${width}px: no height told the crisis apart`);
    await context.close();
  }
});

test('the iframe embed takes only the language from its link, never the center\'s settings', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const scam = new URLSearchParams({
    'center-name': 'Scam Center', phone: '555-666-7777', 'contact-url': 'https://scam.example/pay',
    offers: 'RES', mode: 'kiosk', 'idle-seconds': '1', 'countdown-seconds': '1',
  });
  await page.goto(`${server.origin}/embed.html?${scam}`);
  const widget = page.locator('#widget');
  await widget.locator('[data-screen="start"]').waitFor();
  assert.equal(await widget.locator('.cf-kiosk').count(), 0, 'not put in kiosk mode by a link');
  const level = await completeJourney(widget, PHP_PLAN);
  assert.equal(level, 'PHP');
  assert.equal(await widget.locator('.cf-not-offered').count(), 0, 'offers untouched');
  const text = await widget.locator('.carefit').innerText();
  for (const planted of ['Scam', '555-666-7777', 'scam.example']) assert.ok(!text.includes(planted), planted);
  assert.equal(await widget.locator('a[href*="scam"], a[href*="5556667777"], a[href*="555-666-7777"]').count(), 0);
  await page.waitForTimeout(2500);
  assert.equal(await screenId(widget), 'result', 'no kiosk wipe from a link');

  await page.goto(`${server.origin}/embed.html?lang=es`);
  await widget.locator('[data-screen="start"]').waitFor();
  assert.equal(await widget.locator('.carefit').getAttribute('lang'), 'es');
  await context.close();
});

test('the level never depends on what the center offers', async () => {
  const levels = new Set();
  for (const offers of ['OUT', 'IOP', 'PHP', 'RES', 'OUT,IOP,PHP,RES']) {
    const { page, context } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/offers-${offers}.html`);
    const widget = page.locator('carefit-widget');
    await widget.locator('[data-screen="start"]').waitFor();
    levels.add(await completeJourney(widget, PHP_PLAN));
    const referral = await widget.locator('.cf-not-offered').count();
    assert.equal(referral, offers.includes('PHP') ? 0 : 1, `referral when ${offers} lacks PHP`);
    await context.close();
  }
  assert.deepEqual([...levels], ['PHP']);
});

test('carefit:complete carries the level alone, and only when the config opts in', async () => {
  for (const [page_, expected] of [['/events-on.html', [{ level: 'PHP' }]], ['/events-off.html', []]]) {
    const { page, context } = await openPage(browser, server.origin);
    await page.addInitScript(() => {
      window.__events = [];
      document.addEventListener('carefit:complete', (e) => window.__events.push(e.detail));
    });
    await page.goto(server.origin + page_);
    const widget = page.locator('#w');
    await widget.locator('[data-screen="start"]').waitFor();
    await completeJourney(widget, PHP_PLAN);
    assert.deepEqual(await page.evaluate(() => window.__events), expected);
    await context.close();
  }
});

test('mount(element, config) from code, with destroy()', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/api.html');
  await page.evaluate(async () => {
    const { mount } = await import('/carefit.js');
    window.__handle = await mount(document.getElementById('target'), { center_name: 'Hope House', lang: 'es' });
  });
  const target = page.locator('#target');
  await target.locator('[data-screen="start"]').waitFor();
  assert.match(await target.locator('[data-screen="start"]').innerText(), /Hope House/);
  assert.equal(await target.locator('.carefit').getAttribute('lang'), 'es');
  await page.evaluate(() => window.__handle.destroy());
  assert.equal(await target.locator('[data-screen]').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('axe finds no violation inside the Shadow DOM embed', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/examples/center.html');
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await act(widget, 'start');
  assert.deepEqual(await axeViolations(page), []);
  await act(widget, 'back');
  await completeJourney(widget, PHP_PLAN);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the help inside the element shows while the widget cannot load, and hides once it mounts', async () => {
  const snippet = (origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="${origin}/carefit.js"></script></head><body><main><h1>Partner</h1>
<carefit-widget center-name="Hope House"><p id="inside">If you or someone with you is in danger, call 911. Call or text 988.</p></carefit-widget>
</main></body></html>`;
  // The center's host without the README's CORS lines: the module is refused.
  const bare = await serve();
  // …and with them, exactly as the README's _headers give them.
  const cors = await serve(undefined, { headers: { 'access-control-allow-origin': '*' } });
  const partner = await serve(undefined, { pages: { '/bare.html': snippet(bare.origin), '/cors.html': snippet(cors.origin) } });
  try {
    // Not openPage: the center's files come from another origin on purpose.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(partner.origin + '/bare.html');
    await page.waitForTimeout(500);
    assert.ok(await page.locator('#inside').isVisible(), 'the help stays when the widget cannot load');
    assert.equal(await page.locator('carefit-widget').evaluate((el) => el.shadowRoot), null);
    await page.goto(partner.origin + '/cors.html');
    await page.locator('carefit-widget [data-screen="start"]').waitFor();
    assert.equal(await page.locator('#inside').isVisible(), false, 'hidden once the widget draws');
    await context.close();
  } finally {
    await Promise.all([bare.close(), cors.close(), partner.close()]);
  }
});
