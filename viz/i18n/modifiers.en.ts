/** English words of video consultations, visitor segments and phone duty (modifiers.ja.ts: the same keys). */
export const modifiersEn = {
  video: (p: { held: string; served: string; wait: string; hours: string; booths: string }) =>
    `video consultations (オンライン相談) per day: ${p.held} held at the office (not in "came"), ${p.served} served, ` +
    `mean wait ${p.wait} min, ${p.hours} staff-hours; ${p.booths}`,
  boothsAt: (list: string) => `booths: ${list}`,
  noBooths: 'at the counters (no booths of their own)',
  reportOption: 'option',
  reportVideoTitle: 'Video consultations (オンライン相談) held at the office, per day',
  reportVideoHeader: [
    'option',
    'consultations',
    'wait mean (min)',
    'staff-hours',
    'booths',
    'visitors who came',
    'waiting area (persons, mean)',
  ],
  reportPhoneTitle: 'Phone duty (電話対応): counter staff time on the phone',
  reportPhoneHeader: ['option', 'counter', 'phone staff-hours per day', 'wait mean at the counter (min)'],
  segmentsTitle: 'Visitor segments (longer service)',
  segmentHeader: ['segment', 'service ×', '+ min per contact', 'came', 'served', 'wait mean'],
  phone: (list: string) => `phone duty (電話対応): ${list} staff-hours per day off the counter`,
};

export type ModifierMessages = typeof modifiersEn;
