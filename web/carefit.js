// carefit's one stable entry script. A page includes it once:
//   <script type="module" src="https://center.example/carefit/carefit.js"></script>
//   <carefit-widget center-name="Hope House" phone="555-010-2000"></carefit-widget>
// It loads the wasm from beside itself (wherever the bundle is hosted),
// starts the standalone page's #carefit on a page the build made, defines
// <carefit-widget>, and exports mount(element, config) for code.
// The help drawn without the app (the build inlines this module here).
import { HELP, helpBox, explain, helpSettings, ownLinesInStaticHelp, showStaticHelp } from './help.js';
// The app's wasm-bindgen glue. The build (web/build.mjs) writes its
// text here in place of this import, in a scope of its own, so the hash a
// page checks carefit.js against covers the glue too. Every other file
// carefit.js loads is checked against a hash of its own: each wasm, the
// stylesheet, the QR encoder's glue (see importChecked).
import initApp, { start_page as startPage, mount_widget as mountWidget, words_arrived as wordsArrived } from './carefit-web.js';

const BASE = new URL('.', import.meta.url);
const ATTRIBUTES = ['lang', 'center-name', 'phone', 'contact-url', 'offers', 'mode', 'idle-seconds', 'countdown-seconds', 'heading-level'];

// Filled in by the build (web/build.mjs): each file carefit.js loads, by
// the name used here, as [file, integrity]: the name it ships under (a hash
// of its content in it, so a deploy never mixes two builds' files) and its
// Subresource Integrity hash. A copy that does not match is refused (the
// app's wasm: the fallback stays; the QR encoder's: the link shows as text
// only; the stylesheet: the widget runs unstyled rather than styled by
// someone else).
const FILES = {};
/** Where a file carefit.js loads is, under the name it ships with. */
const fileUrl = (name) => new URL(FILES[name][0], BASE).href;


// The standalone page, only on a page the build made (index.html,
// kiosk.html), which says so in its head: <meta name="carefit-page"
// content="standard"> or "kiosk". An id="carefit" in a partner's page (a
// forum post, a CMS block) starts nothing: body markup cannot reach the head.
const pageKind = document.head?.querySelector(':scope > meta[name="carefit-page"]')?.content;
const page = pageKind ? document.getElementById('carefit') : null;
const staticHelp = page?.querySelector('#carefit-fallback');
// Its settings: the JSON inside #carefit itself, nothing found elsewhere.
const pageConfig = page?.querySelector(':scope > script[type="application/json"]')?.textContent.trim() ?? '';
// A kiosk page is a kiosk whatever its config says (as the app reads it).
const pageAttributes = pageKind === 'kiosk' ? ['mode', 'kiosk'] : [];
if (page && pageConfig !== (page.querySelector('.cf-prerendered')?.dataset.config ?? '')) ownLinesInStaticHelp(staticHelp, pageConfig, pageAttributes);
const steps = followPrerendered(page?.querySelector('.cf-prerendered'));

const fetchChecked = (name) => fetch(fileUrl(name), { integrity: FILES[name][1] });

// A language's words for someone else and for mental health alone
// (src/ui/words.rs), fetched once a journey begins, whatever its answers
// (the app asks once a language), and checked like every file; the app gets their list, or
// none (it then keeps its base words).
const loadWords = (lang) => fetchChecked(`carefit-words-${lang}.json`).then((r) => r.json())
  .catch(() => []).then((texts) => wordsArrived(lang, texts));

/**
 * A module beside carefit.js, checked against its hash. import() cannot
 * carry one, so a module script tag with the hash fetches it first, into
 * the page's module map, where the import then finds that checked copy. A
 * copy that fails the check is never run, and this rejects.
 */
function importChecked(name) {
  const src = fileUrl(name);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.integrity = FILES[name][1];
    script.src = src;
    script.onload = () => { script.remove(); resolve(import(src)); };
    script.onerror = () => { script.remove(); reject(new Error(`${name} was refused or could not load`)); };
    document.head.append(script);
  });
}

// One load for every widget on the page, once the page has painted: on a
// slow line the first screen then gets the bandwidth, and it already works
// while the app downloads.
const ready = painted().then(() => initApp({ module_or_path: fetchChecked('carefit-web_bg.wasm') }));
ready.catch((error) => console.error('carefit could not start', error));

/**
 * Until the wasm arrives, the screens pre-rendered into the page work on
 * their own: a button goes where the build wrote that the app would go
 * (carefit-prerender, with Flow::apply): `data-to`, or `data-to-SCREEN`
 * where that depends on the screen this one was opened from. Answers can
 * be chosen. Every step is logged and the app replays it (ui::resume), so
 * nothing is lost; a button with no target (Next, Skip, …) waits, marked busy.
 */
function followPrerendered(pre) {
  const steps = [];
  if (!pre) return steps;
  if (pageConfig !== pre.dataset.config) {
    // Rendered with other settings (another center's crisis numbers, say): not shown.
    showStaticHelp(page, staticHelp);
    return steps;
  }
  // These screens work from here: the static help below them, which
  // index.html shows in case no script of it can run (web/inline-index.mjs),
  // waits hidden, as on every other page.
  if (staticHelp) staticHelp.hidden = true;
  let shown = 'start';
  let from = '';
  let waiting = false;
  pre.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-pre-action]');
    if (!button) return;
    const action = button.dataset.preAction;
    // Steps as Action::from_step reads them: `lang es`, `start someone_else`.
    const detail = action === 'lang' ? button.lang : button.dataset.for;
    steps.push(detail ? `${action} ${detail}` : action);
    const to = button.getAttribute(`data-to-${from}`) ?? button.dataset.to;
    if (waiting) return;
    if (to) {
      from = shown;
      shown = to;
      for (const screen of pre.children) if (!(screen.hidden = screen.dataset.pre !== to)) screen.querySelector('h1').focus();
    } else {
      // From here the app takes the steps in order; the screen stays as it is.
      waiting = true;
      button.setAttribute('aria-busy', 'true');
    }
  });
  pre.addEventListener('change', (event) => {
    const name = event.target.name;
    const chosen = [...pre.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
    steps.push(['choose', name, ...chosen].join(' '));
  });
  return steps;
}

/**
 * Resolves once the pre-rendered page has been painted and its largest
 * paint recorded (at once where nothing was pre-rendered), or after two
 * seconds at most: a page opened in a background tab paints nothing until
 * shown, and must not wait for that to fetch the app. The app later
 * replaces those nodes with identical ones; a paint recorded only after the
 * swap would count the wasm's arrival as the page's largest paint.
 */
function painted() {
  if (!page?.querySelector('.cf-prerendered')) return Promise.resolve();
  const atMost = new Promise((resolve) => setTimeout(resolve, 2000));
  const paint = new Promise((resolve) => {
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(); })
        .observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      requestAnimationFrame(() => requestAnimationFrame(resolve));
    }
  });
  return Promise.race([paint, atMost]);
}

/**
 * A kiosk result shows its contact link as a QR code. The encoder is a wasm
 * of its own (src/bin/carefit-qr.rs), fetched with its glue when the first
 * code is due, so no one else downloads either; the app draws the image,
 * this fills it in.
 */
let qrEncoder = null;
function drawQrCodes(root) {
  const observer = new MutationObserver(() => {
    for (const img of root.querySelectorAll('img.cf-qr[data-qr]:not([src])')) {
      qrEncoder ??= importChecked('carefit-qr.js').then(async (qr) => {
        await qr.default({ module_or_path: fetchChecked('carefit-qr_bg.wasm') });
        return qr;
      });
      // Whatever fails here, the link stays readable as text beside it,
      // and the app goes on (this is not the app's wasm).
      qrEncoder.then((qr) => { img.src = qr.qr_data_url(img.dataset.qr) ?? ''; })
        .catch((error) => console.error('carefit: the QR code could not be drawn', error));
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}

if (page) {
  drawQrCodes(page);
  ready.then(async () => {
    // Keep the place of a keyboard or screen reader user across the swap.
    const active = document.activeElement;
    const place = !page.querySelector('.cf-prerendered')?.contains(active) ? null
      : active.name ? `input[name="${active.name}"][value="${active.value}"]`
        : active.dataset.preAction ? `[data-action="${active.dataset.preAction}"]${active.dataset.for ? `[data-for="${active.dataset.for}"]` : ''}`
          : 'h1';
    startPage(steps, loadWords);
    // The app renders in the microtask start_page queued.
    await null;
    // The button pressed may be gone (a step the app took moved on): its heading.
    if (place) (page.querySelector(place) ?? page.querySelector('h1')).focus();
    keepHistory(page);
  }, () => showStaticHelp(page, staticHelp, 'failed'));
}

/**
 * On the widget's own page (the standalone page, embed.html opened on its
 * own), each new screen becomes a history entry that holds its position and
 * nothing else, so the browser's Back and a phone's back gesture step back
 * through the questions (by pressing the app's own Back) instead of leaving
 * the page with every answer. The title names the kind of screen and
 * nothing else: the same at the same step, whoever the answers are about
 * and whatever they were ("Question", never "3 of 11"; crisis help is "Need
 * help now?" whatever opened it). Not on a kiosk, never for a widget inside
 * someone else's page, and not in a frame: the page around it would see the
 * frame's entries in its own history.length, a count of the screens. There
 * the widget's own Back steps back.
 */
export function keepHistory(root) {
  if (window.top !== window) return;
  const pageTitle = document.title;
  let position = 0;
  let fromBrowser = false;
  let shown = null;
  const follow = () => {
    const app = root.querySelector('.carefit[lang]:not(.cf-fallback)');
    const screen = app?.querySelector('[data-screen]');
    if (!screen) return;
    if (app.classList.contains('cf-kiosk')) { observer.disconnect(); return; }
    const now = `${screen.dataset.screen} ${screen.dataset.question ?? ''}`;
    if (now === shown) return;
    const first = shown === null;
    shown = now;
    const words = HELP[app.lang] ?? HELP.en;
    const name = screen.dataset.screen === 'crisis' ? words.help_now : words.titles[screen.dataset.screen];
    document.title = name ? `${name} · ${pageTitle}` : pageTitle;
    if (first) history.replaceState(0, '');
    else if (fromBrowser) fromBrowser = false;
    // Back at the start (Start over, say): return to the first entry rather
    // than add one, so no Back leads past it to screens that are gone.
    else if (screen.dataset.screen === 'start' && position > 0) history.go(-position);
    else history.pushState(++position, '');
  };
  const observer = new MutationObserver(follow);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-screen', 'data-question'] });
  follow();
  addEventListener('popstate', (event) => {
    const to = typeof event.state === 'number' ? event.state : 0;
    const back = root.querySelector('[data-screen="crisis"] [data-action="continue"], [data-screen]:not([data-screen="start"]) [data-action="back"]');
    if (to < position && back) {
      fromBrowser = true;
      back.click();
    }
    position = to;
  });
}

// A panic in the wasm is a trap (the release build aborts at once, with no
// message): the module is dead, so every widget on the page has stopped.
// Put the static help back in each rather than leave a dead box. A trap in
// an event handler reaches 'error'; one in a scheduled render, a rejection.
// Only a trap of carefit's own wasm: the host page may run wasm of its own,
// and its RuntimeError must not take the widget away. The build has the
// app's glue call the wasm through markTraps, which remembers every trap
// thrown out of it (the same object then reaches 'error' or the rejection),
// so this needs no guess from a stack trace, whose form each engine writes
// its own way.
const ownTraps = new WeakSet();
function markTraps(exports) {
  const marked = {};
  for (const [name, value] of Object.entries(exports)) {
    marked[name] = typeof value !== 'function' ? value : (...args) => {
      try {
        return value(...args);
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError) ownTraps.add(error);
        throw error;
      }
    };
  }
  return marked;
}
const mounted = new Map();
function crashed(error) {
  if (!ownTraps.has(error)) return;
  if (page) showStaticHelp(page, staticHelp, 'crashed');
  for (const [root, settings] of mounted) {
    // In the language the person was reading, which they may have switched.
    const reading = root.querySelector('.carefit[lang]:not(.cf-fallback)')?.lang;
    const help = helpBox({ ...settings, lang: HELP[reading] ? reading : settings.lang });
    explain(help, 'crashed');
    root.replaceChildren(...[...root.children].filter((el) => el.tagName === 'LINK'), help);
  }
}
window.addEventListener('error', (event) => crashed(event.error));
window.addEventListener('unhandledrejection', (event) => crashed(event.reason));

// What runs in each host element: its app and its QR observer. Mounting
// again, destroying or disconnecting tears down exactly that one.
const running = new WeakMap();

function unmount(host) {
  const was = running.get(host);
  running.delete(host);
  if (host.shadowRoot) mounted.delete(host.shadowRoot);
  was?.observer.disconnect();
  was?.handle?.destroy();
  host.shadowRoot?.replaceChildren();
}

/**
 * Mounts the widget into `host`'s open shadow root, in place of any app
 * already there. Returns the record `unmount` tears down.
 */
async function mountInto(host, configJson, attributes) {
  unmount(host);
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  // Checked against its hash like every file carefit runs: a stylesheet
  // can restyle inputs to leak answers. A hash needs a CORS fetch when the
  // bundle is on another origin than the page (a partner's).
  style.crossOrigin = 'anonymous';
  style.integrity = FILES['carefit.css'][1];
  style.href = fileUrl('carefit.css');
  const settings = helpSettings(configJson, attributes);
  const waiting = helpBox(settings);
  const container = document.createElement('div');
  root.append(style, waiting, container);
  const record = { observer: drawQrCodes(root), handle: null };
  running.set(host, record);
  try {
    await ready;
    // Unmounted or mounted again while the app loaded: start nothing.
    if (running.get(host) !== record) return record;
    record.handle = mountWidget(container, host, configJson ?? undefined, attributes, loadWords);
    waiting.remove();
    mounted.set(root, settings);
  } catch (error) {
    explain(waiting, 'failed');
    console.error('carefit could not start', error);
    // A trap while mounting killed the wasm for every widget on the page.
    crashed(error);
  }
  return record;
}

/** For sites that prefer code: returns a handle with destroy(). */
export async function mount(element, config = {}) {
  const record = await mountInto(element, JSON.stringify(config), []);
  return {
    destroy() {
      // A later mount() on the same element is not this one's to remove.
      if (running.get(element) === record) unmount(element);
    },
  };
}

class CarefitWidget extends HTMLElement {
  async connectedCallback() {
    // Upgraded while the parser is still inside it: its JSON child may not
    // be there yet, so wait for the document before reading it.
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      if (!this.isConnected) return;
    }
    // Its own JSON only: a child of this element, not one of its descendants'.
    const script = this.querySelector(':scope > script[type="application/json"]');
    const attributes = ATTRIBUTES.flatMap((name) => (this.hasAttribute(name) ? [name, this.getAttribute(name)] : []));
    await mountInto(this, script ? script.textContent : null, attributes);
  }

  disconnectedCallback() {
    unmount(this);
  }
}

if (!customElements.get('carefit-widget')) customElements.define('carefit-widget', CarefitWidget);
