/** The terminal summary of a workplace run (`wardsim run`), in Japanese or English. */
import type { WorkplaceRunResult } from '../../engine/runner/sizing/simulateWorkplace.js';
import type { Lang } from '../partRunner.js';
import { ACTIVITY_LABELS, SPACE_KIND_LABELS, WEEKDAY_LABELS, mean, meanCi, t, table } from './workplaceText.js';

type Ci = { mean: number | null; ci95: number | null };
type Groups = Record<string, Record<string, Ci>>;

const clock = (min: number) => `${Math.floor(min / 60)}:${String(min % 60).padStart(2, '0')}`;
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function renderWorkplaceRun(r: WorkplaceRunResult, lang: Lang): string {
  const out: string[] = [];
  out.push(
    t(
      lang,
      `${r.staff.total} staff (${r.staff.deskUsers} use desks); ${r.daysPerReplication} weekdays × ${r.replications} replications (seed ${r.seed}); ${r.events.toLocaleString('en-US')} events in ${(r.wallMs / 1000).toFixed(1)} s on ${r.workers} worker(s)`,
      `職員 ${r.staff.total} 人（座席利用 ${r.staff.deskUsers} 人）、平日 ${r.daysPerReplication} 日 × ${r.replications} 反復（シード ${r.seed}）、${r.events.toLocaleString('en-US')} イベント、${(r.wallMs / 1000).toFixed(1)} 秒（ワーカー ${r.workers}）`,
    ),
    t(
      lang,
      `± is the 95% confidence half-width across replications; utilisation is over core hours ${clock(r.coreHours.fromMin)}–${clock(r.coreHours.toMin)}.`,
      `± は反復間の95%信頼区間の半幅。稼働率はコア時間 ${clock(r.coreHours.fromMin)}〜${clock(r.coreHours.toMin)} で計算。`,
    ),
    '',
  );

  const sd = r.staffDaysPerDay as Record<string, Ci>;
  out.push(
    t(
      lang,
      `Staff per day: in the office ${mean(sd.office)} (of which part-day in the field ${mean(sd.fieldPartDay)}), teleworking ${mean(sd.remote)}, absent ${mean(sd.absent)}, in the field all day ${mean(sd.fieldAllDay)}`,
      `1日あたり職員: 出勤 ${mean(sd.office)}（うち外勤あり ${mean(sd.fieldPartDay)}）、テレワーク ${mean(sd.remote)}、休暇等 ${mean(sd.absent)}、終日外勤 ${mean(sd.fieldAllDay)}`,
    ),
    '',
  );

  // Desks by zone.
  out.push(t(lang, 'Desks by zone (group address)', 'ゾーン別の座席（グループアドレス）'));
  const zoneRows = Object.entries(r.zones).map(([id, z]) => {
    const f = (z.figures as Groups).all;
    return [id, String(z.staff), String(z.desks), meanCi(f.peakDemandMean, 1), mean(f.peakDemandP95, 0), meanCi(f.pShortageDay, 3), meanCi(f.shortagePersonMinPerDay, 0), meanCi(f.overflowPersonMinPerDay, 0), meanCi(f.deskUtilization, 3)];
  });
  const office = (r.office.figures as Groups).all;
  zoneRows.push([t(lang, 'office (pooled)', '全体（共用とみなす）'), String(r.office.staff), String(r.office.desks), meanCi(office.peakDemandMean, 1), mean(office.peakDemandP95, 0), '', '', '', '']);
  out.push(
    table(
      t(lang, 'zone|staff|desks|peak wanting a desk|P95|P(shortage day)|short person-min/day|overflow person-min/day|desk use', 'ゾーン|職員|座席|同時在席ピーク|P95|座席不足日の確率|不足 人分/日|他ゾーン着席 人分/日|座席稼働率').split('|'),
      zoneRows,
    ),
    '',
  );
  const td = (r.touchdown.figures as Groups).all;
  if (r.touchdown.desks > 0) {
    out.push(t(lang, `Touchdown desks: ${r.touchdown.desks}, peak in use ${meanCi(td.peakOccupiedMean, 1)}, use ${meanCi(td.utilization, 3)}`, `タッチダウン席: ${r.touchdown.desks} 席、同時利用ピーク ${meanCi(td.peakOccupiedMean, 1)}、稼働率 ${meanCi(td.utilization, 3)}`), '');
  }

  out.push(t(lang, 'P(shortage day) by weekday (with the overflow rules)', '曜日別 座席不足日の確率（あふれ先ルール込み）'));
  out.push(
    table(
      [t(lang, 'zone', 'ゾーン'), ...WEEKDAY_LABELS[lang]],
      Object.entries(r.zones).map(([id, z]) => [id, ...WEEKDAY_KEYS.map((d) => meanCi((z.figures as Groups)[d].pShortageDay, 3))]),
    ),
    '',
  );

  // Spaces.
  if (Object.keys(r.spaces).length > 0) {
    out.push(t(lang, 'Booths, focus seats and meeting rooms', 'ブース・集中席・会議室'));
    out.push(
      table(
        t(lang, 'space|kind|units|uses/day|P(blocked)|P(1st choice full)|utilisation|seat use|peak in use', 'スペース|種類|数|利用/日|満室確率|第1希望満室|稼働率|席稼働率|同時利用ピーク').split('|'),
        Object.entries(r.spaces).map(([id, s]) => {
          const f = (s.figures as Groups).all;
          return [id, `${SPACE_KIND_LABELS[lang][s.kind] ?? s.kind} ${s.capacityPersons}p`, String(s.count), meanCi(f.usesPerDay, 1), meanCi(f.pBlocked, 3), meanCi(f.pFirstChoiceBlocked, 3), meanCi(f.utilization, 3), meanCi(f.seatUtilization, 3), meanCi(f.peakBusyMean, 1)];
        }),
      ),
      '',
    );
  }

  const n = r.needed;
  const d = n.spaceDemand;
  const needs = [
    ...Object.entries(d.desksByDepartment ?? {}).map(([dept, k]) => `${dept} ${k}`),
    ...Object.entries(d.desksByZone ?? {}).map(([z, k]) => `${z} ${k}`),
    ...(d.booths1p !== undefined ? [t(lang, `1-person booths ${d.booths1p}`, `1人用ブース ${d.booths1p}`)] : []),
    ...(d.boothsGroup !== undefined ? [t(lang, `group booths ${d.boothsGroup}`, `グループブース ${d.boothsGroup}`)] : []),
    ...(d.focusSeats !== undefined ? [t(lang, `focus seats ${d.focusSeats}`, `集中席 ${d.focusSeats}`)] : []),
    ...Object.entries(d.meetingRoomsBySize ?? {}).map(([size, k]) => t(lang, `${size}-person rooms ${k}`, `${size}人会議室 ${k}`)),
  ];
  out.push(
    t(lang, `Needed at α = ${(100 * n.alpha).toFixed(0)}% shortage days and β = ${(100 * n.beta).toFixed(0)}% blocking (curves: wardsim size):`, `必要数（座席不足日 α = ${(100 * n.alpha).toFixed(0)}%、満室確率 β = ${(100 * n.beta).toFixed(0)}%。曲線は wardsim size）:`),
    `  ${t(lang, 'desks (by department, or by zone where departments share one)', '座席（部署別、共用ゾーンはゾーン別）')}: ${needs.join(', ')}`,
    '',
  );

  const acts = Object.entries(r.activities as Record<string, Groups>);
  if (acts.length > 0) {
    out.push(t(lang, 'Activities (P(no space) = share of those looking for a space that found none free)', '活動（空きなし確率 = スペースを探して空きがなかった割合）'));
    out.push(
      table(
        t(lang, 'activity|per day|at desk by choice/day|P(no space)|1st choice|fallback at desk/day|dropped/day', '活動|件/日|自席で実施/日|空きなし確率|第1希望で実施|自席で代替/日|見送り/日').split('|'),
        acts.map(([kind, g]) => {
          const f = g.all;
          return [ACTIVITY_LABELS[lang][kind] ?? kind, meanCi(f.requestsPerDay, 1), meanCi(f.atDeskByChoicePerDay, 1), meanCi(f.pNoSpace, 3), meanCi(f.shareFirstChoice, 3), meanCi(f.fallbackDeskPerDay, 1), meanCi(f.droppedPerDay, 1)];
        }),
      ),
    );
  }
  return out.join('\n');
}
