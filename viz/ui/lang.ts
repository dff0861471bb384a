/** The UI's language: the user's choice if made, else Japanese when the browser prefers it to English. */
import type { Lang } from '../i18n/index.js';
import { uiEn, type UiMessages } from '../i18n/ui.en.js';
import { uiJa } from '../i18n/ui.ja.js';

/** The first of the browser's languages that is Japanese or English wins; English otherwise. */
export function preferredLang(languages: readonly string[], stored: string | null): Lang {
  if (stored === 'ja' || stored === 'en') return stored;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

export function uiMessages(lang: Lang): UiMessages {
  return lang === 'ja' ? uiJa : uiEn;
}
