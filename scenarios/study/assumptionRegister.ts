/**
 * The assumptions register of a run: the inputs that decide the answer — the scenario's demand
 * and capacity, and every lever or rule it sets to something other than wardsim's default — each
 * with the source the scenario gives for it (a part file's `sources`/`citation` line or the
 * object's `note`) and the status tag of that source ([V] verified, [A] assumption …; see
 * docs/sources.md). Reviewers read it to see what to check before trusting a result.
 */
import type { AssumptionEntry } from '../../engine/results/index.js';
import type { Scenario } from '../scenarioSchema.js';
import { VISITOR_DEFAULTS } from '../visitors/toVisitorInput.js';
import type { VisitorPart } from '../visitors/visitorSchema.js';
import { WORKPLACE_DEFAULTS } from '../workplace/buildWorkplaceModel.js';
import type { WorkplacePart } from '../workplace/workplaceSchema.js';

const TAGS = /\[(V~|V|U|D|A)\]/g;

function statusOf(text: string | null): string | null {
  if (text === null) return null;
  const tags = [...new Set([...text.matchAll(TAGS)].map((m) => m[1]))];
  return tags.length > 0 ? tags.join(' ') : null;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The first line of `lines` that matches `hint`. */
function findSource(lines: readonly string[] | undefined, hint: RegExp): string | null {
  return lines?.find((l) => hint.test(l)) ?? null;
}

class Register {
  readonly entries: AssumptionEntry[] = [];

  add(part: AssumptionEntry['part'], path: string, value: unknown, defaultValue: unknown, source: string | null): void {
    const differs = defaultValue === undefined || show(value) !== show(defaultValue);
    if (value === undefined || !differs) return;
    this.entries.push({
      part,
      path,
      value: show(value),
      defaultValue: defaultValue === undefined ? null : show(defaultValue),
      source,
      status: statusOf(source),
    });
  }
}

function visitorEntries(r: Register, v: VisitorPart, scenarioSources: readonly string[]): void {
  // The scenario's own sources first: an option file names what it changes.
  const src = (hint: RegExp) => findSource(scenarioSources, hint) ?? findSource(v.sources, hint);
  const type = v.day?.type ?? 'normal';
  r.add(
    'visitors',
    'visitors.demand.visitorsPerDay',
    v.demand.visitorsPerDay,
    undefined,
    src(/visitors per day|§6\.2/),
  );
  r.add('visitors', 'visitors.day', v.day ?? { type }, undefined, src(/top day|peak|normal/i));
  r.add(
    'visitors',
    'visitors.demand.hourlyProfile',
    `${v.demand.hourlyProfile.length} pieces`,
    undefined,
    src(/hourly profile|profile/i),
  );
  r.add(
    'visitors',
    'visitors.serviceLevel',
    v.serviceLevel,
    VISITOR_DEFAULTS.serviceLevel[type],
    src(/service level|§4\.3/),
  );
  v.procedures.forEach((p, i) => {
    const at = `visitors.procedures[${i}] (${p.id})`;
    const note = p.note ?? src(/§6\.3|procedure mix/);
    r.add('visitors', `${at}.share`, p.share, undefined, note);
    p.steps.forEach((s, j) =>
      r.add(
        'visitors',
        `${at}.steps[${j}].serviceMin`,
        { department: s.department, ...s.serviceMin, ...(s.p === undefined ? {} : { p: s.p }) },
        undefined,
        note,
      ),
    );
    r.add('visitors', `${at}.diversion`, p.diversion, 0, note);
    r.add('visitors', `${at}.kakanaiFactor`, p.kakanaiFactor, 1, note);
    r.add('visitors', `${at}.reservationShare`, p.reservationShare, 0, note);
  });
  v.departments.forEach((d, i) => {
    const at = `visitors.departments[${i}] (${d.id})`;
    const note = d.note ?? src(/§6\.5|counters/);
    r.add('visitors', `${at}.counters`, d.counters, undefined, note);
    r.add('visitors', `${at}.staff`, d.staff, undefined, note);
    if (d.backOffice) r.add('visitors', `${at}.backOffice`, d.backOffice, undefined, note);
    // A closed-span rule decides what happens to the visitors of its closed spans (docs/visitors.md).
    const redirect = d.redirectTo ? { redirectTo: d.redirectTo } : {};
    const closed = d.whenClosed === undefined ? undefined : { whenClosed: d.whenClosed, ...redirect };
    r.add('visitors', `${at}.whenClosed`, closed, undefined, note);
  });
  const org = v.organisation ?? {};
  r.add('visitors', 'visitors.organisation.type', org.type, 'silo', src(/one-stop|§6\.4/));
  r.add('visitors', 'visitors.organisation.renkei', org.renkei, false, src(/窓口連携|renkei|§6\.4/));
  r.add('visitors', 'visitors.organisation.oneStop', org.oneStop, undefined, src(/one-stop|§6\.4/));
  const levers = v.levers ?? {};
  const lever = src(/levers|§6\.4/);
  const d = VISITOR_DEFAULTS;
  r.add('visitors', 'visitors.levers.kakanaiMadoguchi', levers.kakanaiMadoguchi, false, lever);
  const res = levers.reservations ?? {};
  r.add('visitors', 'visitors.levers.reservations.share', res.share, undefined, lever);
  r.add('visitors', 'visitors.levers.reservations.noShow', res.noShow, d.reservations.noShow, lever);
  r.add('visitors', 'visitors.levers.reservations.slotMin', res.slotMin, d.reservations.slotMin, lever);
  const cb = levers.callback ?? {};
  r.add('visitors', 'visitors.levers.callback.share', cb.share, 0, lever);
  r.add('visitors', 'visitors.levers.callback.recallWhenAhead', cb.recallWhenAhead, d.callback.recallWhenAhead, lever);
  r.add('visitors', 'visitors.levers.callback.missProbability', cb.missProbability, d.callback.missProbability, lever);
  const pat = levers.patience ?? {};
  r.add('visitors', 'visitors.levers.patience.patienceMin', pat.patienceMin, null, lever);
  r.add(
    'visitors',
    'visitors.levers.patience.balk',
    pat.balk,
    { displayedWaitOverMin: d.balk.displayedWaitOverMin, p: d.balk.p },
    lever,
  );
  r.add('visitors', 'visitors.levers.patience.comeBackShare', pat.comeBackShare, d.comeBackShare, lever);
  r.add('visitors', 'visitors.concierge', v.concierge, undefined, src(/concierge/i));
  r.add('visitors', 'visitors.triage', v.triage, undefined, src(/triage|concierge|§3\.8a/i));
  r.add('visitors', 'visitors.incompleteVisits', v.incompleteVisits, undefined, src(/incomplete|出直し|§3\.8a/i));
  r.add('visitors', 'visitors.walking.defaultMin', v.walking?.defaultMin, d.walkingMin, src(/walking/i));
  const rules = v.staffRules ?? {};
  r.add('visitors', 'visitors.staffRules.lunch', rules.lunch, d.lunch, src(/lunch/i));
  r.add('visitors', 'visitors.staffRules.minShiftMin', rules.minShiftMin, d.minShiftMin, src(/shift/i));
}

function workplaceEntries(r: Register, w: WorkplacePart, scenarioSources: readonly string[]): void {
  const lines = [...scenarioSources, ...(w.citation ?? [])];
  const src = (hint: RegExp) => findSource(lines, hint);
  r.add('workplace', 'workplace.days', w.days, WORKPLACE_DEFAULTS.days, src(/days|weekday/i));
  r.add('workplace', 'workplace.coreHours', w.coreHours, WORKPLACE_DEFAULTS.coreHours, src(/core/i));
  w.departments.forEach((d, i) =>
    r.add(
      'workplace',
      `workplace.departments[${i}] (${d.id}).headcount`,
      d.headcount,
      undefined,
      src(/staff|headcount|roles/i),
    ),
  );
  for (const [key, role] of Object.entries(w.roles)) {
    if (role === undefined) continue;
    const at = `workplace.roles.${key}`;
    r.add('workplace', `${at}.absenceShare`, role.absenceShare, 0, src(/absence/i));
    r.add('workplace', `${at}.telework`, role.telework, undefined, src(/telework/i));
    r.add('workplace', `${at}.field`, role.field, undefined, src(/field/i));
  }
  r.add(
    'workplace',
    'workplace.telework.weekdayMultipliers',
    w.telework?.weekdayMultipliers,
    undefined,
    src(/weekday|multiplier/i),
  );
  // Telework cap, satellite office and paper (issue 14 items 7 and 8): listed only when stated.
  r.add(
    'workplace',
    'workplace.telework.capPersonsPerDay',
    w.telework?.capPersonsPerDay,
    undefined,
    src(/cap|VPN|device/i),
  );
  r.add('workplace', 'workplace.satelliteOffice', w.satelliteOffice, undefined, src(/satellite|サテライト/i));
  r.add('workplace', 'workplace.paper', w.paper, undefined, src(/paper|filing|#paper/i));
  w.zones.forEach((z, i) =>
    r.add('workplace', `workplace.zones[${i}] (${z.id}).desks`, z.desks, undefined, src(/desk|zone/i)),
  );
  r.add('workplace', 'workplace.touchdownDesks', w.touchdownDesks, 0, src(/touchdown/i));
  (w.spaces ?? []).forEach((s, i) =>
    r.add('workplace', `workplace.spaces[${i}] (${s.id}).count`, s.count, undefined, src(/booth|room|focus|§6\.7/i)),
  );
}

/** The register of a validated scenario (the plan's overrides are listed in the plan notes). */
export function assumptionRegister(scenario: Scenario): AssumptionEntry[] {
  const r = new Register();
  const own = scenario.sources ?? [];
  if (scenario.visitors) visitorEntries(r, scenario.visitors as VisitorPart, own);
  if (scenario.workplace) workplaceEntries(r, scenario.workplace as WorkplacePart, own);
  return r.entries;
}
