// The changes view: what changed between two plans of one district (two periods, or two years) —
// units' roles per national item gained, lost, kept or changed, and tasks new, gone or carried over,
// each with the sentences on both sides.
import { define } from './i18n.js';
import { $, el, api, t, label, query, state, data, roleLabel, langParam, outlineKeys, setStatus, setShown, showTools } from './page.js';

define('changes view', {
  zh: {
    changesView: '变化', changesHeading: '一个区两期方案之间的变化', changesDistrict: '区', changesFrom: '从', changesTo: '到',
    changesNeedTwo: '请选择一个至少有两份方案的区。', national: '国家纲要条目', unit: '单位', before: '之前', after: '之后',
    change: '变化', via: '机构改革', rolesCaption: (a, b) => `${a} → ${b}：各单位在国家纲要条目中的职责变化`,
    tasksCaption: '任务：延续、新增与不再列出', status: '状态', similarity: '相似度',
    changeWord: { gained: '新增', lost: '不再承担', kept: '未变', changed: '改变' },
    statusWord: { carried: '延续', new: '新增', gone: '不再列出' },
    notCompared: '未比较的条目', comparedBy: '比较口径',
    comparedByText: '按2021年纲要的五项行动、五项工程比较；前一纲要的条目经其 skos:closeMatch / skos:relatedMatch 对应到2021年纲要条目；机构改革中更名或合并的单位以继任单位之名比较（见“机构改革”列）。',
  },
  en: {
    changesView: 'Changes', changesHeading: 'What changed between two plans of a district', changesDistrict: 'District',
    changesFrom: 'From', changesTo: 'To', changesNeedTwo: 'Choose a district with at least two plans.',
    national: 'National item', unit: 'Unit', before: 'Before', after: 'After', change: 'Change', via: 'Reform',
    rolesCaption: (a, b) => `${a} → ${b}: units' roles in the national items, changed or not`,
    tasksCaption: 'Tasks carried over, new and gone', status: 'Status', similarity: 'Alike',
    changeWord: { gained: 'gained', lost: 'lost', kept: 'kept', changed: 'changed' },
    statusWord: { carried: 'carried over', new: 'new', gone: 'gone' },
    notCompared: 'Items not compared', comparedBy: 'Compared by',
    comparedByText: 'the five actions and five projects of the 2021 outline; an earlier outline\'s item counts for the 2021 items its concept maps to (skos:closeMatch, skos:relatedMatch); a unit renamed or merged in a reform counts under its successor\'s name (see the Reform column).',
  },
});

export const changesView = {
  name: 'changes',
  read(p) { state.district = p.get('district') || ''; state.from = p.get('from') || ''; state.to = p.get('to') || ''; },
  params() { return { district: state.district, from: state.from, to: state.to }; },
  setup(go) {
    $('changes-district').addEventListener('change', e => go({ district: e.target.value, from: '', to: '' }));
    $('changes-from').addEventListener('change', e => go({ from: e.target.value }));
    $('changes-to').addEventListener('change', e => go({ to: e.target.value }));
  },
  chrome: fillSelects,
  render: renderChanges,
};

/** Districts with two plans or more, by the key their plan ids start with (city and district). */
function districts() {
  const byKey = new Map();
  for (const p of data.plans) {
    const key = (p.city || '') + p.district;
    if (!byKey.has(key)) byKey.set(key, { key, name: p.district, periods: [] });
    byKey.get(key).periods.push(p.plan.slice(p.plan.lastIndexOf('/') + 1));
  }
  return [...byKey.values()].filter(d => d.periods.length >= 2).map(d => ({ ...d, periods: d.periods.sort() }));
}

function fillSelects() {
  const all = districts();
  $('changes-district').replaceChildren(el('option', { value: '' }, t('choose')),
    ...all.map(d => el('option', { value: d.key, selected: d.key === state.district || d.name === state.district }, d.name)));
  const chosen = all.find(d => d.key === state.district || d.name === state.district);
  const periods = chosen ? chosen.periods : [];
  const options = (id, value, fallback) => $(id).replaceChildren(...periods.map(p =>
    el('option', { value: p, selected: p === (value || fallback) }, p)));
  options('changes-from', state.from, periods[0]);
  options('changes-to', state.to, periods[periods.length - 1]);
}

async function renderChanges() {
  if (!state.district) { setStatus(t('changesNeedTwo')); return; }
  setStatus(t('loading'));
  const params = query({ from: state.from, to: state.to });
  const path = `/api/districts/${encodeURIComponent(state.district)}/changes`;
  const c = await api(`${path}?${params}`);
  const order = [...outlineKeys('actions'), ...outlineKeys('projects')];
  const CHANGE_ORDER = ['gained', 'lost', 'changed', 'kept'];
  c.roles.sort((a, b) => order.indexOf(a.national) - order.indexOf(b.national)
    || CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change) || a.unit.localeCompare(b.unit, 'zh'));
  const title = p => `${p.title || p.period}`;
  const columns = [t('national'), t('unit'), t('before'), t('after'), t('change'), t('via'), t('source')];
  const roles = el('table', { class: 'changes' }, el('caption', {}, t('rolesCaption')(title(c.from), title(c.to))),
    el('thead', {}, el('tr', {}, columns.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, c.roles.map(r => el('tr', { class: `change-${r.change}` },
      el('th', { scope: 'row' }, label('outline', r.national)),
      el('td', {}, el('a', { href: '?' + query({ view: 'unit', unit: r.unit, lang: langParam() }) }, r.unit)),
      el('td', {}, r.before ? roleLabel(r.before) : '—'), el('td', {}, r.after ? roleLabel(r.after) : '—'),
      el('td', {}, el('span', { class: `change change-${r.change}` }, t('changeWord')[r.change] || r.change)),
      el('td', {}, r.via || ''),
      el('td', {}, evidence(r.beforeQuote, r.beforeSource), evidence(r.afterQuote, r.afterSource))))));
  const tasks = el('table', { class: 'task-changes' }, el('caption', {}, t('tasksCaption')),
    el('thead', {}, el('tr', {}, [t('status'), c.from.period, c.to.period, t('similarity')].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, c.tasks.map(x => el('tr', { class: `task-${x.status}` },
      el('th', { scope: 'row' }, t('statusWord')[x.status] || x.status),
      el('td', {}, x.fromItem ? [`${x.fromItem} ${x.fromTask}. ${x.fromText} `, el('cite', {}, x.fromSource)] : '—'),
      el('td', {}, x.toItem ? [`${x.toItem} ${x.toTask}. ${x.toText} `, el('cite', {}, x.toSource)] : '—'),
      el('td', {}, x.similarity ?? '')))));
  const notes = el('div', { class: 'changes-notes' },
    el('p', {}, `${t('comparedBy')}: ${t('comparedByText')}`),
    c.notCompared.length ? el('p', {}, `${t('notCompared')}: ${c.notCompared.join('；')}`) : null);
  $('result').replaceChildren(notes, el('div', { class: 'scroll' }, roles), el('div', { class: 'scroll' }, tasks));
  setShown({ columns: ['national', 'unit', 'before', 'after', 'change', 'via', 'beforeQuote', 'beforeSource', 'afterQuote', 'afterSource'],
    rows: c.roles.map(r => [r.national, r.unit, r.before, r.after, r.change, r.via, r.beforeQuote, r.beforeSource, r.afterQuote, r.afterSource]) });
  setStatus('');
  showTools('district-changes', {}, `${path}/sparql?${params}`);
}

/** A sentence with its source line, or nothing when this side has none. */
function evidence(quote, source) {
  if (!quote) return null;
  return el('blockquote', { lang: 'zh' }, quote, ' ', el('cite', {}, source));
}
