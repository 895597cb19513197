// The plan view: one district's plan with its metadata, targets, items, tasks and their units, the
// steering group and office, and the organisation-level roles, each with its source sentence.
import { define } from './i18n.js';
import { $, el, api, t, query, state, data, roleLabel, langParam, setStatus, setShown, showTools, correctionMark } from './page.js';

define('plan view', {
  zh: {
    planView: '按方案', planHeading: '一个区的实施方案', planLabel: '方案', targets: '目标', documentNumber: '发文字号',
    issued: '印发日期', period: '规划期', sourceFile: '来源文件', mediaType: '文件类型',
    planCaption: t => `${t}：条目、任务与职责`, organisation: '组织实施中的职责',
    bodies: '领导小组与办公室', unitOf: '隶属于', memberCount: n => `${n} 家（文中未列名）`, duties: '职能',
    noBodies: '方案未述及领导小组或办公室。', correctionsTemplate: '下载更正文件模板',
    planKind: '类型', kindWord: { 'implementation-plan': '规划期实施方案', 'work-plan': '年度工作计划' },
    outline: '落实的纲要', outlineWord: { 2021: '全民科学素质行动规划纲要（2021—2035年）', 2006: '全民科学素质行动计划纲要（2006—2010—2020年）' },
    cites: '落实的上级方案',
  },
  en: {
    planView: 'By plan', planHeading: 'One district\'s plan', planLabel: 'Plan', targets: 'Targets',
    documentNumber: 'Document number', issued: 'Issued', period: 'Period', sourceFile: 'Source file', mediaType: 'Media type',
    planCaption: t => `${t}: items, tasks and responsibilities`, organisation: 'Organisation-level roles',
    bodies: 'Steering bodies', unitOf: 'Part of', memberCount: n => `${n} (not named in the text)`, duties: 'Duties',
    noBodies: 'The plan describes no steering group or office.',
    correctionsTemplate: 'Download a corrections file',
    planKind: 'Kind', kindWord: { 'implementation-plan': 'plan for a period', 'work-plan': 'annual work plan' },
    outline: 'Carries out', outlineWord: { 2021: 'the national outline 2021–2035', 2006: 'the earlier national outline (2006–2010–2020)' },
    cites: 'Carries out the plan',
  },
});

// the places in a steering body, in the order the plan view lists them
const BODY_ROLES = ['chair', 'vice-chair', 'member', 'office-host'];

export const planView = {
  name: 'plan',
  read(p) { state.plan = p.get('plan') || ''; },
  params() { return { plan: state.plan }; },
  setup(go) { $('plan-select').addEventListener('change', e => go({ plan: e.target.value })); },
  chrome() {
    $('plan-select').replaceChildren(el('option', { value: '' }, t('choose')),
      ...data.plans.map(p => el('option', { value: p.id, selected: p.id === state.plan }, `${p.district} · ${p.title}`)));
  },
  render: renderPlan,
};

async function renderPlan() {
  if (!state.plan) { setStatus(''); return; }
  setStatus(t('loading'));
  const plan = await api(`/api/plans/${encodeURIComponent(state.plan)}`);
  const template = el('a', { class: 'template', href: `/api/plans/${encodeURIComponent(plan.id)}/corrections.csv`,
    download: `${plan.sourceFile}.corrections.csv` }, t('correctionsTemplate'));
  $('result').replaceChildren(...planSections(plan), el('p', {}, template));
  setStatus('');
  showTools('plan-items', { plan: plan.plan });
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

/** A plan as the plan view shows it, stored or previewed: its metadata, targets, items and who does what, bodies. */
export function planSections(plan) {
  const meta = el('dl', { class: 'meta' },
    [[t('planKind'), t('kindWord')[plan.kind]], [t('documentNumber'), plan.documentNumber], [t('issued'), plan.issued],
      [t('period'), plan.start ? (plan.start === plan.end ? plan.start : `${plan.start}–${plan.end}`) : ''],
      [t('outline'), t('outlineWord')[plan.outline]], [t('cites'), citedPlan(plan)], [t('sourceFile'), plan.sourceFile],
      [t('mediaType'), plan.mediaType], ['SHA-256', plan.sha256]]
      .filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  const targets = el('ul', { class: 'targets' }, plan.targets.map(x =>
    el('li', {}, `${x.year}: ${x.indicator} ${x.value}${x.unitOfMeasure}`, el('blockquote', { lang: 'zh' }, x.quote))));
  const columns = [t('item'), t('task'), t('leads'), t('participants'), t('responsible'), t('corrections')];
  const rows = [];
  for (const item of plan.items) {
    rows.push({ id: `item-${item.ordinal}`, item: item.name, task: '', roles: item.roles, national: item.national });
    for (const task of item.tasks) rows.push({ item: item.name, task: `${task.number}. ${task.text}`, roles: task.roles });
  }
  const table = el('table', { class: 'plan' }, el('caption', {}, t('planCaption')(plan.title)),
    el('thead', {}, el('tr', {}, columns.slice(0, 5).map(c => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.map(r => el('tr', { id: r.id, class: (r.id ? 'item-row' : 'task-row') + (notes(r.roles).length ? ' corrected-row' : '') },
      el('th', { scope: 'row' }, r.id ? r.item : ''), el('td', {}, r.task),
      ROLES.map(role => el('td', {}, unitsIn(r.roles, role)))))));
  const organisation = el('section', {}, el('h3', {}, t('organisation')),
    el('ul', { class: 'quotes' }, plan.organisation.map(o => el('li', {},
      roleLabel(o.role), ` ${o.unit}`, correctionMark(o.correction), el('blockquote', { lang: 'zh' }, o.quote),
      el('cite', {}, `${t('source')}: ${cited(plan, o)}`)))));
  setShown({ columns, rows: rows.map(r => [r.item, r.task, ...ROLES.map(role => names(r.roles, role)), notes(r.roles).join(' | ')]) });
  return [el('h3', {}, plan.title), meta, el('h4', {}, t('targets')), targets,
    el('div', { class: 'scroll' }, table), bodiesSection(plan), organisation];
}

/** The local plan a plan carries out, as it names it: a link to that plan when it is in the store. */
function citedPlan(plan) {
  if (!plan.cites) return '';
  const cited = data.plans.find(p => p.plan === plan.citedPlan);
  return cited ? el('a', { href: '?' + query({ view: 'plan', plan: cited.id, lang: langParam() }) }, `《${plan.cites}》`) : `《${plan.cites}》`;
}

const ROLES = ['lead', 'participant', 'responsible'];
const names = (roles, role) => roles.filter(r => r.role === role).map(r => r.unit).join('、');
const notes = roles => [...new Set(roles.map(r => r.correction).filter(Boolean))];

// the units of one role, each corrected one marked with its correction
function unitsIn(roles, role) {
  return roles.filter(r => r.role === role).flatMap((r, i) => [i ? '、' : null, r.unit, correctionMark(r.correction)]);
}

// where a quote is in the plan's file: file:line for text, file#page=3&line=12 or file#p=4 for others
const cited = (plan, fact) => `${plan.sourceFile}${fact.at || ':' + fact.line}`;

// the plan's steering group and office: who chairs, which units are vice-chairs, members and host,
// what each does, then the sentences these come from
function bodiesSection(plan) {
  const unitLink = u => el('a', { href: '?' + query({ view: 'unit', unit: u, lang: langParam() }) }, u);
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
