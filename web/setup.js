// The set-up page (setup.html): a form for a center's config, checked live
// by the same Rust reader as `carefit check-config` (carefit-setup.wasm),
// a preview of the real widget (carefit.js's mount), and what to copy.
// Only what the checker says the widget would use reaches the preview and
// the outputs: a refused field is left out, a light accent is darkened.
// Nothing is sent and nothing is stored.
import { mount } from './carefit.js';
import initChecker, { check_config as checkConfig, help_inside as helpInside } from './carefit-setup.js';

// Filled in by the build (web/setup-build.mjs).
const SETUP_WASM_INTEGRITY = '';

const BASE = new URL('.', import.meta.url).href;
const form = document.getElementById('setup');
const preview = document.querySelector('[data-preview]');
// A scope's two lists of lines: where each shows, for the hint.
const LISTS = [
  ['lines', 'Crisis lines', 'Add a crisis line',
    'In "Need help now?" and whenever an answer signals danger, after the emergency number.'],
  ['home_lines', 'If home is not safe', 'Add a line for home safety',
    'With a result, when a visitor says home is not safe (empty: the emergency number alone).'],
  ['teen_lines', 'For a child or teen being hurt', 'Add a line for a child or teen',
    'With a result, when home is not safe for someone under 18, before the home lines (empty: none).'],
];

let used = {};
// Whether `used` has been checked once: the outputs are written from then on.
let checked = false;

const ready = initChecker({
  module_or_path: fetch(new URL('carefit-setup_bg.wasm', import.meta.url),
    SETUP_WASM_INTEGRITY ? { integrity: SETUP_WASM_INTEGRITY } : {}),
});

// ---- The form ----

/** A field's one-line error slot, named by its hint and error together. */
function describe(control, box) {
  const error = document.createElement('p');
  error.className = 'error';
  error.id = `${control.id || box.id}-error`;
  box.append(error);
  const hint = box.querySelector('.hint');
  const ids = [hint?.id, error.id].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', ids);
  return error;
}

// The form's fields, and the one in the developer's section (`form="setup"`).
const FIELDS = '#setup .field, .developer .field';
for (const box of document.querySelectorAll(FIELDS)) {
  const control = box.matches('fieldset') ? box : box.querySelector('input[name], select[name]');
  if (control && !box.querySelector('.error')) describe(control, box);
}

function lineRow(values = {}) {
  const row = document.createElement('div');
  row.className = 'line';
  row.append(document.getElementById('line-template').content.cloneNode(true));
  for (const input of row.querySelectorAll('input[data-key]')) input.value = values[input.dataset.key] ?? '';
  const tools = document.createElement('p');
  tools.className = 'line-tools';
  for (const [action, words] of [['up', 'Move up'], ['down', 'Move down'], ['remove', 'Remove']]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.line = action;
    button.textContent = words;
    tools.append(button);
  }
  row.append(tools);
  for (const box of row.querySelectorAll('.field')) describe(box.querySelector('input'), box);
  return row;
}

function crisisBlock(block) {
  const scope = block.dataset.scope;
  const id = `f-${scope}.emergency`;
  const emergency = document.createElement('div');
  emergency.className = 'field';
  emergency.innerHTML = `<label for="${id}">Emergency number</label>
    <p class="hint" id="${id}-hint">The number crisis help tells visitors to call first (911 in the US). Needed for your own lines.</p>
    <input id="${id}" name="${scope}.emergency" type="tel" inputmode="tel">`;
  describe(emergency.querySelector('input'), emergency);
  block.append(emergency);
  for (const [key, heading, words, where] of LISTS) {
    const id = `${scope}.${key}`.replaceAll('.', '-');
    const part = document.createElement('div');
    part.className = 'lines-part';
    part.setAttribute('role', 'group');
    part.setAttribute('aria-labelledby', `${id}-h`);
    part.setAttribute('aria-describedby', `${id}-hint`);
    part.innerHTML = `<h4 id="${id}-h"></h4><p class="hint" id="${id}-hint"></p><div class="lines" data-list="${key}"></div>
      <button type="button" data-line="add"></button>`;
    part.querySelector('h4').textContent = heading;
    part.querySelector('.hint').textContent = where;
    part.querySelector('button').textContent = words;
    block.append(part);
  }
}

for (const block of form.querySelectorAll('.crisis')) crisisBlock(block);
{
  const referral = form.querySelector('[data-line="referral"]');
  referral.append(document.getElementById('line-template').content.cloneNode(true));
  for (const box of referral.querySelectorAll('.field')) describe(box.querySelector('input'), box);
}

/** Names and ids by the config's field paths, after any add, move or remove. */
function renumber() {
  for (const block of form.querySelectorAll('.crisis')) {
    for (const list of block.querySelectorAll('.lines')) {
      const path = `${block.dataset.scope}.${list.dataset.list}`;
      const rows = [...list.children];
      rows.forEach((row, i) => {
        for (const input of row.querySelectorAll('input[data-key]')) nameInput(input, `${path}[${i}].${input.dataset.key}`, row);
        row.querySelector('[data-line="up"]').disabled = i === 0;
        row.querySelector('[data-line="down"]').disabled = i === rows.length - 1;
        row.setAttribute('aria-label', `Line ${i + 1}`);
        row.setAttribute('role', 'group');
      });
    }
  }
  for (const input of form.querySelectorAll('[data-line="referral"] input[data-key]')) {
    nameInput(input, `referral.${input.dataset.key}`, input.closest('.line'));
  }
}

function nameInput(input, name, row) {
  input.name = name;
  input.id = `f-${name}`;
  const box = input.closest('.field');
  box.querySelector('label').htmlFor = input.id;
  const hint = box.querySelector('.hint');
  hint.id = `${input.id}-hint`;
  const error = box.querySelector('.error');
  error.id = `${input.id}-error`;
  input.setAttribute('aria-describedby', `${row.dataset.line === 'referral' ? 'referral-hint ' : ''}${hint.id} ${error.id}`);
}

form.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-line]');
  if (!button) return;
  const part = button.closest('.lines-part');
  const row = button.closest('.line');
  if (button.dataset.line === 'add') {
    const added = lineRow();
    part.querySelector('.lines').append(added);
    renumber();
    added.querySelector('input').focus();
  } else if (button.dataset.line === 'remove') {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    renumber();
    (next?.querySelector('input') ?? part.querySelector('[data-line="add"]')).focus();
  } else if (button.dataset.line === 'up' && row.previousElementSibling) {
    row.previousElementSibling.before(row);
    renumber();
    (button.disabled ? row.querySelector('[data-line="down"]') : button).focus();
  } else if (button.dataset.line === 'down' && row.nextElementSibling) {
    row.nextElementSibling.after(row);
    renumber();
    (button.disabled ? row.querySelector('[data-line="up"]') : button).focus();
  }
  update();
});

const value = (name) => form.elements.namedItem(name)?.value.trim() ?? '';
// A number stays a number for the checker; anything else goes as typed, so
// the checker says what is wrong with it.
const numberOrText = (text) => (/^\d+$/.test(text) ? Number(text) : text);

function lineFrom(row) {
  const line = {};
  for (const input of row.querySelectorAll('input[data-key]')) if (input.value.trim()) line[input.dataset.key] = input.value.trim();
  return line;
}

/** The config as the form says it, fields left empty left out. */
function formConfig() {
  const config = {};
  for (const name of ['center_name', 'phone', 'contact_url', 'lang']) if (value(name)) config[name] = value(name);
  const offers = [...form.querySelectorAll('input[name="offers"]:checked')].map((box) => box.value);
  if (offers.length) config.offers = offers;
  if (value('theme.accent')) config.theme = { accent: value('theme.accent') };
  if (form.querySelector('input[name="mode"]:checked')?.value === 'kiosk') config.mode = 'kiosk';
  const kiosk = {};
  for (const key of ['idle_seconds', 'countdown_seconds']) if (value(`kiosk.${key}`)) kiosk[key] = numberOrText(value(`kiosk.${key}`));
  if (value('kiosk.front_desk')) kiosk.front_desk = value('kiosk.front_desk');
  if (Object.keys(kiosk).length) config.kiosk = kiosk;
  for (const block of form.querySelectorAll('.crisis')) {
    const scope = block.dataset.scope;
    const listed = (key) => [...block.querySelectorAll(`.lines[data-list="${key}"] > .line`)].map(lineFrom)
      .filter((line) => Object.keys(line).length);
    const lines = listed('lines');
    const home = listed('home_lines');
    const teen = listed('teen_lines');
    const emergency = value(`${scope}.emergency`);
    if (!emergency && !lines.length && !home.length && !teen.length) continue;
    const help = { ...(emergency ? { emergency } : {}), lines, ...(home.length ? { home_lines: home } : {}),
      ...(teen.length ? { teen_lines: teen } : {}) };
    if (scope === 'crisis') config.crisis = help;
    else (config.crisis_by_lang ??= {})[scope.split('.')[1]] = help;
  }
  const referral = lineFrom(form.querySelector('[data-line="referral"]'));
  if (Object.keys(referral).length) config.referral = referral;
  if (form.elements.namedItem('events').checked) config.events = true;
  return config;
}

/** Fills the form from a config object (a loaded center.json). */
function fillForm(config) {
  form.reset();
  const set = (name, v) => { const el = form.elements.namedItem(name); if (el && v !== undefined && v !== null) el.value = String(v); };
  for (const name of ['center_name', 'phone', 'contact_url', 'lang']) set(name, config[name]);
  for (const box of form.querySelectorAll('input[name="offers"]')) box.checked = [].concat(config.offers ?? []).includes(box.value);
  set('theme.accent', config.theme?.accent);
  for (const radio of form.querySelectorAll('input[name="mode"]')) radio.checked = radio.value === (config.mode === 'kiosk' ? 'kiosk' : 'standard');
  for (const key of ['idle_seconds', 'countdown_seconds', 'front_desk']) set(`kiosk.${key}`, config.kiosk?.[key]);
  form.elements.namedItem('events').checked = config.events === true;
  for (const block of form.querySelectorAll('.crisis')) {
    const scope = block.dataset.scope;
    const help = scope === 'crisis' ? config.crisis : config.crisis_by_lang?.[scope.split('.')[1]];
    set(`${scope}.emergency`, help?.emergency);
    for (const list of block.querySelectorAll('.lines')) {
      list.replaceChildren(...[].concat(help?.[list.dataset.list] ?? []).map((line) => lineRow(line ?? {})));
    }
    if (block.matches('details') && help) block.open = true;
  }
  for (const input of form.querySelectorAll('[data-line="referral"] input[data-key]')) input.value = config.referral?.[input.dataset.key] ?? '';
  renumber();
}

// ---- Checking ----

const check = (config) => JSON.parse(checkConfig(JSON.stringify(config)));

/** The control an issue's field names, or the nearest one that holds it. */
function controlFor(field) {
  const byName = (name) => form.elements.namedItem(name);
  let name = field;
  while (name) {
    for (const candidate of [name, `${name}.emergency`, `${name}.name`]) {
      const found = byName(candidate);
      if (found instanceof RadioNodeList) return found[0].closest('fieldset');
      if (found) return found.type === 'checkbox' ? found.closest('fieldset') ?? found : found;
    }
    name = name.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    if (name === field) break;
  }
  return null;
}

/** What the office manager sees the field called: its label, else its setting's name. */
function fieldName(control, field) {
  const label = control?.matches('fieldset') ? control.querySelector('legend') : control?.labels?.[0];
  const row = control?.closest('.line[aria-label]')?.getAttribute('aria-label');
  const scope = control?.closest('.crisis, .line[data-line="referral"]')?.querySelector('h3, h2')?.textContent;
  const words = label?.textContent.trim();
  return words ? [scope, row, words].filter(Boolean).join(', ') : field;
}

function showIssues(issues) {
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of document.querySelectorAll('.error')) { el.textContent = ''; el.classList.remove('warning'); }
  form.querySelector('#f-file-error').textContent = fileError;
  if (fileError) form.querySelector('#f-file').setAttribute('aria-invalid', 'true');
  const list = document.getElementById('summary-list');
  list.replaceChildren();
  for (const issue of issues) {
    const control = controlFor(issue.field);
    const box = control?.closest('.field') ?? control;
    const error = box?.querySelector('.error');
    // The checker's words as they are (they say what to do); a change it
    // made says so.
    const words = issue.severity === 'error' ? issue.message : `We changed this: ${issue.message}`;
    if (error) {
      error.textContent = error.textContent ? `${error.textContent} ${words}` : words;
      if (issue.severity === 'warning' && !control.hasAttribute('aria-invalid')) error.classList.add('warning');
      else error.classList.remove('warning');
      if (issue.severity === 'error') {
        for (const el of control.matches('fieldset') ? control.querySelectorAll('input') : [control]) el.setAttribute('aria-invalid', 'true');
      }
    }
    const item = document.createElement('li');
    if (control) {
      const link = document.createElement('a');
      link.href = `#${control.id}`;
      link.textContent = `${fieldName(control, issue.field)}: ${words}`;
      item.append(link);
      // A field in a closed section opens with its problem.
      for (let open = control.closest('details'); open; open = open.parentElement.closest('details')) open.open = true;
    } else {
      item.textContent = `${issue.field}: ${words}`;
    }
    list.append(item);
  }
  document.getElementById('summary').hidden = issues.length === 0;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const status = document.getElementById('status');
  const said = issues.length === 0 ? 'Your settings are ready to use.'
    : errors === 0 ? 'Your settings are ready to use, with a change we made: see the top of the page.'
      : `${errors === 1 ? 'One setting needs' : `${errors} settings need`} fixing: see the top of the page.`;
  if (status.textContent !== said) status.textContent = said;
}

function showAccent(accent) {
  const swatch = document.getElementById('accent-swatch');
  const note = document.getElementById('accent-contrast');
  if (!accent) {
    swatch.style.background = '';
    note.textContent = '';
    return;
  }
  swatch.style.background = accent.used;
  note.textContent = accent.used_contrast === accent.contrast
    ? `Contrast against white: ${accent.contrast}:1. The widget uses ${accent.used}.`
    : `Contrast against white: ${accent.contrast}:1, under 4.5:1. The widget uses ${accent.used} (${accent.used_contrast}:1).`;
}

let fileError = '';
let timer = null;
async function update() {
  await ready;
  const report = check(formConfig());
  used = report.config;
  checked = true;
  showIssues(report.issues);
  showAccent(report.accent);
  writeOutputs();
  clearTimeout(timer);
  timer = setTimeout(showPreview, 250);
}

// The form's controls, the developer's section's too (`form="setup"`).
const ours = (event) => event.target.form === form && event.target.type !== 'file';
document.addEventListener('input', (event) => { if (ours(event)) update(); });
document.addEventListener('change', (event) => { if (ours(event)) update(); });
form.addEventListener('submit', (event) => event.preventDefault());

document.getElementById('f-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  try {
    const config = JSON.parse(await file.text());
    if (!config || typeof config !== 'object' || Array.isArray(config)) throw new Error('it is not a JSON object of settings');
    fillForm(config);
    // What the form cannot hold (an unknown setting, a language with no
    // crisis block) is named here rather than dropped without a word.
    await ready;
    const said = (issue) => `${issue.field}: ${issue.message}`;
    const held = new Set(check(formConfig()).issues.map(said));
    const lost = check(config).issues.filter((issue) => issue.severity === 'error' && !held.has(said(issue)));
    fileError = lost.length ? `These settings were left out of ${file.name}: ${lost.map(said).join('; ')}. Fix them in the file, or set them again here.` : '';
  } catch (error) {
    fileError = `${file.name} could not be read (${error.message}). Choose the center.json this page downloaded.`;
  }
  update();
});

// ---- The preview ----

const chosen = (name) => document.querySelector(`input[name="${name}"]:checked`).value;

// Light or dark as chosen, whatever the computer's own setting: the
// widget's stylesheet in the preview is its real one, with its
// `prefers-color-scheme: dark` rules set to always or never apply.
const darkRules = new WeakMap();
async function showScheme() {
  const dark = chosen('preview-scheme') === 'dark';
  preview.classList.toggle('dark', dark);
  const link = preview.shadowRoot?.querySelector('link[rel="stylesheet"]');
  if (!link) return;
  if (!link.sheet) {
    await new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    });
  }
  const sheet = link.sheet;
  if (!sheet) return;
  if (!darkRules.has(sheet)) {
    darkRules.set(sheet, [...sheet.cssRules].filter((rule) => /prefers-color-scheme:\s*dark/.test(rule.media?.mediaText)));
  }
  for (const rule of darkRules.get(sheet)) rule.media.mediaText = dark ? 'all' : 'not all';
}

let previewRun = 0;
async function showPreview() {
  const run = ++previewRun;
  await mount(preview, { ...used, lang: chosen('preview-lang') });
  if (run === previewRun) await showScheme();
}

for (const name of ['preview-width', 'preview-scheme', 'preview-lang']) {
  for (const radio of document.querySelectorAll(`input[name="${name}"]`)) {
    radio.addEventListener('change', () => {
      preview.classList.toggle('phone', chosen('preview-width') === 'phone');
      preview.classList.toggle('desktop', chosen('preview-width') === 'desktop');
      // Width and colours keep the screen shown (a result stays a result).
      if (name === 'preview-scheme') showScheme();
      if (name === 'preview-lang') showPreview();
    });
  }
}

// A sample set of answers that leads to IOP, so a center that does not run
// it sees the referral; any question not here gets its first option.
const SAMPLE = {
  age: 'adult', use_frequency: 'daily', substances: ['cannabis'], withdrawal: 'none', medical: 'none', self_harm: 'no',
  mental_health: 'no', daily_life: 'struggling', between_sessions: 'not_sure', history: 'none', home: 'supportive',
  commitments: ['work'], time: 'under_9', format: 'in_person',
};

document.getElementById('show-result').addEventListener('click', async () => {
  // A preview still due from the last keystroke would restart the walk.
  clearTimeout(timer);
  await showPreview();
  const root = preview.shadowRoot;
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const click = async (selector) => { root.querySelector(selector)?.click(); await settle(); };
  await settle();
  await click('[data-action="start"]');
  for (let guard = 0; guard < 40; guard++) {
    const screen = root.querySelector('[data-screen]');
    if (screen?.dataset.screen === 'crisis') { await click('[data-screen="crisis"] [data-action="continue"]'); continue; }
    if (screen?.dataset.screen !== 'question') break;
    const q = screen.dataset.question;
    const answers = [].concat(SAMPLE[q] ?? root.querySelector(`input[name="${q}"]`)?.value ?? []);
    for (const answer of answers) root.querySelector(`input[name="${q}"][value="${answer}"]`)?.click();
    await settle();
    await click('[data-screen="question"] [data-action="next"]');
  }
  await click('[data-action="next"]');
  // The center's number in view: where a visitor would tap to call.
  const step = root.querySelector('[data-screen="result"] [data-next-step]')
    ?? root.querySelector('[data-screen="result"] h1, [data-screen="result"] h2');
  step?.scrollIntoView({ block: 'center' });
});

// ---- What to copy ----

// The help inside the element (shown until the widget runs, and if it
// never does) comes from the same lines as every screen: the checker's
// help_inside (src/help.rs, snippet_html), never a copy kept here.

// What the host of these files needs: the header files the build wrote
// beside them (web/headers.mjs), for each kind of server, shown as they are.
const HEADER_FILES = { nginx: 'headers/nginx.conf', apache: 'headers/apache.htaccess', netlify: 'headers/_headers' };
const headerFiles = Promise.all(Object.entries(HEADER_FILES).map(async ([server, file]) => {
  const response = await fetch(new URL(file, BASE)).catch(() => null);
  return [server, response?.ok ? await response.text() : `# ${file} is missing from this folder: build it with ./dev build.\n`];
})).then(Object.fromEntries);
let HEADERS = {};
// Checking and the preview never wait for them: the headers fill in when here.
headerFiles.then((files) => {
  HEADERS = files;
  if (checked) writeOutputs();
});

// The build's manifest.json: its version and carefit.js's hash, which every
// snippet pins (README, "Pin a version"), so a partner's page runs exactly
// this build's code or nothing.
let PINNED = null;
fetch(new URL('manifest.json', BASE)).then((response) => (response.ok ? response.json() : null)).catch(() => null)
  .then((manifest) => {
    const integrity = manifest?.files?.['carefit.js']?.integrity;
    if (manifest?.version && integrity) {
      // A release unpacks to carefit/<version>/: this folder when it is one,
      // else the folder for this version beside the files here.
      const folder = new URL(BASE).pathname.endsWith(`/${manifest.version}/`) ? BASE : new URL(`${manifest.version}/`, BASE).href;
      PINNED = { version: manifest.version, src: `${folder}carefit.js`, folder, integrity };
    } else {
      PINNED = { missing: true };
    }
    if (checked) writeOutputs();
  });

/** The one tag that loads carefit.js: this build's version, checked against its hash. */
const entryTag = () => `<script type="module" src="${PINNED.src}"
  integrity="${PINNED.integrity}" crossorigin="anonymous"></script>`;

const configText = () => `${JSON.stringify(used, null, 2)}\n`;
// In a <script>, `<` is escaped (the checker's JSON already does so).
const inlineJson = (config) => JSON.stringify(config, null, 2).replace(/</g, '\\u003c');

function writeOutputs() {
  const out = (name, text) => { document.querySelector(`[data-output="${name}"]`).textContent = text; };
  const indented = (text, pad) => text.split('\n').join(`\n${pad}`);
  // No inline script in any of them: the partner's policy needs no
  // 'unsafe-inline' (the JSON inside the element is data, which never runs).
  if (!PINNED || PINNED.missing) {
    const why = PINNED ? 'manifest.json is missing from this folder: build it with ./dev build.' : 'Reading manifest.json…';
    for (const name of ['element', 'mount', 'iframe']) out(name, `<!-- ${why} -->`);
  } else {
    out('element', `${entryTag()}
<carefit-widget>
  <script type="application/json">
    ${indented(inlineJson(used), '    ')}
  </script>
${helpInside(JSON.stringify(used))}
</carefit-widget>`);
    out('mount', `<!-- In your page: -->
${entryTag()}
<div id="self-check"></div>
<script type="module" src="self-check.js"></script>

// self-check.js, a file of your own site. Its import finds the copy of
// carefit.js the tag above checked against its hash.
import { mount } from '${PINNED.src}';
const widget = await mount(document.getElementById('self-check'), ${inlineJson(used)});
// later: widget.destroy();`);
    const lang = used.lang ? `?lang=${used.lang}` : '';
    out('iframe', `<!-- In your page: -->
<iframe id="carefit-frame" title="${used.lang === 'es' ? 'Autoevaluación del nivel de atención' : 'Level of care self-check'}"
  src="${PINNED.folder}embed.html${lang}"></iframe>
<script type="module" src="carefit-frame.js"></script>

// carefit-frame.js, a file of your own site: the frame's height, as it tells it.
addEventListener('message', (e) => {
  const frame = document.getElementById('carefit-frame');
  if (e.source === frame.contentWindow && e.data?.type === 'carefit:height') frame.style.height = e.data.height + 'px';
});`);
  }
  out('config', configText());
  out('headers', HEADERS[document.getElementById('server').value] ?? '');
}

document.getElementById('server').addEventListener('change', writeOutputs);

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.querySelector(`[data-output="${button.dataset.copy}"]`).textContent;
    const words = button.textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it.
      getSelection().selectAllChildren(document.querySelector(`[data-output="${button.dataset.copy}"]`));
      button.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => { button.textContent = words; }, 2000);
  });
}

function download(name, text, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

document.querySelector('[data-action="download-config"]').addEventListener('click', () => {
  download('center.json', configText(), 'application/json');
});

// The build's own single file, with its config block replaced by these
// settings in kiosk mode (see web/kiosk-single-file.mjs: the config is data, so
// its Content Security Policy, which names the script and style by hash,
// still holds).
const KIOSK_CONFIG = /(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/g;
document.querySelector('[data-action="download-kiosk"]').addEventListener('click', async () => {
  const status = document.getElementById('kiosk-status');
  status.textContent = 'Making the file…';
  try {
    const response = await fetch(new URL('carefit-kiosk.html', import.meta.url));
    if (!response.ok) throw new Error(`carefit-kiosk.html: ${response.status}`);
    const html = await response.text();
    if ((html.match(KIOSK_CONFIG) ?? []).length !== 1) throw new Error('its config block was not found once');
    const json = inlineJson({ ...used, mode: 'kiosk' });
    download('carefit-kiosk.html', html.replace(KIOSK_CONFIG, (all, open, close) => `${open}${json}${close}`), 'text/html');
    status.textContent = 'Downloaded.';
  } catch (error) {
    status.textContent = `The kiosk file could not be made: ${error.message}`;
  }
});

renumber();
update();
