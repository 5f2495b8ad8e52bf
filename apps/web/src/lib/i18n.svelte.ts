// Vietnamese by default, English on request: the language is remembered in this browser and the
// codebook's label_vi/label_en name every category.

export type Lang = 'vi' | 'en';

const KEY = 'cchc-lang';

function initial(): Lang {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const i18n = $state<{ lang: Lang }>({ lang: initial() });

/** Switches the language and remembers it (storage may be blocked: then only for this page). */
export function setLang(lang: Lang): void {
  i18n.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // remembered for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** The text in the current language. */
export function t(vi: string, en: string): string {
  return i18n.lang === 'en' ? en : vi;
}
