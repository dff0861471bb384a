/**
 * English words of every text wardsim shows (terminal, reports, browser). ja.ts has the same
 * keys (the type enforces it, and a test walks both); renderers never write words of their own.
 */
import { methodEn } from './method.en.js';
import { modifiersEn } from './modifiers.en.js';
import { limitsEn } from './limits.en.js';
import { guidanceEn } from './guidance.en.js';

export const en = {
  lang: 'en',
  /** The report's method and validation section (its own file: long prose). */
  method: methodEn,
  /** Video consultations, visitor segments, phone duty (modifiers.*.ts). */
  visitorModifiers: modifiersEn,
  /** Telework cap, satellite office, paper storage (limits.*.ts). */
  limits: limitsEn,
  /** Concierge triage, incomplete and return visits, closed spans in the report (guidance.*.ts). */
  guidance: guidanceEn,
  common: {
    ciNote: '± is the 95% confidence half-width across replications.',
    none: '—',
    total: 'total',
    all: 'all',
    yes: 'yes',
    no: 'no',
    replications: (n: number) => `${n} replication${n === 1 ? '' : 's'}`,
    stamp: (p: {
      engine: string;
      hash: string;
      seed: string;
      replications: number;
      rule: string;
      ms: number;
      workers: number;
    }) =>
      `engine ${p.engine}, input ${p.hash}, seed ${p.seed}, ${p.replications} replications (${p.rule}), ${(p.ms / 1000).toFixed(1)} s on ${p.workers} worker(s)`,
    stoppedBy: {
      count: 'fixed count',
      precision: 'stopped by the precision rule',
      maxReplications: 'precision not reached by the maximum',
    } as Record<string, string>,
    precisionRule: (rel: number, kpis: string) =>
      `precision rule: every watched KPI (${kpis}) within ±${(100 * rel).toFixed(1)}% of its mean`,
    plan: 'plan',
  },
  kpi: {
    waitMeanMin: 'mean wait (min)',
    waitP90Min: 'wait p90 (min)',
    timeInOfficeMeanMin: 'time in office (min)',
    serviceLevel: 'service level',
    abandonmentShare: 'gave up or balked',
    waitingSeatsP95: 'waiting seats needed (p95)',
    countersVisited: 'counters visited',
    walkingMin: 'walking (min)',
    overtimeStaffHours: 'staff overtime (staff-hours)',
    servedVisitors: 'visitors served',
    deskPeakDemandMean: 'daily peak wanting a desk',
    deskShortagePersonHoursPerDay: 'desk shortage (person-hours/day)',
    boothBlockedShare: 'booths full (share of requests)',
    meetingRoomBlockedShare: 'meeting rooms full (share of requests)',
    noSpaceShare: 'found no space (share)',
  } as Record<string, string>,
  org: {
    silo: 'silo',
    pooled: 'pooled one-stop',
    dispatch: 'dispatch one-stop',
    superman: 'superman one-stop',
  } as Record<string, string>,
  dayType: { normal: 'normal day', peak: 'peak day' } as Record<string, string>,
  visitors: {
    title: 'Visitors and counters',
    day: (p: {
      day: string;
      open: string;
      close: string;
      expected: string;
      org: string;
      renkei: boolean;
      kakanai: boolean;
      within: number;
      target: string;
    }) =>
      `${p.day} ${p.open}–${p.close}, expected visits ${p.expected}; counters: ${p.org}${p.renkei ? ' + 窓口連携' : ''}; 書かない窓口 ${p.kakanai ? 'on' : 'off'}; service level = share served within ${p.within} min (target ${p.target})`,
    note: '± is the 95% confidence half-width across simulated days. Waits are the total wait at counters of served visitors.',
    visitors: 'visitors',
    demand: 'demand',
    diverted: 'online/コンビニ',
    arrived: 'came',
    served: 'served',
    gaveUp: 'gave up or balked',
    unserved: 'unserved',
    wait: 'wait (min)',
    inOffice: 'time in office (min)',
    mean: 'mean',
    max: 'max',
    countersVisited: 'counters visited',
    walking: 'walking (min)',
    waitingArea: 'waiting area (persons)',
    seats: 'seats needed (p95)',
    closing: (last: string, ot: string) => `last visitor leaves ${last}; staff overtime ${ot} staff-hours`,
    closedSpan: (dept: string, spans: string, rule: string) => `${dept} closed ${spans}: ${rule}`,
    closedRule: { wait: 'visitors wait', redirect: 'visitors sent to', leave: 'visitors turned away' } as Record<
      string,
      string
    >,
    closedCounts: (redirected: string, left: string) =>
      `closed counters: ${redirected} sent to another counter, ${left} turned away per day`,
    triage: (p: { wrong: string; info: string; answered: string }) =>
      `guidance per day: ${p.wrong} went to a wrong counter first, ${p.info} asked at a counter for information, ` +
      `${p.answered} answered by the concierge`,
    returns: (p: { arrived: string; pending: string; made: string; returned: string }) =>
      `return visits (出直し): ${p.arrived} came back today; over each replication's days ${p.made} incomplete ` +
      `visits, ${p.returned} came back, ${p.pending} still due after the reported day`,
    incomplete: (atCounter: string, atConcierge: string) =>
      `incomplete visits (出直し) per day: ${atCounter} found at the counter, ${atConcierge} caught by the concierge ` +
      '— they must come back',
    byProcedure: 'By procedure',
    byHour: 'By hour of arrival',
    byQueue: 'By counter',
    byInterval:
      'By interval (service level = share of counter contacts joining in the interval served within the time)',
    procedure: 'procedure',
    hour: 'hour',
    arrivals: 'arrivals',
    counter: 'counter',
    contacts: 'contacts',
    maxWait: 'max wait',
    inTime: 'served in time',
    abandoned: 'gave up',
    counterUse: 'counter use',
    staffUse: 'staff use',
    interval: 'interval',
    left: 'left',
  },
  workplace: {
    title: 'Workplace',
    head: (p: { staff: number; deskUsers: number; days: number; reps: number; events: string }) =>
      `${p.staff} staff (${p.deskUsers} use desks); ${p.days} weekdays × ${p.reps} replications; ${p.events} events`,
    core: (from: string, to: string) =>
      `± is the 95% confidence half-width across replications; utilization is over core hours ${from}–${to}.`,
    perDay: (p: { office: string; partField: string; remote: string; absent: string; field: string }) =>
      `Staff per day: in the office ${p.office} (of which part-day in the field ${p.partField}), teleworking ${p.remote}, absent ${p.absent}, in the field all day ${p.field}`,
    zonesTitle: 'Desks by zone (group address)',
    zoneHeader: [
      'zone',
      'staff',
      'desks',
      'peak wanting a desk',
      'P95',
      'P(short day), with overflow',
      'P(short day), zone alone',
      'needed alone',
      'short person-min/day',
      'desk use',
    ],
    officePooled: 'office (pooled)',
    touchdown: (n: number, peak: string, use: string) => `Touchdown desks: ${n}, peak in use ${peak}, use ${use}`,
    weekdayTitle: 'P(shortage day) by weekday, with the overflow rules',
    zone: 'zone',
    spacesTitle: 'Booths, focus seats and meeting rooms',
    spaceHeader: [
      'space',
      'kind',
      'units',
      'uses/day',
      'P(blocked)',
      'P(1st choice full)',
      'P(full), alone',
      'needed alone',
      'utilization',
      'seat use',
    ],
    spacesReplayedNote:
      '† blocked requests are dropped or bookings can be no-shows, so the requests depend on the count: "needed alone" replays ' +
      "today's requests and is approximate away from today's count; wardsim size simulates each count.",
    needed: (a: string, b: string) => `Needed at α = ${a} shortage days and β = ${b} blocking (curves: wardsim size):`,
    neededDesks: 'desks (by department, or by zone where departments share one)',
    booths1p: (n: number) => `1-person booths ${n}`,
    boothsGroup: (n: number) => `group booths ${n}`,
    focusSeats: (n: number) => `focus seats ${n}`,
    rooms: (size: string, n: number) => `${size}-person rooms ${n}`,
    activitiesTitle: 'Activities (P(no space) = share of those looking for a space that found none free)',
    activityHeader: [
      'activity',
      'per day',
      'at desk by choice/day',
      'P(no space)',
      '1st choice',
      'fallback at desk/day',
      'dropped/day',
    ],
    planNotes: (plan: string) => `Desks and spaces from the plan ${plan}:`,
    noChange: '  (no change)',
    definitions:
      'P(short day), with overflow: share of days on which some of the zone’s staff found no desk anywhere allowed (simulated); zone alone: share of days whose peak exceeds the zone’s own desks (the sizing definition).',
  },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  activity: {
    webMeeting: 'web meeting',
    phoneCall: 'phone call',
    focusWork: 'focus work',
    smallMeeting: 'small meeting',
    largeMeeting: 'large meeting',
  } as Record<string, string>,
  spaceKind: {
    booth1: '1-person booth',
    boothGroup: 'group booth',
    focusSeat: 'focus seat',
    meetingRoom: 'meeting room',
    lounge: 'lounge',
  } as Record<string, string>,
  area: {
    title: (plan: string) => `Area check (${plan})`,
    header: ['item', 'scope', 'demand', 'plan', 'need m²', 'plan m²', 'surplus m²', 'status'],
    item: {
      'waiting seats': 'waiting seats',
      'counter positions': 'counter positions',
      desks: 'desks',
      '1-person booths': '1-person booths',
      'group booths': 'group booths',
      'meeting rooms': 'meeting rooms',
      'consultation rooms': 'consultation rooms',
      'consultation booths': 'consultation booths',
      'focus seats': 'focus seats',
    } as Record<string, string>,
    status: { ok: 'ok', deficit: 'deficit', 'short-units': 'short of units' } as Record<string, string>,
    standardsTitle: (staff: number) => `Building total vs office-area standards (${staff} staff)`,
    derivedRanks:
      ' (ranks derived from the workplace headcount: managers as section chiefs, others as general staff; give staffByRank in the scenario for real ranks)',
    planGross: (m2: string, perStaff: string) =>
      `  plan gross ${m2} m² (${perStaff} m² per staff; city halls 25–35 m²/staff)`,
    somu: (m2: string, pct: string) => `  former 総務省 standard ${m2} m² (plan is ${pct})`,
    mlit: (m2: string, pct: string) => `  MLIT standard [unverified coefficients] ${m2} m² (plan is ${pct})`,
    leftOut: '  the standards leave out citizen-facing space (counters, waiting), which municipalities add separately',
  },
  run: {
    headline: 'Headline KPIs',
    kpiHeader: ['KPI', 'mean ± 95% CI'],
  },
  compare: {
    title: (n: number) => `Comparison of ${n} scenarios on common random numbers (the same simulated days)`,
    verdictTitle: 'Verdict',
    base: 'base',
    improves: 'improves',
    worsens: 'worsens',
    unchanged: 'no clear difference in',
    target: (p: { status: string; sl: string; target: string; within: number }) =>
      `service target (${p.target} within ${p.within} min): ${p.status} — service level ${p.sl}`,
    targetStatus: { meets: 'meets', misses: 'misses', uncertain: 'uncertain (the CI straddles the target)' } as Record<
      string,
      string
    >,
    tableTitle: (variant: string) => `${variant} vs base`,
    header: ['KPI', 'base', 'variant', 'difference (paired 95% CI)', 'unpaired 95% CI', 'verdict'],
    verdict: { better: 'better', worse: 'worse', 'no-difference': 'no difference', undefined: '—' } as Record<
      string,
      string
    >,
    pairing: 'paired: the difference is taken day by day; unpaired: as if the scenarios had been run separately.',
  },
  sweep: {
    title: (cells: number) => `Sweep over ${cells} cells (every cell on the same simulated days)`,
    cell: 'cell',
    target: 'service target',
    targetStatus: { meets: 'meets', misses: 'misses', uncertain: 'uncertain' } as Record<string, string>,
  },
  staffing: {
    head: (p: {
      name: string;
      interval: number;
      target: string;
      within: number;
      occupancy: string;
      minShift: number;
    }) =>
      `${p.name}: counter staff per ${p.interval}-min interval for ${p.target} served within ${p.within} min in every interval, occupancy ≤ ${p.occupancy}, shifts ≥ ${p.minShift} min`,
    days: (p: { reps: number; seed: string; evaluations: number; seconds: string }) =>
      `the same ${p.reps} simulated days for every plan (seed ${p.seed}, common random numbers), ${p.evaluations} evaluations, ${p.seconds} s`,
    legend:
      'EC = Erlang C, each interval alone (no backlog from the interval before), rostered for lunch and shift rules; sim = fewest staff meeting the targets in simulation.',
    staffTitle: 'Staff (EC → sim):',
    interval: 'interval',
    staffHours: 'staff-hours',
    countersNeeded: 'counters needed',
    have: 'have',
    slTitle: (target: string) => `Service level (EC plan simulated / sim plan verified), target ${target}:`,
    groupLine: (name: string, misses: number, shifts: string) =>
      `${name}: the EC plan misses the target in ${misses} interval(s); sim shifts ${shifts}`,
    feasible: 'Every interval meets both targets in the verification run.',
    infeasible: 'Some intervals miss a target even at the staff limit.',
    positions: 'counter positions (limit)',
    fromPlan: ' (plan)',
    bindNote:
      'The targets need more staff at a counter than it has positions: sim is the best service level with the counters ' +
      'there are (staff never exceed the positions; positions are filled where targets are missed). "counters needed" is ' +
      'what the targets would need.',
    shortfallTitle: 'Shortfall — intervals that miss a target in the verification run:',
    shortfallHeader: [
      'counter',
      'interval',
      'service level (95 % CI)',
      'target',
      'occupancy',
      'positions',
      'needed for the target',
      'more positions',
    ],
    cannotBeMet: 'cannot be met',
    infeasibleWithinPositions: 'Some intervals miss a target within the counter positions (see the shortfall).',
  },
  sizing: {
    head: (p: { alpha: string; beta: string; reps: number; days: number }) =>
      `Sizing: α = ${p.alpha} of days with a desk shortage, β = ${p.beta} blocking; ${p.reps} replications × ${p.days} weekdays`,
    cautious: '"cautious" uses the upper confidence bound.',
    zonesTitle:
      'Desks per zone — each zone on its own (no overflow); P = share of days with more staff wanting a desk than desks',
    zoneHeader: [
      'zone',
      'staff',
      'desks now',
      'P(shortage) now',
      'needed',
      'cautious',
      'P at needed',
      'desks/staff',
      'formula bound',
    ],
    sumOfZones: 'sum of zones',
    onePool: 'office as one pool',
    zoneNote: (td: number) =>
      `(touchdown desks today: ${td}; "formula bound" = Poisson-binomial count of those who come in, as if all were in at once; weekday columns = desks if sized for that weekday alone)`,
    curvesDesks: 'Curves: desks → P(shortage day)',
    pShortage: 'P(shortage)',
    spacesTitle: (max: number) =>
      `Booths, focus seats and rooms — each sized for the requests that want it first (blocking ≤ β; searched up to ${max} units)`,
    spaceHeader: [
      'space',
      'kind',
      'requests/day',
      'units now',
      'P(blocked) now',
      'needed',
      'cautious',
      'P at needed',
      'utilization at needed',
    ],
    curvesSpaces: 'Curves: units → P(blocked)',
    curvesSimulatedNote:
      '* a run of the office with that many units (common random numbers); other points replay ' +
      "today's requests, which is exact only where a blocked request does not change what its " +
      'requester does next (fallback at the desk, no no-shows). Spaces marked † drop blocked ' +
      "requests or have no-shows, so their requests depend on the count (Engset's finite-source " +
      'effect).',
    pBlocked: 'P(blocked)',
    sweepTitle: (alpha: string, reps: number) =>
      `Telework sweep: desks needed (α = ${alpha}) as the remote share of telework-eligible staff rises (${reps} replications per level, same seed)`,
    remoteShare: 'remote share',
    sum: 'sum',
    onePoolShort: 'one pool',
  },
  network: {
    head: (p: {
      name: string;
      reps: number;
      seed: string;
      rule: string;
      events: string;
      ms: number;
      workers: number;
    }) =>
      `${p.name}: ${p.reps} replications (seed ${p.seed}, ${p.rule}), ${p.events} events, ${p.ms} ms on ${p.workers} worker(s)`,
    warmup: (min: number) =>
      `statistics after warm-up ${min} min; ± is the 95% confidence half-width across replications`,
    header: [
      'station',
      'wait min',
      'P(wait)',
      'utilization',
      'queue',
      'sojourn min',
      'P(abandon)',
      'P(blocked)',
      'served',
    ],
    system: (sojourn: string, inSystem: string, throughput: string) =>
      `system: time in system ${sojourn} min, in system ${inSystem}, throughput ${throughput} per min`,
  },
  report: {
    title: (name: string) => `Study report: ${name}`,
    subtitle: (n: number) => (n > 1 ? `${n} options compared on the same simulated days` : 'one scenario'),
    generated: (date: string) => `generated ${date}`,
    toc: 'Contents',
    sections: {
      decisions: 'Decisions',
      options: 'The options side by side',
      charts: 'Charts',
      assumptions: 'Assumptions register',
      method: 'Method and validation',
      stamp: 'Reproducibility',
    },
    decisionsIntro:
      'What each option needs, with its 95 % confidence interval and whether it meets the target. Targets: the scenario’s service level; desks at α (share of shortage days); booths and rooms at β (blocking).',
    option: 'option',
    item: 'item',
    meets: 'meets',
    misses: 'misses',
    uncertain: 'uncertain',
    ok: 'ok',
    short: 'short',
    staffTitle: 'Counters and staff per interval',
    staffHeader: [
      'option',
      'counter',
      'peak staff at the counter',
      'counters needed',
      'counters today',
      'staff-hours',
      'target met in every interval',
    ],
    noStaffing: 'No staffing plan in this report (run without --no-staffing).',
    shortfallTitle: 'Shortfall within the counter positions: intervals that miss a target',
    shortfallHeader: [
      'option',
      'counter',
      'interval',
      'service level (95 % CI)',
      'target',
      'positions',
      'needed for the target',
      'more positions',
    ],
    positionsBindNote:
      "Staff never exceed a counter's positions. Where the targets need more, the plan is the best service level " +
      'with the counters there are: "counters needed" is what the targets would need.',
    cannotBeMet: 'cannot be met',
    seatsTitle: 'Waiting seats and lobby area',
    seatsHeader: ['option', 'seats needed (p95)', 'seats in the plan', 'need m²', 'plan m²', 'status'],
    desksTitle: 'Desks per zone',
    desksHeader: [
      'option',
      'zone',
      'staff',
      'desks today',
      'desks needed (cautious)',
      'P(shortage day) today',
      'status',
    ],
    spacesTitle: 'Booths and meeting rooms',
    spacesHeader: ['option', 'space', 'units today', 'units needed', 'P(full) today', 'status'],
    spacesCountNote:
      '† blocked requests are dropped or bookings can be no-shows, so the requests depend on the count: units needed ' +
      "with * come from simulating each count (wardsim size); without, from today's requests replayed (approximate).",
    areaTitle: 'Building m² by function, against the plan and today’s building',
    areaHeader: ['option', 'function', 'need m²', 'plan m²', 'surplus m²', 'status'],
    grossTitle: 'Building total',
    grossHeader: [
      'option',
      'plan gross m²',
      'today’s gross m²',
      'change',
      '総務省 standard m²',
      'MLIT standard m² [U]',
      'm² per staff',
    ],
    serviceTitle: 'Service level against the target',
    serviceHeader: ['option', 'service level', 'target', 'status'],
    targetText: (share: string, min: number) => `${share} within ${min} min`,
    kpiTitle: 'Headline KPIs of each option',
    comparisonTitle: (variant: string) => `${variant} against the base`,
    forestTitle: 'Paired differences with 95 % CIs (unpaired lighter)',
    forestDesc:
      'For each KPI and option, the difference from the base on the same simulated days, with its paired 95 % confidence interval and the unpaired one beside it.',
    chartsFor: (option: string) => `Charts: ${option}`,
    sameAs: (option: string) => `The same as for ${option} (identical inputs).`,
    table: 'table',
    fan: {
      title: 'Wait by hour of arrival',
      desc: 'Median over the simulated days of the mean wait of visitors arriving in each hour, with the 50 % and 90 % bands across days.',
      x: 'hour of arrival',
      y: 'mean wait (min)',
      band90: '90 % of days',
      band50: '50 % of days',
      median: 'median day',
      target: 'service-level time',
    },
    occupancy: {
      title: 'People in the waiting area over the day',
      desc: 'Mean number of people in the waiting area per interval, with its 95 % CI, the mean of the daily maxima, and the seats the plan provides.',
      x: 'interval',
      y: 'people',
      mean: 'mean',
      ci: '95 % CI',
      max: 'daily maximum (mean)',
      capacity: 'seats in the plan',
    },
    staffing: {
      title: 'Staff at the counter: required vs scheduled',
      desc: 'Per interval and counter, the staff the optimiser requires at the counter to meet the service level, against the staff the scenario schedules.',
      x: 'interval',
      y: 'staff',
      required: 'required',
      scheduled: 'scheduled',
      shortfall: 'shortfall',
      group: 'counter',
    },
    serviceLevel: {
      title: 'Service level per interval',
      desc: 'Share of counter contacts joining in each interval that were served within the service-level time, with 95 % CIs, against the target.',
      x: 'interval',
      y: 'served in time',
      met: 'meets the target',
      below: 'below the target',
      target: 'target',
      ci: '95 % CI',
    },
    desks: {
      title: (zone: string) => `Desks vs shortage probability: ${zone}`,
      desc: 'P(the zone’s daily peak of staff wanting a desk exceeds the desks), the zone on its own, with 95 % CI; α rule, today’s desks and the desks needed.',
      x: 'desks',
      y: 'P(shortage day)',
      curve: 'P(shortage day)',
      ci: '95 % CI',
      limit: 'α',
      needed: 'needed',
      today: 'today',
    },
    blocking: {
      title: (space: string) => `Units vs blocking: ${space}`,
      desc: 'P(a request that wants this space first finds every unit taken) by number of units, with 95 % CI; β rule, today’s units and the units needed.',
      x: 'units',
      y: 'P(blocked)',
      curve: 'P(blocked)',
      ci: '95 % CI',
      limit: 'β',
      needed: 'needed',
      today: 'today',
    },
    plan: {
      title: 'Floor plan: m² surplus or deficit by zone, and the walks in from the entrance',
      desc: 'Each zone coloured by its share of the area check’s surplus (blue) or deficit (red); zones the check does not cover are grey. Lines: visitor routes from the entrance to the waiting area and the counters.',
      value: 'surplus (+) / deficit (−) m²',
      zone: 'zone',
      level: 'level',
      north: 'N',
      noData: 'not checked',
      levelLabel: (level: number) => `${level}F`,
    },
    telework: {
      title: 'Telework sweep: desks needed as more staff work remotely',
      desc: 'Desks needed at α per zone and in total as the remote share of telework-eligible staff rises, every level on the same simulated people and days.',
      x: 'remote share of eligible staff',
      y: 'desks needed',
      total: 'total',
    },
    assumptionsIntro:
      'Every input that decides the answer: the scenario’s demand and capacity, and each lever or rule it sets to something other than wardsim’s default, with the source the scenario gives and its status ([V] verified, [V~] seen but garbled, [U] unverified, [D] derived, [A] assumption; docs/sources.md). Variants list only what differs from the base.',
    assumptionsHeader: ['where', 'value', 'default', 'source', 'status'],
    noDifference: 'No input differs from the base.',
    stampHeader: ['', ''],
    stamp: {
      engine: 'engine version',
      commit: 'software commit',
      format: 'result format version',
      inputHash: 'input hash',
      seed: 'seed',
      replications: 'replications',
      rule: 'stopping rule',
      date: 'generated',
      command: 'command that reproduces this report',
      unknown: 'unknown (not run from a git checkout)',
      fixed: (n: number) => `fixed: ${n} replications`,
      precision: (rel: string, min: number, max: number) =>
        `precision: every watched KPI within ±${rel} of its mean (${min}–${max} replications)`,
    },
    ciNote: 'Figures are means over the simulated days or years, ± the half-width of the 95 % confidence interval.',
  },
  floorplan: {
    ok: (name: string, crs: string, levels: string) => `${name}: ok (${crs}, levels ${levels})`,
    zoneHeader: ['level', 'zone', 'kind', 'department', 'area m²', 'capacity'],
    capacity: {
      seats: 'seats',
      desks: 'desks',
      counterPositions: 'positions',
      booths: 'booths',
      capacityPersons: 'persons',
    } as Record<string, string>,
    level: (level: number, zones: string, pub: string, staff: string, vertical: string) =>
      `${level}F: zones ${zones} m² (public ${pub}, staff ${staff}) + stairs/lifts ${vertical} m²`,
    gross: (m2: string) => `gross floor area (outlines × levels): ${m2} m²`,
    derived: '* derived from area by the space standards (docs/floorplans.md)',
    demandHeader: ['item', 'scope', 'need', 'have', 'need m²', 'plan m²', 'surplus m²', 'status'],
    standards: (staff: number, converted: number) =>
      `office-area standards for ${staff} staff (${converted} converted, 総務省 factors):`,
    somu: (m2: string, pct: string) => `  総務省 former standard: ${m2} m² (plan is ${pct} %)`,
    mlit: (m2: string, pct: string) => `  MLIT standard [U]:      ${m2} m² (plan is ${pct} %)`,
    perStaff: (m2: string) => `  plan: ${m2} m² per staff (city halls: 25–35 m²/staff, docs/sources.md §1.3)`,
    problems: (file: string, n: number) => `${file}: ${n} problem${n > 1 ? 's' : ''}`,
    zoneKind: {
      entrance: 'entrance',
      lobby: 'lobby',
      waiting: 'waiting',
      concierge: 'concierge',
      reception: 'reception',
      counter: 'counter',
      'consultation-room': 'consultation-room',
      'consultation-booth': 'consultation-booth',
      exhibition: 'exhibition',
      'circulation-public': 'circulation-public',
      office: 'office',
      'booth-1p': 'booth-1p',
      'booth-group': 'booth-group',
      'meeting-room': 'meeting-room',
      focus: 'focus',
      lounge: 'lounge',
      'circulation-staff': 'circulation-staff',
      service: 'service',
    } as Record<string, string>,
  },
};

export type Messages = typeof en;
