/**
 * The "DX counters" option of the city study (docs/city-study.md#options): the levers of sources
 * §6.4 at their "advanced" values, on the ward's own counters and staff —
 *   来させない  online / コンビニ: certificates 40 %, moving 50 % (転出 online, applied to the whole
 *              procedure as the library's baseline 20 % is), 国保・子育て e-applications 20 %;
 *   待たせない  reservations: a quarter of every clerk-handled procedure, four in five My Number
 *              card pick-ups (the §6.4 alternative of about 20 % of visits);
 *   書かない窓口 on (each procedure's kakanaiFactor, Iwamizawa −44 % [V]);
 *   呼び出し    smartphone call-back for 40 % of those who wait;
 *   移動させない a one-stop desk for multi-counter visits with 窓口連携 (oneStopDesk.ts).
 */
import type { VisitorPart } from '../../visitors/visitorSchema.js';
import { withOneStopDesk } from './oneStopDesk.js';

/** Share diverted online or to コンビニ, by procedure (sources §6.4 "advanced" [A]). */
export const DX_DIVERSION: Readonly<Record<string, number>> = {
  certificate: 0.4,
  moving: 0.5,
  nhi: 0.2,
  childcare: 0.2,
};
/** Share that books a slot, by procedure [A]; certificates and information stay walk-in. */
export const DX_RESERVATION: Readonly<Record<string, number>> = {
  moving: 0.25,
  koseki: 0.25,
  nhi: 0.25,
  childcare: 0.25,
  care: 0.25,
  welfare: 0.25,
  mynumber: 0.8,
};
/** Share of waiting visitors who leave the waiting area on call-back (sources §6.4 [A]). */
export const DX_CALLBACK_SHARE = 0.4;

export function dxCountersPart(part: VisitorPart): VisitorPart {
  const levers = part.levers ?? {};
  // Levers first: the one-stop desk shares the counters out by the workload they leave.
  return withOneStopDesk({
    ...part,
    procedures: part.procedures.map((p) => ({
      ...p,
      ...(DX_DIVERSION[p.id] === undefined ? {} : { diversion: DX_DIVERSION[p.id] }),
      ...(DX_RESERVATION[p.id] === undefined ? {} : { reservationShare: DX_RESERVATION[p.id] }),
    })),
    levers: { ...levers, kakanaiMadoguchi: true, callback: { ...(levers.callback ?? {}), share: DX_CALLBACK_SHARE } },
  });
}

/** The DX changes as a variant of the status quo: what a scenario that extends it must state (arrays whole). */
export function dxCountersOverride(part: VisitorPart): Partial<VisitorPart> {
  const dx = dxCountersPart(part);
  return {
    procedures: dx.procedures,
    departments: dx.departments,
    organisation: dx.organisation,
    levers: { kakanaiMadoguchi: true, callback: { share: DX_CALLBACK_SHARE } },
    ...(dx.walking ? { walking: dx.walking } : {}),
    ...(dx.multiSkill ? { multiSkill: dx.multiSkill } : {}),
  };
}
