/**
 * The former 総務省 local-bond office-area standard (起債対象事業費算定基準; abolished FY2011 but
 * still quoted by municipal 新庁舎基本計画), population 50,000–500,000 bracket — docs/sources.md §1.1 [V]:
 *
 *   office      = 4.5 m² × converted staff (換算職員数; factors 三役・特別職 20, 部長・次長 9,
 *                 課長 5, 課長補佐・係長 2, 一般 1)
 *   storage     = 13 % of office
 *   meeting etc = 7.0 m² × all permanent staff (会議室・電話交換室・便所・洗面所・その他諸室)
 *   circulation = 40 % of (office + storage + meeting etc)
 *   garage      = 25 m² × official vehicles;  assembly = 35 m² × council seats
 *
 * Worked example in sources §1.1: 513 staff = 1,020 converted → 13,488.8 m² with 20 vehicles and
 * 20 council seats. The bracket for cities over 500,000 (Sapporo) was not retrieved [U].
 */
import { staffTotal, type StaffByRank } from './staffByRank.js';

export interface SomuOfficeArea {
  staff: number;
  convertedStaff: number;
  officeM2: number;
  storageM2: number;
  meetingEtcM2: number;
  circulationM2: number;
  garageM2: number;
  assemblyM2: number;
  totalM2: number;
}

export const SOMU_CONVERSION = {
  executive: 20,
  director: 9,
  sectionChief: 5,
  deputy: 2,
  subsectionChief: 2,
  general: 1,
} as const;

/** Areas in m² by the former 総務省 standard (see the file comment). */
export function somuOfficeAreaStandard(
  staff: StaffByRank,
  extras: { vehicles?: number; councilSeats?: number } = {},
): SomuOfficeArea {
  let convertedStaff = 0;
  for (const [rank, factor] of Object.entries(SOMU_CONVERSION))
    convertedStaff += (staff[rank as keyof StaffByRank] ?? 0) * factor;
  const total = staffTotal(staff);
  const officeM2 = 4.5 * convertedStaff;
  const storageM2 = 0.13 * officeM2;
  const meetingEtcM2 = 7.0 * total;
  const circulationM2 = 0.4 * (officeM2 + storageM2 + meetingEtcM2);
  const garageM2 = 25 * (extras.vehicles ?? 0);
  const assemblyM2 = 35 * (extras.councilSeats ?? 0);
  return {
    staff: total,
    convertedStaff,
    officeM2,
    storageM2,
    meetingEtcM2,
    circulationM2,
    garageM2,
    assemblyM2,
    totalM2: officeM2 + storageM2 + meetingEtcM2 + circulationM2 + garageM2 + assemblyM2,
  };
}
