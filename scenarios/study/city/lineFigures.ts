/**
 * What each counter line is asked to do and what it did: the design side from the scenario alone
 * (contacts the arrival profile and procedure mix send it, the mean service minutes per contact —
 * for a one-stop desk, factor × the sum of the parts it bundles — the offered load in Erlangs and
 * the staff at the counter, so their ratio is the utilisation the design implies), and the run's
 * side (contacts, staff utilisation, wait, service level). A line asked for more than its staff can
 * give (design utilisation ≥ 1) queues all day whatever else an option changes.
 */
import { compileVisitorModel, Q_COUNTER, Q_SEAT } from '../../../engine/models/visitors/compileVisitorModel.js';
import type { VisitorInput } from '../../../engine/models/visitors/visitorInput.js';
import { expectedContacts } from '../../../engine/runner/staffing/erlangCPlan.js';
import type { LineFigures, ScenarioRunPart } from '../../../engine/results/index.js';
import type { VisitorLabels } from '../../compile/visitorLabels.js';

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function lineFigures(input: VisitorInput, labels: VisitorLabels, run: ScenarioRunPart): LineFigures[] {
  const v = run.visitors;
  if (v === undefined) return [];
  const model = compileVisitorModel(input);
  const contacts = expectedContacts(model);
  const openMin = input.closeMin - input.openMin;
  const out: LineFigures[] = [];
  model.queues.forEach((q, qi) => {
    if (q.kind !== Q_COUNTER && q.kind !== Q_SEAT) return;
    const result = v.queues.find((x) => x.id === q.id);
    if (result === undefined) return;
    // Staff who serve the line from the start (its own group, the desk's, multi-skilled);
    // back-office help comes on call.
    const groups = model.groups.filter((g) => !g.backOffice && g.queues.includes(qi)).map((g) => g.id);
    const onCounter = labels.staff.filter((s) => groups.includes(s.id));
    const staffAtCounterMean = onCounter.reduce((a, s) => a + mean(s.onCounter), 0);
    const expected = contacts[qi].reduce((a, b) => a + b, 0);
    if (expected <= 0 && (result.joins.mean ?? 0) <= 0) return;
    const offered = (expected * q.meanServiceMin) / openMin;
    const rows = v.staff.filter((s) => groups.includes(s.id));
    const busy = rows.reduce((a, s) => a + s.byInterval.reduce((b, i) => b + (i.busyMin.mean ?? 0), 0), 0);
    const available = rows.reduce(
      (a, s) => a + s.byInterval.reduce((b, i) => b + i.onCounter * input.intervalMin, 0),
      0,
    );
    out.push({
      id: q.id,
      name: result.name,
      nameJa: result.nameJa,
      counters: Number.isFinite(q.counters) ? q.counters : 0,
      staffAtCounterMean,
      expectedContacts: expected,
      serviceMinPerContact: q.meanServiceMin,
      offeredLoadErlangs: offered,
      designUtilization: staffAtCounterMean > 0 ? offered / staffAtCounterMean : 0,
      contacts: result.joins,
      staffUtilization: available > 0 ? busy / available : null,
      waitMeanMin: result.waitMeanMin,
      serviceLevel: result.serviceLevel,
    });
  });
  return out;
}
