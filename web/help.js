// The help carefit shows without its app: a page's static help (rendered
// by the build) made to say why it shows, and a widget's own box while it
// loads, if it cannot, and if it stops. The build inlines this module into
// carefit.js and into the single-file kiosk, so both draw help one way.

// Filled in by the build (carefit-prerender --help-json), from the lines the
// app shows: per language, the default help lines and the words for a box
// of help when the app is loading, could not load, or stopped.
export const HELP = {};

/**
 * The page's static help (crisis lines, levels; rendered by the build for
 * the page's config) in place of everything else in #carefit, each
 * language's first line saying `why` ('failed', 'crashed'), or that the
 * questions are loading: never a blank box. (index.html's markup hides that
 * line, for when no script of it runs.)
 */
export function showStaticHelp(page, staticHelp, why) {
  // The page's own settings stay: the app, when it comes, reads them there.
  for (const child of [...page.children]) if (child !== staticHelp && !child.matches('script[type="application/json"]')) child.remove();
  staticHelp.hidden = false;
  for (const section of staticHelp.querySelectorAll('[lang]')) {
    const loading = section.querySelector('.cf-loading');
    if (!loading) continue;
    loading.hidden = false;
    if (why) loading.textContent = HELP[section.lang]?.[why] ?? loading.textContent;
  }
}

/**
 * A widget's help while it loads and if it fails: never a blank box. The
 * config's own crisis lines when it has them (shown as text: only the app
 * checks numbers before making links), else the default lines; in the
 * widget's language; plain text on a kiosk, where nothing leaves the page.
 */
export function helpBox(settings) {
  const words = HELP[settings.lang] ?? HELP.en;
  const box = document.createElement('div');
  box.className = 'carefit cf-fallback';
  box.setAttribute('role', 'status');
  box.lang = settings.lang;
  const lines = configuredLines(settings.config, settings.lang, words) ?? words.lines;
  box.append(el('p', 'cf-loading', words.loading), el('h2', '', words.help_now), helpList(lines, settings.kiosk));
  return box;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Help lines as the app draws them; plain text where there is no link. */
function helpList(lines, kiosk) {
  const list = el('ul', 'cf-crisis-list');
  for (const line of lines) {
    const item = el('li', 'cf-line');
    if (line.name) item.append(el('p', 'cf-line-name', line.name));
    for (const { label, href } of line.actions) {
      const action = el(href && !kiosk ? 'a' : 'span', 'cf-action cf-tel', label);
      if (href && !kiosk) action.href = href;
      item.append(action);
    }
    if (line.note) item.append(el('p', 'cf-line-note', line.note));
    list.append(item);
  }
  return list;
}

/**
 * The page's static help was rendered by the build for the build's config;
 * a page that sets other crisis lines gets them in it (as text), so no
 * default number shows beside another country's.
 */
export function ownLinesInStaticHelp(staticHelp, configText, attributes = []) {
  const { config, kiosk } = helpSettings(configText, attributes);
  for (const section of staticHelp?.querySelectorAll('[lang]') ?? []) {
    const lines = configuredLines(config, section.lang, HELP[section.lang] ?? HELP.en);
    if (lines) section.querySelector('.cf-crisis-list')?.replaceWith(helpList(lines, kiosk));
  }
}

/** Sets the first line of a widget's help box: 'failed' or 'crashed'. */
export function explain(box, why) {
  box.querySelector('.cf-loading').textContent = (HELP[box.lang] ?? HELP.en)[why];
}

/** A language tag's primary subtag, as the app reads tags: `es-MX` → `es`. */
const primary = (tag) => (typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : null);

/** The crisis lines a config sets for `lang`, as `helpBox` draws them. */
function configuredLines(config, lang, words) {
  const byLang = config?.crisis_by_lang && typeof config.crisis_by_lang === 'object' ? config.crisis_by_lang : {};
  const own = Object.entries(byLang).find(([tag]) => primary(tag) === lang)?.[1] ?? config?.crisis;
  const text = (value) => (typeof value === 'string' ? value : null);
  if (!text(own?.emergency)) return null;
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
  const lines = [{ actions: [{ label: fill(words.emergency, { number: own.emergency }) }], note: words.emergency_note }];
  for (const line of [...(Array.isArray(own.lines) ? own.lines : []), config.referral]) {
    if (!line || typeof line !== 'object') continue;
    // Each way to reach a line, in the order and words the app uses: the
    // build writes them from src/help.rs (HELP[lang].ways).
    const actions = words.ways.filter((way) => text(line[way.number])).map((way) => {
      const keyword = way.keyword && text(line[way.keyword]);
      return { label: fill(keyword ? way.with_keyword : way.label, { number: line[way.number], keyword }) };
    });
    lines.push({ name: text(line.name), actions, note: text(line.note) });
  }
  return lines;
}

/** What a widget's help box needs to know before the app has read anything. */
export function helpSettings(configJson, attributes) {
  let config = null;
  try { config = configJson ? JSON.parse(configJson) : null; } catch { /* the app reports it */ }
  const attribute = (name) => {
    const at = attributes.indexOf(name);
    return at >= 0 && at % 2 === 0 ? attributes[at + 1] : null;
  };
  // As the app reads them: the JSON first, then the attribute, then the
  // browser's languages (not the host page's: the widget speaks the visitor's).
  const langs = [config?.lang, attribute('lang'), ...(navigator.languages ?? []), navigator.language];
  const lang = langs.map(primary).find((tag) => HELP[tag]) ?? 'en';
  // mode="kiosk" (the element's, or a kiosk page's) stays, whatever the JSON says.
  const kiosk = attribute('mode')?.trim() === 'kiosk' || [config?.mode, attribute('mode')]
    .map((m) => (typeof m === 'string' ? m.trim() : null)).find((m) => m === 'kiosk' || m === 'standard') === 'kiosk';
  return { config, lang, kiosk };
}

