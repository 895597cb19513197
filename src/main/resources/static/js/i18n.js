// The page's words. Each module defines its own, in Chinese and English, with define(); a word
// defined twice, or a dictionary whose Chinese and English keys differ, is an error when the page
// loads, never a silent overwrite of another view's word.

const dictionaries = { zh: {}, en: {} };
const owners = {};

export function define(owner, { zh, en }) {
  const missing = [...Object.keys(zh).filter(k => !(k in en)).map(k => `en.${k}`),
    ...Object.keys(en).filter(k => !(k in zh)).map(k => `zh.${k}`)];
  if (missing.length) throw new Error(`${owner}: no ${missing.join(', ')}`);
  const taken = Object.keys(zh).filter(k => k in owners);
  if (taken.length) throw new Error(`${owner}: ${taken.map(k => `"${k}" is already ${owners[k]}'s word`).join('; ')}`);
  for (const key of Object.keys(zh)) owners[key] = owner;
  Object.assign(dictionaries.zh, zh);
  Object.assign(dictionaries.en, en);
}

/** The word for key in lang ('zh' or 'en'); a key nobody defined is logged as an error and shown as is. */
export function word(lang, key) {
  if (!(key in dictionaries[lang])) {
    console.error(`no word for "${key}"`);
    return key;
  }
  return dictionaries[lang][key];
}

/** Which module defined each word, and the keys of each language: for tests and the console. */
export function registry() {
  return { owners: { ...owners }, zh: Object.keys(dictionaries.zh), en: Object.keys(dictionaries.en) };
}
