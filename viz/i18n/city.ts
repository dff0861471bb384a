/** The city study's message table of a language (city.en.ts, city.ja.ts). */
import { cityEn, type CityMessages } from './city.en.js';
import { cityJa } from './city.ja.js';
import type { Lang } from './index.js';

export type { CityMessages };

export function cityMessages(lang: Lang): CityMessages {
  return lang === 'ja' ? cityJa : cityEn;
}
