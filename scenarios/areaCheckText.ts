import type { Lang } from './partRunner.js';
import type { AreaCheckRow } from './planInputs.js';

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
