// The search and comparison views (issue 15). A classic script after app.js: it uses app.js's
// helpers (el, api, t, query, state, showTools, shown) and app.js calls renderSearch/renderCharts.
'use strict';

Object.assign(UI.zh, {
  searchView: '全文检索', chartsView: '对比图', searchHeading: '在各区方案原文中检索', searchLabel: '检索词（多个词须同时出现；"引号"内为短语）',
  searchButton: '检索', hitsCount: (n, d) => `${n} 条结果，分布于 ${d} 个区`, noHits: '没有找到。', units: '单位', more: '更多结果',
  chartsHeading: '各区对比', chartTargets: '公民具备科学素质的比例（目标）', chartCategories: '各类单位牵头或参与的条目数',
  chartNational: '国家纲要条目的牵头与参与单位数', groupBy: '分组', byDistrict: '按区', byCity: '按市', byProvince: '按省',
  top: '显示前', rest: n => `其余 ${n} 项`, year: '年份', category: '单位类别', downloadSvg: '下载 SVG', downloadPng: '下载 PNG',
  lead: '牵头', joins: '参与/负责', value: '目标值', planLevel2: '方案层面', openDoc: '条目页面',
});
Object.assign(UI.en, {
  searchView: 'Search', chartsView: 'Compare', searchHeading: 'Search the plans\' text in every district', searchLabel: 'Words (all must appear; "quotes" for a phrase)',
  searchButton: 'Search', hitsCount: (n, d) => `${n} hits in ${d} districts`, noHits: 'Nothing found.', units: 'Units', more: 'More hits',
  chartsHeading: 'Districts compared', chartTargets: 'Share of citizens with scientific literacy (target)', chartCategories: 'Items each kind of unit leads or joins',
  chartNational: 'Lead and participating units of a national action or project', groupBy: 'Group', byDistrict: 'by district', byCity: 'by city', byProvince: 'by province',
  top: 'Show top', rest: n => `${n} others`, year: 'Year', category: 'Unit category', downloadSvg: 'Download SVG', downloadPng: 'Download PNG',
  lead: 'lead', joins: 'participate / responsible', value: 'target', planLevel2: 'plan level', openDoc: 'item page',
});

const SEARCH_PAGE = 50;
const lang = () => (state.lang === 'en' ? 'en' : '');

// ---- search ----

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
  const response = await fetch('/api/search?' + query(params), { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw Object.assign(new Error(problem.detail || response.statusText), { problem });
  }
  const hits = await response.json();
  const total = Number(response.headers.get('X-Total-Count') || hits.length);
  const byDistrict = new Map();
  for (const h of hits) (byDistrict.get(h.district) || byDistrict.set(h.district, []).get(h.district)).push(h);
  $('result').replaceChildren(
    el('p', { class: 'count' }, hits.length ? t('hitsCount')(total, byDistrict.size) : t('noHits')),
    ...[...byDistrict].map(([district, list]) => el('section', { class: 'hits' },
      el('h3', {}, district, el('small', {}, ` · ${list.length}`)),
      el('ol', {}, list.map(hitItem)))),
    total > hits.length ? el('button', { type: 'button', id: 'more-hits',
      onclick: () => go({ limit: String((state.limit ? Number(state.limit) : SEARCH_PAGE) + SEARCH_PAGE) }) }, t('more')) : null);
  shown = { columns: [t('district'), t('item'), t('task'), 'snippet', t('units'), t('source')],
    rows: hits.map(h => [h.district, h.item, h.task, h.snippet, h.units.map(u => `${u.name} (${u.role})`).join('、'), h.source]) };
  setStatus('');
  showTools('search', {});
  $('sparql').dataset.src = '/api/search/sparql?' + query({ q: state.q });
}

function hitItem(h) {
  const plan = data.plans.find(p => p.district === h.district);
  const item = data.items.find(i => i.district === h.district && i.item === h.item);
  const planLink = plan ? '?' + query({ view: 'plan', plan: plan.id, lang: lang() }) + (item ? `#item-${item.ordinal}` : '') : null;
  return el('li', { class: 'hit' },
    el('p', { class: 'where' }, h.item || t('planLevel2'), h.task !== null && h.task !== undefined ? ` · ${t('task')} ${h.task}` : ''),
    el('blockquote', { lang: 'zh' }, marked(h.snippet)),
    h.units.length ? el('ul', { class: 'hit-units' }, h.units.map(u => el('li', {},
      el('span', { class: `role role-${u.role}` }, el('span', { 'aria-hidden': 'true' }, ROLE_MARK[u.role] || '•'), ' ', label('role', u.role)),
      ' ', el('a', { href: '?' + query({ view: 'unit', unit: u.name, lang: lang() }) }, u.name)))) : null,
    el('cite', {}, `${t('source')}: `, planLink ? el('a', { href: planLink }, h.source) : h.source,
      h.anchor ? [' · ', el('a', { href: h.anchor.replace(/^https?:\/\/[^/]+\/id\//, '/doc/') }, t('openDoc'))] : null));
}

function setupSearchView() {
  $('search-form').addEventListener('submit', e => { e.preventDefault(); go({ q: $('search-q').value.trim(), limit: '' }); });
}

// ---- charts ----

const CHARTS = {
  targets: { question: 'chart-targets', parts: ['value'], aggregate: 'mean' },
  categories: { question: 'chart-categories', parts: ['lead', 'joins'], aggregate: 'sum' },
  national: { question: 'chart-national', parts: ['lead', 'joins'], aggregate: 'sum' },
};
const COLOURS = { value: '#0b5cad', lead: '#b85c00', joins: '#2f7d4f' };

async function renderCharts() {
  const chart = CHARTS[state.chart] ? state.chart : 'targets';
  $('chart-select').value = chart;
  $('chart-group').value = state.group || 'district';
  $('chart-top').value = state.top || '30';
  setStatus(t('loading'));
  const national = state.national || 'youth';
  // one category at a time: at 1,000 districts all of them together are megabytes
  const categories = Object.keys(data.labels.category || {}).sort();
  const category = categories.includes(state.category) ? state.category : 'sci-assoc';
  const filter = chart === 'national' ? { national } : chart === 'categories' ? { category } : {};
  const rows = await api(`/api/charts/${chart}` + (Object.keys(filter).length ? '?' + query(filter) : ''));
  const option = $('chart-option');
  let bars;
  if (chart === 'targets') {
    const years = [...new Set(rows.map(r => r.year))].sort();
    const year = years.includes(state.year) ? state.year : years[years.length - 1];
    fillOption(option, t('year'), years.map(y => [y, y]), year, v => go({ year: v }));
    bars = rows.filter(r => r.year === year && r.indicator === '公民具备科学素质的比例')
      .map(r => ({ ...place(r), values: { value: Number(r.value) } }));
  } else if (chart === 'categories') {
    fillOption(option, t('category'), categories.map(c => [c, label('category', c)]), category, v => go({ category: v }));
    // every district, a district whose plan gives that category no item included with zero
    const byDistrict = new Map(data.plans.map(p => [p.district, { ...place(p), values: { lead: 0, joins: 0 } }]));
    for (const r of rows.filter(r => r.category === category)) {
      const bar = byDistrict.get(r.district) || byDistrict.set(r.district, { ...place(r), values: { lead: 0, joins: 0 } }).get(r.district);
      bar.values[r.role === 'lead' ? 'lead' : 'joins'] += Number(r.items);
    }
    bars = [...byDistrict.values()];
  } else {
    const keys = [...outlineKeys('actions'), ...outlineKeys('projects')];
    fillOption(option, t('nationalLabel'), keys.map(k => [k, label('outline', k)]), national, v => go({ national: v }));
    bars = rows.map(r => ({ ...place(r), values: { lead: Number(r.leads), joins: Number(r.participants) } }));
  }
  const grouped = summarise(bars, state.group || 'district', CHARTS[chart].aggregate, Number(state.top || 30));
  const svg = drawBars(grouped, CHARTS[chart].parts, t({ targets: 'chartTargets', categories: 'chartCategories', national: 'chartNational' }[chart]));
  $('result').replaceChildren(el('div', { class: 'chart' }, svg));
  shown = { columns: [t('district'), ...CHARTS[chart].parts.map(p => t(p))], rows: grouped.map(b => [b.label, ...CHARTS[chart].parts.map(p => b.values[p])]) };
  setStatus('');
  showTools(CHARTS[chart].question, chart === 'national' ? { national } : {});
}

const place = r => ({ label: r.district, district: r.district, city: r.city || '', province: r.province || '' });

function fillOption(select, text, options, chosen, onchange) {
  $('chart-option-label').textContent = text;
  select.replaceChildren(...options.map(([value, name]) => el('option', { value, selected: value === chosen }, name)));
  select.onchange = e => onchange(e.target.value);
}

/** Bars by district, city or province (summed, or averaged for targets), largest first, the top N and the rest as one bar. */
function summarise(bars, level, aggregate, top) {
  const groups = new Map();
  for (const b of bars) {
    const key = level === 'district' ? `${b.province}${b.city}${b.district}` : level === 'city' ? `${b.province}${b.city}` : b.province;
    const name = level === 'district' ? b.district : level === 'city' ? (b.city || b.province) : b.province;
    const g = groups.get(key) || groups.set(key, { label: name, values: {}, count: 0 }).get(key);
    g.count++;
    for (const [part, v] of Object.entries(b.values)) g.values[part] = (g.values[part] || 0) + v;
  }
  const mean = g => ({ ...g, values: Object.fromEntries(Object.entries(g.values).map(([p, v]) => [p, aggregate === 'mean' ? v / g.count : v])) });
  const total = g => Object.values(g.values).reduce((a, b) => a + b, 0);
  const sorted = [...groups.values()].map(mean).sort((a, b) => total(b) - total(a) || a.label.localeCompare(b.label));
  if (sorted.length <= top) return sorted;
  const rest = sorted.slice(top);
  const summed = { label: t('rest')(rest.length), rest: true, count: rest.length, values: {} };
  for (const g of rest) for (const [p, v] of Object.entries(g.values)) summed.values[p] = (summed.values[p] || 0) + v;
  return [...sorted.slice(0, top), aggregate === 'mean' ? mean({ ...summed, values: summed.values, count: rest.length }) : summed];
}

/** A horizontal stacked bar chart; labels are set with d3's text(), so names are never read as markup. */
function drawBars(bars, parts, title) {
  const row = 22, left = 170, width = 760, top = 40;
  const height = top + bars.length * row + 30;
  const max = d3.max(bars, b => parts.reduce((s, p) => s + (b.values[p] || 0), 0)) || 1;
  const x = d3.scaleLinear().domain([0, max]).nice().range([left, width - 20]);
  const svg = d3.create('svg').attr('xmlns', 'http://www.w3.org/2000/svg').attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width).attr('height', height).attr('role', 'img').attr('aria-label', title)
    .style('font', '12px system-ui, sans-serif');
  svg.append('text').attr('x', 0).attr('y', 16).attr('font-weight', 600).text(title);
  parts.forEach((p, i) => {
    const g = svg.append('g').attr('transform', `translate(${left + i * 160},24)`);
    g.append('rect').attr('width', 10).attr('height', 10).attr('fill', COLOURS[p]);
    g.append('text').attr('x', 14).attr('y', 9).text(t(p));
  });
  const bar = svg.append('g').selectAll('g').data(bars).join('g').attr('class', b => (b.rest ? 'bar rest' : 'bar'))
    .attr('transform', (b, i) => `translate(0,${top + i * row})`);
  bar.append('text').attr('x', left - 6).attr('y', row / 2 + 4).attr('text-anchor', 'end').text(b => b.label);
  parts.reduce((offset, p) => {
    bar.append('rect').attr('class', `part-${p}`).attr('x', b => x(offset(b))).attr('y', 3).attr('height', row - 6)
      .attr('width', b => Math.max(0, x(offset(b) + (b.values[p] || 0)) - x(offset(b)))).attr('fill', COLOURS[p])
      .append('title').text(b => `${b.label}: ${t(p)} ${d3.format('.3~f')(b.values[p] || 0)}`);
    return b => offset(b) + (b.values[p] || 0);
  }, () => 0);
  bar.append('text').attr('x', b => x(parts.reduce((s, p) => s + (b.values[p] || 0), 0)) + 4).attr('y', row / 2 + 4)
    .text(b => d3.format('.3~f')(parts.reduce((s, p) => s + (b.values[p] || 0), 0)));
  svg.append('g').attr('transform', `translate(0,${top + bars.length * row})`).call(d3.axisBottom(x).ticks(6));
  return svg.node();
}

function chartSvgText() {
  const svg = document.querySelector('#result .chart svg');
  return svg ? new XMLSerializer().serializeToString(svg) : null;
}

function save(blob, name) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

function downloadSvg() {
  const text = chartSvgText();
  if (text) save(new Blob([text], { type: 'image/svg+xml' }), `plankg-${state.chart || 'targets'}.svg`);
}

function downloadPng() {
  const svg = document.querySelector('#result .chart svg');
  if (!svg) return;
  const image = new Image();
  image.onload = () => {
    const canvas = el('canvas', { width: svg.width.baseVal.value * 2, height: svg.height.baseVal.value * 2 });
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob(blob => save(blob, `plankg-${state.chart || 'targets'}.png`));
  };
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(chartSvgText());
}

function setupChartsView() {
  $('chart-select').addEventListener('change', e => go({ chart: e.target.value }));
  $('chart-group').addEventListener('change', e => go({ group: e.target.value }));
  $('chart-top').addEventListener('change', e => go({ top: e.target.value }));
  $('download-svg').addEventListener('click', downloadSvg);
  $('download-png').addEventListener('click', downloadPng);
}
