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
