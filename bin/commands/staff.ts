import { loadScenario } from '../../scenarios/loadScenario.js';
import { loadPlanInputs } from '../../scenarios/planLink.js';
import { toVisitorInput } from '../../scenarios/visitors/toVisitorInput.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { optimiseStaffing, type StaffingPlan } from '../../engine/runner/staffing/optimiseStaffing.js';
import { InputError } from '../../engine/inputError.js';
import { intFlag, langFlag, numberFlag, parseCommandArgs, seedFlag, UsageError } from '../cliArgs.js';
import { createProgress } from '../progressBar.js';
import { textTable } from '../../scenarios/textTable.js';
import type { Command } from './command.js';

const HELP = `wardsim staff <scenario.json> [options]

Finds the fewest counter staff per interval for each department (and the one-stop desk) so that
a share of visitors is served within a time in EVERY interval, with an occupancy cap, by
simulation: the backlog of one interval carries into the next. Starts from the per-interval
Erlang C estimate and shows both side by side. Shifts respect the scenario's minimum shift length
and lunch rule. Method: docs/visitors.md ("Staffing optimiser").

Options:
  --target P        share served within the time, 0–1 (default: the scenario's, else 0.8)
  --within M        minutes (default: the scenario's, else 15 on normal days, 30 on peak days)
  --interval N      15, 30 or 60 minutes (default: the scenario's, else 15)
  --occupancy C     busy ÷ at-counter staff time at most C per interval (default 0.85)
  --replications R  simulated days per evaluation, the same days for every plan (default 20)
  --seed S          master seed (default: the scenario's, else 1)
  --workers W       worker threads (default 2; 0 = this thread); results do not depend on it
  --lang ja|en      language of the table (default en)
  --json            print one JSON object (for scripts)
  -h, --help        this help

Exit codes: 0 ok, 1 run failed, 2 bad scenario or options (one line per problem).
`;

export const staff: Command = {
  summary: 'fewest counter staff per interval for a service level (simulation vs Erlang C)',
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        target: { type: 'string' },
        within: { type: 'string' },
        interval: { type: 'string' },
        occupancy: { type: 'string' },
        replications: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
      HELP,
    );
    if (parsed === null) return 0;
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(`expected exactly one scenario file\n\n${HELP}`);
    const v = parsed.values;
    const lang = langFlag(v);
    const interval = intFlag(v, 'interval', 15, 60);
    if (interval !== undefined && interval !== 15 && interval !== 30 && interval !== 60) {
      throw new InputError([{ path: '--interval', message: `expected 15, 30 or 60, got ${interval}` }]);
    }
    const targetFlag = numberFlag(v, 'target', 0.01, 0.999);
    const withinFlag = numberFlag(v, 'within', 0.1, 1440);
    const occupancy = numberFlag(v, 'occupancy', 0.05, 1) ?? 0.85;
    const replications = intFlag(v, 'replications', 2, 1000) ?? 20;
    const workers = intFlag(v, 'workers', 0, 64) ?? 2;

    const { scenario, floorplanFile } = await loadScenario(file);
    if (scenario.visitors === undefined) throw new UsageError(`${file} has no visitors part to staff`);
    const seed = seedFlag(v, scenario.seed ?? 1);
    const plan = floorplanFile ? await loadPlanInputs(floorplanFile, { departments: scenario.floorplan?.departments }) : undefined;
    const input = toVisitorInput(scenario.visitors as VisitorPart, plan?.walking);
    const json = v.json === true;
    const progress = createProgress(lang === 'ja' ? '人員算定' : 'staff', !json);
    let result: StaffingPlan;
    try {
      result = await optimiseStaffing(input, {
        target: targetFlag ?? input.serviceLevel.target,
        withinMin: withinFlag ?? input.serviceLevel.withinMin,
        intervalMin: (interval ?? (input.intervalMin as 15 | 30 | 60)) as 15 | 30 | 60,
        maxOccupancy: occupancy,
        replications,
        seed,
        workers,
        // The bar counts simulated days: evaluations × days per evaluation.
        onProgress: (done, estimate) => progress.update(done * replications, estimate * replications),
      });
    } finally {
      progress.stop();
    }
    process.stdout.write(json ? `${JSON.stringify({ scenario: scenario.id ?? scenario.name, ...result }, null, 2)}\n` : `${renderStaffing(result, lang, lang === 'ja' ? (scenario.nameJa ?? scenario.name) : scenario.name)}\n`);
    return 0;
  },
};

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)}%` : '—');

/** The staffing plan as text: staff per interval (Erlang C → simulation), then service levels. */
export function renderStaffing(p: StaffingPlan, lang: 'ja' | 'en', name: string): string {
  const ja = lang === 'ja';
  const t = p.target;
  const head = ja
    ? [
        `${name}: ${t.intervalMin}分ごとの窓口職員数 — 各時間帯で${t.withinMin}分以内に${pct(t.serviceLevel)}を受付、稼働率 ${pct(t.maxOccupancy)} 以下、勤務 ${t.minShiftMin}分以上`,
        `評価ごとに同じ${p.replications}日分を模擬（シード ${p.seed}、共通乱数）、評価 ${p.evaluations} 回、${(p.wallMs / 1000).toFixed(1)} 秒`,
        'EC＝アーラン C（時間帯ごとに単独で計算、前の時間帯の積み残しなし、昼休みと勤務規則を反映）、sim＝シミュレーションで目標を満たす最少人数。',
      ]
    : [
        `${name}: counter staff per ${t.intervalMin}-min interval for ${pct(t.serviceLevel)} served within ${t.withinMin} min in every interval, occupancy ≤ ${pct(t.maxOccupancy)}, shifts ≥ ${t.minShiftMin} min`,
        `the same ${p.replications} simulated days for every plan (seed ${p.seed}, common random numbers), ${p.evaluations} evaluations, ${(p.wallMs / 1000).toFixed(1)} s`,
        'EC = Erlang C, each interval alone (no backlog from the interval before), rostered for lunch and shift rules; sim = fewest staff meeting the targets in simulation.',
      ];
  const ids = p.groups.map((g) => g.id);
  const staffRows = p.intervals.map((label, i) => [
    label,
    ...p.groups.map((g) => `${g.erlangCRoster[i]} → ${g.staff[i]}`),
    `${p.totals.erlangCByInterval[i]} → ${p.totals.staffByInterval[i]}`,
  ]);
  staffRows.push([ja ? '人時' : 'staff-hours', ...p.groups.map((g) => `${g.erlangCStaffHours.toFixed(1)} → ${g.staffHours.toFixed(1)}`), `${p.totals.erlangCStaffHours.toFixed(1)} → ${p.totals.staffHours.toFixed(1)}`]);
  staffRows.push([ja ? '必要窓口数' : 'counters needed', ...p.groups.map((g) => `${g.countersNeeded} (${ja ? '現状' : 'have'} ${g.counters})`), '']);
  const slRows = p.intervals.map((label, i) => [label, ...p.groups.map((g) => `${pct(g.erlangCServiceLevel[i])} / ${pct(g.serviceLevel[i])}`)]);
  const shortfalls = p.groups.map((g) => g.erlangCServiceLevel.filter((x) => Number.isFinite(x) && x < t.serviceLevel - 1e-9).length);
  const out = [
    ...head,
    '',
    ja ? '職員数（EC → sim）:' : 'Staff (EC → sim):',
    textTable([ja ? '時間帯' : 'interval', ...ids, ja ? '合計' : 'total'], staffRows),
    '',
    ja ? `サービスレベル（ECの配置で模擬 / simの配置で検証）、目標 ${pct(t.serviceLevel)}:` : `Service level (EC plan simulated / sim plan verified), target ${pct(t.serviceLevel)}:`,
    textTable([ja ? '時間帯' : 'interval', ...ids], slRows),
    '',
    ...p.groups.map((g, k) =>
      ja
        ? `${g.id}: ECの配置は${shortfalls[k]}の時間帯で目標未達；sim の勤務 ${g.shifts.map((s) => `${s.from}–${s.to}`).join(', ')}`
        : `${g.id}: the EC plan misses the target in ${shortfalls[k]} interval(s); sim shifts ${g.shifts.map((s) => `${s.from}–${s.to}`).join(', ')}`,
    ),
    p.feasible ? (ja ? 'すべての時間帯で目標を達成（検証）。' : 'Every interval meets both targets in the verification run.') : ja ? '一部の時間帯は上限人数でも目標未達。' : 'Some intervals miss a target even at the staff limit.',
  ];
  return out.join('\n');
}
