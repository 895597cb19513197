// The item view: who leads, takes part in and answers for one action or project (a national
// outline item, or one district's own item) in every district.
import { define } from './i18n.js';
import { $, el, api, t, label, query, state, data, langParam, outlineKeys, setStatus, setShown, showTools,
  correctionMark } from './page.js';

define('item view', {
  zh: {
    itemView: '按条目', itemHeading: '某项行动或工程在各区由谁牵头、参与', nationalLabel: '国家纲要条目',
    ownItemLabel: '或各区自有条目', itemCaption: i => `${i}：各区牵头与参与单位`,
  },
  en: {
    itemView: 'By item', itemHeading: 'Who leads and who takes part in an action or project, per district',
    nationalLabel: 'National outline item', ownItemLabel: 'or a district\'s own item',
    itemCaption: i => `${i}: lead and participating units per district`,
  },
});

export const itemView = {
  name: 'item',
  read(p) { state.national = p.get('national') || ''; state.item = p.get('item') || ''; },
  params() { return { national: state.national, item: state.item }; },
  setup(go) {
    $('national-select').addEventListener('change', e => go({ national: e.target.value, item: '' }));
    $('own-item-select').addEventListener('change', e => go({ item: e.target.value, national: '' }));
  },
  chrome: fillSelects,
  render: renderItem,
};

function fillSelects() {
  $('national-select').replaceChildren(el('option', { value: '' }, t('choose')),
    ...[...outlineKeys('actions'), ...outlineKeys('projects')]
      .map(k => el('option', { value: k, selected: k === state.national }, label('outline', k))));
  $('own-item-select').replaceChildren(el('option', { value: '' }, t('choose')),
    ...data.items.filter(i => !i.national)
      .map(i => el('option', { value: i.item, selected: i.item === state.item }, `${i.district} · ${i.item}`)));
}

async function renderItem() {
  if (!state.national && !state.item) { setStatus(''); return; }
  setStatus(t('loading'));
  const rows = await api('/api/matrix?' + query({ national: state.national, item: state.national ? '' : state.item }));
  const title = state.national ? label('outline', state.national) : state.item;
  const columns = [t('district'), t('item'), t('leads'), t('participants'), t('responsible')];
  const table = el('table', { class: 'item-matrix' }, el('caption', {}, t('itemCaption')(title)),
    el('thead', {}, el('tr', {}, columns.map(c => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.map(r => el('tr', { class: r.correction ? 'corrected-row' : null },
      el('th', { scope: 'row' }, r.district), el('td', {}, r.item, correctionMark(r.correction)),
      unitsCell(r.leads), unitsCell(r.participants), unitsCell(r.responsible)))));
  $('result').replaceChildren(el('div', { class: 'scroll' }, table));
  setShown({ columns: [...columns, t('corrections')],
    rows: rows.map(r => [r.district, r.item, r.leads, r.participants, r.responsible, r.correction || '']) });
  setStatus('');
  showTools(state.national ? 'national-matrix' : 'item-matrix', state.national ? { national: state.national } : { item: state.item });
}

function unitsCell(units) {
  const list = (units || '').split('、').filter(Boolean);
  return el('td', {}, list.length ? el('ul', { class: 'units' }, list.map(u => el('li', {},
    el('a', { href: '?' + query({ view: 'unit', unit: u, lang: langParam() }) }, u))))
    : el('span', { class: 'empty', 'aria-label': t('none') }, '—'));
}
