/**
 * The visitor run as text for a terminal, in Japanese or English: headline figures, then tables
 * by procedure, by hour of arrival, by counter, and by interval. Every figure is the mean over
 * the simulated days ± the half-width of its 95% confidence interval.
 */
import type { Lang } from '../partRunner.js';
import { textTable } from '../textTable.js';
import type { VisitorRunResult } from './visitorPartRunner.js';

type Ci = { mean: number | null; ci95: number | null };
type Tree = Record<string, unknown>;

const T = {
  en: {
    head: (r: VisitorRunResult) =>
      `${r.replications} simulated days (seed ${r.seed}), ${r.wallMs} ms on ${r.workers} worker(s); engine ${r.engineVersion}, scenario ${r.scenarioHash}`,
    day: (r: VisitorRunResult) =>
      `${r.day.type} day ${r.day.open}–${r.day.close}, expected visits ${r.day.expectedVisitors.toFixed(0)}; counters: ${r.day.organisation}${r.day.renkei ? ' + 窓口連携' : ''}; 書かない窓口 ${r.day.kakanaiMadoguchi ? 'on' : 'off'}; service level = share served within ${r.day.serviceLevel.withinMin} min (target ${pct(r.day.serviceLevel.target)})`,
    note: '± is the 95% confidence half-width across simulated days. Waits are the total wait at counters of served visitors.',
    visitors: 'visitors',
    demand: 'demand',
    diverted: 'online/コンビニ',
    arrived: 'came',
    served: 'served',
    gaveUp: 'gave up or balked',
    unserved: 'unserved',
    wait: 'wait (min)',
    inOffice: 'time in office (min)',
    mean: 'mean',
    counters: 'counters visited',
    walking: 'walking (min)',
    waiting: 'waiting area (persons)',
    seats: 'seats needed (p95)',
    max: 'max',
    closing: (last: string, ot: string) => `last visitor leaves ${last}; staff overtime ${ot} staff-hours`,
    byProcedure: 'By procedure',
    byHour: 'By hour of arrival',
    byQueue: 'By counter',
    byInterval: 'By interval (service level = share of counter contacts joining in the interval served within the time)',
    procedure: 'procedure',
    hour: 'hour',
    arrivals: 'arrivals',
    queue: 'counter',
    joins: 'contacts',
    maxWait: 'max wait',
    sl: 'served in time',
    abandoned: 'gave up',
    counterUtil: 'counter use',
    staffUtil: 'staff use',
    interval: 'interval',
    servedN: 'left',
  },
  ja: {
    head: (r: VisitorRunResult) =>
      `${r.replications}日分を模擬（シード ${r.seed}）、${r.wallMs} ms、ワーカー ${r.workers}；エンジン ${r.engineVersion}、シナリオ ${r.scenarioHash}`,
    day: (r: VisitorRunResult) =>
      `${r.day.type === 'peak' ? '繁忙日' : '通常日'} ${r.day.open}–${r.day.close}、想定来庁 ${r.day.expectedVisitors.toFixed(0)} 件；窓口形態 ${ORG_JA[r.day.organisation] ?? r.day.organisation}${r.day.renkei ? '＋窓口連携' : ''}；書かない窓口 ${r.day.kakanaiMadoguchi ? 'あり' : 'なし'}；サービスレベル＝${r.day.serviceLevel.withinMin}分以内に受付できた割合（目標 ${pct(r.day.serviceLevel.target)}）`,
    note: '± は模擬日間の95%信頼区間の半幅。待ち時間は、手続きを終えた来庁者の窓口での待ち時間の合計。',
    visitors: '来庁者',
    demand: '需要',
    diverted: 'オンライン・コンビニ',
    arrived: '来庁',
    served: '手続完了',
    gaveUp: '離脱・断念',
    unserved: '未対応',
    wait: '待ち時間（分）',
    inOffice: '滞在時間（分）',
    mean: '平均',
    counters: '訪問窓口数',
    walking: '移動時間（分）',
    waiting: '待合（人）',
    seats: '必要席数（95%）',
    max: '最大',
    closing: (last: string, ot: string) => `最終退庁 ${last}；職員の時間外 ${ot} 人時`,
    byProcedure: '手続別',
    byHour: '来庁時刻別',
    byQueue: '窓口別',
    byInterval: '時間帯別（サービスレベル＝その時間帯に並んだ窓口受付のうち時間内に呼ばれた割合）',
    procedure: '手続',
    hour: '時刻',
    arrivals: '来庁',
    queue: '窓口',
    joins: '受付件数',
    maxWait: '最大待ち',
    sl: '時間内',
    abandoned: '離脱',
    counterUtil: '窓口稼働',
    staffUtil: '職員稼働',
    interval: '時間帯',
    servedN: '退庁',
  },
};
const ORG_JA: Record<string, string> = { silo: '縦割り', pooled: '集約型', dispatch: '職員派遣型', superman: 'スーパーマン型' };

function pct(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '—' : `${(100 * x).toFixed(0)}%`;
}

function ci(s: unknown, digits = 1): string {
  const c = s as Ci | undefined;
  if (!c || c.mean === null) return '—';
  return c.ci95 === null ? c.mean.toFixed(digits) : `${c.mean.toFixed(digits)} ± ${c.ci95.toFixed(digits)}`;
}

function ciPct(s: unknown): string {
  const c = s as Ci | undefined;
  if (!c || c.mean === null) return '—';
  return c.ci95 === null ? pct(c.mean) : `${(100 * c.mean).toFixed(0)} ± ${(100 * c.ci95).toFixed(0)}%`;
}

const meanOf = (s: unknown): number | null => (s as Ci | undefined)?.mean ?? null;
const at = (tree: unknown, key: string): Tree => ((tree as Tree | undefined)?.[key] ?? {}) as Tree;
const list = (tree: unknown, key: string): unknown[] => ((tree as Tree | undefined)?.[key] ?? []) as unknown[];

export function renderVisitorResult(r: VisitorRunResult, lang: Lang): string {
  const t = T[lang];
  const s = r.summary;
  const v = at(s, 'visitors');
  const w = at(s, 'waitMin');
  const io = at(s, 'timeInOfficeMin');
  const wa = at(s, 'waitingArea');
  const closing = at(s, 'closing');
  const last = meanOf(closing.lastDepartureMin);
  const lastText = last === null ? '—' : `${String(Math.floor(last / 60)).padStart(2, '0')}:${String(Math.round(last % 60)).padStart(2, '0')}`;
  const ot = meanOf(closing.overtimeStaffMin);
  // Lines nobody joins (departments whose work the one-stop desk took over) are left out.
  const queues = r.labels.queues.filter((q) => (meanOf(at(at(s, 'queues'), q.id).joins) ?? 0) > 0);
  const out: string[] = [t.head(r), t.day(r), t.note, ''];
  out.push(
    textTable(
      [t.visitors, t.demand, t.diverted, t.arrived, t.served, t.gaveUp, t.unserved],
      [['', ci(v.demand, 0), ci(v.diverted, 0), ci(v.arrived, 0), ci(v.served, 0), `${ci((v as Tree).abandoned, 0)} / ${ci((v as Tree).balked, 0)}`, ci(v.unserved, 0)]],
    ),
    '',
    textTable(
      ['', t.mean, 'p50', 'p90', 'p95', t.max],
      [
        [t.wait, ci(w.mean), ci(w.p50), ci(w.p90), ci(w.p95), ci(w.max)],
        [t.inOffice, ci(io.mean), ci(io.p50), ci(io.p90), ci(io.p95), ci(io.max)],
      ],
    ),
    '',
    `${t.counters} ${ci(s.countersVisited, 2)}; ${t.walking} ${ci(s.walkingMin, 2)}; ${t.waiting}: ${t.mean} ${ci(wa.personsMean)}, ${t.seats} ${ci(wa.personsP95, 0)}, ${t.max} ${ci(wa.personsMax, 0)}`,
    t.closing(lastText, ot === null ? '—' : (ot / 60).toFixed(1)),
    '',
    `${t.byProcedure}:`,
    textTable(
      [t.procedure, t.arrivals, `${t.wait} ${t.mean}`, 'p90', 'p95', t.max, t.inOffice, t.counters],
      r.labels.procedures.map((p) => {
        const x = at(at(s, 'byProcedure'), p.id);
        const pw = at(x, 'waitMin');
        return [lang === 'ja' ? p.nameJa : p.name, ci(x.arrived, 0), ci(pw.mean), ci(pw.p90), ci(pw.p95), ci(pw.max), ci(x.timeInOfficeMin), ci(x.countersVisited, 2)];
      }),
    ),
    '',
    `${t.byHour}:`,
    textTable(
      [t.hour, t.arrivals, `${t.wait} ${t.mean}`, 'p50', 'p90', 'p95', t.max],
      r.labels.hours.map((h, i) => {
        const bh = at(s, 'byHour');
        const col = (k: string) => list(bh, k)[i];
        return [h, ci(col('arrivals'), 0), ci(col('waitMean')), ci(col('waitP50')), ci(col('waitP90')), ci(col('waitP95')), ci(col('waitMax'))];
      }),
    ),
    '',
    `${t.byQueue}:`,
    textTable(
      [t.queue, t.joins, `${t.wait} ${t.mean}`, t.maxWait, t.sl, t.abandoned, t.counterUtil, t.staffUtil],
      queues.map((q) => {
        const x = at(at(s, 'queues'), q.id);
        const staff = at(at(s, 'staff'), q.id);
        return [
          lang === 'ja' ? q.nameJa : q.name,
          ci(x.joins, 0),
          ci(x.waitMin),
          ci(x.waitMaxMin),
          ciPct(x.serviceLevel),
          ci(x.abandoned, 0),
          pct(dayMean(list(x, 'counterUtilisation'))),
          pct(dayMean(list(staff, 'utilisation'))),
        ];
      }),
    ),
    '',
    `${t.byInterval}:`,
    textTable(
      [t.interval, t.arrivals, t.servedN, t.sl, `${t.waiting} ${t.mean}`, t.max, ...queues.map((q) => q.id)],
      r.labels.intervals.map((label, i) => {
        const bi = at(s, 'byInterval');
        const col = (k: string) => list(bi, k)[i];
        return [
          label,
          ci(col('arrivals'), 0),
          ci(col('served'), 0),
          pct(meanOf(col('serviceLevel'))),
          ci(col('waitingPersonsMean')),
          ci(col('waitingPersonsMax'), 0),
          ...queues.map((q) => pct(meanOf(list(at(at(s, 'queues'), q.id), 'serviceLevelByInterval')[i]))),
        ];
      }),
    ),
  );
  return out.join('\n');
}

/** Mean over the intervals of a per-interval figure (undefined intervals left out). */
function dayMean(series: unknown[]): number | null {
  const xs = series.map(meanOf).filter((x): x is number => x !== null && Number.isFinite(x));
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}
