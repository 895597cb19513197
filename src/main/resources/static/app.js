'use strict';
// The cross-district responsibility lookup: three views (unit, item, plan) over the REST API.
// State lives in the URL, so every view can be bookmarked and shared.

const UI = {
  zh: {
    skip: '跳到正文', title: '全民科学素质实施方案 · 跨区职责查询', unitView: '按单位', itemView: '按条目',
    planView: '按方案', unitHeading: '某单位在各区牵头、参与或负责什么', unitLabel: '单位名称（任意写法，或类别）',
    itemHeading: '某项行动或工程在各区由谁牵头、参与', nationalLabel: '国家纲要条目', ownItemLabel: '或各区自有条目',
    planHeading: '一个区的实施方案', planLabel: '方案', download: '下载 CSV', showSparql: '显示 SPARQL',
    footer: '数据：各区《全民科学素质行动规划纲要实施方案》原文；每个职责均附原句与行号。',
    views: '视图', actions: '五项提升行动', projects: '五项重点工程', ownItems: '各区自有条目',
    planLevel: '组织实施（方案层面）', item: '条目', district: '区', none: '无', task: '任务', choose: '请选择',
    leads: '牵头单位', participants: '参与单位', responsible: '责任单位', loading: '加载中…',
    noRole: '该单位在各方案中没有列明的职责。', unitCaption: u => `${u} 在各区方案中的职责`,
    itemCaption: i => `${i}：各区牵头与参与单位`, quotes: '原文', openPlan: '在方案中查看该条目',
    compare: '各区对比', source: '出处', close: '关闭', targets: '目标', documentNumber: '发文字号',
    issued: '印发日期', period: '规划期', sourceFile: '来源文件', mediaType: '文件类型', unitsFound: n => `找到 ${n} 个单位`,
    category: '类别', planCaption: t => `${t}：条目、任务与职责`, organisation: '组织实施中的职责',
    error: '出错了：', noMatch: '没有匹配的单位或类别', kind: { unit: '单位', category: '类别' },
    bodies: '领导小组与办公室', bodyKind: { group: '领导小组', office: '办公室' }, unitOf: '隶属于',
    memberCount: n => `${n} 家（文中未列名）`, duties: '职能', noBodies: '方案未述及领导小组或办公室。',
    unitBodies: u => `${u} 在领导小组与办公室中`,
    filter: '筛选区、市或省', withRole: '只显示有职责的区', districtsShown: (n, all) => `显示 ${n} / ${all} 个区`,
    unitByDistrict: u => `${u} 在各区方案中的职责（每区一行，按省、市分组）`,
  },
  en: {
    skip: 'Skip to content', title: 'Science-literacy plans · who is responsible, across districts',
    unitView: 'By unit', itemView: 'By item', planView: 'By plan',
    unitHeading: 'What a unit leads, joins or answers for in each district',
    unitLabel: 'Unit name (any spelling, or its category)',
    itemHeading: 'Who leads and who takes part in an action or project, per district',
    nationalLabel: 'National outline item', ownItemLabel: 'or a district\'s own item',
    planHeading: 'One district\'s plan', planLabel: 'Plan', download: 'Download CSV', showSparql: 'Show SPARQL',
    footer: 'Source: the districts\' published implementation plans; every responsibility cites its sentence and line.',
    views: 'Views', actions: 'Five actions', projects: 'Five projects', ownItems: 'Districts\' own items',
    planLevel: 'Organisation (plan level)', item: 'Item', district: 'District', none: 'none', task: 'task',
    choose: 'Choose…', leads: 'Lead units', participants: 'Participating units', responsible: 'Responsible units',
    loading: 'Loading…', noRole: 'The plans state no responsibility for this unit.',
    unitCaption: u => `Responsibilities of ${u} in each district's plan`,
    itemCaption: i => `${i}: lead and participating units per district`, quotes: 'Source sentences',
    openPlan: 'Open this item in its plan', compare: 'Compare districts', source: 'Source', close: 'Close',
    targets: 'Targets', documentNumber: 'Document number', issued: 'Issued', period: 'Period',
    sourceFile: 'Source file', mediaType: 'Media type', unitsFound: n => `${n} units found`, category: 'Category',
    planCaption: t => `${t}: items, tasks and responsibilities`, organisation: 'Organisation-level roles',
    error: 'Something went wrong: ', noMatch: 'No unit or category matches', kind: { unit: 'unit', category: 'category' },
    bodies: 'Steering bodies', bodyKind: { group: 'steering group', office: 'steering office' }, unitOf: 'Part of',
    memberCount: n => `${n} (not named in the text)`, duties: 'Duties', noBodies: 'The plan describes no steering group or office.',
    unitBodies: u => `${u} in the steering bodies`,
    filter: 'Filter districts, cities or provinces', withRole: 'Only districts where it has a role',
    districtsShown: (n, all) => `${n} of ${all} districts shown`,
    unitByDistrict: u => `Responsibilities of ${u}: one row per district, grouped by province and city`,
  },
};
for (const lang of ['zh', 'en']) Object.assign(UI[lang], NETWORK_UI[lang]); // network.js
const VIEWS = ['unit', 'item', 'plan', 'network', 'search', 'charts'];
const ROLE_MARK = { lead: '★', participant: '◆', responsible: '●', leader: '▲', coordinator: '◎', 'office-host': '⌂', funder: '¥',
  chair: '◉', 'vice-chair': '◈', member: '○', supervisor: '⚑' };
// the places in a steering body, in the order the plan view lists them
const BODY_ROLES = ['chair', 'vice-chair', 'member', 'office-host'];

const state = { view: 'unit', unit: '', national: '', item: '', plan: '', lang: 'zh' };
// the search and charts views' own parameters (compare.js)
const COMPARE_PARAMS = ['q', 'limit', 'chart', 'group', 'top', 'year', 'category'];
const data = { labels: {}, plans: [], items: [], names: [] };
let shown = null; // { columns, rows } of exactly what is on screen, for the CSV download

const $ = id => document.getElementById(id);
const t = key => UI[state.lang][key];
const label = (scheme, key) => (data.labels[scheme] || {})[key]?.[state.lang] || key;

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const error = new Error(problem.detail || response.statusText);
    error.problem = problem;
    throw error;
  }
  return response.json();
}

const query = params => new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// ---- state and URL ----

function readUrl() {
  const p = new URLSearchParams(location.search);
  state.view = VIEWS.includes(p.get('view')) ? p.get('view') : 'unit';
  for (const name of COMPARE_PARAMS) state[name] = p.get(name) || '';
  state.unit = p.get('unit') || '';
  state.national = p.get('national') || '';
  state.item = p.get('item') || '';
  state.plan = p.get('plan') || '';
  state.lang = p.get('lang') === 'en' ? 'en' : 'zh';
  readNetworkUrl(p);
}

function writeUrl(replace) {
  const params = { view: state.view, lang: state.lang === 'en' ? 'en' : '' };
  if (state.view === 'unit') params.unit = state.unit;
  if (state.view === 'item') Object.assign(params, { national: state.national, item: state.item });
  if (state.view === 'plan') params.plan = state.plan;
  if (state.view === 'search') Object.assign(params, { q: state.q, limit: state.limit });
  if (state.view === 'charts') Object.assign(params, { chart: state.chart, group: state.group, top: state.top, year: state.year,
    category: state.category, national: state.chart === 'national' ? state.national : '' });
  let url = '?' + query(params);
  if (state.view === 'network') url += '&' + networkQuery(true);
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
}

function go(changes) {
  Object.assign(state, changes);
  writeUrl(false);
  render();
}

// ---- chrome ----

function renderChrome() {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll('[data-i18n-aria]').forEach(n => n.setAttribute('aria-label', t(n.dataset.i18nAria)));
  document.title = 'plankg · ' + t('title');
  const lang = $('lang');
  lang.textContent = state.lang === 'en' ? '中文' : 'English';
  lang.lang = state.lang === 'en' ? 'zh' : 'en';
  document.querySelectorAll('nav a').forEach(a => {
    a.href = '?' + query({ view: a.dataset.view, lang: state.lang === 'en' ? 'en' : '' });
    if (a.dataset.view === state.view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  for (const view of VIEWS) $(view + '-view').hidden = state.view !== view;
  fillSelects();
}

function fillSelects() {
  const national = $('national-select');
  national.replaceChildren(el('option', { value: '' }, t('choose')),
    ...[...outlineKeys('actions'), ...outlineKeys('projects')]
      .map(k => el('option', { value: k, selected: k === state.national }, label('outline', k))));
  const own = $('own-item-select');
  own.replaceChildren(el('option', { value: '' }, t('choose')),
    ...data.items.filter(i => !i.national)
      .map(i => el('option', { value: i.item, selected: i.item === state.item }, `${i.district} · ${i.item}`)));
  const plan = $('plan-select');
  plan.replaceChildren(el('option', { value: '' }, t('choose')),
    ...data.plans.map(p => el('option', { value: p.id, selected: p.id === state.plan }, `${p.district} · ${p.title}`)));
}

function setStatus(text) {
  $('status').textContent = text || '';
}

function showTools(question, params) {
  $('tools').hidden = !question;
  $('sparql').dataset.src = question ? `/api/questions/${question}/sparql?${query(params)}` : '';
  $('sparql-text').textContent = '';
  if ($('sparql').open) loadSparql();
}

async function loadSparql() {
  const src = $('sparql').dataset.src;
  if (src) $('sparql-text').textContent = await (await fetch(src)).text();
}

// ---- views ----

async function render() {
  renderChrome();
  $('result').replaceChildren();
  $('detail').hidden = true;
  shown = null;
  showTools(null);
  try {
    if (state.view === 'unit') await renderUnit();
    if (state.view === 'item') await renderItem();
    if (state.view === 'plan') await renderPlan();
    if (state.view === 'network') await renderNetwork();
    if (state.view === 'search') await renderSearch();
    if (state.view === 'charts') await renderCharts();
  } catch (error) {
    const suggestions = error.problem?.suggestions || [];
    setStatus(t('error') + error.message);
    if (suggestions.length) {
      $('result').append(el('ul', { class: 'suggestions' }, suggestions.map(s =>
        el('li', {}, el('a', { href: '?' + query({ view: 'unit', unit: s, lang: state.lang === 'en' ? 'en' : '' }),
          onclick: e => { e.preventDefault(); go({ unit: s }); } }, s)))));
    }
  }
}

async function renderUnit() {
  $('unit-search').value = state.unit;
  if (!state.unit) { setStatus(''); return; }
  setStatus(t('loading'));
  const [rows, places] = await Promise.all([api(`/api/units/${encodeURIComponent(state.unit)}/items`),
    api(`/api/units/${encodeURIComponent(state.unit)}/bodies`)]);
  const districts = data.plans.map(p => p.district);
  if (districts.length > WIDE) { renderUnitByDistrict(rows, places); return; }
  const cells = new Map();
  for (const r of rows) {
    const key = r.item ? (r.national || `own:${r.district}:${r.item}`) : 'plan';
    const cellKey = key + '|' + r.district;
    if (!cells.has(cellKey)) cells.set(cellKey, []);
    cells.get(cellKey).push(r);
  }
  const groups = [
    [t('actions'), outlineKeys('actions').map(k => ({ key: k, label: label('outline', k), national: k }))],
    [t('projects'), outlineKeys('projects').map(k => ({ key: k, label: label('outline', k), national: k }))],
    [t('ownItems'), data.items.filter(i => !i.national)
      .map(i => ({ key: `own:${i.district}:${i.item}`, label: `${i.item}（${i.district}）`, item: i.item }))],
    [t('planLevel'), [{ key: 'plan', label: t('planLevel') }]],
  ];
  const table = el('table', { class: 'matrix' },
    el('caption', {}, t('unitCaption')(state.unit)),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('item')),
      districts.map(d => el('th', { scope: 'col' }, d)))));
  const csvRows = [];
  for (const [groupLabel, groupRows] of groups) {
    const body = el('tbody', {}, el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: districts.length + 1 }, groupLabel)));
    for (const row of groupRows) {
      const tr = el('tr', {}, el('th', { scope: 'row' }, row.label));
      const csvRow = [row.label];
      for (const d of districts) {
        const found = cells.get(row.key + '|' + d) || [];
        tr.append(el('td', {}, found.length ? cellButton(found, row) : el('span', { class: 'empty', 'aria-label': t('none') }, '—')));
        csvRow.push(cellText(found));
      }
      body.append(tr);
      csvRows.push(csvRow);
    }
    table.append(body);
  }
  $('result').replaceChildren(el('div', { class: 'scroll' }, table), legend(), unitPlaces(places));
  shown = { columns: [t('item'), ...districts], rows: csvRows };
  setStatus(rows.length ? t('unitsFound')(new Set(rows.map(r => r.district + r.unit)).size) : t('noRole'));
  showTools('unit-items', { unit: state.unit });
}

// Past this many districts the unit view turns: one row per district, grouped by province and city.
const WIDE = 12;

function renderUnitByDistrict(rows, places) {
  const columns = [...outlineKeys('actions'), ...outlineKeys('projects'), 'own', 'plan'];
  const heading = k => k === 'own' ? t('ownItems') : k === 'plan' ? t('planLevel') : label('outline', k);
  const found = new Map();
  for (const r of rows) {
    const column = !r.item ? 'plan' : r.national || 'own';
    const key = r.district + '|' + column;
    if (!found.has(key)) found.set(key, []);
    found.get(key).push(r);
  }
  const plans = [...data.plans].sort((a, b) => [a.province, a.city, a.district].join('|')
    .localeCompare([b.province, b.city, b.district].join('|'), 'zh'));
  const filter = el('input', { type: 'search', id: 'district-filter', 'aria-label': t('filter'), placeholder: t('filter') });
  const withRole = el('input', { type: 'checkbox', id: 'with-role', checked: '' });
  const table = el('table', { class: 'matrix by-district' },
    el('caption', {}, t('unitByDistrict')(state.unit)),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('district')), columns.map(k => el('th', { scope: 'col' }, heading(k))))));
  const body = el('tbody');
  const csvRows = [];
  const districtRows = [];
  let group = null;
  for (const plan of plans) {
    const place = [plan.province, plan.city].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' · ');
    if (place !== group) {
      group = place;
      body.append(el('tr', { class: 'group', 'data-place': place }, el('th', { scope: 'rowgroup', colspan: columns.length + 1 }, place || '—')));
    }
    const tr = el('tr', {}, el('th', { scope: 'row' }, plan.district));
    const csvRow = [plan.district];
    let any = false;
    for (const k of columns) {
      const cell = found.get(plan.district + '|' + k) || [];
      any = any || cell.length > 0;
      const row = k === 'own' || k === 'plan' ? { key: k, label: heading(k) } : { key: k, label: heading(k), national: k };
      tr.append(el('td', {}, cell.length ? cellButton(cell, row) : el('span', { class: 'empty', 'aria-label': t('none') }, '—')));
      csvRow.push(cellText(cell));
    }
    districtRows.push({ tr, any, text: [plan.district, plan.city, plan.province].join(' ') });
    body.append(tr);
    csvRows.push(csvRow);
  }
  table.append(body);
  const count = el('p', { class: 'count', 'aria-live': 'polite' });
  const apply = () => {
    const needle = filter.value.trim();
    let shownRows = 0;
    for (const d of districtRows) {
      d.tr.hidden = (withRole.checked && !d.any) || (needle && !d.text.includes(needle));
      if (!d.tr.hidden) shownRows++;
    }
    // a group heading stays only while one of its districts is shown
    for (const g of body.querySelectorAll('tr.group')) {
      let next = g.nextElementSibling;
      let visible = false;
      while (next && !next.classList.contains('group')) { visible = visible || !next.hidden; next = next.nextElementSibling; }
      g.hidden = !visible;
    }
    count.textContent = t('districtsShown')(shownRows, districtRows.length);
  };
  filter.addEventListener('input', apply);
  withRole.addEventListener('change', apply);
  apply();
  $('result').replaceChildren(el('div', { class: 'controls' }, filter,
    el('label', { class: 'inline' }, withRole, ' ', t('withRole'))), count,
    el('div', { class: 'scroll tall' }, table), legend(), unitPlaces(places));
  shown = { columns: [t('district'), ...columns.map(heading)], rows: csvRows };
  setStatus(rows.length ? t('unitsFound')(new Set(rows.map(r => r.district + r.unit)).size) : t('noRole'));
  showTools('unit-items', { unit: state.unit });
}

// in the order of 国发〔2021〕9号
const OUTLINE_ORDER = ['youth', 'farmers', 'workers', 'elderly', 'officials',
  'tech-resources', 'informatization', 'infrastructure', 'grassroots', 'international'];
const outlineKeys = parent => Object.keys(data.labels.outline || {}).filter(k => data.labels.outline[k].parent === parent)
  .sort((a, b) => OUTLINE_ORDER.indexOf(a) - OUTLINE_ORDER.indexOf(b));

function roleSummary(found) {
  const byRole = new Map();
  for (const r of found) {
    if (!byRole.has(r.role)) byRole.set(r.role, new Set());
    if (r.task !== null && r.task !== undefined) byRole.get(r.role).add(r.task);
  }
  return [...byRole].map(([role, tasks]) => ({ role, tasks: [...tasks].sort((a, b) => a - b) }));
}

function cellText(found) {
  return roleSummary(found).map(({ role, tasks }) =>
    label('role', role) + (tasks.length ? ` (${t('task')} ${tasks.join(',')})` : '')).join('; ');
}

function cellButton(found, row) {
  return el('button', { type: 'button', class: 'cell', 'aria-haspopup': 'dialog', onclick: () => showDetail(found, row) },
    roleSummary(found).map(({ role, tasks }) => el('span', { class: `role role-${role}` },
      el('span', { 'aria-hidden': 'true' }, ROLE_MARK[role] || '•'), ' ', label('role', role),
      tasks.length ? el('small', {}, ` ${t('task')} ${tasks.join('、')}`) : null)));
}

// where the unit is vice-chair, member or host of a steering body
function unitPlaces(places) {
  if (!places.length) return null;
  return el('section', { id: 'unit-bodies' }, el('h3', {}, t('unitBodies')(state.unit)),
    el('ul', { class: 'quotes' }, places.map(r => el('li', { class: `place role-${r.role}` },
      roleLabel(r.role), ` ${r.district} · ${r.body}（${t('bodyKind')[r.kind] || r.kind}）`,
      r.unit !== state.unit ? el('small', {}, ` ${r.unit}`) : null,
      el('blockquote', { lang: 'zh' }, r.quote), el('cite', {}, `${t('source')}: ${r.source}`)))));
}

function roleLabel(role) {
  return el('span', { class: `role role-${role}` }, el('span', { 'aria-hidden': 'true' }, ROLE_MARK[role] || '•'), ' ', label('role', role));
}

function legend() {
  return el('p', { class: 'legend' }, Object.keys(ROLE_MARK).filter(k => (data.labels.role || {})[k])
    .map(k => el('span', { class: `role role-${k}` }, el('span', { 'aria-hidden': 'true' }, ROLE_MARK[k]), ' ', label('role', k))));
}

function showDetail(found, row) {
  const detail = $('detail');
  const plan = data.plans.find(p => p.district === found[0].district);
  const item = found[0].item ? data.items.find(i => i.district === found[0].district && i.item === found[0].item) : null;
  detail.replaceChildren(
    el('h3', {}, `${found[0].district} · ${found[0].item || t('planLevel')}`),
    el('p', { class: 'links' },
      plan ? el('a', { href: '?' + query({ view: 'plan', plan: plan.id, lang: state.lang === 'en' ? 'en' : '' }) + (item ? `#item-${item.ordinal}` : '') }, t('openPlan')) : null,
      row.national || row.item ? el('a', { href: '?' + query({ view: 'item', national: row.national, item: row.item, lang: state.lang === 'en' ? 'en' : '' }) }, t('compare')) : null),
    el('h4', {}, t('quotes')),
    el('ul', { class: 'quotes' }, found.map(r => el('li', {},
      el('span', { class: `role role-${r.role}` }, el('span', { 'aria-hidden': 'true' }, ROLE_MARK[r.role] || '•'), ' ', label('role', r.role)),
      ` ${r.unit}${r.task !== null && r.task !== undefined ? ` · ${t('task')} ${r.task}` : ''}`,
      el('blockquote', { lang: 'zh' }, r.quote),
      el('cite', {}, `${t('source')}: ${r.source}`)))),
    el('button', { type: 'button', onclick: () => { detail.hidden = true; } }, t('close')));
  detail.hidden = false;
  detail.focus();
}

async function renderItem() {
  if (!state.national && !state.item) { setStatus(''); return; }
  setStatus(t('loading'));
  const rows = await api('/api/matrix?' + query({ national: state.national, item: state.national ? '' : state.item }));
  const title = state.national ? label('outline', state.national) : state.item;
  const columns = [t('district'), t('item'), t('leads'), t('participants'), t('responsible')];
  const table = el('table', { class: 'item-matrix' }, el('caption', {}, t('itemCaption')(title)),
    el('thead', {}, el('tr', {}, columns.map(c => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.map(r => el('tr', {}, el('th', { scope: 'row' }, r.district), el('td', {}, r.item),
      unitsCell(r.leads, 'lead'), unitsCell(r.participants, 'participant'), unitsCell(r.responsible, 'responsible')))));
  $('result').replaceChildren(el('div', { class: 'scroll' }, table));
  shown = { columns, rows: rows.map(r => [r.district, r.item, r.leads, r.participants, r.responsible]) };
  setStatus('');
  showTools(state.national ? 'national-matrix' : 'item-matrix', state.national ? { national: state.national } : { item: state.item });
}

function unitsCell(units, role) {
  const list = (units || '').split('、').filter(Boolean);
  return el('td', {}, list.length ? el('ul', { class: 'units' }, list.map(u => el('li', {},
    el('a', { href: '?' + query({ view: 'unit', unit: u, lang: state.lang === 'en' ? 'en' : '' }) }, u))))
    : el('span', { class: 'empty', 'aria-label': t('none') }, '—'));
}

async function renderPlan() {
  if (!state.plan) { setStatus(''); return; }
  setStatus(t('loading'));
  const plan = await api(`/api/plans/${encodeURIComponent(state.plan)}`);
  const meta = el('dl', { class: 'meta' },
    [[t('documentNumber'), plan.documentNumber], [t('issued'), plan.issued],
      [t('period'), plan.start ? `${plan.start}–${plan.end}` : ''], [t('sourceFile'), plan.sourceFile],
      [t('mediaType'), plan.mediaType], ['SHA-256', plan.sha256]]
      .filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  const targets = el('ul', { class: 'targets' }, plan.targets.map(x =>
    el('li', {}, `${x.year}: ${x.indicator} ${x.value}${x.unitOfMeasure}`, el('blockquote', { lang: 'zh' }, x.quote))));
  const columns = [t('item'), t('task'), t('leads'), t('participants'), t('responsible')];
  const rows = [];
  for (const item of plan.items) {
    rows.push({ id: `item-${item.ordinal}`, cells: [item.name, '', ...byRole(item.roles)], national: item.national });
    for (const task of item.tasks) rows.push({ cells: [item.name, `${task.number}. ${task.text}`, ...byRole(task.roles)] });
  }
  const table = el('table', { class: 'plan' }, el('caption', {}, t('planCaption')(plan.title)),
    el('thead', {}, el('tr', {}, columns.map(c => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.map(r => el('tr', { id: r.id, class: r.id ? 'item-row' : 'task-row' },
      el('th', { scope: 'row' }, r.id ? r.cells[0] : ''), r.cells.slice(1).map(c => el('td', {}, c))))));
  const organisation = el('section', {}, el('h3', {}, t('organisation')),
    el('ul', { class: 'quotes' }, plan.organisation.map(o => el('li', {},
      el('span', { class: `role role-${o.role}` }, el('span', { 'aria-hidden': 'true' }, ROLE_MARK[o.role] || '•'), ' ', label('role', o.role)),
      ` ${o.unit}`, el('blockquote', { lang: 'zh' }, o.quote), el('cite', {}, `${t('source')}: ${cited(plan, o)}`)))));
  $('result').replaceChildren(el('h3', {}, plan.title), meta, el('h4', {}, t('targets')), targets,
    el('div', { class: 'scroll' }, table), bodiesSection(plan), organisation);
  shown = { columns, rows: rows.map(r => r.cells) };
  setStatus('');
  showTools('plan-items', { plan: plan.plan });
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

// where a quote is in the plan's file: file:line for text, file#page=3&line=12 or file#p=4 for others
const cited = (plan, fact) => `${plan.sourceFile}${fact.at || ':' + fact.line}`;

// the plan's steering group and office: who chairs, which units are vice-chairs, members and host,
// what each does, then the sentences these come from
function bodiesSection(plan) {
  const unitLink = u => el('a', { href: '?' + query({ view: 'unit', unit: u, lang: state.lang === 'en' ? 'en' : '' }) }, u);
  return el('section', { id: 'bodies', class: 'bodies' }, el('h3', {}, t('bodies')),
    plan.bodies.length ? plan.bodies.map(b => {
      const facts = [...b.chairs, ...b.members, ...b.duties, { quote: b.quote, line: b.line, at: b.at }];
      const quotes = new Map();
      for (const f of facts) if (!quotes.has(f.quote) || quotes.get(f.quote).line > f.line) quotes.set(f.quote, f);
      const rows = BODY_ROLES.map(role => [role,
        [...b.chairs.filter(c => c.role === role).map(c => c.post), ...b.members.filter(m => m.role === role).map(m => unitLink(m.unit))]])
        .filter(([, values]) => values.length);
      if (b.memberCount && !b.members.some(m => m.role === 'member')) rows.push(['member', [t('memberCount')(b.memberCount)]]);
      const dl = el('dl', { class: 'meta' },
        b.unitOf ? [el('dt', {}, t('unitOf')), el('dd', {}, b.unitOf)] : null,
        rows.flatMap(([role, values]) => [el('dt', {}, roleLabel(role)),
          el('dd', { class: `body-${role}` }, values.flatMap((v, i) => i ? ['、', v] : [v]))]),
        b.duties.length ? [el('dt', {}, t('duties')), el('dd', { class: 'body-duties' },
          b.duties.flatMap((d, i) => i ? ['、', roleLabel(d.role)] : [roleLabel(d.role)]))] : null);
      return el('article', { class: 'body', 'data-kind': b.kind },
        el('h4', {}, b.name, ' ', el('small', {}, `（${t('bodyKind')[b.kind] || b.kind}）`)), dl,
        el('ul', { class: 'quotes' }, [...quotes].sort((x, y) => x[1].line - y[1].line).map(([quote, f]) => el('li', {},
          el('blockquote', { lang: 'zh' }, quote), el('cite', {}, `${t('source')}: ${cited(plan, f)}`)))));
    }) : el('p', {}, t('noBodies')));
}

function byRole(roles) {
  return ['lead', 'participant', 'responsible'].map(role => roles.filter(r => r.role === role).map(r => r.unit).join('、'));
}

// ---- unit search with suggestions ----

function setupSearch() {
  const input = $('unit-search');
  const list = $('unit-options');
  let active = -1;
  const options = () => [...list.querySelectorAll('[role=option]')];
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const choose = name => { close(); input.value = name; go({ unit: name }); };
  const highlight = index => {
    const all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach((o, i) => o.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  };
  input.addEventListener('input', () => {
    const typed = input.value.trim().toLowerCase();
    if (!typed) { close(); return; }
    const matches = data.names.filter(n => n.name.toLowerCase().includes(typed))
      .sort((a, b) => (a.name.toLowerCase().startsWith(typed) ? 0 : 1) - (b.name.toLowerCase().startsWith(typed) ? 0 : 1)
        || a.name.length - b.name.length)
      .filter((n, i, all) => all.findIndex(m => m.name === n.name) === i).slice(0, 10);
    list.replaceChildren(...(matches.length ? matches.map((n, i) => el('li', {
      role: 'option', id: `unit-option-${i}`, 'aria-selected': 'false', 'data-name': n.name,
      onmousedown: e => { e.preventDefault(); choose(n.name); },
    }, el('span', { lang: /[a-z]/i.test(n.name) ? 'en' : 'zh' }, n.name), ' ',
      el('small', {}, `${t('kind')[n.kind]} · ${label('category', n.category)}`)))
      : [el('li', { class: 'no-match' }, t('noMatch'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) input.dispatchEvent(new Event('input')); highlight(active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      const all = options();
      const name = active >= 0 ? all[active].dataset.name : (all[0] ? all[0].dataset.name : input.value.trim());
      if (name) choose(name);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// ---- start ----

function downloadCsv() {
  if (!shown) return;
  const escape = v => { const s = v === null || v === undefined ? '' : String(v); return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
  const text = [shown.columns, ...shown.rows].map(r => r.map(escape).join(',')).join('\r\n') + '\r\n';
  const link = el('a', { href: URL.createObjectURL(new Blob(['\uFEFF' + text], { type: 'text/csv;charset=utf-8' })),
    download: `plankg-${state.view}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
}

async function start() {
  readUrl();
  writeUrl(true);
  const [labels, plans, items, names] = await Promise.all([api('/api/questions/vocabulary-labels'),
    api('/api/plans'), api('/api/questions/items'), api('/api/questions/names')]);
  for (const l of labels) ((data.labels[l.scheme] ||= {})[l.key] = { zh: l.zh, en: l.en, parent: l.parent });
  Object.assign(data, { plans, items, names });
  setupSearch();
  setupNetwork();
  setupSearchView();
  setupChartsView();
  $('lang').addEventListener('click', () => go({ lang: state.lang === 'en' ? 'zh' : 'en' }));
  document.querySelectorAll('nav a').forEach(a => a.addEventListener('click', e => { e.preventDefault(); go({ view: a.dataset.view }); }));
  $('national-select').addEventListener('change', e => go({ national: e.target.value, item: '' }));
  $('own-item-select').addEventListener('change', e => go({ item: e.target.value, national: '' }));
  $('plan-select').addEventListener('change', e => go({ plan: e.target.value }));
  $('download').addEventListener('click', downloadCsv);
  $('sparql').addEventListener('toggle', () => { if ($('sparql').open) loadSparql(); });
  window.addEventListener('popstate', () => { readUrl(); render(); });
  await render();
  document.body.dataset.ready = 'true';
}

start().catch(error => setStatus(UI.zh.error + error.message));
