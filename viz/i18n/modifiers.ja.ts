/** オンライン相談・来庁者の区分・電話対応の文言（modifiers.en.ts と同じキー）。 */
import type { ModifierMessages } from './modifiers.en.js';

export const modifiersJa: ModifierMessages = {
  video: (p: { held: string; served: string; wait: string; hours: string; booths: string }) =>
    `オンライン相談（1日あたり）：庁舎で ${p.held} 件（「来庁」に含まない）、対応済 ${p.served} 件、` +
    `平均待ち ${p.wait} 分、職員 ${p.hours} 人時；${p.booths}`,
  boothsAt: (list: string) => `専用ブース：${list}`,
  noBooths: '窓口で対応（専用ブースなし）',
  reportOption: '案',
  reportVideoTitle: 'オンライン相談（庁舎で対応、1日あたり）',
  reportVideoHeader: ['案', '相談件数', '平均待ち（分）', '職員人時', 'ブース数', '来庁者数', '待合人数（平均）'],
  reportPhoneTitle: '電話対応：窓口職員の電話に充てる時間',
  reportPhoneHeader: ['案', '窓口', '電話対応 人時／日', '窓口の平均待ち（分）'],
  segmentsTitle: '来庁者の区分（対応時間が長い来庁者）',
  segmentHeader: ['区分', '対応時間 ×', '1窓口あたり＋分', '来庁', '対応済', '平均待ち'],
  phone: (list: string) => `電話対応：${list} 人時／日が窓口を離れる`,
};
