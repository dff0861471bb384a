/**
 * fast-check generator of visitor parts with video consultations, video booths, visitor
 * segments and phone duty on top of visitorPartArbitrary (every organisation and lever), and a
 * "quiet" variant in which every visitor is served (nobody gives up, no concierge, kiosk or back
 * office), so that staff time can be balanced exactly against the service times drawn.
 */
import fc from 'fast-check';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { visitorPartArbitrary } from './visitorArbitrary.js';

const extras = fc.record({
  video: fc.array(fc.double({ min: 0, max: 0.5, noNaN: true }), { minLength: 3, maxLength: 3 }),
  videoFactor: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  booths: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
  phone: fc.array(fc.option(fc.double({ min: 0, max: 0.6, noNaN: true }), { nil: undefined }), {
    minLength: 3,
    maxLength: 3,
  }),
  rotaMin: fc.constantFrom(15, 30, 60),
  elderly: fc.double({ min: 0, max: 0.5, noNaN: true }),
  foreign: fc.double({ min: 0, max: 0.3, noNaN: true }),
  factor: fc.double({ min: 1, max: 2, noNaN: true }),
});

type Extras = typeof extras extends fc.Arbitrary<infer T> ? T : never;

function withModifiers(part: VisitorPart, x: Extras): VisitorPart {
  const org = part.organisation ?? {};
  const desk =
    org.type === 'pooled' || org.type === 'superman' ? new Set(org.oneStop?.departments ?? []) : new Set<string>();
  return {
    ...part,
    procedures: part.procedures.map((p, i) => ({
      ...p,
      videoConsultation: { share: Math.min(x.video[i % 3], 1 - (p.diversion ?? 0)), serviceFactor: x.videoFactor },
    })),
    departments: part.departments.map((d, i) => {
      if (desk.has(d.id)) return d;
      const booths = x.booths[i];
      const phone = x.phone[i];
      return {
        ...d,
        ...(booths === undefined ? {} : { videoBooths: booths + 1 }),
        ...(phone === undefined ? {} : { phone: { staffTimeShare: phone, rotaMin: x.rotaMin } }),
      };
    }),
    segments: [
      { id: 'elderly', nameJa: '高齢者', share: x.elderly, serviceFactor: x.factor },
      {
        id: 'foreign',
        nameJa: '外国人',
        share: x.foreign,
        serviceFactor: 1.2,
        extraMinPerContact: { dist: 'exponential', mean: 5 },
      },
    ],
  };
}

export const modifierPartArbitrary: fc.Arbitrary<VisitorPart> = fc
  .tuple(visitorPartArbitrary, extras)
  .map(([p, x]) => withModifiers(p, x));

/** Everyone is served: no patience, no balking, no concierge, kiosk or back office (and the last
 * staff member at each line stays off the phone at closing, so nobody is left). */
export const quietModifierPartArbitrary: fc.Arbitrary<VisitorPart> = modifierPartArbitrary.map((p) => ({
  ...p,
  concierge: null,
  reception: null,
  departments: p.departments.map(({ backOffice: _b, ...d }) => d),
  levers: { ...p.levers, patience: { patienceMin: null, balk: { displayedWaitOverMin: 20, p: 0 } } },
}));
