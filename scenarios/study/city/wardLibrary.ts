/**
 * The ward files of the city study, built from the 北区 parts and the ward facts: for every ward
 * its scaled visitor and office parts and its status-quo scenario; for the five 1970s wards also
 * the DX-counters and DX + ABW scenarios (each extends the one before and states only what
 * differs); and the plan specs of every option without a drawn plan (北区 has its sample plans).
 * scenarios/study/city/writeWardLibrary.ts writes them; a test keeps the committed files equal.
 */
import type { WardPlanSpec } from '../../../floorplans/library/generate/wardPlanSpec.js';
import type { VisitorPart } from '../../visitors/visitorSchema.js';
import type { WorkplacePart } from '../../workplace/workplaceSchema.js';
import { departmentWorkloadMin } from './departmentWorkload.js';
import { dxCountersOverride, dxCountersPart } from './dxCounters.js';
import { officeRatios, scaleOfficePart } from './scaleOffice.js';
import { driverOf, scaleVisitorPart, wardRatios } from './scaleVisitors.js';
import { builtIn1970s, type WardFact, type WardFacts } from './wardFacts.js';
import {
  KITA_PLANS,
  OPTION_LABELS,
  PLAN_DEPARTMENTS,
  planFile,
  scenarioFile,
  type OptionKind,
} from './wardOptionKinds.js';
import { wardPlanSpec } from './wardPlanSpecs.js';

/** The ward whose scenario every other ward is scaled from. */
export const BASE_WARD = 'kita';

export interface WardLibrary {
  /** Path under scenarios/library/wards → JSON document. */
  documents: Record<string, unknown>;
  /** Plan file under floorplans/library/wards → what it lays out. */
  plans: Record<string, WardPlanSpec>;
}

const SCHEMA = '../../../docs/schemas/scenario.schema.json';
const planRef = (ward: string, option: OptionKind) =>
  ward === BASE_WARD
    ? `../../../floorplans/library/${KITA_PLANS[option]}`
    : `../../../floorplans/library/wards/${planFile(ward, option)}`;

function identity(w: WardFact, option: OptionKind) {
  const label = OPTION_LABELS[option];
  return {
    id: `sapporo-${w.id}-${option}`,
    name: `Sapporo ${w.name} ward office — peak day, ${label.long}`,
    nameJa: `札幌市${w.nameJa}役所 — 繁忙日・${label.longJa}`,
  };
}

export function buildWardLibrary(
  facts: WardFacts,
  base: { visitors: VisitorPart; office: WorkplacePart },
): WardLibrary {
  const kita = facts.wards.find((w) => w.id === BASE_WARD);
  if (kita === undefined) throw new Error(`ward facts: no ${BASE_WARD} ward to scale from`);
  const out: WardLibrary = { documents: {}, plans: {} };
  const baseLoad = departmentWorkloadMin(base.visitors);
  for (const w of facts.wards) {
    const ratios = wardRatios(kita, w);
    const visitors = scaleVisitorPart(base.visitors, ratios, w).part;
    const wardLoad = departmentWorkloadMin(base.visitors, (id) => ratios[driverOf(id)]);
    const byDept = officeRatios({ base: baseLoad, ward: wardLoad }, ratios.population);
    const ratioOf = (d: string) => byDept.get(d) ?? ratios.population;
    const office = scaleOfficePart(base.office, ratioOf, w, 'today');
    const parts = {
      visitors: `parts/${w.id}-visitors-peak.json`,
      office: `parts/${w.id}-office.json`,
      abw: `parts/${w.id}-office-abw.json`,
    };
    out.documents[parts.visitors] = visitors;
    out.documents[parts.office] = office;
    const sources = [
      `scaled from the 北区 peak day by the ward's population and households: docs/city-study.md#scaling, ` +
        `docs/sources.md#city-study`,
      `today's 区役所 ${w.read.wardOfficeM2} m² (seed 001, docs/sources.md#wards): the plan's gross area`,
    ];
    const plan = (option: OptionKind) => ({ file: planRef(w.id, option), departments: { ...PLAN_DEPARTMENTS } });
    out.documents[scenarioFile(w.id, 'status-quo')] = {
      $schema: SCHEMA,
      ...identity(w, 'status-quo'),
      description:
        `${w.nameJa}: the moving-season top day with silo counters and today's office (fixed desks, no ` + `booths).`,
      sources,
      seed: 1,
      replications: 30,
      visitors: parts.visitors,
      workplace: parts.office,
      floorplan: plan('status-quo'),
    };
    if (w.id !== BASE_WARD)
      out.plans[planFile(w.id, 'status-quo')] = wardPlanSpec({
        ...identity(w, 'status-quo'),
        ward: w,
        visitors,
        workplace: office,
        groupAddress: false,
      });
    if (!builtIn1970s(w)) continue;

    const abw = scaleOfficePart(base.office, ratioOf, w, 'abw');
    out.documents[parts.abw] = abw;
    out.documents[scenarioFile(w.id, 'dx-counters')] = {
      $schema: SCHEMA,
      extends: scenarioFile(w.id, 'status-quo'),
      ...identity(w, 'dx-counters'),
      description: `${w.nameJa}: the status quo with the DX counters of docs/city-study.md#options.`,
      sources: [
        ...sources,
        'docs/sources.md §6.4 levers at their "advanced" values; one-stop desk for multi-counter visits: ' +
          'docs/city-study.md#one-stop',
      ],
      visitors: dxCountersOverride(visitors),
      floorplan: plan('dx-counters'),
    };
    out.documents[scenarioFile(w.id, 'dx-abw')] = {
      $schema: SCHEMA,
      extends: scenarioFile(w.id, 'dx-counters'),
      ...identity(w, 'dx-abw'),
      description: `${w.nameJa}: the DX counters with an ABW office (group address, telework, booths, meeting rooms).`,
      sources: [...sources, 'docs/sources.md §2, §5, §6.6, §6.7: group address, telework "advanced", booths and rooms'],
      workplace: parts.abw,
      floorplan: plan('dx-abw'),
    };
    if (w.id !== BASE_WARD) {
      const dx = dxCountersPart(visitors);
      out.plans[planFile(w.id, 'dx-counters')] = wardPlanSpec({
        ...identity(w, 'dx-counters'),
        ward: w,
        visitors: dx,
        workplace: office,
        groupAddress: false,
      });
      out.plans[planFile(w.id, 'dx-abw')] = wardPlanSpec({
        ...identity(w, 'dx-abw'),
        ward: w,
        visitors: dx,
        workplace: abw,
        groupAddress: true,
      });
    }
  }
  return out;
}
