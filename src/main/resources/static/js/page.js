// What every view shares: the state (kept in the URL), the data loaded at start, element building,
// API calls with problem details, the status line, the tools (CSV of what is shown, its SPARQL)
// and downloads. Views import from here; this module imports no view.
import { define, word } from './i18n.js';

define('page', {
  zh: {
    skip: '跳到正文', title: '全民科学素质实施方案 · 跨区职责查询', views: '视图', download: '下载 CSV',
    showSparql: '显示 SPARQL', footer: '数据：各区《全民科学素质行动规划纲要实施方案》原文；每个职责均附原句与行号。',
    loading: '加载中…', error: '出错了：', none: '无', task: '任务', choose: '请选择', district: '区', item: '条目',
    source: '出处', close: '关闭', quotes: '原文', category: '类别', downloadPng: '下载 PNG',
    actions: '五项提升行动', projects: '五项重点工程', ownItems: '各区自有条目', planLevel: '组织实施（方案层面）',
    leads: '牵头单位', participants: '参与单位', responsible: '责任单位', bodyKind: { group: '领导小组', office: '办公室' },
    corrections: '更正',
  },
  en: {
    skip: 'Skip to content', title: 'Science-literacy plans · who is responsible, across districts', views: 'Views',
    download: 'Download CSV', showSparql: 'Show SPARQL',
    footer: 'Source: the districts\' published implementation plans; every responsibility cites its sentence and line.',
    loading: 'Loading…', error: 'Something went wrong: ', none: 'none', task: 'task', choose: 'Choose…',
    district: 'District', item: 'Item', source: 'Source', close: 'Close', quotes: 'Source sentences', category: 'Category',
    downloadPng: 'Download PNG',
    actions: 'Five actions', projects: 'Five projects', ownItems: 'Districts\' own items', planLevel: 'Organisation (plan level)',
    leads: 'Lead units', participants: 'Participating units', responsible: 'Responsible units',
    bodyKind: { group: 'steering group', office: 'steering office' }, corrections: 'Corrections',
  },
});

export const state = { view: 'unit', unit: '', national: '', item: '', plan: '', lang: 'zh' };
export const data = { labels: {}, plans: [], items: [], names: [] };

// Past this many districts the unit view turns (one row per district) and the network shows its top nodes.
export const WIDE = 12;

export const ROLE_MARK = { lead: '★', participant: '◆', responsible: '●', leader: '▲', coordinator: '◎', 'office-host': '⌂', funder: '¥',
  chair: '◉', 'vice-chair': '◈', member: '○', supervisor: '⚑' };

export const $ = id => document.getElementById(id);
export const t = key => word(state.lang, key);
export const label = (scheme, key) => (data.labels[scheme] || {})[key]?.[state.lang] || key;
/** The lang parameter of a link: empty for Chinese, the default. */
export const langParam = () => (state.lang === 'en' ? 'en' : '');
export const query = params => new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();

/** A GET of the API, answered as JSON with its response (for headers); a problem answer is thrown as an Error with .problem. */
export async function apiResponse(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw Object.assign(new Error(problem.detail || response.statusText), { problem });
  }
  return { body: await response.json(), response };
}

export const api = async path => (await apiResponse(path)).body;

/** A POST of a form (files included) to the API, answered as JSON; a problem answer is thrown as an Error with .problem. */
export async function apiPost(path, form) {
  const response = await fetch(path, { method: 'POST', body: form, headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.detail || response.statusText), { problem: body });
  return body;
}

/** An element; attributes starting with "on" are listeners; children are nodes or text (never parsed as HTML). */
export function el(tag, attributes = {}, ...children) {
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

/** Saves a blob or a URL (data: or blob:) as a file. */
export function save(blobOrUrl, name) {
  const href = typeof blobOrUrl === 'string' ? blobOrUrl : URL.createObjectURL(blobOrUrl);
  const link = el('a', { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

/** The mark of a row a researcher corrected; its reason (and who, when) shows on hover and focus. */
export function correctionMark(correction) {
  if (!correction) return null;
  return el('abbr', { class: 'corrected', title: correction, tabindex: '0', 'aria-label': correction }, '✎');
}

export function roleLabel(role) {
  return el('span', { class: `role role-${role}` }, el('span', { 'aria-hidden': 'true' }, ROLE_MARK[role] || '•'), ' ', label('role', role));
}

// in the order of 国发〔2021〕9号
const OUTLINE_ORDER = ['youth', 'farmers', 'workers', 'elderly', 'officials',
  'tech-resources', 'informatization', 'infrastructure', 'grassroots', 'international'];
export const outlineKeys = parent => Object.keys(data.labels.outline || {}).filter(k => data.labels.outline[k].parent === parent)
  .sort((a, b) => OUTLINE_ORDER.indexOf(a) - OUTLINE_ORDER.indexOf(b));

export function setStatus(text) {
  $('status').textContent = text || '';
}

// ---- the tools under every view: a CSV of exactly what is shown, and the SPARQL behind it ----

let shown = null; // { columns, rows }

export function setShown(table) {
  shown = table;
}

export function showTools(question, params, sparqlSource) {
  $('tools').hidden = !question;
  $('sparql').dataset.src = sparqlSource || (question ? `/api/questions/${question}/sparql?${query(params)}` : '');
  $('sparql-text').textContent = '';
  if ($('sparql').open) loadSparql();
}

export async function loadSparql() {
  const src = $('sparql').dataset.src;
  if (src) $('sparql-text').textContent = await (await fetch(src)).text();
}

export function downloadCsv() {
  if (!shown) return;
  // text from a plan or a correction is untrusted: a cell a spreadsheet would run as a formula gets a leading '
  const cell = v => { const s = v === null || v === undefined ? '' : String(v); return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s; };
  const escape = v => { const s = cell(v); return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
  const text = [shown.columns, ...shown.rows].map(r => r.map(escape).join(',')).join('\r\n') + '\r\n';
  save(new Blob(['\uFEFF' + text], { type: 'text/csv;charset=utf-8' }), `plankg-${state.view}.csv`);
}

// ---- moving between views: main.js sets how ----

let navigator = () => { throw new Error('the page has not started'); };

export function onNavigate(fn) {
  navigator = fn;
}

/** Changes the state, records it in the URL and shows it. */
export function go(changes) {
  navigator(changes);
}
