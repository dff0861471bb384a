/**
 * Words for the telework cap, the satellite office and paper storage (issue 14 items 7 and 8);
 * limits.ja.ts has the same keys.
 */
export const limitsEn = {
  title: (cap: string, seats: string) => `Telework cap ${cap} and satellite office ${seats}`,
  capNone: 'none',
  capPerDay: (n: number) => `${n} a day`,
  seats: (n: number) => `${n} seats a day`,
  telework: (p: { wanted: string; granted: string; refused: string; share: string; binding: string }) =>
    `  telework wanted/day ${p.wanted}, granted ${p.granted}, refused ${p.refused} ` +
    `(${p.share} of wishes; the cap turned someone back on ${p.binding} of days)`,
  satellite: (p: { wanted: string; used: string; use: string; away: string; full: string }) =>
    `  satellite office wanted/day ${p.wanted}, used ${p.used} (seat use ${p.use}), ` +
    `turned away ${p.away} (full on ${p.full} of days)`,
  mainOffice: (change: string) =>
    `  main office: refused teleworkers come in, satellite users stay away: ${change} persons a day ` +
    '(already in the desk figures)',
  header: ['', 'wanted', 'granted', 'refused', 'satellite', 'main office ±'],
  conservation: 'Staff-days: absent + teleworking + satellite + field all day + office = headcount × days.',
  paperTitle: 'Paper and storage',
  paper: (p: { staff: number; perStaff: string; today: string; share: string; kept: string; m2PerM: string }) =>
    `  ${p.staff} staff × ${p.perStaff} filing m = ${p.today} fm today; paperless target −${p.share} → ` +
    `${p.kept} fm kept; × ${p.m2PerM} m² per fm`,
  storage: (today: string, after: string) => `  storage ${after} m² (today's documents would need ${today} m²)`,
  reportTeleworkTitle: 'Telework cap and satellite office (per day, all weekdays)',
  reportTeleworkHeader: [
    'option',
    'cap',
    'wanted',
    'granted',
    'refused',
    'P(cap reached)',
    'satellite seats',
    'satellite used',
    'main office ±',
  ],
  reportPaperTitle: 'Paper and storage',
  reportPaperHeader: ['option', 'staff', 'fm per staff', 'fm today', 'paperless', 'fm kept', 'm² per fm', 'storage m²'],
};
