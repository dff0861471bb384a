/**
 * Relational checks of the departments' closed-span rules (`whenClosed`, `redirectTo`): a
 * redirect names another department with counters of its own, which does not redirect in turn
 * (so a visitor is sent on at most once and never in a circle), and the rule is only given to a
 * department that keeps its own line (not one whose work a one-stop desk took over).
 */
import type { InputIssue } from '../../engine/inputError.js';

type Rec = Record<string, unknown>;
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

export function checkClosedRules(
  departments: readonly Rec[],
  deptIndex: ReadonlyMap<string, number>,
  byOneStop: (id: string) => boolean,
  at: (p: string) => string,
  issues: InputIssue[],
): void {
  const known = [...deptIndex.keys()].map((k) => JSON.stringify(k)).join(', ');
  departments.forEach((d, i) => {
    const id = str(d.id) ?? '';
    const rule = str(d.whenClosed);
    const target = str(d.redirectTo);
    const path = at(`departments[${i}]`);
    if (rule !== undefined && byOneStop(id)) {
      issues.push({
        path: `${path}.whenClosed`,
        message: `expected no closed-span rule on a department the one-stop desk handles, got ${JSON.stringify(rule)}`,
      });
    }
    if (rule !== 'redirect') {
      if (target !== undefined)
        issues.push({
          path: `${path}.redirectTo`,
          message: `expected only with whenClosed "redirect", got whenClosed ${JSON.stringify(rule ?? null)}`,
        });
      return;
    }
    if (target === undefined) {
      issues.push({
        path: `${path}.redirectTo`,
        message: `required with whenClosed "redirect": the id of another department (${known})`,
      });
      return;
    }
    const ti = deptIndex.get(target);
    if (ti === undefined || target === id) {
      issues.push({
        path: `${path}.redirectTo`,
        message: `expected the id of another department (${known}), got ${JSON.stringify(target)}`,
      });
      return;
    }
    const t = departments[ti];
    if (t.counters === 0 || byOneStop(target)) {
      issues.push({
        path: `${path}.redirectTo`,
        message: `expected a department with counters of its own, got ${JSON.stringify(target)} (departments[${ti}])`,
      });
    } else if (t.whenClosed === 'redirect') {
      issues.push({
        path: `${path}.redirectTo`,
        message:
          `expected a department that does not redirect in turn, got ${JSON.stringify(target)} ` +
          `(departments[${ti}].whenClosed is "redirect")`,
      });
    }
  });
}
