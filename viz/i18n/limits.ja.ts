/** テレワーク上限・サテライトオフィス・文書保管の文言（limits.en.ts と同じキー）。 */
import type { limitsEn } from './limits.en.js';

export const limitsJa: typeof limitsEn = {
  title: (cap, seats) => `テレワーク上限 ${cap}・サテライトオフィス ${seats}`,
  capNone: 'なし',
  capPerDay: (n) => `1日 ${n} 人`,
  seats: (n) => `1日 ${n} 席`,
  telework: (p) =>
    `  テレワーク希望/日 ${p.wanted}、実施 ${p.granted}、上限で出勤 ${p.refused}` +
    `（希望の ${p.share}。上限に達した日 ${p.binding}）`,
  satellite: (p) =>
    `  サテライトオフィス希望/日 ${p.wanted}、利用 ${p.used}（席稼働率 ${p.use}）、` +
    `満席で本庁舎へ ${p.away}（満席の日 ${p.full}）`,
  mainOffice: (change) =>
    `  本庁舎への出勤: 上限で出勤する人が増え、サテライト利用者が減る: 1日 ${change} 人（座席の結果に反映済み）`,
  header: ['', '希望', '実施', '上限で出勤', 'サテライト', '本庁舎 増減'],
  conservation: '職員日数: 休暇等 + テレワーク + サテライト + 終日外勤 + 出勤 = 職員数 × 日数。',
  paperTitle: '文書量と書庫',
  paper: (p) =>
    `  職員 ${p.staff} 人 × ${p.perStaff} fm = 現在 ${p.today} fm、ペーパーレス目標 −${p.share} → ` +
    `保管 ${p.kept} fm、1 fm あたり ${p.m2PerM} m²`,
  storage: (today, after) => `  書庫 ${after} m²（現在の文書量のままなら ${today} m²）`,
  reportTeleworkTitle: 'テレワーク上限とサテライトオフィス（1日あたり、全曜日）',
  reportTeleworkHeader: [
    '案',
    '上限',
    '希望',
    '実施',
    '上限で出勤',
    '上限に達した日',
    'サテライト席',
    'サテライト利用',
    '本庁舎 増減',
  ],
  reportPaperTitle: '文書量と書庫',
  reportPaperHeader: ['案', '職員', '1人あたり fm', '現在 fm', 'ペーパーレス', '保管 fm', '1 fm あたり m²', '書庫 m²'],
};
