/**
 * The editor's levers, derived from a resolved scenario: for each, where it lives in the document,
 * its label and unit, the valid range (the schema's: scenarios/visitors/visitorSchema.ts and
 * scenarios/workplace/workplaceSchema.ts) and the default that applies when the document is
 * silent (docs/visitors.md, docs/workplace.md). One list drives the form, local range checks and
 * the placing of server errors at their field.
 */
import type { Lang } from '../i18n/index.js';
import type { UiMessages } from '../i18n/ui.en.js';
import { getPath, setPath } from './docPath.js';

export type FieldKind = 'number' | 'integer' | 'percent' | 'boolean' | 'select';

export interface FieldSpec {
  /** Where the value lives in the scenario document. */
  path: string;
  label: string;
  kind: FieldKind;
  unit?: string;
  /** In the document's unit (a share 0–1 for percent fields). */
  min?: number;
  max?: number;
  /** The minimum itself is not allowed (e.g. a service-time factor must be > 0). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Input step in the shown unit (percent fields: percentage points). */
  step?: number;
  options?: { value: string; label: string }[];
  /** What applies when the document has no value here. */
  defaultValue?: number | boolean | string;
  /** Shown in an empty input when no single default applies (e.g. "each procedure's own"). */
  placeholder?: string;
  /**
   * When the object at `path` is missing, this object is put there first, so that a schema
   * that needs all of its keys (weekday multipliers, telework) gets them together.
   */
  init?: { path: string; value: Record<string, unknown> };
  /** A live note from the edited document (e.g. the desk ratio). */
  hint?: (doc: unknown) => string | null;
}

export interface FieldGroup {
  id: keyof UiMessages['editor']['groups'];
  title: string;
  help: string;
  fields: FieldSpec[];
  /** A note shown under the group when the scenario cannot be edited here in full. */
  note?: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A thing's name in the language: the Japanese name in Japanese (never the raw id when a name exists). */
export function labelOf(lang: Lang, thing: Rec): string {
  const id = str(thing.id) ?? '';
  return lang === 'ja' ? (str(thing.nameJa) ?? str(thing.name) ?? id) : (str(thing.name) ?? str(thing.nameJa) ?? id);
}

/** "HH:MM" for a time of day given as text or minutes from midnight. */
export function clockOf(v: unknown): string {
  if (typeof v === 'string') return v.padStart(5, '0');
  if (typeof v === 'number' && Number.isFinite(v)) {
    const m = Math.round(v);
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  }
  return '?';
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const ROLES = ['counter', 'backOffice', 'manager', 'field'] as const;
const ORG_TYPES = ['silo', 'pooled', 'dispatch', 'superman'] as const;
const STAFF_MAX = 10_000;

export function leverGroups(
  scenario: unknown,
  m: UiMessages['editor'],
  orgNames: Record<string, string>,
  lang: Lang,
): FieldGroup[] {
  const s = isRec(scenario) ? scenario : {};
  const groups: FieldGroup[] = [];
  const group = (id: FieldGroup['id'], fields: FieldSpec[], note?: string) => {
    if (fields.length)
      groups.push({ id, title: m.groups[id].title, help: m.groups[id].help, fields, ...(note ? { note } : {}) });
  };
  const f = m.fields;
  const u = m.units;
  if (isRec(s.visitors)) {
    const v = s.visitors;
    const V = 'visitors';
    const peak = isRec(v.day) && v.day.type === 'peak';
    group('demand', [
      {
        path: `${V}.demand.visitorsPerDay`,
        label: f.visitorsPerDay,
        kind: 'number',
        unit: u.visitsPerDay,
        min: 0,
        max: 1_000_000,
        step: 10,
      },
      {
        path: `${V}.serviceLevel.target`,
        label: f.slTarget,
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        minExclusive: true,
        maxExclusive: true,
        step: 1,
        defaultValue: 0.8,
        init: { path: `${V}.serviceLevel`, value: { target: 0.8, withinMin: peak ? 30 : 15 } },
      },
      {
        path: `${V}.serviceLevel.withinMin`,
        label: f.slWithin,
        kind: 'number',
        unit: u.min,
        min: 0,
        minExclusive: true,
        step: 1,
        defaultValue: peak ? 30 : 15,
        init: { path: `${V}.serviceLevel`, value: { target: 0.8, withinMin: peak ? 30 : 15 } },
      },
    ]);
    const profile = arr(isRec(v.demand) ? v.demand.hourlyProfile : undefined);
    group(
      'profile',
      profile.map((p, i) => ({
        path: `${V}.demand.hourlyProfile[${i}].share`,
        label: f.piece(clockOf(p.from), clockOf(p.to)),
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 0.5,
      })),
    );
    group('reservations', [
      {
        path: `${V}.levers.reservations.share`,
        label: f.reservationShare,
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 1,
        placeholder: f.reservationShareUnset,
      },
      {
        path: `${V}.levers.reservations.noShow`,
        label: f.noShow,
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 1,
        defaultValue: 0.1,
      },
    ]);
    const procedures = arr(v.procedures);
    group(
      'diversion',
      procedures.map((p, i) => ({
        path: `${V}.procedures[${i}].diversion`,
        label: f.diversion(labelOf(lang, p)),
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 1,
        defaultValue: 0,
      })),
    );
    group('kakanai', [
      { path: `${V}.levers.kakanaiMadoguchi`, label: f.kakanai, kind: 'boolean', defaultValue: false },
      ...procedures
        .filter((p) => arr(p.steps).length > 0)
        .map((p): FieldSpec => ({
          path: `${V}.procedures[${procedures.indexOf(p)}].kakanaiFactor`,
          label: f.kakanaiFactor(labelOf(lang, p)),
          kind: 'number',
          unit: u.factor,
          min: 0,
          minExclusive: true,
          max: 2,
          step: 0.01,
          defaultValue: 1,
        })),
    ]);
    const org = isRec(v.organisation) ? v.organisation : {};
    group(
      'organisation',
      [
        {
          path: `${V}.organisation.type`,
          label: f.orgType,
          kind: 'select',
          options: ORG_TYPES.map((t) => ({ value: t, label: orgNames[t] ?? t })),
          defaultValue: 'silo',
        },
        { path: `${V}.organisation.renkei`, label: f.renkei, kind: 'boolean', defaultValue: false },
      ],
      isRec(org.oneStop) ? undefined : f.oneStopNote,
    );
    group('callback', [
      {
        path: `${V}.levers.callback.share`,
        label: f.callbackShare,
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 1,
        defaultValue: 0,
      },
      {
        path: `${V}.levers.callback.recallWhenAhead`,
        label: f.recallWhenAhead,
        kind: 'integer',
        unit: u.visitors,
        min: 0,
        max: 1000,
        step: 1,
        defaultValue: 3,
      },
    ]);
    const patience = isRec(v.levers) && isRec(v.levers.patience) ? v.levers.patience : {};
    const dist = patience.patienceMin;
    const patienceFields: FieldSpec[] = [];
    if (isRec(dist) && typeof dist.mean === 'number') {
      patienceFields.push({
        path: `${V}.levers.patience.patienceMin.mean`,
        label: f.patienceMean,
        kind: 'number',
        unit: u.min,
        min: 0,
        minExclusive: true,
        step: 5,
      });
    }
    const balk = { displayedWaitOverMin: 120, p: 0.3 };
    patienceFields.push(
      {
        path: `${V}.levers.patience.balk.displayedWaitOverMin`,
        label: f.balkOver,
        kind: 'number',
        unit: u.min,
        min: 0,
        step: 5,
        init: { path: `${V}.levers.patience.balk`, value: balk },
      },
      {
        path: `${V}.levers.patience.balk.p`,
        label: f.balkP,
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 1,
        init: { path: `${V}.levers.patience.balk`, value: balk },
      },
      {
        path: `${V}.levers.patience.comeBackShare`,
        label: f.comeBack,
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 1,
        defaultValue: 0.7,
      },
    );
    group(
      'patience',
      patienceFields,
      dist === null || dist === undefined || (isRec(dist) && typeof dist.mean === 'number')
        ? undefined
        : f.patienceDistNote,
    );
    const departments = arr(v.departments);
    group(
      'departments',
      departments.flatMap((d, i): FieldSpec[] => {
        const name = labelOf(lang, d);
        const counters: FieldSpec = {
          path: `${V}.departments[${i}].counters`,
          label: f.counters(name),
          kind: 'integer',
          unit: u.counters,
          min: 0,
          max: STAFF_MAX,
          step: 1,
        };
        if (Array.isArray(d.staff)) {
          const pieces = arr(d.staff).map((p, j): FieldSpec => ({
            path: `${V}.departments[${i}].staff[${j}].staff`,
            label: f.staffPiece(name, clockOf(p.from), clockOf(p.to)),
            kind: 'integer',
            unit: u.staff,
            min: 0,
            max: STAFF_MAX,
            step: 1,
          }));
          return [counters, ...pieces];
        }
        return [
          counters,
          {
            path: `${V}.departments[${i}].staff`,
            label: f.staff(name),
            kind: 'integer',
            unit: u.staff,
            min: 0,
            max: STAFF_MAX,
            step: 1,
          },
        ];
      }),
    );
  }
  if (isRec(s.workplace)) workplaceGroups(s.workplace, m, lang, group);
  return groups;
}

function workplaceGroups(
  w: Rec,
  m: UiMessages['editor'],
  lang: Lang,
  group: (id: FieldGroup['id'], fields: FieldSpec[]) => void,
): void {
  const f = m.fields;
  const u = m.units;
  const W = 'workplace';
  const roles = isRec(w.roles) ? w.roles : {};
  const teleworkFields: FieldSpec[] = ROLES.filter((r) => isRec(roles[r])).flatMap((r): FieldSpec[] => {
    const init = { path: `${W}.roles.${r}.telework`, value: { eligibleShare: 0, daysPerWeek: 0 } };
    const role = m.roles[r] ?? r;
    return [
      {
        path: `${W}.roles.${r}.telework.eligibleShare`,
        label: f.eligible(role),
        kind: 'percent',
        unit: u.percent,
        min: 0,
        max: 1,
        step: 5,
        defaultValue: 0,
        init,
      },
      {
        path: `${W}.roles.${r}.telework.daysPerWeek`,
        label: f.daysPerWeek(role),
        kind: 'number',
        unit: u.daysPerWeek,
        min: 0,
        max: 5,
        step: 0.5,
        defaultValue: 0,
        init,
      },
    ];
  });
  const ones = Object.fromEntries(WEEKDAYS.map((d) => [d, 1]));
  for (const d of WEEKDAYS) {
    teleworkFields.push({
      path: `${W}.telework.weekdayMultipliers.${d}`,
      label: f.weekdayPattern(f.weekday[d] ?? d),
      kind: 'number',
      unit: u.factor,
      min: 0,
      max: 5,
      step: 0.1,
      defaultValue: 1,
      init: { path: `${W}.telework`, value: { weekdayMultipliers: ones } },
    });
  }
  group('telework', teleworkFields);
  const zones = arr(w.zones);
  group('zones', [
    ...zones.map((z, i): FieldSpec => ({
      path: `${W}.zones[${i}].desks`,
      label: f.desks(labelOf(lang, z)),
      kind: 'integer',
      unit: u.desks,
      min: 0,
      max: 100_000,
      step: 1,
      hint: (doc) => deskRatioHint(doc, i, f),
    })),
    {
      path: `${W}.touchdownDesks`,
      label: f.touchdown,
      kind: 'integer',
      unit: u.desks,
      min: 0,
      max: 100_000,
      step: 1,
      defaultValue: 0,
    },
  ]);
  group(
    'spaces',
    arr(w.spaces).map((sp, i) => ({
      path: `${W}.spaces[${i}].count`,
      label: f.spaceCount(labelOf(lang, sp), typeof sp.capacityPersons === 'number' ? sp.capacityPersons : 1),
      kind: 'integer',
      unit: u.units,
      min: 0,
      max: 10_000,
      step: 1,
    })),
  );
}

/** Staff assigned to zone `i` (every role's headcount of its departments). */
export function zoneStaff(workplace: unknown, i: number): number {
  if (!isRec(workplace)) return 0;
  const zone = arr(workplace.zones)[i];
  if (!zone) return 0;
  const ids = new Set(Array.isArray(zone.departments) ? zone.departments : []);
  return arr(workplace.departments)
    .filter((d) => ids.has(d.id))
    .reduce(
      (sum, d) =>
        sum +
        Object.values(isRec(d.headcount) ? d.headcount : {}).reduce<number>(
          (a, n) => a + (typeof n === 'number' ? n : 0),
          0,
        ),
      0,
    );
}

function deskRatioHint(doc: unknown, i: number, f: UiMessages['editor']['fields']): string | null {
  const w = getPath(doc, 'workplace');
  const staff = zoneStaff(w, i);
  const desks = getPath(doc, `workplace.zones[${i}].desks`);
  if (staff === 0 || typeof desks !== 'number') return null;
  return f.deskRatio((desks / staff).toFixed(2), staff);
}

export type LocalError = keyof UiMessages['editor']['localErrors'];

/** Reads an input's text as the document value, or says what is wrong (range checks before the server's). */
export function parseFieldInput(
  spec: FieldSpec,
  text: string,
  m: UiMessages['editor']['localErrors'],
): { value: unknown } | { error: string } {
  if (spec.kind === 'boolean' || spec.kind === 'select')
    return { value: spec.kind === 'boolean' ? text === 'true' : text };
  const t = text.trim().replace(/,/g, '');
  if (t === '') return { value: undefined };
  const shown = Number(t);
  if (!Number.isFinite(shown)) return { error: m.notNumber };
  const value = spec.kind === 'percent' ? roundShare(shown / 100) : shown;
  if (spec.kind === 'integer' && !Number.isInteger(value)) return { error: m.notInteger };
  const fmt = (x: number) => (spec.kind === 'percent' ? `${roundShare(x * 100)} %` : String(x));
  if (spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min))
    return { error: spec.minExclusive ? m.notAboveMin(fmt(spec.min)) : m.belowMin(fmt(spec.min)) };
  if (spec.max !== undefined && (spec.maxExclusive ? value >= spec.max : value > spec.max))
    return { error: m.aboveMax(fmt(spec.max)) };
  return { value };
}

/** The input's text for a document value (percent fields show percentage points). */
export function fieldText(spec: FieldSpec, value: unknown): string {
  if (spec.kind === 'boolean') return value === true ? 'true' : 'false';
  if (spec.kind === 'select') return typeof value === 'string' ? value : '';
  if (typeof value !== 'number') return '';
  return spec.kind === 'percent' ? String(roundShare(value * 100)) : String(value);
}

// 0.1 + 0.2 style noise from the ×100 and ÷100 round trip would show as a change.
const roundShare = (x: number) => Math.round(x * 1e9) / 1e9;

/** The document with the field's value set (its `init` object first, when missing). */
export function applyField<T>(doc: T, spec: FieldSpec, value: unknown): T {
  const start =
    spec.init && getPath(doc, spec.init.path) === undefined ? setPath(doc, spec.init.path, spec.init.value) : doc;
  return setPath(start, spec.path, value);
}

/** The value the field shows: the document's, else the default that applies. */
export function fieldValue(doc: unknown, spec: FieldSpec): unknown {
  const v = getPath(doc, spec.path);
  return v === undefined ? spec.defaultValue : v;
}
