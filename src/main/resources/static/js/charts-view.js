// The charts view: districts compared (targets, what each kind of unit leads or joins, the units of
// a national item), drawn with d3 (loaded by index.html as the global d3), grouped by district,
// city or province, with the top N and the rest as one bar.
import { define } from './i18n.js';
import { $, el, api, t, label, query, go, state, data, outlineKeys, setStatus, setShown, showTools, save } from './page.js';

define('charts view', {
  zh: {
    chartsView: '对比图', chartsHeading: '各区对比', chartTargets: '公民具备科学素质的比例（目标）', chartCategories: '各类单位牵头或参与的条目数',
    chartNational: '国家纲要条目的牵头与参与单位数', groupBy: '分组', byDistrict: '按区', byCity: '按市', byProvince: '按省',
    chartTop: '显示前', rest: n => `其余 ${n} 项`, year: '年份', chartCategory: '单位类别', downloadSvg: '下载 SVG',
    lead: '牵头', joins: '参与/负责', value: '目标值',
    chartPeriods: '某类单位在各期方案中牵头或参与的条目数（每份方案平均）',
  },
  en: {
    chartsView: 'Compare', chartsHeading: 'Districts compared', chartTargets: 'Share of citizens with scientific literacy (target)',
    chartCategories: 'Items each kind of unit leads or joins', chartNational: 'Lead and participating units of a national action or project',
    groupBy: 'Group', byDistrict: 'by district', byCity: 'by city', byProvince: 'by province',
    chartTop: 'Show top', rest: n => `${n} others`, year: 'Year', chartCategory: 'Unit category', downloadSvg: 'Download SVG',
    lead: 'lead', joins: 'participate / responsible', value: 'target',
    chartPeriods: 'Items one kind of unit leads or joins, per period (mean per plan)',
  },
});

export const chartsView = {
  name: 'charts',
  read(p) {
    for (const name of ['chart', 'group', 'top', 'year', 'category']) state[name] = p.get(name) || '';
  },
  params() {
    return { chart: state.chart, group: state.group, top: state.top, year: state.year, category: state.category,
      national: state.chart === 'national' ? state.national : '' };
  },
  setup() {
    $('chart-select').addEventListener('change', e => go({ chart: e.target.value }));
    $('chart-group').addEventListener('change', e => go({ group: e.target.value }));
    $('chart-top').addEventListener('change', e => go({ top: e.target.value }));
    $('download-svg').addEventListener('click', downloadSvg);
    $('download-png').addEventListener('click', downloadPng);
  },
  render: renderCharts,
};

const CHARTS = {
  targets: { question: 'chart-targets', parts: ['value'], aggregate: 'mean' },
  categories: { question: 'chart-categories', parts: ['lead', 'joins'], aggregate: 'sum' },
  national: { question: 'chart-national', parts: ['lead', 'joins'], aggregate: 'sum' },
  periods: { question: 'chart-category-periods', parts: ['lead', 'joins'], aggregate: 'sum' },
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
  const filter = chart === 'national' ? { national } : chart === 'categories' || chart === 'periods' ? { category } : {};
  const rows = chart === 'periods' ? await api('/api/questions/chart-category-periods?' + query(filter))
    : await api(`/api/charts/${chart}` + (Object.keys(filter).length ? '?' + query(filter) : ''));
  const option = $('chart-option');
  let bars;
  if (chart === 'targets') {
    const years = [...new Set(rows.map(r => r.year))].sort();
    const year = years.includes(state.year) ? state.year : years[years.length - 1];
    fillOption(option, t('year'), years.map(y => [y, y]), year, v => go({ year: v }));
    bars = rows.filter(r => r.year === year && r.indicator === '公民具备科学素质的比例')
      .map(r => ({ ...place(r), values: { value: Number(r.value) } }));
  } else if (chart === 'categories') {
    fillOption(option, t('chartCategory'), categories.map(c => [c, label('category', c)]), category, v => go({ category: v }));
    // every district, a district whose plan gives that category no item included with zero
    const byDistrict = new Map(data.plans.map(p => [p.district, { ...place(p), values: { lead: 0, joins: 0 } }]));
    for (const r of rows.filter(r => r.category === category)) {
      const bar = byDistrict.get(r.district) || byDistrict.set(r.district, { ...place(r), values: { lead: 0, joins: 0 } }).get(r.district);
      bar.values[r.role === 'lead' ? 'lead' : 'joins'] += Number(r.items);
    }
    bars = [...byDistrict.values()];
  } else if (chart === 'periods') {
    fillOption(option, t('chartCategory'), categories.map(c => [c, label('category', c)]), category, v => go({ category: v }));
    bars = periodBars(rows);
  } else {
    const keys = [...outlineKeys('actions'), ...outlineKeys('projects')];
    fillOption(option, t('nationalLabel'), keys.map(k => [k, label('outline', k)]), national, v => go({ national: v }));
    bars = rows.map(r => ({ ...place(r), values: { lead: Number(r.leads), joins: Number(r.participants) } }));
  }
  const grouped = chart === 'periods' ? bars : summarise(bars, state.group || 'district', CHARTS[chart].aggregate, Number(state.top || 30));
  const svg = drawBars(grouped, CHARTS[chart].parts,
    t({ targets: 'chartTargets', categories: 'chartCategories', national: 'chartNational', periods: 'chartPeriods' }[chart]));
  $('result').replaceChildren(el('div', { class: 'chart' }, svg));
  setShown({ columns: [t('district'), ...CHARTS[chart].parts.map(p => t(p))], rows: grouped.map(b => [b.label, ...CHARTS[chart].parts.map(p => b.values[p])]) });
  setStatus('');
  showTools(CHARTS[chart].question, chart === 'national' ? { national } : chart === 'periods' ? { category } : {});
}

/**
 * One bar per period or year over all districts, earliest first: the items units of the category
 * lead or join, as a mean per plan of that period (a plan that gives them none counts as zero).
 */
function periodBars(rows) {
  const periodOf = p => (p.start ? (p.start === p.end ? String(p.start) : `${p.start}–${p.end}`) : '');
  const plans = new Map();
  for (const p of data.plans) plans.set(periodOf(p), (plans.get(periodOf(p)) || 0) + 1);
  const sums = new Map([...plans.keys()].map(k => [k, { lead: 0, joins: 0 }]));
  for (const r of rows) {
    const sum = sums.get(r.period) || sums.set(r.period, { lead: 0, joins: 0 }).get(r.period);
    sum[r.role === 'lead' ? 'lead' : 'joins'] += Number(r.items);
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, sum]) => ({
    label: `${period || t('none')} (${plans.get(period) || 0})`,
    values: { lead: sum.lead / (plans.get(period) || 1), joins: sum.joins / (plans.get(period) || 1) } }));
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
  const max = window.d3.max(bars, b => parts.reduce((s, p) => s + (b.values[p] || 0), 0)) || 1;
  const x = window.d3.scaleLinear().domain([0, max]).nice().range([left, width - 20]);
  const svg = window.d3.create('svg').attr('xmlns', 'http://www.w3.org/2000/svg').attr('viewBox', `0 0 ${width} ${height}`)
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
      .append('title').text(b => `${b.label}: ${t(p)} ${window.d3.format('.3~f')(b.values[p] || 0)}`);
    return b => offset(b) + (b.values[p] || 0);
  }, () => 0);
  bar.append('text').attr('x', b => x(parts.reduce((s, p) => s + (b.values[p] || 0), 0)) + 4).attr('y', row / 2 + 4)
    .text(b => window.d3.format('.3~f')(parts.reduce((s, p) => s + (b.values[p] || 0), 0)));
  svg.append('g').attr('transform', `translate(0,${top + bars.length * row})`).call(window.d3.axisBottom(x).ticks(6));
  return svg.node();
}

function chartSvgText() {
  const svg = document.querySelector('#result .chart svg');
  return svg ? new XMLSerializer().serializeToString(svg) : null;
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

