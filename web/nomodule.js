// For a browser too old for module scripts, which cannot run carefit: the
// static help (crisis lines, the levels) in place of the pre-rendered screens,
// whose buttons would do nothing. Browsers with modules never fetch this.
// Old syntax on purpose: it must parse where nothing newer does.
(function () {
  var help = document.getElementById('carefit-fallback');
  if (!help) return;
  var pre = document.querySelector('.cf-prerendered');
  if (pre) pre.parentNode.removeChild(pre);
  var loading = help.querySelectorAll('.cf-loading');
  for (var i = 0; i < loading.length; i++) loading[i].hidden = true;
  help.hidden = false;
}());
