// The search view: the plans' text in every district (/api/search, jena-text with smartcn), each
// hit with its place in the plan and its units.
import { define } from './i18n.js';
import { $, el, apiResponse, t, query, go, state, data, roleLabel, langParam, setStatus, setShown, showTools } from './page.js';

define('search view', {
  zh: {
    searchView: '全文检索', searchHeading: '在各区方案原文中检索', searchLabel: '检索词（多个词须同时出现；"引号"内为短语）',
    searchButton: '检索', hitsCount: (n, d) => `${n} 条结果，分布于 ${d} 个区`,
    hitsShown: (n, d, p) => `前 ${n} 条结果，分布于 ${d} 个区（共 ${p} 处段落匹配）`, noHits: '没有找到。', units: '单位', more: '更多结果',
    planLevel2: '方案层面', openDoc: '条目页面',
  },
  en: {
    searchView: 'Search', searchHeading: 'Search the plans\' text in every district', searchLabel: 'Words (all must appear; "quotes" for a phrase)',
    searchButton: 'Search', hitsCount: (n, d) => `${n} hits in ${d} districts`,
    hitsShown: (n, d, p) => `The first ${n} hits, in ${d} districts (${p} passages match)`, noHits: 'Nothing found.', units: 'Units', more: 'More hits',
    planLevel2: 'plan level', openDoc: 'item page',
  },
});

const SEARCH_PAGE = 50;

export const searchView = {
  name: 'search',
  read(p) { state.q = p.get('q') || ''; state.limit = p.get('limit') || ''; },
  params() { return { q: state.q, limit: state.limit }; },
  setup() {
    $('search-form').addEventListener('submit', e => { e.preventDefault(); go({ q: $('search-q').value.trim(), limit: '' }); });
  },
  render: renderSearch,
};

/** A snippet with the matched words (between ⟦ and ⟧) as <mark>; the text itself only ever as text nodes. */
function marked(snippet) {
  return (snippet || '').split(/(⟦[^⟧]*⟧)/).filter(Boolean)
    .map(part => (part.startsWith('⟦') ? el('mark', {}, part.slice(1, -1)) : part));
}

async function renderSearch() {
  const input = $('search-q');
  input.value = state.q || '';
  if (!state.q) { setStatus(''); return; }
  setStatus(t('loading'));
  const params = { q: state.q, limit: String(state.limit || SEARCH_PAGE) };
  const { body: hits, response } = await apiResponse('/api/search?' + query(params));
  // the number of hits is counted only when the page read every matching passage
  const counted = response.headers.get('X-Total-Count');
  const passages = Number(response.headers.get('X-Passage-Count') || hits.length);
  const more = response.headers.get('X-More-Hits') === 'true';
  const byDistrict = new Map();
  for (const h of hits) (byDistrict.get(h.district) || byDistrict.set(h.district, []).get(h.district)).push(h);
  $('result').replaceChildren(
    el('p', { class: 'count' }, !hits.length ? t('noHits')
      : counted !== null ? t('hitsCount')(Number(counted), byDistrict.size) : t('hitsShown')(hits.length, byDistrict.size, passages)),
    ...[...byDistrict].map(([district, list]) => el('section', { class: 'hits' },
      el('h3', {}, district, el('small', {}, ` · ${list.length}`)),
      el('ol', {}, list.map(hitItem)))),
    more ? el('button', { type: 'button', id: 'more-hits',
      onclick: () => go({ limit: String((state.limit ? Number(state.limit) : SEARCH_PAGE) + SEARCH_PAGE) }) }, t('more')) : null);
  setShown({ columns: [t('district'), t('item'), t('task'), 'snippet', t('units'), t('source')],
    rows: hits.map(h => [h.district, h.item, h.task, h.snippet, h.units.map(u => `${u.name} (${u.role})`).join('、'), h.source]) });
  setStatus('');
  showTools('search', {}, '/api/search/sparql?' + query({ q: state.q }));
}

function hitItem(h) {
  const plan = data.plans.find(p => p.district === h.district);
  const item = data.items.find(i => i.district === h.district && i.item === h.item);
  const planLink = plan ? '?' + query({ view: 'plan', plan: plan.id, lang: langParam() }) + (item ? `#item-${item.ordinal}` : '') : null;
  return el('li', { class: 'hit' },
    el('p', { class: 'where' }, h.item || t('planLevel2'), h.task !== null && h.task !== undefined ? ` · ${t('task')} ${h.task}` : ''),
    el('blockquote', { lang: 'zh' }, marked(h.snippet)),
    h.units.length ? el('ul', { class: 'hit-units' }, h.units.map(u => el('li', {},
      roleLabel(u.role),
      ' ', el('a', { href: '?' + query({ view: 'unit', unit: u.name, lang: langParam() }) }, u.name)))) : null,
    el('cite', {}, `${t('source')}: `, planLink ? el('a', { href: planLink }, h.source) : h.source,
      h.anchor ? [' · ', el('a', { href: h.anchor.replace(/^https?:\/\/[^/]+\/id\//, '/doc/') }, t('openDoc'))] : null));
}
