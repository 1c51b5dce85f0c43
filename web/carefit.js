// carefit's one stable entry script. A page includes it once:
//   <script type="module" src="https://center.example/carefit/carefit.js"></script>
//   <carefit-widget center-name="Hope House" phone="555-010-2000"></carefit-widget>
// It loads the wasm from beside itself (wherever the bundle is hosted),
// mounts the standalone page's #carefit if there is one, defines
// <carefit-widget>, and exports mount(element, config) for code.
import init, { mount_widget } from './carefit-web.js';

const BASE = new URL('.', import.meta.url);
const ATTRIBUTES = ['lang', 'center-name', 'phone', 'contact-url', 'offers', 'mode', 'idle-seconds', 'countdown-seconds'];

// Filled in by the build (web/post-build.mjs): the wasm must match this
// Subresource Integrity hash, or it is refused and the fallback stays.
const WASM_INTEGRITY = '__WASM_INTEGRITY__';

// One load for every widget on the page; main() mounts #carefit if present.
const ready = init({
  module_or_path: fetch(new URL('carefit-web_bg.wasm', BASE), WASM_INTEGRITY.startsWith('sha') ? { integrity: WASM_INTEGRITY } : {}),
});

// The standalone page keeps its static fallback (crisis numbers, levels)
// when the wasm can't load; say so instead of "Loading…".
ready.catch((error) => {
  console.error('carefit could not start', error);
  const loading = document.querySelector('#carefit-fallback .cf-loading');
  if (loading) loading.textContent = 'The questions could not load. You can still get help with the numbers below.';
});

/** The static help shown while loading and if anything fails: never a blank box. */
function fallback() {
  const box = document.createElement('div');
  box.className = 'carefit cf-fallback';
  box.setAttribute('role', 'status');
  const p = (text) => { const el = document.createElement('p'); el.textContent = text; return el; };
  const link = (href, text) => { const a = document.createElement('a'); a.href = href; a.textContent = text; return a; };
  const help = document.createElement('p');
  help.append('Need help now? Call or text ', link('tel:988', '988'), '. In danger, call ', link('tel:911', '911'),
    '. SAMHSA Helpline: ', link('tel:18006624357', '1-800-662-4357'), '.');
  box.append(p('Loading a private self-check about levels of care…'), help);
  return box;
}

// A panic in the wasm stops every widget on the page (the module aborts):
// put each one's static help back rather than leave a dead box.
const mounted = new Set();
window.addEventListener('error', (event) => {
  if (!(event.error instanceof WebAssembly.RuntimeError)) return;
  for (const root of mounted) {
    const help = fallback();
    help.firstChild.textContent = 'Something went wrong. You can still get help:';
    root.replaceChildren(...[...root.children].filter((el) => el.tagName === 'LINK'), help);
  }
});

/** Mounts the widget into `element`'s open shadow root. */
async function mountInto(host, configJson, attributes) {
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  root.replaceChildren();
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('carefit.css', BASE).href;
  const waiting = fallback();
  const container = document.createElement('div');
  root.append(style, waiting, container);
  try {
    await ready;
    const handle = mount_widget(container, host, configJson ?? undefined, attributes);
    waiting.remove();
    mounted.add(root);
    return handle;
  } catch (error) {
    waiting.firstChild.textContent = 'The self-check could not start. You can still get help:';
    console.error('carefit could not start', error);
    return null;
  }
}

/** For sites that prefer code: returns a handle with destroy(). */
export async function mount(element, config = {}) {
  const handle = await mountInto(element, JSON.stringify(config), []);
  return {
    destroy() {
      if (element.shadowRoot) mounted.delete(element.shadowRoot);
      handle?.destroy();
      element.shadowRoot?.replaceChildren();
    },
  };
}

class CarefitWidget extends HTMLElement {
  async connectedCallback() {
    const script = this.querySelector('script[type="application/json"]');
    const attributes = ATTRIBUTES.flatMap((name) => (this.hasAttribute(name) ? [name, this.getAttribute(name)] : []));
    const mounting = mountInto(this, script ? script.textContent : null, attributes);
    this._mounting = mounting;
    const handle = await mounting;
    // Removed while loading: tear down at once.
    if (this._mounting !== mounting || !this.isConnected) handle?.destroy();
    else this._handle = handle;
  }

  disconnectedCallback() {
    if (this.shadowRoot) mounted.delete(this.shadowRoot);
    this._mounting = null;
    this._handle?.destroy();
    this._handle = null;
    this.shadowRoot?.replaceChildren();
  }
}

if (!customElements.get('carefit-widget')) customElements.define('carefit-widget', CarefitWidget);
