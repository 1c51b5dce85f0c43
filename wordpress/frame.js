// [carefit mode="iframe"]: each carefit frame on the page grows to the
// height its page asks for (web/embed.js sends only a coarse height, never
// a screen, an answer or a level), and only from that frame.
addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.data?.type !== 'carefit:height') return;
  for (const frame of document.querySelectorAll('iframe.carefit-frame')) {
    if (frame.contentWindow === event.source && Number.isFinite(event.data.height)) frame.style.height = `${event.data.height}px`;
  }
});
