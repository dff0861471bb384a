/**
 * The options of the city study (docs/city-study.md#options) and how the ward files are named:
 * status quo (silo counters, today's office), DX counters (sources §6.4 levers and a one-stop desk),
 * DX counters plus an ABW office (group address, telework, booths, rooms).
 */

export const OPTION_KINDS = ['status-quo', 'dx-counters', 'dx-abw'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

/** Short labels of each option (the study file repeats them; the report shows them). */
export const OPTION_LABELS: Readonly<
  Record<OptionKind, { name: string; nameJa: string; long: string; longJa: string }>
> = {
  'status-quo': {
    name: 'Status quo',
    nameJa: '現状維持',
    long: 'status quo (silo counters, today’s office)',
    longJa: '現状維持（縦割り窓口・現在の執務室）',
  },
  'dx-counters': {
    name: 'DX counters',
    nameJa: 'DX窓口',
    long: 'DX counters (online, reservations, 書かない窓口, call-back, one-stop desk, 窓口連携)',
    longJa: 'DX窓口（オンライン・予約・書かない窓口・呼出し・ワンストップ・窓口連携）',
  },
  'dx-abw': {
    name: 'DX + ABW office',
    nameJa: 'DX窓口＋ABW',
    long: 'DX counters + ABW office (group address, telework, booths, meeting rooms)',
    longJa: 'DX窓口＋ABW執務室（グループアドレス・テレワーク・ブース・会議室）',
  },
};

/** Visitor department → the office department whose plan zones hold its counters. */
export const PLAN_DEPARTMENTS: Readonly<Record<string, string>> = {
  'koseki-shomei': 'koseki-jumin',
  'koseki-ido': 'koseki-jumin',
  mynumber: 'koseki-jumin',
  'sogo-madoguchi': 'koseki-jumin',
};

/** The 北区 sample plans stand for its options (floorplans/library/kita-*.geojson). */
export const KITA_PLANS: Readonly<Record<OptionKind, string>> = {
  'status-quo': 'kita-current.geojson',
  'dx-counters': 'kita-option-a.geojson',
  'dx-abw': 'kita-option-b.geojson',
};

export const scenarioFile = (ward: string, option: OptionKind) => `sapporo-${ward}-${option}.json`;
export const planFile = (ward: string, option: OptionKind) => `sapporo-${ward}-${option}.geojson`;
