// Kiosk pages: keep working when the network drops, then start the widget.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch((error) => {
    console.warn('carefit: offline support is unavailable here', error);
  });
}
await import('./carefit.js');
