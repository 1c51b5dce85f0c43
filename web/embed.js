// The iframe embed: simple settings from the query string, and the page's
// height told to the parent so it can size the frame. Height only: no answer,
// screen or level ever crosses to the parent.
const SETTINGS = ['lang', 'center-name', 'phone', 'contact-url', 'offers', 'mode', 'idle-seconds', 'countdown-seconds'];
const widget = document.getElementById('widget');
const query = new URLSearchParams(location.search);
for (const name of SETTINGS) {
  if (query.has(name)) widget.setAttribute(name, query.get(name));
}
// Only now define <carefit-widget>, so it mounts with the settings above.
await import('./carefit.js');

let last = 0;
const tellHeight = () => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'carefit:height', height }, '*');
  }
};
new ResizeObserver(tellHeight).observe(document.body);
