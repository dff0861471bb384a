/**
 * Option B (sample): option A's one-stop ground floor plus an ABW office floor on 2F — group
 * address (グループアドレス) areas by department, 1-person web/phone booths, group booths, a
 * focus area, a staff lounge (職員専用リフレッシュエリア) and meeting rooms along a staff spine
 * (seed 000 p.3–4; docs/sources.md §6.6–6.7 sizes: 8 one-person booths, 2 group booths, 10 focus
 * seats, meeting rooms 2×4p, 2×6–8p, 1×12p, 1×24p). 3F offices also switch to group address.
 */
import { PlanBuilder, rect } from '../../planBuilder.js';
import { setKitaDesks } from './kitaDesks.js';
import { addCore, addThirdFloor, DEPTH_M, doors, rectMinusCorner } from './kitaCommon.js';
import { addOneStopGroundFloor } from './kitaOptionA.js';

export function buildKitaOptionB(): PlanBuilder {
  const b = new PlanBuilder({
    name: 'Sapporo Kita ward office — option B (one-stop + ABW office floor)',
    nameJa: '札幌市北区役所 案B（ワンストップ＋ABW執務フロア）',
  });
  addCore(b, { 1: true, 2: false, 3: true });
  addOneStopGroundFloor(b, 'group-address');
  const door = doors(b);

  const L = 2;
  const ga = 'group-address' as const;
  b.zone('office-kosodate-2F', 'office', L, rect(6, 0, 24, 11), {
    department: 'kosodate',
    seating: ga,
    nameJa: '子育て支援課 グループアドレス',
  });
  b.zone('office-seikatsu-hogo-2F', 'office', L, rect(24, 0, 40, 11), {
    department: 'seikatsu-hogo',
    seating: ga,
    nameJa: '保護課 グループアドレス',
  });
  b.zone('booths-1p-2F', 'booth-1p', L, rect(40, 0, 46, 11), { booths: 8, nameJa: '1人用Web会議ブース' });
  b.zone('booths-group-2F', 'booth-group', L, rect(46, 0, 52, 11), {
    booths: 2,
    capacityPersons: 8,
    nameJa: '打合せブース（4人）',
  });
  b.zone('meeting-4p-a-2F', 'meeting-room', L, rect(52, 0, 58, 5), { seats: 4, nameJa: '会議室 4人A' });
  b.zone('meeting-8p-a-2F', 'meeting-room', L, rect(52, 5, 58, 11), { seats: 8, nameJa: '会議室 8人A' });
  b.zone('meeting-4p-b-2F', 'meeting-room', L, rect(58, 0, 64, 5), { seats: 4, nameJa: '会議室 4人B' });
  b.zone('meeting-8p-b-2F', 'meeting-room', L, rect(58, 5, 64, 11), { seats: 8, nameJa: '会議室 8人B' });
  b.zone('spine-2F', 'circulation-staff', L, rect(6, 11, 64, 14), { nameJa: '職員通路（スパイン）' });
  b.zone('office-hoken-fukushi-2F', 'office', L, rectMinusCorner(0, 14, 24, DEPTH_M, 'nw', 5, 5), {
    department: 'hoken-fukushi',
    seating: ga,
    nameJa: '保健福祉課 グループアドレス',
  });
  b.zone('meeting-12p-2F', 'meeting-room', L, rect(24, 14, 28, DEPTH_M), { seats: 12, nameJa: '会議室 12人' });
  b.zone('meeting-24p-2F', 'meeting-room', L, rect(28, 14, 32, DEPTH_M), {
    seats: 24,
    nameJa: '会議室 24人（分割可）',
  });
  b.zone('focus-2F', 'focus', L, rect(32, 14, 38, DEPTH_M), { seats: 10, nameJa: '集中席' });
  b.zone('lounge-2F', 'lounge', L, rect(38, 14, 46, DEPTH_M), { seats: 24, nameJa: 'リフレッシュエリア' });
  b.zone('office-somu-2F', 'office', L, rectMinusCorner(46, 14, 64, DEPTH_M, 'ne', 5, 5), {
    department: 'somu',
    seating: ga,
    nameJa: '総務企画課 グループアドレス',
  });
  b.securityLine(
    'security-2F',
    L,
    [
      [6, 0],
      [6, 10],
    ],
    { nameJa: 'セキュリティライン' },
  );
  door(L, 'stair-main', 'office-kosodate-2F', 1.2, true);
  door(L, 'lift-main', 'office-kosodate-2F', 1.2, true);
  door(L, 'toilets-2F', 'spine-2F', 1.2);
  // Two openings for the large neighbour zones: the spine runs past several of them.
  for (const id of [
    'office-kosodate-2F',
    'office-seikatsu-hogo-2F',
    'booths-1p-2F',
    'booths-group-2F',
    'meeting-8p-a-2F',
    'meeting-8p-b-2F',
  ])
    door(L, id, 'spine-2F', 1.2);
  door(L, 'meeting-4p-a-2F', 'meeting-8p-a-2F', 1.0);
  door(L, 'meeting-4p-b-2F', 'meeting-8p-b-2F', 1.0);
  for (const id of [
    'office-hoken-fukushi-2F',
    'meeting-12p-2F',
    'meeting-24p-2F',
    'focus-2F',
    'lounge-2F',
    'office-somu-2F',
  ])
    door(L, 'spine-2F', id, 1.2);
  door(L, 'office-hoken-fukushi-2F', 'stair-staff-west', 1.2);
  door(L, 'office-somu-2F', 'stair-staff-east', 1.2);

  addThirdFloor(b, 'group-address');
  setKitaDesks(b);
  return b;
}
