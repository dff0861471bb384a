/**
 * Option A (sample): one-stop counters (ワンストップ窓口) for every department along the north side
 * of one 1F lobby, a concierge at the entrance, call-back (smartphone recall, docs/sources.md
 * §6.4) so the seated waiting area is smaller and an exhibition corner doubles as "wait anywhere" space;
 * consultation rooms off the same lobby. Offices behind the counters; 子育て and 生活保護 offices
 * on 2F come down the staff-only stairs (職員専用階段, seed 000 p.7–8, docs/sources.md). 3F as today.
 */
import { PlanBuilder, rect } from '../../planBuilder.js';
import { setKitaDesks } from './kitaDesks.js';
import { addCore, addThirdFloor, DEPTH_M, doors, OPEN, rectMinusCorner } from './kitaCommon.js';

/** The one-stop ground floor shared by options A and B. */
export function addOneStopGroundFloor(b: PlanBuilder, seating: 'fixed' | 'group-address'): void {
  const L = 1;
  const door = doors(b);
  b.zone('exhibition-1F', 'exhibition', L, rect(6, 0, 14, 10), {
    nameJa: '展示コーナー（どこでも待合）',
    name: 'Exhibition / wait anywhere',
  });
  b.zone('entrance-1F', 'entrance', L, rect(31, 0, 37, 5), { nameJa: '玄関・風除室', name: 'Entrance' });
  b.zone('concierge-1F', 'concierge', L, rect(37, 0, 42, 4), { nameJa: 'コンシェルジュ（総合案内）' });
  b.zone(
    'lobby-1F',
    'lobby',
    L,
    [
      [14, 0],
      [31, 0],
      [31, 5],
      [37, 5],
      [37, 4],
      [42, 4],
      [42, 0],
      [48, 0],
      [48, 10],
      [14, 10],
      [14, 0],
    ],
    { nameJa: 'ロビー', name: 'Lobby' },
  );
  for (let i = 0; i < 4; i++) {
    b.zone(`consultation-${i + 1}-1F`, 'consultation-room', L, rect(48 + 4 * i, 0, 52 + 4 * i, 6), {
      department: i < 2 ? 'seikatsu-hogo' : 'hoken-fukushi',
      nameJa: `相談室${i + 1}`,
    });
  }
  b.zone('waiting-1F', 'waiting', L, rect(48, 6, 64, 10), { nameJa: '待合（呼出し）', name: 'Waiting (call-back)' });
  b.zone('counter-koseki-jumin-1F', 'counter', L, rect(6, 10, 30, 14), {
    department: 'koseki-jumin',
    counterPositions: 16,
    nameJa: 'ワンストップ総合窓口（戸籍住民）',
  });
  b.zone('counter-hoken-nenkin-1F', 'counter', L, rect(30, 10, 40, 14), {
    department: 'hoken-nenkin',
    counterPositions: 5,
    nameJa: '保険年金 窓口',
  });
  b.zone('counter-hoken-fukushi-1F', 'counter', L, rect(40, 10, 48, 14), {
    department: 'hoken-fukushi',
    counterPositions: 4,
    nameJa: '保健福祉 窓口',
  });
  b.zone('counter-kosodate-1F', 'counter', L, rect(48, 10, 56, 14), {
    department: 'kosodate',
    counterPositions: 3,
    nameJa: '子育て 窓口',
  });
  b.zone('counter-seikatsu-hogo-1F', 'counter', L, rect(56, 10, 64, 14), {
    department: 'seikatsu-hogo',
    counterPositions: 2,
    nameJa: '保護 窓口',
  });
  b.zone('office-koseki-jumin-1F', 'office', L, rectMinusCorner(0, 14, 30, DEPTH_M, 'nw', 5, 5), {
    department: 'koseki-jumin',
    seating,
    nameJa: '戸籍住民課 執務室',
  });
  b.zone('office-hoken-nenkin-1F', 'office', L, rect(30, 14, 44, DEPTH_M), {
    department: 'hoken-nenkin',
    seating,
    nameJa: '保険年金課 執務室',
  });
  b.zone('office-hoken-fukushi-1F', 'office', L, rectMinusCorner(44, 14, 64, DEPTH_M, 'ne', 5, 5), {
    department: 'hoken-fukushi',
    seating,
    nameJa: '保健福祉課 執務室（窓口後方）',
  });
  b.securityLine(
    'security-1F',
    L,
    [
      [0, 14],
      [64, 14],
    ],
    { nameJa: 'セキュリティライン' },
  );
  b.door('door-entrance-street', L, [33, 0], [35, 0], { nameJa: '正面玄関' });
  door(L, 'entrance-1F', 'lobby-1F', 3);
  door(L, 'lobby-1F', 'concierge-1F', 2);
  door(L, 'exhibition-1F', 'lobby-1F', OPEN);
  door(L, 'lobby-1F', 'waiting-1F', OPEN);
  door(L, 'lobby-1F', 'counter-koseki-jumin-1F', OPEN);
  door(L, 'lobby-1F', 'counter-hoken-nenkin-1F', OPEN);
  door(L, 'lobby-1F', 'counter-hoken-fukushi-1F', OPEN);
  door(L, 'waiting-1F', 'counter-kosodate-1F', OPEN);
  door(L, 'waiting-1F', 'counter-seikatsu-hogo-1F', OPEN);
  for (let i = 0; i < 4; i++) door(L, `consultation-${i + 1}-1F`, 'waiting-1F', 1.0);
  door(L, 'exhibition-1F', 'stair-main', 2.4);
  door(L, 'exhibition-1F', 'lift-main', 1.2);
  door(L, 'toilets-1F', 'counter-koseki-jumin-1F', 1.2);
  door(L, 'counter-koseki-jumin-1F', 'office-koseki-jumin-1F', 1, true, 0.3);
  door(L, 'counter-koseki-jumin-1F', 'office-koseki-jumin-1F', 1, true, 0.8);
  door(L, 'counter-hoken-nenkin-1F', 'office-hoken-nenkin-1F', 1, true);
  door(L, 'counter-hoken-fukushi-1F', 'office-hoken-fukushi-1F', 1, true);
  door(L, 'counter-kosodate-1F', 'office-hoken-fukushi-1F', 1, true);
  door(L, 'counter-seikatsu-hogo-1F', 'office-hoken-fukushi-1F', 1, true);
  door(L, 'office-koseki-jumin-1F', 'office-hoken-nenkin-1F', 1.2);
  door(L, 'office-hoken-nenkin-1F', 'office-hoken-fukushi-1F', 1.2);
  door(L, 'office-koseki-jumin-1F', 'stair-staff-west', 1.2);
  door(L, 'office-hoken-fukushi-1F', 'stair-staff-east', 1.2);
}

export function buildKitaOptionA(): PlanBuilder {
  const b = new PlanBuilder({
    name: 'Sapporo Kita ward office — option A (one-stop counters around one lobby, call-back)',
    nameJa: '札幌市北区役所 案A（ワンストップ窓口・呼出し）',
  });
  addCore(b, { 1: true, 2: false, 3: true });
  addOneStopGroundFloor(b, 'fixed');
  const door = doors(b);

  // 2F: back offices (fixed desks) and meeting rooms; staff only beyond the stair/lift landing.
  const L = 2;
  b.zone('office-kosodate-2F', 'office', L, rect(6, 0, 30, 14), {
    department: 'kosodate',
    seating: 'fixed',
    nameJa: '子育て支援課 執務室',
  });
  b.zone('office-seikatsu-hogo-2F', 'office', L, rect(30, 0, 50, 14), {
    department: 'seikatsu-hogo',
    seating: 'fixed',
    nameJa: '保護課 執務室',
  });
  b.zone('meeting-1-2F', 'meeting-room', L, rect(50, 0, 64, 5), { seats: 24, nameJa: '会議室A' });
  b.zone('meeting-2-2F', 'meeting-room', L, rect(50, 5, 57, 14), { seats: 12, nameJa: '会議室B' });
  b.zone('meeting-3-2F', 'meeting-room', L, rect(57, 5, 64, 14), { seats: 12, nameJa: '会議室C' });
  b.zone('office-hoken-fukushi-2F', 'office', L, rectMinusCorner(0, 14, 24, DEPTH_M, 'nw', 5, 5), {
    department: 'hoken-fukushi',
    seating: 'fixed',
    nameJa: '保健福祉課 執務室',
  });
  b.zone('corridor-staff-2F', 'circulation-staff', L, rect(24, 14, 40, 17), { nameJa: '職員通路' });
  b.zone('archive-2F', 'service', L, rect(24, 17, 40, DEPTH_M), { nameJa: '書庫' });
  b.zone('office-somu-2F', 'office', L, rectMinusCorner(40, 14, 64, DEPTH_M, 'ne', 5, 5), {
    department: 'somu',
    seating: 'fixed',
    nameJa: '総務企画課 執務室',
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
  door(L, 'toilets-2F', 'office-kosodate-2F', 1.2);
  door(L, 'office-kosodate-2F', 'office-seikatsu-hogo-2F', 1.2);
  door(L, 'office-kosodate-2F', 'office-hoken-fukushi-2F', 1.2);
  door(L, 'office-kosodate-2F', 'corridor-staff-2F', 1.2);
  door(L, 'office-seikatsu-hogo-2F', 'corridor-staff-2F', 1.2);
  door(L, 'office-seikatsu-hogo-2F', 'meeting-1-2F', 1.2);
  door(L, 'office-seikatsu-hogo-2F', 'meeting-2-2F', 1.2);
  door(L, 'meeting-3-2F', 'office-somu-2F', 1.2);
  door(L, 'corridor-staff-2F', 'office-somu-2F', 1.2);
  door(L, 'corridor-staff-2F', 'archive-2F', 1.2);
  door(L, 'office-hoken-fukushi-2F', 'stair-staff-west', 1.2);
  door(L, 'office-somu-2F', 'stair-staff-east', 1.2);

  addThirdFloor(b, 'fixed');
  setKitaDesks(b);
  return b;
}
