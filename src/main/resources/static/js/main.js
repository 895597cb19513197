// The cross-district responsibility lookup: eight views over the REST API, one module each. The
// state lives in the URL, so every view can be bookmarked and shared; this module reads and writes
// it, draws the page's chrome and shows the chosen view.
import { t, $, el, api, query, go, onNavigate, state, data, setStatus, setShown, showTools, loadSparql, downloadCsv,
  langParam } from './page.js';
import { word } from './i18n.js';
import { unitView } from './unit-view.js';
import { itemView } from './item-view.js';
import { planView } from './plan-view.js';
import { networkView } from './network-view.js';
import { searchView } from './search-view.js';
import { chartsView } from './charts-view.js';
import { previewView } from './preview-view.js';
import { changesView } from './changes-view.js';

const VIEWS = [unitView, itemView, planView, networkView, searchView, chartsView, changesView, previewView];
const view = name => VIEWS.find(v => v.name === name);

function readUrl() {
  const p = new URLSearchParams(location.search);
  state.view = view(p.get('view')) ? p.get('view') : 'unit';
  state.lang = p.get('lang') === 'en' ? 'en' : 'zh';
  for (const v of VIEWS) v.read(p);
}

function writeUrl(replace) {
  const current = view(state.view);
  let url = '?' + query({ view: state.view, lang: langParam(), ...(current.params ? current.params() : {}) });
  if (current.url) url += '&' + current.url();
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
}

function renderChrome() {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll('[data-i18n-aria]').forEach(n => n.setAttribute('aria-label', t(n.dataset.i18nAria)));
  document.title = 'plankg · ' + t('title');
  const lang = $('lang');
  lang.textContent = state.lang === 'en' ? '中文' : 'English';
  lang.lang = state.lang === 'en' ? 'zh' : 'en';
  document.querySelectorAll('nav a').forEach(a => {
    a.href = '?' + query({ view: a.dataset.view, lang: langParam() });
    if (a.dataset.view === state.view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  for (const v of VIEWS) $(v.name + '-view').hidden = state.view !== v.name;
  for (const v of VIEWS) if (v.chrome) v.chrome();
}

async function render() {
  renderChrome();
  $('result').replaceChildren();
  $('detail').hidden = true;
  setShown(null);
  showTools(null);
  try {
    await view(state.view).render();
  } catch (error) {
    const suggestions = error.problem?.suggestions || [];
    setStatus(t('error') + error.message);
    if (suggestions.length) {
      $('result').append(el('ul', { class: 'suggestions' }, suggestions.map(s =>
        el('li', {}, el('a', { href: '?' + query({ view: 'unit', unit: s, lang: langParam() }),
          onclick: e => { e.preventDefault(); go({ unit: s }); } }, s)))));
    }
  }
}

async function start() {
  onNavigate(changes => {
    Object.assign(state, changes);
    writeUrl(false);
    render();
  });
  readUrl();
  writeUrl(true);
  const [labels, plans, items, names] = await Promise.all([api('/api/questions/vocabulary-labels'),
    api('/api/plans'), api('/api/questions/items'), api('/api/questions/names')]);
  for (const l of labels) ((data.labels[l.scheme] ||= {})[l.key] = { zh: l.zh, en: l.en, parent: l.parent });
  Object.assign(data, { plans, items, names });
  for (const v of VIEWS) if (v.setup) v.setup(go);
  $('lang').addEventListener('click', () => go({ lang: state.lang === 'en' ? 'zh' : 'en' }));
  document.querySelectorAll('nav a').forEach(a => a.addEventListener('click', e => { e.preventDefault(); go({ view: a.dataset.view }); }));
  $('download').addEventListener('click', downloadCsv);
  $('sparql').addEventListener('toggle', () => { if ($('sparql').open) loadSparql(); });
  window.addEventListener('popstate', () => { readUrl(); render(); });
  await render();
  document.body.dataset.ready = 'true';
}

start().catch(error => setStatus(word('zh', 'error') + error.message));
