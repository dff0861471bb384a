/** The message table of a language, and a thing's name in it. */
import { en, type Messages } from './en.js';
import { ja } from './ja.js';

export type Lang = 'ja' | 'en';
export type { Messages };

export const LANGS: readonly Lang[] = ['en', 'ja'];

export function messages(lang: Lang): Messages {
  return lang === 'ja' ? ja : en;
}

/** The name to show: the Japanese one in Japanese, the English one otherwise. */
export function nameIn(lang: Lang, thing: { name: string; nameJa: string }): string {
  return lang === 'ja' ? thing.nameJa : thing.name;
}
