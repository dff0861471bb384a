/**
 * The floor-plan lever: which stored plan the scenario uses, and for each counter department
 * the plan department whose counters and waiting seats it takes (the plan's ids often differ).
 * Writes the `floorplan` block of the edited scenario.
 */
import { nameIn } from '../i18n/index.js';
import { api, planIdOf, planRefOf } from './apiClient.js';
import type { App, Session } from './app.js';
import { asForm, el, on, type ElementLike } from './dom.js';
import { labelOf } from './leverFields.js';
import {
  departmentsBlock,
  departmentsOf,
  guessDepartments,
  planDepartmentLabel,
  planDepartments,
  type PlanDepartment,
} from './planLink.js';
import { jsonEqual } from './scenarioDraft.js';

const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const NONE = '';

/** The plan reference the edited scenario uses now. */
export function currentPlanRef(s: Session): string | null {
  const edited = s.edited.floorplan;
  if (jsonEqual(edited, s.detail.resolved.floorplan)) return s.detail.floorplan;
  return isRec(edited) && typeof edited.file === 'string' ? edited.file : null;
}

export function planLinkGroup(app: App, s: Session, changed: () => void): ElementLike {
  const m = app.ui.editor;
  const f = m.fields;
  const baseHasPlan = s.detail.resolved.floorplan !== undefined;
  const plans = app.state.floorplans ?? [];
  const select = asForm(
    el(
      'select',
      { id: 'plan-select' },
      !baseHasPlan && el('option', { value: NONE }, f.noPlan),
      plans.map((p) => el('option', { value: planRefOf(p) }, nameIn(app.lang, p))),
    ),
  );
  select.value = currentPlanRef(s) ?? NONE;
  const mapping = el('div', { class: 'plan-mapping' });
  const departments = (
    isRec(s.edited.visitors) && Array.isArray(s.edited.visitors.departments) ? s.edited.visitors.departments : []
  ).filter(isRec);

  const drawMapping = (planDepts: PlanDepartment[]) => {
    const ids = planDepts.map((p) => p.id);
    const map = departmentsOf(s.edited);
    mapping.replaceChildren(
      ...departments.map((d, i) => {
        const id = String(d.id);
        const sel = asForm(
          el(
            'select',
            { id: `plan-dept-${i}`, 'data-department': id },
            el('option', { value: NONE }, f.unmapped),
            planDepts.map((p) => el('option', { value: p.id }, planDepartmentLabel(p, app.lang))),
          ),
        );
        sel.value = map[id] ?? (ids.includes(id) ? id : NONE);
        on(sel, 'change', () => {
          const next = { ...departmentsOf(s.edited), [id]: sel.value };
          if (sel.value === NONE) delete next[id];
          const plan = isRec(s.edited.floorplan) ? s.edited.floorplan : {};
          s.edited = { ...s.edited, floorplan: { ...plan, departments: departmentsBlock(next) } };
          changed();
        });
        return el(
          'div',
          { class: 'field field-select' },
          el('label', { for: `plan-dept-${i}` }, f.planDepartment(labelOf(app.lang, d))),
          el('span', { class: 'control' }, sel),
        );
      }),
    );
  };
  const loadPlan = async (ref: string | null) => {
    const id = planIdOf(ref);
    if (id === null || departments.length === 0) return mapping.replaceChildren();
    drawMapping(planDepartments(await api.floorplan(id)));
  };
  on(select, 'change', () => {
    const ref = select.value === NONE ? null : select.value;
    if (ref === null) {
      // Back to the opened scenario's plan (a link cannot be removed through extends).
      const rest = Object.fromEntries(Object.entries(s.edited).filter(([k]) => k !== 'floorplan'));
      s.edited = s.detail.resolved.floorplan === undefined ? rest : { ...rest, floorplan: s.detail.resolved.floorplan };
      changed();
      void loadPlan(null);
      return;
    }
    const id = planIdOf(ref);
    void (id === null ? Promise.resolve<unknown>(null) : api.floorplan(id)).then((geo) => {
      const planDepts = planDepartments(geo);
      const guess = guessDepartments(
        departments.map((d) => String(d.id)),
        planDepts.map((p) => p.id),
      );
      s.edited = { ...s.edited, floorplan: { file: ref, departments: departmentsBlock(guess) } };
      changed();
      drawMapping(planDepts);
    });
  });
  void loadPlan(currentPlanRef(s)).catch(() => undefined);
  return el(
    'fieldset',
    { class: 'group', id: 'group-floorplan', 'data-path': 'floorplan' },
    el('legend', {}, m.groups.floorplan.title),
    el('p', { class: 'help' }, m.groups.floorplan.help),
    el(
      'div',
      { class: 'field field-select', 'data-path': 'floorplan.file' },
      el('label', { for: 'plan-select' }, f.plan),
      el('span', { class: 'control' }, select),
    ),
    mapping,
  );
}
