/**
 * Linking a floor plan to a scenario in the editor: the plan's departments (from its GeoJSON
 * zones), a first guess of which plan department each scenario counter belongs to, and the
 * `floorplan` block that says so (`departments` holds only the ids that differ: identity is the
 * default, scenarios/compile/compilePlan.ts).
 */

const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface PlanDepartment {
  id: string;
  /** The name of its first counter zone (else of its first zone): plans name zones, not departments. */
  name: string | null;
  nameJa: string | null;
}

/** The departments of a plan's zones, those with counters first (the visitors walk to them). */
export function planDepartments(geojson: unknown): PlanDepartment[] {
  const features = isRec(geojson) && Array.isArray(geojson.features) ? geojson.features.filter(isRec) : [];
  const props = features.map((f) => (isRec(f.properties) ? f.properties : {}));
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const ordered = [...props.filter((p) => p.kind === 'counter'), ...props.filter((p) => p.kind !== 'counter')];
  const out = new Map<string, PlanDepartment>();
  for (const p of ordered) {
    const id = text(p.department);
    if (id !== null && !out.has(id)) out.set(id, { id, name: text(p.name), nameJa: text(p.nameJa) });
  }
  return [...out.values()];
}

/** How a plan department is shown: its zone's Japanese name in Japanese; in English the name and the id. */
export function planDepartmentLabel(d: PlanDepartment, lang: 'ja' | 'en'): string {
  if (lang === 'ja') return d.nameJa ?? d.name ?? d.id;
  const name = d.name ?? d.nameJa;
  return name ? `${name} (${d.id})` : d.id;
}

/**
 * The plan department of each scenario department: itself when the plan has it, else the plan
 * department that shares its first word (`koseki-shomei` → `koseki-jumin`), else none.
 */
export function guessDepartments(scenarioIds: readonly string[], planIds: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of scenarioIds) {
    if (planIds.includes(id)) continue;
    const head = id.split('-')[0];
    const match = planIds.find((p) => p.split('-')[0] === head);
    if (match) out[id] = match;
  }
  return out;
}

/** The scenario → plan map as the scenario writes it: identity entries left out. */
export function departmentsBlock(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).filter(([k, v]) => v !== '' && v !== k));
}

/** The `departments` map of a resolved scenario's `floorplan` block ({} when none). */
export function departmentsOf(scenario: unknown): Record<string, string> {
  const plan = isRec(scenario) && isRec(scenario.floorplan) ? scenario.floorplan : undefined;
  const d = plan && isRec(plan.departments) ? plan.departments : {};
  return Object.fromEntries(Object.entries(d).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
