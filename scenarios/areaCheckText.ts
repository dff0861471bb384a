import type { Lang } from './partRunner.js';
import type { AreaCheckRow, OfficeStandardCheck } from './planInputs.js';

const ITEM_JA: Record<string, string> = {
  'waiting seats': '待合席',
  'counter positions': '窓口席',
  desks: '執務席',
  '1-person booths': '1人ブース',
  'group booths': 'グループブース',
  'meeting rooms': '会議室',
  'consultation rooms': '相談室',
  'consultation booths': '相談ブース',
  'focus seats': '集中席',
};
const STATUS_JA: Record<AreaCheckRow['status'], string> = { ok: '適合', deficit: '不足', 'short-units': '席数不足' };

/** The area check as rows of text cells for a terminal table (m² rounded to 0.1). */
export function areaCheckCells(rows: AreaCheckRow[], lang: Lang): { header: string[]; cells: string[][] } {
  const m2 = (x: number) => x.toFixed(1);
  const header =
    lang === 'ja'
      ? ['項目', '範囲', '需要', '計画', '必要 m²', '計画 m²', '過不足 m²', '判定']
      : ['item', 'scope', 'demand', 'plan', 'need m²', 'plan m²', 'surplus m²', 'status'];
  const cells = rows.map((r) => [
    lang === 'ja' ? (ITEM_JA[r.item] ?? r.item) : r.item,
    r.scope,
    String(r.demandUnits),
    String(r.planUnits),
    m2(r.needM2),
    m2(r.planM2),
    (r.surplusM2 >= 0 ? '+' : '') + m2(r.surplusM2),
    lang === 'ja' ? STATUS_JA[r.status] : r.status,
  ]);
  return { header, cells };
}

/** The building-total cross-check as lines of text. */
export function officeStandardsText(c: OfficeStandardCheck & { staffDerivedFromHeadcount: boolean }, lang: Lang): string {
  const m2 = (x: number) => Math.round(x).toLocaleString('en-US');
  const pct = (x: number) => `${Math.round(100 * x)} %`;
  const note =
    lang === 'ja'
      ? c.staffDerivedFromHeadcount
        ? '（職員数は執務空間の人数から推定：管理職＝課長級、他＝一般職員。scenario の staffByRank で職級を指定できます）'
        : ''
      : c.staffDerivedFromHeadcount
        ? ' (ranks derived from the workplace headcount: managers as section chiefs, others as general staff; give staffByRank in the scenario for real ranks)'
        : '';
  return lang === 'ja'
    ? [
        `== 庁舎面積の基準との照合（${c.staff}人）${note} ==`,
        `  計画延床 ${m2(c.planGrossM2)} m²（職員1人あたり ${c.planM2PerStaff.toFixed(1)} m²；庁舎の目安 25〜35 m²/人）`,
        `  総務省旧起債基準 ${m2(c.somuM2)} m²（計画は ${pct(c.planToSomu)}）`,
        `  国交省 新営一般庁舎面積算定基準 [未確認係数] ${m2(c.mlitM2)} m²（計画は ${pct(c.planToMlit)}）`,
        '  ※ 基準は窓口・待合など市民利用部分を含まない（固有面積として別途加算）',
      ].join('\n')
    : [
        `== Building total vs office-area standards (${c.staff} staff)${note} ==`,
        `  plan gross ${m2(c.planGrossM2)} m² (${c.planM2PerStaff.toFixed(1)} m² per staff; city halls 25–35 m²/staff)`,
        `  former 総務省 standard ${m2(c.somuM2)} m² (plan is ${pct(c.planToSomu)})`,
        `  MLIT standard [unverified coefficients] ${m2(c.mlitM2)} m² (plan is ${pct(c.planToMlit)})`,
        '  the standards leave out citizen-facing space (counters, waiting), which municipalities add separately',
      ].join('\n');
}
