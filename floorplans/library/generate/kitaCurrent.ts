/**
 * 北区役所 as it is (sample, not a survey): silo counters (縦割り窓口) with their own waiting areas,
 * spread over two floors — 戸籍住民 and 保険年金 on 1F; 保健福祉, 子育て and 生活保護 (with
 * consultation rooms) on 2F — offices behind the counters, 総務・地域振興 on 3F.
 * Counter positions follow docs/sources.md §6.5 (証明 4 + 異動 8 for 戸籍住民, 保険年金 5, 子育て 3,
 * 介護・福祉 3, 生活保護 4 rooms, マイナンバー 2).
 */
import { PlanBuilder, rect } from '../../planBuilder.js';
import { setKitaDesks } from './kitaDesks.js';
import { addCore, addThirdFloor, DEPTH_M, doors, OPEN, rectMinusCorner } from './kitaCommon.js';

export function buildKitaCurrent(): PlanBuilder {
  const b = new PlanBuilder({
    name: 'Sapporo Kita ward office — current (silo counters on 1F and 2F)',
    nameJa: '札幌市北区役所 現況（縦割り窓口 1F・2F）',
  });
  addCore(b, { 1: true, 2: true, 3: true });
  const door = doors(b);

  // 1F: 戸籍住民 (west), entrance hall with 総合案内, 保険年金 + マイナンバー (east).
  let L = 1;
  b.zone('waiting-koseki-1F', 'waiting', L, rect(6, 0, 24, 10), {
    nameJa: '戸籍住民課 待合',
    department: 'koseki-jumin',
  });
  b.zone('counter-koseki-jumin-1F', 'counter', L, rect(6, 10, 24, 14), {
    department: 'koseki-jumin',
    counterPositions: 12,
    nameJa: '戸籍住民課 窓口',
  });
  b.zone('concierge-1F', 'concierge', L, rect(24, 0, 29, 4), { nameJa: '総合案内' });
  b.zone('entrance-1F', 'entrance', L, rect(29, 0, 35, 5), { nameJa: '玄関・風除室', name: 'Entrance' });
  b.zone(
    'lobby-1F',
    'lobby',
    L,
    [
      [35, 0],
      [40, 0],
      [40, 14],
      [24, 14],
      [24, 4],
      [29, 4],
      [29, 5],
      [35, 5],
      [35, 0],
    ],
    { nameJa: 'ロビー', name: 'Lobby' },
  );
  b.zone('waiting-nenkin-1F', 'waiting', L, rect(40, 0, 64, 10), {
    nameJa: '保険年金課 待合',
    department: 'hoken-nenkin',
  });
  b.zone('counter-hoken-nenkin-1F', 'counter', L, rect(40, 10, 56, 14), {
    department: 'hoken-nenkin',
    counterPositions: 5,
    nameJa: '保険年金課 窓口',
  });
  b.zone('counter-mynumber-1F', 'counter', L, rect(56, 10, 64, 14), {
    department: 'koseki-jumin',
    counterPositions: 2,
    nameJa: 'マイナンバーカード窓口',
  });
  b.zone('office-koseki-jumin-1F', 'office', L, rectMinusCorner(0, 14, 24, DEPTH_M, 'nw', 5, 5), {
    department: 'koseki-jumin',
    seating: 'fixed',
    nameJa: '戸籍住民課 執務室',
  });
  b.zone('corridor-staff-1F', 'circulation-staff', L, rect(24, 14, 40, 17), { nameJa: '職員通路' });
  b.zone('storage-1F', 'service', L, rect(24, 17, 40, DEPTH_M), { nameJa: '倉庫・機械室' });
  b.zone('office-hoken-nenkin-1F', 'office', L, rectMinusCorner(40, 14, 64, DEPTH_M, 'ne', 5, 5), {
    department: 'hoken-nenkin',
    seating: 'fixed',
    nameJa: '保険年金課 執務室',
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
  b.door('door-entrance-street', L, [31, 0], [33, 0], { nameJa: '正面玄関' });
  door(L, 'entrance-1F', 'lobby-1F', 3);
  door(L, 'lobby-1F', 'concierge-1F', 2);
  door(L, 'lobby-1F', 'waiting-koseki-1F', OPEN);
  door(L, 'lobby-1F', 'waiting-nenkin-1F', OPEN);
  door(L, 'waiting-koseki-1F', 'counter-koseki-jumin-1F', OPEN);
  door(L, 'waiting-nenkin-1F', 'counter-hoken-nenkin-1F', OPEN);
  door(L, 'waiting-nenkin-1F', 'counter-mynumber-1F', OPEN);
  door(L, 'waiting-koseki-1F', 'stair-main', 2.4);
  door(L, 'waiting-koseki-1F', 'lift-main', 1.2);
  door(L, 'counter-koseki-jumin-1F', 'toilets-1F', 1.2);
  door(L, 'counter-koseki-jumin-1F', 'office-koseki-jumin-1F', 1, true);
  door(L, 'counter-hoken-nenkin-1F', 'office-hoken-nenkin-1F', 1, true);
  door(L, 'counter-mynumber-1F', 'office-hoken-nenkin-1F', 1, true);
  door(L, 'lobby-1F', 'corridor-staff-1F', 1, true);
  door(L, 'office-koseki-jumin-1F', 'corridor-staff-1F', 1.2);
  door(L, 'corridor-staff-1F', 'office-hoken-nenkin-1F', 1.2);
  door(L, 'corridor-staff-1F', 'storage-1F', 1.2);
  door(L, 'office-koseki-jumin-1F', 'stair-staff-west', 1.2);
  door(L, 'office-hoken-nenkin-1F', 'stair-staff-east', 1.2);

  // 2F: 保健福祉 (west), 生活保護 consultation rooms + hall, 子育て and 生活保護 (east).
  L = 2;
  b.zone('waiting-fukushi-2F', 'waiting', L, rect(6, 0, 24, 10), { nameJa: '保健福祉課 待合' });
  b.zone('counter-hoken-fukushi-2F', 'counter', L, rect(6, 10, 24, 14), {
    department: 'hoken-fukushi',
    counterPositions: 3,
    nameJa: '保健福祉課 窓口',
  });
  for (let i = 0; i < 4; i++) {
    b.zone(`consultation-${i + 1}-2F`, 'consultation-room', L, rect(24 + 4 * i, 0, 28 + 4 * i, 6), {
      department: 'seikatsu-hogo',
      nameJa: `相談室${i + 1}`,
    });
  }
  b.zone('hall-2F', 'waiting', L, rect(24, 6, 40, 14), { nameJa: '2階ホール・待合' });
  b.zone('waiting-kosodate-2F', 'waiting', L, rect(40, 0, 64, 10), { nameJa: '子育て・生活支援 待合' });
  b.zone('counter-kosodate-2F', 'counter', L, rect(40, 10, 52, 14), {
    department: 'kosodate',
    counterPositions: 3,
    nameJa: '子育て支援課 窓口',
  });
  b.zone('counter-seikatsu-hogo-2F', 'counter', L, rect(52, 10, 64, 14), {
    department: 'seikatsu-hogo',
    counterPositions: 2,
    nameJa: '保護課 窓口',
  });
  b.zone('office-hoken-fukushi-2F', 'office', L, rectMinusCorner(0, 14, 24, DEPTH_M, 'nw', 5, 5), {
    department: 'hoken-fukushi',
    seating: 'fixed',
    nameJa: '保健福祉課 執務室',
  });
  b.zone('corridor-staff-2F', 'circulation-staff', L, rect(24, 14, 40, 17), { nameJa: '職員通路' });
  b.zone('office-hoken-2F', 'office', L, rect(24, 17, 40, DEPTH_M), {
    department: 'hoken-fukushi',
    seating: 'fixed',
    nameJa: '健康・子ども課 執務室',
  });
  b.zone('office-kosodate-2F', 'office', L, rect(40, 14, 52, DEPTH_M), {
    department: 'kosodate',
    seating: 'fixed',
    nameJa: '子育て支援課 執務室',
  });
  b.zone('office-seikatsu-hogo-2F', 'office', L, rectMinusCorner(52, 14, 64, DEPTH_M, 'ne', 5, 5), {
    department: 'seikatsu-hogo',
    seating: 'fixed',
    nameJa: '保護課 執務室',
  });
  b.securityLine(
    'security-2F',
    L,
    [
      [0, 14],
      [64, 14],
    ],
    { nameJa: 'セキュリティライン' },
  );
  door(L, 'stair-main', 'waiting-fukushi-2F', 2.4);
  door(L, 'lift-main', 'waiting-fukushi-2F', 1.2);
  door(L, 'toilets-2F', 'counter-hoken-fukushi-2F', 1.2);
  door(L, 'waiting-fukushi-2F', 'counter-hoken-fukushi-2F', OPEN);
  door(L, 'waiting-fukushi-2F', 'hall-2F', OPEN);
  door(L, 'waiting-fukushi-2F', 'consultation-1-2F', 1.0);
  for (let i = 0; i < 4; i++) door(L, `consultation-${i + 1}-2F`, 'hall-2F', 1.0);
  door(L, 'hall-2F', 'waiting-kosodate-2F', OPEN);
  door(L, 'waiting-kosodate-2F', 'counter-kosodate-2F', OPEN);
  door(L, 'waiting-kosodate-2F', 'counter-seikatsu-hogo-2F', OPEN);
  door(L, 'counter-hoken-fukushi-2F', 'office-hoken-fukushi-2F', 1, true);
  door(L, 'counter-kosodate-2F', 'office-kosodate-2F', 1, true);
  door(L, 'counter-seikatsu-hogo-2F', 'office-seikatsu-hogo-2F', 1, true);
  door(L, 'hall-2F', 'corridor-staff-2F', 1, true);
  door(L, 'office-hoken-fukushi-2F', 'corridor-staff-2F', 1.2);
  door(L, 'corridor-staff-2F', 'office-hoken-2F', 1.2);
  door(L, 'corridor-staff-2F', 'office-kosodate-2F', 1.2);
  door(L, 'office-kosodate-2F', 'office-seikatsu-hogo-2F', 1.2);
  door(L, 'office-hoken-fukushi-2F', 'stair-staff-west', 1.2);
  door(L, 'office-seikatsu-hogo-2F', 'stair-staff-east', 1.2);

  addThirdFloor(b, 'fixed');
  setKitaDesks(b);
  return b;
}
