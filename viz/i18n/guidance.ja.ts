/** コンシェルジュの案内・書類不備・出直し・窓口の閉鎖の報告書の文言（guidance.en.ts と同じキー）。 */
import type { GuidanceMessages } from './guidance.en.js';

export const guidanceJa: GuidanceMessages = {
  reportGuidanceTitle: '案内・書類不備・出直し（報告日あたり）',
  reportGuidanceHeader: [
    '案',
    '誤った窓口に先に並ぶ',
    '窓口での問合せ',
    'コンシェルジュのみで解決',
    '窓口で不備判明',
    'コンシェルジュが事前確認で判明',
    '当日の再来庁',
    '期間後に持ち越し',
  ],
  reportClosedTitle: '一時閉鎖する窓口（1日あたり）',
  reportClosedHeader: ['案', '窓口', '閉鎖時間', '来庁者', '他窓口へ案内', '帰宅'],
  closedRule: { wait: '再開まで待つ', redirect: '案内先', leave: '出直し（帰宅）' },
};
