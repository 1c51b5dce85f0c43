// The iframe embed: the language from the query string, and the page's
// height told to the parent so it can size the frame. Height only: no answer,
// screen or level ever crosses to the parent.
//
// Only `lang`: anyone can send a link to the center's own domain, so a
// phone number, a name or kiosk timings in it would be theirs, not the
// center's. Those come from the config in embed.html.
const widget = document.getElementById('widget');
const lang = new URLSearchParams(location.search).get('lang');
if (lang) widget.setAttribute('lang', lang);
// Only now define <carefit-widget>, so it mounts with the language above.
// The copy embed.html's own tag fetched, checked against its hash: an
// import cannot carry one (see embed.html).
const { keepHistory } = await import('./carefit.js');
// Opened on its own, embed.html is the widget's own page: the browser's
// Back steps back through its screens. Framed, keepHistory does nothing:
// no entry, no title, for the page around it to count or read.
keepHistory(widget.shadowRoot);

// Coarse and only growing: the parent sizes the frame but cannot tell one
// screen from another by its height (a crisis screen from a question). A
// floor of three steps holds the start, every question and crisis help;
// only the review, the result and the comparison may need more.
const STEP = 640;
const FLOOR = 3 * STEP;
let last = 0;
const tellHeight = () => {
  const height = Math.max(last, FLOOR, Math.ceil(document.documentElement.scrollHeight / STEP) * STEP);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'carefit:height', height }, '*');
  }
};
new ResizeObserver(tellHeight).observe(document.body);
