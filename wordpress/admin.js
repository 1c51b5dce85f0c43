// Settings → carefit (includes/admin.php): the set-up page's checker (the
// same Rust reader as `carefit check-config` and the widget, built as its
// own wasm) run on the form as it changes and before it is sent; each error
// beside its field, the form kept from being sent while one remains, and
// the checker's verdict sent with the fields (the server saves nothing
// without a clean one for exactly these values). A live preview with
// carefit.js's mount(), and the kiosk file with these settings. Nothing is
// sent anywhere but the form to this site, and nothing is stored.
const form = document.getElementById('carefit-form');
const paths = JSON.parse(form.dataset.carefit);
// Both were fetched by their own tags, checked by their hashes, into the
// page's module map, where these imports find them (import() cannot carry a hash).
const { mount } = await import(paths.carefit);
const checker = await import(paths.checker);
const ready = checker.default({ module_or_path: fetch(paths.wasm, { integrity: paths.wasm_integrity }) });

const preview = document.querySelector('[data-preview]');
const verdictField = document.getElementById('carefit-checked');

/** A control by its config path: center_name → carefit[center_name], theme.accent → carefit[theme][accent]. */
const controlName = (path) => `carefit[${path.split(/\.|\[(\d+)\]/).filter(Boolean).join('][')}]`;
const value = (path) => form.elements.namedItem(controlName(path))?.value.trim() ?? '';
const LINE_KEYS = ['name', 'call', 'text', 'text_keyword', 'tty', 'note'];

function lineAt(path) {
  const line = {};
  for (const key of LINE_KEYS) if (value(`${path}.${key}`)) line[key] = value(`${path}.${key}`);
  return line;
}

/** The non-empty lines of a list of rows (crisis.lines, crisis_by_lang.es.home_lines). */
function linesAt(path) {
  const lines = [];
  for (let i = 0; form.elements.namedItem(controlName(`${path}[${i}].name`)); i++) {
    const line = lineAt(`${path}[${i}]`);
    if (Object.keys(line).length) lines.push(line);
  }
  return lines;
}

/** One scope's crisis help, as the set-up page writes it; null when all empty. */
function crisisAt(path) {
  const emergency = value(`${path}.emergency`);
  const lines = linesAt(`${path}.lines`);
  const home = linesAt(`${path}.home_lines`);
  if (!emergency && !lines.length && !home.length) return null;
  return { ...(emergency ? { emergency } : {}), lines, ...(home.length ? { home_lines: home } : {}) };
}

/**
 * The config the fields say: as typed and trimmed, empty ones left out, a
 * whole number of seconds as a number (the shape includes/admin.php's
 * carefit_form_config reads from the same fields; the rules are the checker's).
 */
function formConfig() {
  const config = {};
  for (const name of ['center_name', 'phone', 'contact_url', 'lang']) if (value(name)) config[name] = value(name);
  const offers = [...form.querySelectorAll('input[name="carefit[offers][]"]:checked')].map((box) => box.value.trim()).filter(Boolean);
  if (offers.length) config.offers = offers;
  if (value('theme.accent')) config.theme = { accent: value('theme.accent') };
  if (form.querySelector('input[name="carefit[mode]"]:checked')?.value === 'kiosk') config.mode = 'kiosk';
  const kiosk = {};
  for (const key of ['idle_seconds', 'countdown_seconds', 'front_desk']) {
    const typed = value(`kiosk.${key}`);
    if (typed) kiosk[key] = key !== 'front_desk' && /^\d{1,9}$/.test(typed) ? Number(typed) : typed;
  }
  if (Object.keys(kiosk).length) config.kiosk = kiosk;
  const crisis = crisisAt('crisis');
  if (crisis) config.crisis = crisis;
  for (const lang of ['en', 'es']) {
    const own = crisisAt(`crisis_by_lang.${lang}`);
    if (own) (config.crisis_by_lang ??= {})[lang] = own;
  }
  const referral = lineAt('referral');
  if (Object.keys(referral).length) config.referral = referral;
  if (form.querySelector('input[name="carefit[events]"]')?.checked) config.events = true;
  return config;
}

const check = (config) => JSON.parse(checker.check_config(JSON.stringify(config)));

/**
 * An issue's error slot: the field it names, else the nearest one that
 * holds it (crisis.lines[3] → crisis.lines, the list).
 */
function slotFor(path) {
  let name = path;
  while (name) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
    if (slot) return slot;
    name = name.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
  }
  return null;
}

let errors = [];
function showIssues(issues) {
  for (const slot of form.querySelectorAll('[data-error-for]')) slot.textContent = '';
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const list = document.getElementById('carefit-summary-list');
  list.replaceChildren();
  errors = issues.filter((issue) => issue.severity === 'error');
  for (const issue of issues) {
    const words = `${issue.severity === 'error' ? 'Error' : 'Note'}: ${issue.message}`;
    const slot = slotFor(issue.field);
    if (slot) {
      slot.textContent = slot.textContent ? `${slot.textContent} ${words}` : words;
      slot.classList.toggle('carefit-note', issue.severity !== 'error' && !slot.textContent.startsWith('Error'));
      const control = form.querySelector(`[data-field="${CSS.escape(slot.dataset.errorFor)}"]`);
      if (issue.severity === 'error') control?.setAttribute('aria-invalid', 'true');
      // An error inside a closed part of the form (one language's lines) opens it.
      if (issue.severity === 'error') slot.closest('details')?.setAttribute('open', '');
    }
    if (issue.severity === 'error') {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const target = form.querySelector(`[data-field="${CSS.escape(slot?.dataset.errorFor ?? '')}"]`);
      link.href = target?.id ? `#${target.id}` : '#carefit-form';
      link.textContent = `${issue.field}: ${issue.message}`;
      item.append(link);
      list.append(item);
    }
  }
  const status = document.getElementById('carefit-status');
  const said = errors.length ? `${errors.length} error${errors.length === 1 ? '' : 's'} in the settings.` : 'All settings are valid.';
  if (status.textContent !== said) status.textContent = said;
  if (!errors.length) document.getElementById('carefit-summary').hidden = true;
}

let used = {};
let timer = null;
async function update() {
  await ready;
  const typed = formConfig();
  const report = check(typed);
  used = report.config;
  showIssues(report.issues);
  verdictField.value = JSON.stringify({
    config: typed,
    errors: errors.map(({ field, message }) => ({ field, message })),
  });
  clearTimeout(timer);
  timer = setTimeout(showPreview, 250);
}

// The widget as visitors get it: only what the checker passed (a refused
// field left out, a light accent darkened).
const showPreview = () => mount(preview, { ...used });

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  await update();
  if (errors.length) {
    const summary = document.getElementById('carefit-summary');
    summary.hidden = false;
    summary.focus();
    return;
  }
  // WordPress names its Save button "submit", which hides form.submit.
  HTMLFormElement.prototype.submit.call(form);
});

// The build's kiosk file with its config block replaced by these settings in
// kiosk mode (its policy names its script and style by hash: the config is data).
const KIOSK_CONFIG = /(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/g;
document.querySelector('[data-action="download-kiosk"]').addEventListener('click', async () => {
  const status = document.getElementById('carefit-kiosk-status');
  status.textContent = 'Making the file…';
  try {
    await update();
    const response = await fetch(paths.kiosk);
    if (!response.ok) throw new Error(`carefit-kiosk.html: ${response.status}`);
    const html = await response.text();
    if ((html.match(KIOSK_CONFIG) ?? []).length !== 1) throw new Error('its config block was not found once');
    const json = JSON.stringify({ ...used, mode: 'kiosk' }, null, 2).replace(/</g, '\\u003c');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([html.replace(KIOSK_CONFIG, (all, open, close) => `${open}${json}${close}`)], { type: 'text/html' }));
    link.download = 'carefit-kiosk.html';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    status.textContent = 'Downloaded.';
  } catch (error) {
    status.textContent = `The kiosk file could not be made: ${error.message}`;
  }
});

update();
