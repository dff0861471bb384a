/**
 * English words of the city study (`wardsim study`, its report). city.ja.ts has the same keys (the
 * CityMessages type enforces it, and a test walks both). KPI names and verdict words of paired
 * comparisons come from en.ts / ja.ts through messages(lang).
 */

const pct = (x: number, digits = 1) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(digits)}%`;
const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toFixed(1);

export const cityEn = {
  lang: 'en',
  title: (study: string) => `City study: ${study}`,
  wardsOptions: (wards: number, options: number) =>
    `${wards} ward(s), ${options} option(s), every option on the same simulated days (common random numbers)`,
  cityTableTitle: 'City table: the ward office (区役所) each option needs',
  cityHeader: [
    'ward',
    'option',
    'm² needed ± 95% CI',
    "today's m²",
    'change',
    'verdict',
    'service level',
    'mean wait (min)',
    'desks (per staff)',
  ],
  verdict: { increase: '増 grow', decrease: '減 shrink', keep: '維持 keep' } as Record<string, string>,
  verdictNote: (band: string) =>
    `verdict: 増 when the lower 95% bound is more than ${band} above today's m², 減 when the upper bound is more than ` +
    `${band} below, else 維持`,
  dataNote: (wards: string) =>
    `the parts of ${wards} do not add up to seed 001's printed total; their 区役所 m² is taken as printed`,
  findingsTitle: 'Why an option does not move a KPI',
  noFindings: 'every option improves the mean wait and the service level on its ward’s baseline',
  wardLine: (ward: string, option: string) => `${ward}, ${option}:`,
  facts: {
    title: 'Facts (seed 001, as printed)',
    header: ['item', 'as printed', 'as read'],
    built: 'built',
    planned: '(planned)',
    totalM2: 'total m²',
    wardOfficeM2: 'ward office (区役所) m²',
    healthCentreM2: 'health centre (保健センター) m²',
    wardCentreM2: 'ward centre (区民センター) m²',
    otherM2: 'other m²',
    population: (p: number, h: number) => `population ${n0(p)}, households ${n0(h)} (1 January 2021)`,
    notAddingUp: (sum: number, total: number) =>
      `the parts add up to ${n0(sum)} m², not the printed total ${n0(total)} m²`,
    in1970s: 'built in the 1970s: one of the five wards whose renewal seed 001 asks about',
  },
  options: {
    title: 'Options against the baseline (paired on the same days)',
    header: ['KPI', 'baseline', 'option', 'difference (paired 95% CI)', 'verdict'],
    target: (sl: string, target: string, within: number, status: string) =>
      `service level ${sl} (target ${target} within ${within} min): ${status}`,
  },
  lines: {
    title: 'Counter lines: what each is asked and what it did',
    header: [
      'line',
      'counters',
      'staff at counter',
      'contacts (design)',
      'min per contact',
      'load (Erlangs)',
      'design use',
      'staff busy',
      'mean wait (min)',
    ],
  },
  programme: {
    title: (option: string) => `Building programme: ${option}`,
    header: ['function', 'scope', 'demand (units ± CI)', 'm² per unit', 'm² ± CI', 'basis', 'rule'],
    item: {
      counters: 'counters',
      consultation: 'consultation rooms',
      waiting: 'waiting seats',
      lobby: 'lobby',
      desks: 'office desks',
      touchdown: 'touchdown desks',
      booths1p: '1-person booths',
      boothsGroup: 'group booths',
      meetingRooms: 'meeting rooms',
      focus: 'focus seats',
      storage: 'storage and archives',
      otherRooms: 'phone room, toilets, washrooms, other rooms',
      circulation: 'entrance halls, corridors, stairs',
    } as Record<string, string>,
    basis: { simulated: 'simulated', standard: 'standard', given: 'given', input: 'input' } as Record<string, string>,
    rule: {
      'counters-busiest-interval': 'positions busy in the busiest 15 min × 5 m²',
      'consultation-busiest-interval': 'rooms in use in the busiest 15 min × 10 m²',
      'waiting-seats-p95': 'persons waiting, 95th percentile × 1.5 m²',
      'lobby-seating-share': 'seats are half of a lobby (space standard)',
      'desks-shortage-alpha': 'fewest desks short on ≤ 5% of days × 6 m²',
      'desks-one-per-person': 'fixed seating: one desk per person × 6 m²',
      'touchdown-desks': 'touchdown desks of the model × 6 m²',
      'booths-blocking-beta': 'fewest booths with ≤ 10% blocked',
      'rooms-blocking-beta': 'fewest rooms with ≤ 10% blocked × 2.5 m² a seat',
      'focus-blocking-beta': 'fewest focus seats with ≤ 10% blocked × 3 m²',
      'storage-13pct': '13% of the office (総務省)',
      'storage-filing-metres': 'filing metres kept × m² per filing metre (workplace.paper)',
      'other-rooms-somu': '7 m² per staff less the meeting rooms (総務省)',
      'circulation-somu': '40% of the rows above (総務省)',
      'given-seed-001': "today's m² (seed 001)",
      'per-resident-median': "the city's median m² per resident × population",
    } as Record<string, string>,
    wardOffice: 'ward office (区役所) total',
    healthCentre: 'health centre (保健センター)',
    wardCentre: 'ward centre (区民センター)',
    other: 'other (その他)',
    complex: 'all facilities',
    today: "today's m²",
    change: (share: string, ci: string, band: string) => `change ${share} ± ${ci} against today (band ±${band})`,
    verdictLine: (verdict: string, margin: string) => `verdict: ${verdict} (margin ${margin})`,
    standards: (p: { staff: number; somu: number; mlit: number; citizen: number; perStaff: number }) =>
      `${n0(p.staff)} staff: 総務省 standard ${n0(p.somu)} m², MLIT standard [unverified] ${n0(p.mlit)} m² (both ` +
      `without the ${n0(p.citizen)} m² citizen-facing space, 固有面積); the programme gives ${n1(p.perStaff)} m² per ` +
      `staff (city halls 25–35)`,
    sumNote: 'the rows add up to the total; half-widths add up (a bound whatever the correlation between rows)',
  },
  areaCheckTitle: (plan: string) => `Area check on the plan: ${plan}`,
  areaHeader: ['item', 'scope', 'demand', 'plan', 'need m²', 'plan m²', 'surplus m²', 'status'],
  areaStatus: { ok: 'ok', deficit: 'deficit', 'short-units': 'short of units' } as Record<string, string>,
  findings: {
    'overloaded-day': (_s: string[], f: Record<string, number>) =>
      `the day's counter work, ${n1(f.offeredLoadErlangs)} Erlangs, is ` +
      `${pct(f.designUtilization, 0).replace('+', '')} of the ${n1(f.staffAtCounterMean)} staff at the counters: ` +
      `however the counters are organised the backlog stays, and only moves between visitors`,
    'saturated-line': (s: string[], f: Record<string, number>) =>
      `${s[0] ?? ''} is asked for more than its staff give: ${n1(f.offeredLoadErlangs)} Erlangs of work ` +
      `(${n0(f.contacts)} contacts × ${n1(f.serviceMinPerContact)} min) for ${n1(f.staffAtCounterMean)} staff at ` +
      `the counter (design use ${pct(f.designUtilization, 0).replace('+', '')}); its staff are busy ` +
      `${pct(f.staffUtilization, 0).replace('+', '')} of the time and visitors wait ${n1(f.waitMeanMin)} min there`,
    'shifted-waits': (s: string[], f: Record<string, number>) =>
      `waits move between visitors: ${s[0] ?? ''} (${n0(f.winnerVisitors)} visitors) ${n1(f.winnerBaselineMin)} → ` +
      `${n1(f.winnerOptionMin)} min, ${s[1] ?? ''} (${n0(f.loserVisitors)}) ${n1(f.loserBaselineMin)} → ` +
      `${n1(f.loserOptionMin)} min`,
    'longer-contacts': (s: string[], f: Record<string, number>) =>
      `${s[0] ?? ''} bundles several contacts into one: ${n1(f.deskServiceMin)} min per contact against ` +
      `${n1(f.baselineServiceMin)} min on the baseline's lines — fewer, longer contacts, each waiting behind long ` +
      `ones (the service level counts contacts)`,
    'more-served': (_s: string[], f: Record<string, number>) =>
      `fewer give up (${pct(f.abandonmentDiff)} of arrivals): ${n0(f.servedDiff)} more visitors are served ` +
      `(${n0(f.servedBaseline)} → ${n0(f.servedOption)}), and the mean wait counts them`,
    'fewer-contacts': (_s: string[], f: Record<string, number>) =>
      `counters visited fall from ${f.countersVisitedBaseline.toFixed(2)} to ${f.countersVisitedOption.toFixed(2)} ` +
      `per visitor: the baseline's quick follow-on contacts, which lifted its per-contact service level, are gone`,
    'lost-help': (_s: string[], f: Record<string, number>) =>
      `${n0(f.helpStaffBaseline)} back-office helpers of the baseline have no line to help in this option ` +
      `(${n0(f.helpStaffOption)} left)`,
  } as Record<string, (subjects: string[], figures: Record<string, number>) => string>,
  findingFor: (kpi: string) => `${kpi}: `,
  report: {
    toc: 'Contents',
    city: 'The city',
    cityIntro:
      'Seed 001 asks, for the five ward offices built in the 1970s, whether to grow, shrink or keep their floor area ' +
      '(増・減・維持) and whether to renovate or rebuild. For every ward and option this report shows the ward office ' +
      'the simulated demand needs, function by function, against today’s floor area and the national office-area ' +
      'standards.',
    wardPage: (ward: string) => `Ward: ${ward}`,
    chartTitle: 'm² by function, per option, against today',
    chartTable: 'the chart as a table',
    planTitle: (plan: string) => `Plan: ${plan}`,
    fitsToday: 'the option fits today’s building (no deficit in the area check)',
    notFitsToday: (n: number) =>
      `${n} item(s) short of m² in today’s building: renovation needs a new layout or more floor area`,
    method: 'Method',
    methodText:
      'Every option of every ward runs in one study: replication i simulates each option’s peak day and office year ' +
      'on the random streams of (seed, i, name), so differences between options are paired. Counters, waiting ' +
      'seats, desks, booths and rooms come from the simulation (each with its 95% confidence interval); storage, ' +
      'other rooms and circulation from the former 総務省 office-area standard; 保健センター and 区民センター as the study file ' +
      'says. docs/city-study.md gives every rule.',
    stamp: 'Reproducibility',
    stampHeader: ['item', 'value'],
    stampRows: {
      engine: 'engine',
      format: 'result format',
      inputHash: 'input hash',
      seed: 'seed',
      replications: 'replications',
      rule: 'stopping rule',
      date: 'generated',
      command: 'command',
      commit: 'commit',
    } as Record<string, string>,
  },
};

export type CityMessages = typeof cityEn;
