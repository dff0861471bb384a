/**
 * Words and number formats of the workplace tables in Japanese and English (the table itself is
 * the shared scenarios/textTable.ts).
 */
import type { Lang } from '../partRunner.js';

export const WEEKDAY_LABELS: Record<Lang, string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  ja: ['月', '火', '水', '木', '金'],
};

export const ACTIVITY_LABELS: Record<Lang, Record<string, string>> = {
  en: { webMeeting: 'web meeting', phoneCall: 'phone call', focusWork: 'focus work', smallMeeting: 'small meeting', largeMeeting: 'large meeting' },
  ja: { webMeeting: 'Web会議', phoneCall: '電話', focusWork: '集中作業', smallMeeting: '小会議(2〜4人)', largeMeeting: '会議(5人〜)' },
};

export const SPACE_KIND_LABELS: Record<Lang, Record<string, string>> = {
  en: { booth1: '1-person booth', boothGroup: 'group booth', focusSeat: 'focus seat', meetingRoom: 'meeting room', lounge: 'lounge' },
  ja: { booth1: '1人用ブース', boothGroup: 'グループブース', focusSeat: '集中席', meetingRoom: '会議室', lounge: 'ラウンジ' },
};

/** Picks the text of the language. */
export const t = (lang: Lang, en: string, ja: string) => (lang === 'ja' ? ja : en);

type Ci = { mean: number | null; ci95: number | null } | undefined;

export { meanCi, textTable as table } from '../textTable.js';

/** A mean only. */
export function mean(s: Ci, digits = 1): string {
  return !s || s.mean === null || !Number.isFinite(s.mean) ? '—' : s.mean.toFixed(digits);
}

/** A share as a percentage. */
export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : `${(100 * x).toFixed(digits)}%`;
}
