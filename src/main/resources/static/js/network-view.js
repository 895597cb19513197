// The network view: who shares actions, projects and tasks with whom (/api/network), drawn with
// Cytoscape.js (loaded by index.html as the global cytoscape).
import { define } from './i18n.js';
import { $, el, api, t, label, query, go, state, data, WIDE, ROLE_MARK, langParam, setStatus, setShown, showTools, save } from './page.js';

define('network view', {
  zh: {
    networkView: '协作网络', networkHeading: '哪些单位共同承担行动、工程或任务', by: '节点',
    byUnit: '单位', byCategory: '单位类别（跨区合并）', districts: '区（可多选，不选为全部）', role: '职责',
    anyRole: '任意职责', level: '层级', anyLevel: '条目与任务', levelItem: '只看条目', levelTask: '只看任务',
    measure: '节点大小', top: '显示前 N 个节点', collective: '包括统称单位（各街道办事处等）', bipartite: '单位 × 条目（二分图）',
    measures: { degree: '度', weightedDegree: '加权度', betweenness: '中介中心性', pageRank: 'PageRank', clustering: '聚类系数' },
    community: '社群', weight: '共同条目数', summary: s => `${s.nodes} 个节点，${s.edges} 条边，密度 ${s.density}，${s.components} 个连通分量，${s.communities} 个社群`,
    topShown: (n, all) => `按所选指标显示前 ${n} 个节点（共 ${all} 个）；选择区可查看全部。`,
    chooseDistricts: '区很多：请选择区，或按类别查看；现显示前若干节点。',
    nodesCaption: '节点及其指标（点击名称打开单位视图）', sharedItems: (a, b, n) => `${a} 与 ${b} 共同承担 ${n} 项`,
    edgeNote: '点击节点打开单位视图，点击边查看共同条目及原文。', shownOf: (n, all) => `（列出 ${n} / ${all} 项）`,
    noNetwork: '所选范围内没有单位共同承担条目。',
  },
  en: {
    networkView: 'Network', networkHeading: 'Which units share actions, projects or tasks', by: 'Nodes',
    byUnit: 'Units', byCategory: 'Unit categories (across districts)', districts: 'Districts (several allowed; none: all)',
    role: 'Role', anyRole: 'Any role', level: 'Level', anyLevel: 'Items and tasks', levelItem: 'Items only', levelTask: 'Tasks only',
    measure: 'Node size', top: 'Show the top N nodes', collective: 'Include collective units (各街道办事处 …)',
    bipartite: 'Units × items (bipartite)',
    measures: { degree: 'degree', weightedDegree: 'weighted degree', betweenness: 'betweenness', pageRank: 'PageRank', clustering: 'clustering coefficient' },
    community: 'Community', weight: 'Items shared',
    summary: s => `${s.nodes} nodes, ${s.edges} edges, density ${s.density}, ${s.components} components, ${s.communities} communities`,
    topShown: (n, all) => `The top ${n} of ${all} nodes by the chosen measure; choose districts to see all.`,
    chooseDistricts: 'Many districts: choose districts, or nodes by category; the top nodes are shown meanwhile.',
    nodesCaption: 'Nodes and their measures (a name opens the unit view)', sharedItems: (a, b, n) => `${a} and ${b} share ${n}`,
    edgeNote: 'Click a node to open the unit view, an edge for the shared items and their sentences.',
    shownOf: (n, all) => ` (${n} of ${all} listed)`, noNetwork: 'No units share an item in this selection.',
  },
});

export const networkView = {
  name: 'network',
  read: readNetworkUrl,
  url: () => networkQuery(true),
  setup: setupNetwork,
  render: renderNetwork,
};

// Past this many districts a network of units is shown as its top nodes unless districts are chosen.
const NETWORK_TOP = 100;
const NETWORK_MEASURES = ['degree', 'weightedDegree', 'betweenness', 'pageRank', 'clustering'];
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd'];

function readNetworkUrl(p) {
  state.net = {
    by: p.get('by') === 'category' ? 'category' : 'unit', district: p.getAll('district').filter(Boolean),
    role: p.get('role') || '', level: p.get('level') || '', measure: NETWORK_MEASURES.includes(p.get('measure')) ? p.get('measure') : 'degree',
    top: p.get('top') || '', collective: p.get('collective') === 'true' ? 'true' : '', mode: p.get('mode') === 'bipartite' ? 'bipartite' : '',
  };
}

/** The API's parameters for the current choice; by unit over many districts, the top nodes. */
function networkParams() {
  const n = state.net;
  const top = n.top || (n.by === 'unit' && !n.district.length && data.plans.length > WIDE ? String(NETWORK_TOP) : '');
  return { by: n.by, role: n.role, level: n.level, measure: n.measure, top, collective: n.collective, mode: n.mode };
}

/** The query of the API request, or (asked) of the page's own URL, which keeps only what was chosen. */
function networkQuery(forUrl) {
  const params = new URLSearchParams(query(forUrl ? { ...state.net, district: '' } : networkParams()));
  state.net.district.forEach(d => params.append('district', d));
  return params.toString();
}

function setupNetwork() {
  const n = () => state.net;
  const change = (key, value) => go({ net: { ...n(), [key]: value } });
  $('net-by').addEventListener('change', e => change('by', e.target.value));
  $('net-district').addEventListener('change', e => change('district', [...e.target.selectedOptions].map(o => o.value)));
  $('net-role').addEventListener('change', e => change('role', e.target.value));
  $('net-level').addEventListener('change', e => change('level', e.target.value));
  $('net-measure').addEventListener('change', e => change('measure', e.target.value));
  $('net-top').addEventListener('change', e => change('top', e.target.value));
  $('net-collective').addEventListener('change', e => change('collective', e.target.checked ? 'true' : ''));
  $('net-bipartite').addEventListener('change', e => change('mode', e.target.checked ? 'bipartite' : ''));
  $('net-png').addEventListener('click', () => {
    if (!window.networkGraph) return;
    save(window.networkGraph.png({ full: true, scale: 2, bg: '#ffffff' }), 'plankg-network.png');
  });
}

function fillNetworkControls() {
  const n = state.net;
  const options = (select, pairs, chosen) => $(select).replaceChildren(...pairs.map(([value, text]) =>
    el('option', { value, selected: Array.isArray(chosen) ? chosen.includes(value) : value === chosen }, text)));
  options('net-by', [['unit', t('byUnit')], ['category', t('byCategory')]], n.by);
  options('net-district', [...new Set(data.plans.map(p => p.district))].map(d => [d, d]), n.district);
  options('net-role', [['', t('anyRole')], ...['lead', 'participant', 'responsible'].map(r => [r, label('role', r)])], n.role);
  options('net-level', [['', t('anyLevel')], ['item', t('levelItem')], ['task', t('levelTask')]], n.level);
  options('net-measure', NETWORK_MEASURES.map(m => [m, t('measures')[m]]), n.measure);
  $('net-top').value = n.top;
  $('net-collective').checked = n.collective === 'true';
  $('net-bipartite').checked = n.mode === 'bipartite';
}

async function renderNetwork() {
  fillNetworkControls();
  setStatus(t('loading'));
  const q = networkQuery();
  const network = await api('/api/network?' + q);
  for (const format of ['graphml', 'gexf', 'csv']) $('net-' + format).href = `/api/network?${q}&format=${format}`;
  const s = network.summary;
  const notes = [t('summary')(s)];
  if (network.top && network.nodes.length < s.nodes) notes.push(state.net.district.length ? t('topShown')(network.nodes.length, s.nodes) : t('chooseDistricts'));
  notes.push(t('edgeNote'));
  const graph = el('div', { id: 'network-graph', role: 'img', 'aria-label': t('summary')(s) });
  $('result').replaceChildren(el('p', { class: 'count' }, notes.join(' ')), graph, nodesTable(network));
  setStatus(network.nodes.length ? '' : t('noNetwork'));
  draw(graph, network);
  showTools('network-roles', { district: state.net.district[0] || '' });
}

function nodesTable(network) {
  const m = state.net.measure;
  const columns = [t('byUnit'), t('district'), t('category'), ...NETWORK_MEASURES.map(k => t('measures')[k]), t('community')];
  const rows = network.nodes.map(n => [n.label, n.district, n.kind === 'unit' || n.kind === 'category' ? label('category', n.category) : n.kind,
    ...NETWORK_MEASURES.map(k => n[k]), n.community]);
  setShown({ columns, rows });
  return el('div', { class: 'scroll tall' }, el('table', { class: 'network-nodes' },
    el('caption', {}, `${t('nodesCaption')} · ${t('measures')[m]}`),
    el('thead', {}, el('tr', {}, columns.map(c => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, network.nodes.map((n, i) => el('tr', { 'data-id': n.id },
      el('th', { scope: 'row' }, n.kind === 'unit' || n.kind === 'category'
        ? el('a', { href: '?' + query({ view: 'unit', unit: unitOf(n), lang: langParam() }),
          onclick: e => { e.preventDefault(); go({ view: 'unit', unit: unitOf(n) }); } }, n.label) : n.label),
      rows[i].slice(1).map(c => el('td', {}, c)))))));
}

// a category node opens the unit view of the category, which finds its units in every district
const unitOf = node => node.kind === 'category' ? node.category : node.label;

function colour(category) {
  let hash = 0;
  for (const c of category || '') hash = (hash * 31 + c.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

function draw(container, network) {
  const m = state.net.measure;
  const values = network.nodes.map(n => n[m]);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const size = v => 10 + (high > low ? (v - low) / (high - low) : 0.5) * 30;
  const maxWeight = Math.max(1, ...network.edges.map(e => e.weight));
  // labels are drawn on the canvas as text, never parsed as HTML
  const elements = [
    ...network.nodes.map(n => ({ data: { id: n.id, label: n.label, size: size(n[m]), colour: n.kind === 'unit' || n.kind === 'category' ? colour(n.category) : '#bbbbbb' } })),
    ...network.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, width: 1 + 7 * e.weight / maxWeight, index: i } })),
  ];
  const cy = window.cytoscape({
    container, elements, wheelSensitivity: 0.3,
    layout: { name: network.nodes.length > 300 ? 'concentric' : 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 90,
      concentric: node => node.data('size'), nodeDimensionsIncludeLabels: true },
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', label: 'data(label)',
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2733', 'text-outline-color': '#ffffff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9fb3c8', opacity: 0.6, 'curve-style': 'haystack' } },
      { selector: 'edge:selected', style: { 'line-color': '#f0a500', opacity: 1 } },
    ],
  });
  window.networkGraph = cy; // for the PNG download, tests and the console
  cy.on('tap', 'node', e => {
    const node = network.nodes.find(n => n.id === e.target.id());
    if (node && (node.kind === 'unit' || node.kind === 'category')) go({ view: 'unit', unit: unitOf(node) });
  });
  cy.on('tap', 'edge', e => showEdge(network, network.edges[e.target.data('index')]));
}

async function showEdge(network, edge) {
  const names = Object.fromEntries(network.nodes.map(n => [n.id, n.label]));
  const detail = $('detail');
  const item = i => el('li', {}, `${i.district} · ${i.item}${i.task !== null && i.task !== undefined ? ` · ${t('task')} ${i.task}` : ''}: `,
    roleSpan(i.sourceUnit, i.sourceRole), i.targetUnit ? ['、', roleSpan(i.targetUnit, i.targetRole)] : null);
  const quotes = el('ul', { class: 'quotes' });
  detail.replaceChildren(el('h3', {}, t('sharedItems')(names[edge.source], names[edge.target], edge.weight)),
    el('ul', { class: 'shared-items' }, edge.items.map(item)),
    el('p', { class: 'count' }, edge.itemCount > edge.items.length ? t('shownOf')(edge.items.length, edge.itemCount) : ''),
    el('h4', {}, t('quotes')), quotes,
    el('button', { type: 'button', onclick: () => { detail.hidden = true; } }, t('close')));
  detail.hidden = false;
  const first = edge.items[0];
  const link = edge.quotes || (first.targetUnit ? `/api/units/${encodeURIComponent(first.sourceUnit)}/partners?`
    + query({ district: first.district, partner: first.targetUnit }) : null);
  if (!link) return;
  const partners = await api(link);
  const seen = new Set();
  for (const p of partners) {
    for (const i of p.items) {
      for (const [quote, source] of [[i.quote, i.source], [i.partnerQuote, i.partnerSource]]) {
        if (seen.has(source)) continue;
        seen.add(source);
        quotes.append(el('li', {}, el('blockquote', { lang: 'zh' }, quote), el('cite', {}, `${t('source')}: ${source}`)));
      }
    }
  }
}

function roleSpan(unit, roles) {
  return el('span', {}, unit, ' ', (roles || '').split(',').filter(Boolean).map(r =>
    el('span', { class: `role role-${r}` }, el('span', { 'aria-hidden': 'true' }, ROLE_MARK[r] || '•'), label('role', r))));
}
