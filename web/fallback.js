// A page's last word (index.html, embed.html, kiosk.html). A page runs its
// module scripts in order, so this runs after carefit.js has run, or after
// carefit.js could not: refused by its integrity hash (a tampered copy),
// blocked or broken. Then nothing will ever start the app: show the static
// help (the crisis lines, the levels) without its line saying the
// questions are loading, and in place of the pre-rendered screens, which
// would be dead buttons over hidden help, as nomodule.js does for browsers
// too old for modules. carefit.js defines <carefit-widget> as it runs, so
// that tells.
// No `?.` or `??`: some browsers run modules but cannot parse those, nor
// carefit.js, and this must still run there.
if (!customElements.get('carefit-widget')) {
  const pre = document.querySelector('.cf-prerendered');
  if (pre) pre.remove();
  const help = document.getElementById('carefit-fallback');
  if (help) {
    for (const line of help.querySelectorAll('.cf-loading')) line.hidden = true;
    help.hidden = false;
  }
}
