/**
 * MLIT 国土交通省「新営一般庁舎面積算定基準」 as commonly quoted in municipal plans — docs/sources.md
 * §1.2. ALL COEFFICIENTS ARE [U] (not verified against the MLIT document); use as a cross-check
 * only:
 *
 *   office      = converted staff × 3.3 m² × 1.1 (補正係数); factors 局長 18, 部長 9, 課長 5,
 *                 課長補佐・室長 2.5, 係長 1.8, 係員 1.0
 *   meeting     = 40 m² for up to 100 staff, + 4 m² per further 10 staff (started)
 *   storage     = 13 % of office;   toilets and washrooms = 0.32 m² × staff
 *   circulation = 35 % of the effective area (the sum above)
 *
 * Smaller items of the standard (night-duty room, caretaker, kitchenette, shop, plant rooms) are
 * left out; they are a few per cent of the total.
 */
import { staffTotal, type StaffByRank } from './staffByRank.js';

export interface MlitOfficeArea {
  staff: number;
  convertedStaff: number;
  officeM2: number;
  meetingM2: number;
  storageM2: number;
  toiletsM2: number;
  circulationM2: number;
  totalM2: number;
  /** Always "[U]": the coefficients are unverified (sources §1.2). */
  status: '[U]';
}

export const MLIT_CONVERSION = {
  executive: 18,
  director: 9,
  sectionChief: 5,
  deputy: 2.5,
  subsectionChief: 1.8,
  general: 1,
} as const;

/** Areas in m² by the MLIT standard as commonly quoted [U] (see the file comment). */
export function mlitOfficeAreaStandard(staff: StaffByRank): MlitOfficeArea {
  let convertedStaff = 0;
  for (const [rank, factor] of Object.entries(MLIT_CONVERSION))
    convertedStaff += (staff[rank as keyof StaffByRank] ?? 0) * factor;
  const total = staffTotal(staff);
  const officeM2 = convertedStaff * 3.3 * 1.1;
  const meetingM2 = total === 0 ? 0 : 40 + 4 * Math.max(0, Math.ceil((total - 100) / 10));
  const storageM2 = 0.13 * officeM2;
  const toiletsM2 = 0.32 * total;
  const circulationM2 = 0.35 * (officeM2 + meetingM2 + storageM2 + toiletsM2);
  return {
    staff: total,
    convertedStaff,
    officeM2,
    meetingM2,
    storageM2,
    toiletsM2,
    circulationM2,
    totalM2: officeM2 + meetingM2 + storageM2 + toiletsM2 + circulationM2,
    status: '[U]',
  };
}
