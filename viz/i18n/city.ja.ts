/** 市全体検討（`wardsim study`、その報告書）の日本語。city.en.ts と同じキー（CityMessages 型とテストで確認）。 */
import type { CityMessages } from './city.en.js';

const pct = (x: number, digits = 1) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(digits)}%`;
const n0 = (x: number) => Math.round(x).toLocaleString('ja-JP');
const n1 = (x: number) => x.toFixed(1);

export const cityJa: CityMessages = {
  lang: 'ja',
  title: (study: string) => `市全体検討：${study}`,
  wardsOptions: (wards: number, options: number) =>
    `${wards}区・${options}案。すべての案を同じ模擬日で比較（共通乱数）`,
  cityTableTitle: '市全体表：各案に必要な区役所の面積',
  cityHeader: [
    '区',
    '案',
    '必要面積(m²) ±95%信頼区間',
    '現在(m²)',
    '増減',
    '判定',
    'サービスレベル',
    '平均待ち時間(分)',
    '執務席（1人当たり）',
  ],
  verdict: { increase: '増', decrease: '減', keep: '維持' },
  verdictNote: (band: string) =>
    `判定：95%信頼区間の下限が現在より${band}を超えて大きければ「増」、上限が${band}を超えて小さければ「減」、それ以外は「維持」`,
  dataNote: (wards: string) =>
    `${wards}は内訳の合計がシード文書001の総面積と一致しないため、区役所の面積は印刷どおりとした`,
  findingsTitle: '指標が動かない案の理由',
  noFindings: 'すべての案が、その区の基準案に対して平均待ち時間とサービスレベルを改善する',
  wardLine: (ward: string, option: string) => `${ward}・${option}：`,
  facts: {
    title: '現況（シード文書001の表記どおり）',
    header: ['項目', '表記', '読み'],
    built: '建築年月日',
    planned: '（予定）',
    totalM2: '面積計(m²)',
    wardOfficeM2: '区役所(m²)',
    healthCentreM2: '保健センター(m²)',
    wardCentreM2: '区民センター(m²)',
    otherM2: 'その他(m²)',
    population: (p: number, h: number) => `人口${n0(p)}人、世帯数${n0(h)}（2021年1月1日）`,
    notAddingUp: (sum: number, total: number) => `内訳の合計は${n0(sum)}m²で、表記の総面積${n0(total)}m²と一致しない`,
    in1970s: '1970年代の建築：シード文書001が更新の方針を問う5区の一つ',
  },
  options: {
    title: '基準案との比較（同じ模擬日での対比較）',
    header: ['指標', '基準案', '本案', '差（対比較の95%信頼区間）', '判定'],
    target: (sl: string, target: string, within: number, status: string) =>
      `サービスレベル${sl}（目標：${within}分以内に${target}）：${status}`,
  },
  lines: {
    title: '窓口ごとの負荷と結果',
    header: [
      '窓口',
      '窓口数',
      '窓口職員（平均）',
      '設計上の件数',
      '1件当たり分',
      '負荷（アーラン）',
      '設計上の稼働率',
      '職員の稼働率',
      '平均待ち時間(分)',
    ],
  },
  programme: {
    title: (option: string) => `施設規模（建物プログラム）：${option}`,
    header: ['機能', '対象', '需要（単位 ±信頼区間）', '単位面積(m²)', '面積(m²) ±信頼区間', '根拠', '算定方法'],
    item: {
      counters: '窓口',
      consultation: '相談室',
      waiting: '待合席',
      lobby: 'ロビー',
      desks: '執務席',
      touchdown: 'タッチダウン席',
      booths1p: '1人用ブース',
      boothsGroup: 'グループブース',
      meetingRooms: '会議室',
      focus: '集中席',
      storage: '書庫・倉庫',
      otherRooms: '電話交換室・便所・洗面所・その他諸室',
      circulation: '玄関・広間・廊下・階段等',
    },
    basis: { simulated: 'シミュレーション', standard: '基準', given: '所与', input: '入力' },
    rule: {
      'counters-busiest-interval': '最も混む15分間に使われた窓口数×5m²',
      'consultation-busiest-interval': '最も混む15分間に使われた相談室数×10m²',
      'waiting-seats-p95': '待っている人数の95パーセンタイル×1.5m²',
      'lobby-seating-share': 'ロビーの半分が待合席（面積原単位）',
      'desks-shortage-alpha': '不足日が5%以下となる最少席数×6m²',
      'desks-one-per-person': '固定席：1人1席×6m²',
      'touchdown-desks': 'モデルのタッチダウン席×6m²',
      'booths-blocking-beta': '満室が10%以下となる最少ブース数',
      'rooms-blocking-beta': '満室が10%以下となる最少会議室数×1席2.5m²',
      'focus-blocking-beta': '満席が10%以下となる最少集中席数×3m²',
      'storage-13pct': '事務室の13%（総務省基準）',
      'storage-filing-metres': '保管する文書量（fm）×1 fmあたり面積（シナリオの文書量）',
      'other-rooms-somu': '職員1人7m²から会議室を除いた面積（総務省基準）',
      'circulation-somu': '上記の40%（総務省基準）',
      'given-seed-001': '現在の面積（シード文書001）',
      'per-resident-median': '市内各区の住民1人当たり面積の中央値×人口',
    },
    wardOffice: '区役所 計',
    healthCentre: '保健センター',
    wardCentre: '区民センター',
    other: 'その他',
    complex: '施設計',
    today: '現在の面積',
    change: (share: string, ci: string, band: string) => `現在比${share} ±${ci}（判定幅±${band}）`,
    verdictLine: (verdict: string, margin: string) => `判定：${verdict}（余裕${margin}）`,
    standards: (p: { staff: number; somu: number; mlit: number; citizen: number; perStaff: number }) =>
      `職員${n0(p.staff)}人：旧総務省基準${n0(p.somu)}m²、国交省基準［未確認の係数］${n0(p.mlit)}m²（いずれも窓口・待合など固有面積${n0(p.citizen)}m²を含まない）。` +
      `本プログラムは職員1人当たり${n1(p.perStaff)}m²（庁舎の目安25〜35m²）`,
    sumNote: '各行の合計が総面積。信頼区間の半幅も合算（行の間の相関によらない上限）',
  },
  areaCheckTitle: (plan: string) => `平面図での面積照合：${plan}`,
  areaHeader: ['項目', '対象', '需要', '図面', '必要(m²)', '図面(m²)', '過不足(m²)', '判定'],
  areaStatus: { ok: '適合', deficit: '不足', 'short-units': '単位数不足' },
  findings: {
    'overloaded-day': (_s: string[], f: Record<string, number>) =>
      `この日の窓口の仕事量${n1(f.offeredLoadErlangs)}アーランは、` +
      `窓口にいる職員${n1(f.staffAtCounterMean)}人の${pct(f.designUtilization, 0).replace('+', '')}に当たる。窓口の組み方を変えても待ちの滞留は残り、` +
      `来庁者の間で移るだけ`,
    'saturated-line': (s: string[], f: Record<string, number>) =>
      `${s[0] ?? ''}は職員の能力を超える仕事を求められている：` +
      `仕事量${n1(f.offeredLoadErlangs)}アーラン（${n0(f.contacts)}件×${n1(f.serviceMinPerContact)}分）` +
      `に対し窓口職員は平均${n1(f.staffAtCounterMean)}人（設計上の稼働率${pct(f.designUtilization, 0).replace('+', '')}）。` +
      `職員は時間の${pct(f.staffUtilization, 0).replace('+', '')}が対応中で、待ち時間は平均${n1(f.waitMeanMin)}分`,
    'shifted-waits': (s: string[], f: Record<string, number>) =>
      `待ち時間が来庁者の間で移る：${s[0] ?? ''}（${n0(f.winnerVisitors)}人）は${n1(f.winnerBaselineMin)}→${n1(f.winnerOptionMin)}分、` +
      `${s[1] ?? ''}（${n0(f.loserVisitors)}人）は${n1(f.loserBaselineMin)}→${n1(f.loserOptionMin)}分`,
    'longer-contacts': (s: string[], f: Record<string, number>) =>
      `${s[0] ?? ''}は複数の手続を1回の対応にまとめるため、1件当たり${n1(f.deskServiceMin)}分（基準案の窓口平均${n1(f.baselineServiceMin)}分）。` +
      `対応は少なく長くなり、それぞれが長い対応の後ろで待つ（サービスレベルは対応ごとに数える）`,
    'more-served': (_s: string[], f: Record<string, number>) =>
      `途中で帰る人が減り（来庁者の${pct(f.abandonmentDiff)}）、` +
      `対応人数が${n0(f.servedDiff)}人増える（${n0(f.servedBaseline)}→${n0(f.servedOption)}人）。平均待ち時間はこの人たちを含む`,
    'fewer-contacts': (_s: string[], f: Record<string, number>) =>
      `1人当たりの訪問窓口数が${f.countersVisitedBaseline.toFixed(2)}から${f.countersVisitedOption.toFixed(2)}に減る：` +
      `基準案で窓口単位のサービスレベルを押し上げていた短い後続手続がなくなる`,
    'lost-help': (_s: string[], f: Record<string, number>) =>
      `基準案の後方応援職員${n0(f.helpStaffBaseline)}人が、本案では応援する窓口を持たない（${n0(f.helpStaffOption)}人）`,
  },
  findingFor: (kpi: string) => `${kpi}：`,
  report: {
    toc: '目次',
    city: '市全体',
    cityIntro:
      'シード文書001は、1970年代に建てられた5区の区役所について、面積を増やすか減らすか維持するか（増・減・維持）、改修か再整備かを問う。本報告書は各区・各案について、' +
      'シミュレーションによる需要から必要な区役所の面積を機能ごとに示し、現在の面積と国の庁舎面積基準と比べる。',
    wardPage: (ward: string) => `区：${ward}`,
    chartTitle: '案ごとの機能別面積と現在の面積',
    chartTable: 'グラフの表',
    planTitle: (plan: string) => `平面図：${plan}`,
    fitsToday: '本案は現在の建物に収まる（面積照合に不足なし）',
    notFitsToday: (n: number) => `現在の建物では${n}項目の面積が不足：改修には配置の見直しか増床が必要`,
    method: '方法',
    methodText:
      'すべての区・案を一つの検討として実行する。第i反復では各案の繁忙日と執務の1年を、(シード, i, ' +
      '名前)の乱数列で模擬するため、案の差は対比較となる。窓口・待合席・執務席・ブース・会議室はシミュレーションから（それぞれ95%信頼区間付き）、書庫・倉庫、その他諸室、廊下等は旧総務省の庁舎面積基準から、' +
      '保健センターと区民センターは検討ファイルの指定による。算定方法は docs/city-study.md に示す。',
    stamp: '再現性',
    stampHeader: ['項目', '値'],
    stampRows: {
      engine: 'エンジン',
      format: '結果形式',
      inputHash: '入力ハッシュ',
      seed: 'シード',
      replications: '反復数',
      rule: '停止規則',
      date: '作成日時',
      command: 'コマンド',
      commit: 'コミット',
    },
  },
};
