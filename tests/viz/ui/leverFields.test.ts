/**
 * The editor's levers against the scenario format: every field of the 北区 scenarios exists or
 * has a default, its range is the schema's (a value past the range is refused by the same
 * validation the API runs, a value at the range's edge is accepted), Japanese labels use names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/inputError.js';
import { messages } from '../../../viz/i18n/index.js';
import { uiEn } from '../../../viz/i18n/ui.en.js';
import { uiJa } from '../../../viz/i18n/ui.ja.js';
import { validateScenario } from '../../../scenarios/validateScenario.js';
import { loadScenario } from '../../../scenarios/study/index.js';
import { getPath } from '../../../viz/ui/docPath.js';
import {
  applyField,
  fieldText,
  fieldValue,
  leverGroups,
  parseFieldInput,
  zoneStaff,
  type FieldSpec,
} from '../../../viz/ui/leverFields.js';

let peak: Record<string, unknown>;
let plan: Record<string, unknown>;

beforeAll(async () => {
  peak = (await loadScenario('library:sapporo-kita-peak')).scenario as unknown as Record<string, unknown>;
  plan = (await loadScenario('library:sapporo-kita-peak-option-a')).scenario as unknown as Record<string, unknown>;
});

const fieldsOf = (s: unknown, lang: 'ja' | 'en' = 'en') =>
  leverGroups(s, (lang === 'ja' ? uiJa : uiEn).editor, messages(lang).org, lang).flatMap((g) => g.fields);
const issuesAt = (doc: unknown, path: string): string[] => {
  try {
    validateScenario(doc);
    return [];
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err.issues
      .filter((i) => i.path === path || i.path.startsWith(`${path}.`) || path.startsWith(`${i.path}.`))
      .map((i) => i.message);
  }
};

describe('the levers of a scenario', () => {
  it('cover the brief’s levers for the peak day, in groups', () => {
    const groups = leverGroups(peak, uiEn.editor, messages('en').org, 'en').map((g) => g.id);
    expect(groups).toEqual([
      'demand',
      'profile',
      'reservations',
      'diversion',
      'kakanai',
      'organisation',
      'callback',
      'patience',
      'departments',
      'telework',
      'zones',
      'spaces',
    ]);
    const paths = fieldsOf(peak).map((f) => f.path);
    for (const p of [
      'visitors.demand.visitorsPerDay',
      'visitors.demand.hourlyProfile[0].share',
      'visitors.levers.reservations.share',
      'visitors.levers.reservations.noShow',
      'visitors.procedures[0].diversion',
      'visitors.levers.kakanaiMadoguchi',
      'visitors.procedures[1].kakanaiFactor',
      'visitors.organisation.type',
      'visitors.organisation.renkei',
      'visitors.levers.callback.share',
      'visitors.levers.patience.patienceMin.mean',
      'visitors.departments[1].counters',
      'visitors.departments[1].staff',
      'workplace.roles.backOffice.telework.eligibleShare',
      'workplace.telework.weekdayMultipliers.wed',
      'workplace.zones[0].desks',
      'workplace.spaces[0].count',
    ])
      expect(paths, p).toContain(p);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('read a value, a default or what applies instead for every field', () => {
    for (const f of fieldsOf(plan)) expect(fieldValue(plan, f) ?? f.placeholder, f.path).not.toBeUndefined();
  });

  it('name things in Japanese by their Japanese names, never by ids', () => {
    const labels = fieldsOf(peak, 'ja').map((f) => f.label);
    expect(labels).toContain('証明書交付');
    expect(labels.some((l) => l.startsWith('戸籍住民課 届出（異動・戸籍）：'))).toBe(true);
    for (const l of labels) expect(l).not.toMatch(/koseki|hoken|kosodate|certificate|moving/);
  });

  it('use the schema’s ranges: past them the scenario is refused, at their edge accepted', () => {
    const fields = fieldsOf(plan).filter((f) => f.kind === 'number' || f.kind === 'integer' || f.kind === 'percent');
    expect(fields.length).toBeGreaterThan(40);
    for (const f of fields) {
      if (f.max !== undefined) {
        const beyond = f.kind === 'integer' ? f.max + 1 : f.max + 0.01;
        expect(issuesAt(applyField(plan, f, beyond), f.path), `${f.path} = ${beyond}`).not.toEqual([]);
      }
      if (f.min !== undefined) {
        const below = f.minExclusive ? f.min : f.min - 1;
        expect(issuesAt(applyField(plan, f, below), f.path), `${f.path} = ${below}`).not.toEqual([]);
      }
      // Shares of the day's profile must sum to 1, so their edges are not valid alone.
      if (f.path.includes('hourlyProfile')) continue;
      const edge =
        f.max !== undefined && !f.maxExclusive ? f.max : f.min !== undefined && !f.minExclusive ? f.min : undefined;
      if (edge !== undefined) expect(issuesAt(applyField(plan, f, edge), f.path), `${f.path} = ${edge}`).toEqual([]);
    }
  });

  it('create a missing object whole when the schema needs all of its keys', () => {
    const noTelework = { ...peak, workplace: { ...(peak.workplace as object), telework: undefined } };
    const f = fieldsOf(noTelework).find((x) => x.path === 'workplace.telework.weekdayMultipliers.mon') as FieldSpec;
    const next = applyField(noTelework, f, 0.5);
    expect(getPath(next, 'workplace.telework.weekdayMultipliers')).toEqual({
      mon: 0.5,
      tue: 1,
      wed: 1,
      thu: 1,
      fri: 1,
    });
    expect(issuesAt(next, 'workplace.telework')).toEqual([]);
  });

  it('read inputs: percentages, integers, ranges, empty', () => {
    const pct: FieldSpec = { path: 'p', label: 'p', kind: 'percent', min: 0, max: 1 };
    const int: FieldSpec = { path: 'i', label: 'i', kind: 'integer', min: 0, max: 10 };
    const factor: FieldSpec = { path: 'f', label: 'f', kind: 'number', min: 0, minExclusive: true, max: 2 };
    const m = uiEn.editor.localErrors;
    expect(parseFieldInput(pct, '12.5', m)).toEqual({ value: 0.125 });
    expect(parseFieldInput(pct, '101', m)).toEqual({ error: 'expected at most 100 %' });
    expect(parseFieldInput(int, '2.5', m)).toEqual({ error: 'expected a whole number' });
    expect(parseFieldInput(int, '1,000', m)).toEqual({ error: 'expected at most 10' });
    expect(parseFieldInput(factor, '0', m)).toEqual({ error: 'expected more than 0' });
    expect(parseFieldInput(int, 'abc', m)).toEqual({ error: 'expected a number' });
    expect(parseFieldInput(int, '', m)).toEqual({ value: undefined });
    expect(parseFieldInput({ path: 'b', label: 'b', kind: 'boolean' }, 'true', m)).toEqual({ value: true });
    expect(fieldText(pct, 0.145)).toBe('14.5');
    expect(fieldText(pct, 0.07)).toBe('7');
  });

  it('count the staff a zone seats, for the desk ratio', () => {
    const w = peak.workplace;
    expect(zoneStaff(w, 0)).toBe(68);
    const f = fieldsOf(peak).find((x) => x.path === 'workplace.zones[0].desks') as FieldSpec;
    expect(f.hint?.(peak)).toBe('0.85 desks per person (68 staff)');
  });
});
