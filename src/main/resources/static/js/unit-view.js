// The unit view: what one unit (any spelling, or a category) leads, joins or answers for in every
// district, as a matrix of items × districts, or past WIDE districts one row per district.
import { define } from './i18n.js';
import { $, el, api, apiResponse, t, label, query, go, state, data, WIDE, ROLE_MARK, roleLabel, langParam, outlineKeys, setStatus,
  setShown, showTools, correctionMark } from './page.js';

define('unit view', {
  zh: {
    correctedBy: '研究者更正', unitView: '按单位', unitHeading: '某单位在各区牵头、参与或负责什么', unitLabel: '单位名称（任意写法，或类别）',
    noRole: '该单位在各方案中没有列明的职责。', unitCaption: u => `${u} 在各区方案中的职责`,
    openPlan: '在方案中查看该条目', compare: '各区对比', unitsFound: n => `找到 ${n} 个单位`,
    noMatch: '没有匹配的单位或类别', kind: { unit: '单位', category: '类别' },
    unitBodies: u => `${u} 在领导小组与办公室中`,
    filter: '筛选区、市或省', withRole: '只显示有职责的区', districtsShown: (n, all) => `显示 ${n} / ${all} 个区`,
    unitByDistrict: u => `${u} 在各区方案中的职责（每区一行，按省、市分组）`,
    rowsLoading: (n, all) => `已显示 ${all} 条中的前 ${n} 条，其余正在载入…`,
    rowsFollow: (n) => `已显示前 ${n} 条，其余正在载入…`,
  },
  en: {
    correctedBy: 'Corrected by a researcher', unitView: 'By unit', unitHeading: 'What a unit leads, joins or answers for in each district',
    unitLabel: 'Unit name (any spelling, or its category)', noRole: 'The plans state no responsibility for this unit.',
    unitCaption: u => `Responsibilities of ${u} in each district's plan`,
    openPlan: 'Open this item in its plan', compare: 'Compare districts', unitsFound: n => `${n} units found`,
    noMatch: 'No unit or category matches', kind: { unit: 'unit', category: 'category' },
    unitBodies: u => `${u} in the steering bodies`,
    filter: 'Filter districts, cities or provinces', withRole: 'Only districts where it has a role',
    districtsShown: (n, all) => `${n} of ${all} districts shown`,
    unitByDistrict: u => `Responsibilities of ${u}: one row per district, grouped by province and city`,
    rowsLoading: (n, all) => `The first ${n} of ${all} rows shown; the rest is loading…`,
    rowsFollow: (n) => `The first ${n} rows shown; the rest is loading…`,
  },
});

export const unitView = {
  name: 'unit',
  read(p) { state.unit = p.get('unit') || ''; },
  params() { return { unit: state.unit }; },
  setup: setupSearch,
  render: renderUnit,
};

async function renderUnit() {
  $('unit-search').value = state.unit;
  if (!state.unit) { setStatus(''); return; }
  setStatus(t('loading'));
  const unit = state.unit;
  const path = `/api/units/${encodeURIComponent(unit)}/items`;
  const [{ body: first, response }, places] = await Promise.all([apiResponse(path),
    api(`/api/units/${encodeURIComponent(unit)}/bodies`)]);
  // the first page comes at once however many districts there are; the rest follows. A first
  // page read from the first districts only has no total yet, only a link to what follows.
  const counted = response.headers.get('X-Total-Count');
  const more = counted === null && /rel="next"/.test(response.headers.get('Link') || '');
  const total = counted === null ? first.length : Number(counted);
  showUnit(first, places, more ? null : total);
  if (more || total > first.length) {
    const rest = await api(`${path}?${query({ offset: String(first.length), limit: String(more ? MAX_ROWS : Math.min(total, MAX_ROWS)) })}`);
    if (state.view === 'unit' && state.unit === unit) showUnit([...first, ...rest], places, first.length + rest.length);
  }
}

const MAX_ROWS = 100000;

function showUnit(rows, places, total) {
  const districts = data.plans.map(p => p.district);
  if (districts.length > WIDE) renderUnitByDistrict(rows, places);
  else renderUnitMatrix(rows, places, districts);
  // a table shown before all its rows came says so, for the reader and for tests waiting on it
  // total null: more rows follow, how many is not known yet
  const part = total === null || rows.length < total;
  $('result').querySelector('table').dataset.rows = part ? 'part' : 'all';
  if (part) setStatus(total === null ? t('rowsFollow')(rows.length) : t('rowsLoading')(rows.length, total));
}

function renderUnitMatrix(rows, places, districts) {
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
  setShown({ columns: [t('item'), ...districts], rows: csvRows });
  setStatus(rows.length ? t('unitsFound')(new Set(rows.map(r => r.district + r.unit)).size) : t('noRole'));
  showTools('unit-items', { unit: state.unit });
}

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
  // what was typed or unticked before the rest of the rows came stays
  const before = { filter: $('district-filter')?.value || '', withRole: $('with-role')?.checked ?? true };
  const filter = el('input', { type: 'search', id: 'district-filter', 'aria-label': t('filter'), placeholder: t('filter') });
  filter.value = before.filter;
  const withRole = el('input', { type: 'checkbox', id: 'with-role' });
  withRole.checked = before.withRole;
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
  setShown({ columns: [t('district'), ...columns.map(heading)], rows: csvRows });
  setStatus(rows.length ? t('unitsFound')(new Set(rows.map(r => r.district + r.unit)).size) : t('noRole'));
  showTools('unit-items', { unit: state.unit });
}

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
      tasks.length ? el('small', {}, ` ${t('task')} ${tasks.join('、')}`) : null)),
    found.some(r => r.correction) ? el('span', { class: 'corrected', title: [...new Set(found.map(r => r.correction).filter(Boolean))].join(' | ') }, '✎') : null);
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
      plan ? el('a', { href: '?' + query({ view: 'plan', plan: plan.id, lang: langParam() }) + (item ? `#item-${item.ordinal}` : '') }, t('openPlan')) : null,
      row.national || row.item ? el('a', { href: '?' + query({ view: 'item', national: row.national, item: row.item, lang: langParam() }) }, t('compare')) : null),
    el('h4', {}, t('quotes')),
    el('ul', { class: 'quotes' }, found.map(r => el('li', { class: r.correction ? 'corrected-quote' : null },
      r.correction ? el('p', { class: 'correction' }, correctionMark(r.correction), ` ${t('correctedBy')}: ${r.correction}`) : null,
      roleLabel(r.role),
      ` ${r.unit}${r.task !== null && r.task !== undefined ? ` · ${t('task')} ${r.task}` : ''}`,
      el('blockquote', { lang: 'zh' }, r.quote),
      el('cite', {}, `${t('source')}: ${r.source}`)))),
    el('button', { type: 'button', onclick: () => { detail.hidden = true; } }, t('close')));
  detail.hidden = false;
  detail.focus();
}

// ---- the unit's name, with suggestions as one types ----

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
