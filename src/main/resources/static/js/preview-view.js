// Try a plan: a file dropped or chosen is read as it would be loaded, and shown as the plan view
// shows a stored plan, beside its coverage and its text with the lines that read like
// responsibility but gave nothing marked. Nothing is stored.
import { define } from './i18n.js';
import { $, el, apiPost, t, setStatus, setShown, save } from './page.js';
import { planSections } from './plan-view.js';

define('preview view', {
  zh: {
    previewView: '试读方案', previewHeading: '试读一个方案文件（不入库）', previewFile: '选择或拖入方案文件（文本、网页、Word、PDF）',
    previewReading: f => `正在读取 ${f}…`, previewSummary: '读取情况', previewText: '原文（标出读出职责的行与似职责却未读出的行）',
    unreadLine: '似职责却未读出', readLine: '读出职责', unknownUnits: '词表外单位', previewNothingStored: '此文件未入库。',
    templateDownload: '下载更正文件模板',
  },
  en: {
    previewView: 'Try a plan', previewHeading: 'Try a plan file (nothing is stored)', previewFile: 'Choose or drop a plan file (text, web page, Word, PDF)',
    previewReading: f => `Reading ${f}…`, previewSummary: 'How it was read', previewText: 'The text (lines that gave responsibilities, and lines that read like one but gave none)',
    unreadLine: 'reads like a responsibility, gave none', readLine: 'gave responsibilities', unknownUnits: 'Units not in the vocabulary',
    previewNothingStored: 'This file was not stored.', templateDownload: 'Download a corrections file',
  },
});

let shownPreview = null;

export const previewView = {
  name: 'preview',
  read() {},
  setup() {
    const input = $('preview-file');
    input.addEventListener('change', () => { if (input.files[0]) preview(input.files[0]); });
    const zone = $('preview-drop');
    zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer.files[0]) preview(e.dataTransfer.files[0]);
    });
  },
  render() {
    if (shownPreview) show(shownPreview);
    else setStatus('');
  },
};

async function preview(file) {
  setStatus(t('previewReading')(file.name));
  const form = new FormData();
  form.append('file', file);
  try {
    shownPreview = await apiPost('/api/preview', form);
    show(shownPreview);
  } catch (error) {
    shownPreview = null;
    $('result').replaceChildren(el('p', { class: 'problem' }, error.message),
      error.problem?.problems ? el('ul', {}, error.problem.problems.map(p => el('li', {}, p))) : null);
    setStatus(t('error') + error.message);
  }
}

function show(plan) {
  const unknown = Object.entries(plan.unknownUnits || {});
  const summary = el('section', { id: 'preview-summary' }, el('h3', {}, t('previewSummary')),
    el('p', {}, plan.summary), el('p', {}, t('previewNothingStored')),
    unknown.length ? el('p', {}, `${t('unknownUnits')}: `, unknown.map(([name, line]) => `${name} (${line})`).join('、')) : null,
    el('button', { type: 'button', id: 'preview-template',
      onclick: () => save(new Blob(['\uFEFF' + plan.template], { type: 'text/csv;charset=utf-8' }), `${plan.sourceFile}.corrections.csv`) },
    t('templateDownload')));
  const text = el('section', { id: 'preview-text' }, el('h3', {}, t('previewText')),
    el('ol', { class: 'source-text' }, plan.text.map(line => el('li', {
      class: line.unread ? 'unread' : line.read ? 'read' : null, value: line.line,
      title: line.unread ? t('unreadLine') : line.read ? t('readLine') : null,
    }, el('span', { class: 'at' }, line.at.startsWith(':') ? line.at.slice(1) : line.at), ' ', line.text))));
  $('result').replaceChildren(summary, ...planSections(plan), text);
  setShown(null);
  setStatus('');
}
