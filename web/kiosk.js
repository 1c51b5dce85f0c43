// Kiosk pages: keep working when the network drops, keep what is on the
// screen on the screen, then start the widget.
if ('serviceWorker' in navigator) {
  // Scoped to the kiosk page alone: a visitor who opens it on the public
  // site must not get a worker over the website and the embeds.
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { scope: new URL('kiosk.html', import.meta.url).href })
    .catch((error) => {
      console.warn('carefit: offline support is unavailable here', error);
    });
}
// No context menu, dragging or selecting anywhere on the page, not only
// inside the widget: nothing to save, copy or send on.
for (const name of ['contextmenu', 'dragstart', 'selectstart']) {
  document.addEventListener(name, (event) => event.preventDefault(), { capture: true });
}
// The copy kiosk.html's own tag fetched, checked against its hash: an
// import cannot carry one (see kiosk.html).
await import('./carefit.js');
