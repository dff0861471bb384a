/**
 * Permanent staff by rank, the input of the office-area standards. Ranks are the union of the
 * two standards' tables (sources §1.1 and §1.2): 総務省 groups 課長補佐 and 係長 together;
 * MLIT separates them.
 */
import { Type, type Static } from '@sinclair/typebox';

const n = (description: string) => Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, description }));

export const StaffByRank = Type.Object(
  {
    executive: n('三役・特別職 / 局長級'),
    director: n('部長・次長級'),
    sectionChief: n('課長級'),
    deputy: n('課長補佐・室長級'),
    subsectionChief: n('係長級'),
    general: n('一般職員 (係員)'),
  },
  { additionalProperties: false, title: 'staff by rank' },
);
export type StaffByRank = Static<typeof StaffByRank>;

/** Head count over all ranks. */
export function staffTotal(staff: StaffByRank): number {
  return (
    (staff.executive ?? 0) +
    (staff.director ?? 0) +
    (staff.sectionChief ?? 0) +
    (staff.deputy ?? 0) +
    (staff.subsectionChief ?? 0) +
    (staff.general ?? 0)
  );
}
