/** The terminal tables of `wardsim size`, in Japanese or English: answers, the curves behind them, the telework sweep. */
import type { WorkplaceSizingResult } from '../../engine/runner/sizing/sizeWorkplace.js';
import type { Lang } from '../partRunner.js';
import { SPACE_KIND_LABELS, WEEKDAY_LABELS, meanCi, pct, t, table } from './workplaceText.js';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
type Point = { mean: number | null; ci95: number | null };

/** Curve points around the answer: from where P first drops below 0.5 (at most 6 before) to 2 past the answer. */
function window<T extends Point>(curve: readonly T[], answer: number | null): T[] {
  const end = Math.min(curve.length - 1, (answer ?? curve.length - 1) + 2);
  let start = curve.findIndex((p) => (p.mean ?? 0) < 0.5);
  if (start < 0) start = 0;
  start = Math.max(start, end - 8);
  return curve.slice(start, end + 1);
}

export function renderWorkplaceSizing(r: WorkplaceSizingResult, lang: Lang): string {
  const out: string[] = [];
  out.push(
    t(
      lang,
      `Sizing: α = ${pct(r.alpha)} of days with a desk shortage, β = ${pct(r.beta)} blocking; ${r.replications} replications × ${r.daysPerReplication} weekdays (seed ${r.seed}), ${(r.wallMs / 1000).toFixed(1)} s on ${r.workers} worker(s)`,
      `規模算定: 座席不足の日 α = ${pct(r.alpha)}、満室確率 β = ${pct(r.beta)}。${r.replications} 反復 × 平日 ${r.daysPerReplication} 日（シード ${r.seed}）、${(r.wallMs / 1000).toFixed(1)} 秒（ワーカー ${r.workers}）`,
    ),
    t(lang, '± is the 95% confidence half-width across replications. "cautious" uses the upper confidence bound.', '± は反復間の95%信頼区間の半幅。「安全側」は信頼区間の上限で判定。'),
    '',
  );

  out.push(t(lang, 'Desks per zone — each zone on its own (no overflow); P = share of days with more staff wanting a desk than desks', 'ゾーン別の必要座席数 — 各ゾーン単独（あふれなし）。P = 座席を求める職員が座席数を超える日の割合'));
  out.push(
    table(
      [
        ...t(lang, 'zone|staff|desks now|P(shortage) now|needed|cautious|P at needed|desks/staff|formula bound', 'ゾーン|職員|現座席|現状の不足確率|必要数|安全側|必要数での確率|座席/職員|算式上限').split('|'),
        ...WEEKDAY_LABELS[lang],
      ],
      [
        ...r.desks.zones.map((z) => [
          z.id,
          String(z.staff),
          String(z.desksNow),
          meanCi(z.pShortageNow, 3),
          String(z.desksNeeded),
          String(z.desksNeededUpper),
          meanCi(z.pShortageAtNeeded, 3),
          z.staff > 0 ? (z.desksNeeded / z.staff).toFixed(2) : '—',
          String(z.desksNeededAttendanceBound),
          ...WEEKDAY_KEYS.map((d) => String(z.desksNeededByWeekday[d])),
        ]),
        [t(lang, 'sum of zones', 'ゾーン計'), String(r.desks.zones.reduce((a, z) => a + z.staff, 0)), String(r.desks.totalNow), '', String(r.desks.totalNeeded), String(r.desks.zones.reduce((a, z) => a + z.desksNeededUpper, 0)), '', '', '', '', '', '', '', ''],
        [t(lang, 'office as one pool', '全体を共用した場合'), String(r.desks.pooled.staff), '', '', String(r.desks.pooled.desksNeeded), String(r.desks.pooled.desksNeededUpper), meanCi(r.desks.pooled.pShortageAtNeeded, 3), '', '', '', '', '', '', ''],
      ],
    ),
    t(
      lang,
      `(touchdown desks today: ${r.desks.touchdownNow}; "formula bound" = Poisson-binomial count of those who come in, as if all were in at once; weekday columns = desks if sized for that weekday alone)`,
      `（現在のタッチダウン席 ${r.desks.touchdownNow}。「算式上限」= 出勤者数のポアソン二項分布（全員が同時に在席とみなす）。曜日列 = その曜日だけで算定した必要数）`,
    ),
    '',
  );

  out.push(t(lang, 'Curves: desks → P(shortage day)', '曲線: 座席数 → 座席不足日の確率'));
  for (const z of r.desks.zones) {
    const pts = window(z.curve, z.desksNeeded);
    out.push(table([z.id, ...pts.map((p) => String(p.desks))], [[t(lang, 'P(shortage)', '不足確率'), ...pts.map((p) => (p.mean === null ? '—' : p.mean.toFixed(3)))]]));
  }
  out.push('');

  if (r.spaces.items.length > 0) {
    out.push(t(lang, `Booths, focus seats and rooms — each sized for the requests that want it first (blocking ≤ β; searched up to ${r.spaces.maxUnits} units)`, `ブース・集中席・会議室 — 第1希望とする利用で算定（満室確率 ≤ β、${r.spaces.maxUnits} 室まで探索）`));
    out.push(
      table(
        t(lang, 'space|kind|requests/day|units now|P(blocked) now|needed|cautious|P at needed|utilisation at needed', 'スペース|種類|利用希望/日|現数|現状の満室確率|必要数|安全側|必要数での確率|必要数での稼働率').split('|'),
        r.spaces.items.map((s) => {
          const at = s.unitsNeeded === null ? undefined : s.curve[s.unitsNeeded];
          return [
            s.id,
            `${SPACE_KIND_LABELS[lang][s.kind] ?? s.kind} ${s.capacityPersons}p`,
            s.requestsPerDay === null ? '—' : s.requestsPerDay.toFixed(1),
            String(s.unitsNow),
            meanCi(s.pBlockedNow ?? undefined, 3),
            s.unitsNeeded === null ? `>${r.spaces.maxUnits}` : String(s.unitsNeeded),
            s.unitsNeededUpper === null ? `>${r.spaces.maxUnits}` : String(s.unitsNeededUpper),
            meanCi(s.pBlockedAtNeeded ?? undefined, 3),
            at?.utilization === null || at === undefined ? '—' : at.utilization.toFixed(3),
          ];
        }),
      ),
      '',
      t(lang, 'Curves: units → P(blocked)', '曲線: 数 → 満室確率'),
    );
    for (const s of r.spaces.items) {
      const pts = window(s.curve, s.unitsNeeded).filter((p) => p.units > 0 || s.unitsNeeded === 0);
      out.push(table([s.id, ...pts.map((p) => String(p.units))], [[t(lang, 'P(blocked)', '満室確率'), ...pts.map((p) => (p.mean === null ? '—' : p.mean.toFixed(3)))]]));
    }
    out.push('');
  }

  if (r.sweep) {
    const zones = r.desks.zones.map((z) => z.id);
    out.push(t(lang, `Telework sweep: desks needed (α = ${pct(r.alpha)}) as the remote share of telework-eligible staff rises (${r.sweep.replications} replications per level, same seed)`, `テレワーク感度分析: 対象職員の在宅率ごとの必要座席数（α = ${pct(r.alpha)}、各水準 ${r.sweep.replications} 反復・同一シード）`));
    out.push(
      table(
        [t(lang, 'remote share', '在宅率'), ...zones, t(lang, 'sum', '計'), t(lang, 'one pool', '全体共用')],
        r.sweep.rows.map((row) => [pct(row.remoteShare, 0), ...zones.map((z) => String(row.desksNeededByZone[z])), String(row.desksNeededTotal), String(row.pooledDesksNeeded)]),
      ),
    );
  }
  return out.join('\n');
}
