// A page's last word (index.html, embed.html, kiosk.html). A page runs its
// module scripts in order, so this runs after carefit.js has run, or after
// carefit.js could not: refused by its integrity hash (a tampered copy),
// blocked or broken. Then nothing will ever start the app: show the static
// help (the crisis lines, the levels) without its line saying the
// questions are loading, and in place of the pre-rendered screens, which
// would be dead buttons over hidden help, as nomodule.js does for browsers
// too old for modules. carefit.js defines <carefit-widget> as it runs, so
// that tells.
if (!customElements.get('carefit-widget')) {
  document.querySelector('.cf-prerendered')?.remove();
  const help = document.getElementById('carefit-fallback');
  for (const line of help?.querySelectorAll('.cf-loading') ?? []) line.hidden = true;
  if (help) help.hidden = false;
}
