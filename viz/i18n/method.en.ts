/**
 * English words of the report's "Method and validation" section (viz/report/sections/method*.ts).
 * method.ja.ts has the same keys (its type is this one's, and a test walks both).
 */
export const methodEn = {
  title: 'Method and validation',
  /** A name or a command quoted in running text. */
  quote: (text: string) => `“${text}”`,
  /** Items in running text: "a, b and c". */
  list: (items: readonly string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  /** Between sentences put together from the bundle. */
  sentenceGap: ' ',
  concept: {
    title: 'Conceptual model',
    visitors:
      'Visitors and counters. Each replication simulates one opening day. Would-be visitors arrive as a Poisson ' +
      'stream whose rate follows the hourly profile, and each draws a procedure from the mix. A share of each ' +
      'procedure is done online or at a convenience store instead (来させない); a share books a time slot, and ' +
      'some bookings are not kept; the rest walk in. A visitor may ask the concierge first, takes a ticket at the ' +
      'kiosk and then goes through the counter contacts of the procedure in order, each needed with its own ' +
      'probability. With 書かない窓口 every service time is multiplied by the factor of its procedure. Counters ' +
      'are run as one line per department, or as a one-stop desk (pooled, dispatch or superman); with 窓口連携 a ' +
      'visitor keeps the place of their first ticket at every later counter. Visitors who opt for a smartphone ' +
      'call-back leave the waiting area and are called back when only a few are ahead. Each visitor has one ' +
      'patience budget for the whole visit and gives up when it runs out; a walk-in shown a long wait at the ' +
      'kiosk may leave at once (balking). Walking between the entrance, kiosk, waiting area and counters takes ' +
      'fixed minutes, from the floor plan when one is linked. Counter staff follow the roster of the scenario; ' +
      'lunch breaks are staggered over the lunch window, and back-office staff come to the counter when enough ' +
      'visitors wait. Tickets are issued until closing time and everyone holding one is served; work after ' +
      'closing counts as overtime.',
    staffing:
      'Staffing optimiser. For the counter staff of each department (and of the one-stop desk) it looks for the ' +
      'fewest staff per interval such that in every interval the share of contacts served within the target ' +
      'time reaches the target and occupancy stays under the cap. It starts from Erlang C for each interval on ' +
      'its own, rostered with lunch breaks and the shortest allowed shift; then simulates a fixed set of days ' +
      '(the same visitors for every candidate plan: common random numbers), adds staff where an interval misses ' +
      'a target (repair), removes whole shifts and single staff-intervals as long as every target still holds ' +
      '(trim), and verifies the final plan on the same days.',
    workplace:
      'Workplace. Each replication simulates a year of weekdays (245 unless the scenario says otherwise) for every ' +
      'member of staff. Each day a person is absent, teleworking (eligible staff, with a probability set by their ' +
      'telework days per week and a weekday multiplier), in the field for all or part of the day, or in the ' +
      'office, arriving and staying for times drawn from the profile of their role. In the office they take a ' +
      'desk in their department’s group-address zone; when it is full, a desk in the zones and touchdown desks ' +
      'the zone may overflow to; otherwise they are short of a desk until one frees. While at the desk they start ' +
      'web meetings, phone calls, focus work and meetings at random, each trying its booths, focus seats or ' +
      'rooms in order of preference. Spaces are loss systems: nobody waits for one, and a request that finds ' +
      'none free is done at the desk or dropped. Sizing reads, from the same replications, the fewest desks per ' +
      'zone with shortage days at most α (each zone on its own), and the fewest units of each space with ' +
      'blocking of first-choice requests at most β.',
    area:
      'Area check. With a linked floor plan, what the study needs (waiting seats at the 95th percentile, the ' +
      'scenario’s counter positions, and the desks, booths, rooms and focus seats found by sizing) is turned ' +
      'into m² by space standards and compared with the plan’s zones. The building’s gross area is compared with ' +
      'the former 総務省 standard and with the MLIT standard for government office buildings; neither counts ' +
      'citizen-facing space such as counters and waiting areas.',
    measured:
      'What is measured. In each replication the visitor model records would-be visits, diversions, bookings ' +
      'and no-shows, arrivals, visitors served, those who gave up, balked, were turned away or left unserved; ' +
      'the total wait at counters of each served visitor (mean, median, 90th and 95th percentiles and maximum ' +
      'of the day), time in the office, counters visited and walking; the people in the waiting area (mean, ' +
      '95th percentile = seats needed, maximum); the service level by interval and counter; staff utilisation ' +
      'and overtime. The workplace model records staff-days by kind; per zone the daily peak of staff wanting a ' +
      'desk, days and person-minutes short of a desk, overflow and desk use; per space the requests, blocking, ' +
      'uses, no-shows and utilisation; per activity the share that found no space.',
    replications:
      'Replications are independent: each draws its own random numbers, derived from the seed and its index. ' +
      'A visitor replication is one opening day, a workplace replication one year of weekdays. Both are ' +
      'terminating simulations: a day starts empty at opening and ends when the last visitor has been served, ' +
      'and every workplace day starts and ends with everyone at home. So there is no warm-up period and nothing ' +
      'is discarded. Every reported figure is the mean over replications with the half-width of its 95 % ' +
      'confidence interval (Student t).',
    studyVisitors: (p: {
      day: string;
      open: string;
      close: string;
      expected: string;
      org: string;
      renkei: boolean;
      kakanai: boolean;
    }) =>
      `In this study (base option): a ${p.day} from ${p.open} to ${p.close} with ${p.expected} expected ` +
      `would-be visits; counters: ${p.org}${p.renkei ? ' with 窓口連携' : ''}; 書かない窓口 ${p.kakanai ? 'on' : 'off'}.`,
    studyStaffing: (n: number) => `This report includes ${n} staffing plan${n === 1 ? '' : 's'}.`,
    studyWorkplace: (p: { staff: number; zones: number; desks: number; days: number }) =>
      `In this study (base option): ${p.staff} staff, ${p.zones} zones with ${p.desks} desks, ` +
      `${p.days} weekdays per replication.`,
    studyArea: (plan: string) => `In this study (base option): the plan “${plan}”.`,
    notRun: (parts: string) => `Not part of this study: ${parts}.`,
    parts: {
      visitors: 'visitors and counters',
      staffing: 'staffing optimiser',
      workplace: 'workplace',
      area: 'area check',
    },
    listSeparator: ', ',
  },
  validation: {
    title: 'Validation against exact theory',
    intro:
      'The engine is tested against queueing systems whose answers are known exactly. Most checks pass only if ' +
      'the exact value lies inside the simulation’s 99 % confidence interval over 20 independent replications ' +
      'and that interval’s half-width is at most 2 % of the mean, so a check can pass neither by being vague ' +
      'nor through a tuned tolerance; the last column gives the criterion of each check. The exact values below ' +
      'are computed now, with the formulas and parameters ' +
      'the tests use. Simulated values are not shown: they come from the test suite, which enforces the ' +
      'criterion on every change, not from this study. These cases are steady-state systems, run with a long ' +
      'horizon after a warm-up, unlike the terminating days of the study.',
    networkCaption:
      'Engine core (event calendar, random streams, distributions, server pools), through the generic queueing ' +
      'network',
    modelsIntro:
      'The visitor and workplace models are also checked themselves against exact results, with criteria of the ' +
      'same kind.',
    modelsCaption: 'Visitor and workplace models',
    header: ['case', 'figure', 'exact theory', 'exact value', 'test criterion'],
    cases: {
      mm1: 'M/M/1, ρ = 0.8',
      mm8: 'M/M/8, ρ = 0.9',
      mm10: 'M/M/10/10 loss system, A = 8 Erlangs',
      md1: 'M/D/1, ρ = 0.8',
      mg1: 'M/G/1, lognormal service (cv 0.8), ρ = 0.75',
      erlangA: 'M/M/5+M, ρ = 1.1, mean patience 2 min',
      jackson: 'Jackson network: 3 stations with feedback',
      tandem: 'Tandem line: gamma, then Erlang-3 service',
      schedule: 'Server schedule with a closed period, backlog of 1,000',
      visitorDay: 'Visitor model: one procedure, M/M/5, ρ = 0.8 over 24 h (first 2 h warm-up)',
      deskBinomial: 'Workplace model: 40 staff, each in with p = 0.8, 34 desks, 245 days',
      boothErlangB: 'Workplace model: booth calls of 5,000 staff, 10 booths, A = 8 Erlangs',
    },
    theory: {
      mm1: 'M/M/1 closed forms',
      mm8: 'Erlang C',
      mm10: 'Erlang B',
      md1: 'Pollaczek–Khinchine, cv = 0',
      mg1: 'Pollaczek–Khinchine',
      erlangA: 'Erlang A (exact birth–death chain)',
      jackson: 'traffic equations and M/M/c per station',
      tandem: 'Little’s law',
      schedule: 'counted by hand',
      visitorDay: 'Erlang C',
      deskBinomial: 'binomial tail',
      boothErlangB: 'Erlang B (the exact Engset value differs by less than 0.001)',
    },
    figures: {
      wait: 'mean wait (min)',
      waitServed: 'mean wait of those served (min)',
      queue: 'mean number waiting',
      sojourn: 'mean time in system (min)',
      inSystem: 'mean number in system',
      utilization: 'server utilisation',
      pWait: 'P(an arrival waits)',
      pBlocked: 'P(blocked)',
      pAbandon: 'P(abandon)',
      busyServers: 'mean busy servers',
      serviceLevel: 'service level (within 0.125 min)',
      littleLaw: 'L_q against λ·W_q',
      served: 'services by 300 min',
      overtime: 'overtime (server-min)',
      pShortageDay: 'P(shortage day)',
    },
    station: (id: string, figure: string) => `station ${id}: ${figure}`,
    identity: '— (identity)',
    criteria: {
      ciRelative: (p: { reps: number; level: string; max: string }) =>
        `exact value inside the ${p.level} % CI over ${p.reps} replications; half-width within ${p.max} % of the mean`,
      ciAbsolute: (p: { reps: number; level: string; max: string }) =>
        `exact value inside the ${p.level} % CI over ${p.reps} replications; half-width at most ${p.max}`,
      ciOnly: (p: { reps: number; level: string }) =>
        `exact value inside the ${p.level} % CI over ${p.reps} replications`,
      little: (reps: number) => `mean of λ·W_q inside the 99 % CI of L_q over ${reps} replications, at each station`,
      exact: (reps: number) => `exactly this value in each of ${reps} replications`,
      between: (p: { reps: number; from: string; to: string }) =>
        `above ${p.from} and below ${p.to} in each of ${p.reps} replications`,
    },
  },
  limits: {
    title: 'Limits of the model',
    intro: 'What the model leaves out or simplifies, and should be kept in mind when reading the results:',
    groups: {
      general: 'In general',
      visitors: 'Visitors and counters',
      staffing: 'Staffing optimiser',
      workplace: 'Workplace',
      plan: 'Floor plan and area',
    },
    general: [
      'Many inputs are assumptions ([A] in the assumptions register) awaiting calibration, for example with the ' +
        'ticketing system’s logs; the results are only as good as these inputs.',
      'The visitor and workplace parts are separate models: the counter staff of the visitor part are not the ' +
        'persons of the workplace part.',
    ],
    visitors: [
      'Each day is simulated on its own. Visitors who give up, balk or are turned away and are expected to come ' +
        'back another day are counted, but not added to a later day; no backlog carries over between days.',
      'The number of visits on a day is Poisson around the expected count, with the day-of-week and month ' +
        'factors; there is no further day-to-day variation (weather, local events).',
      'Walking takes fixed minutes per pair of places: no crowding and no individual walking speed; a route ' +
        'ends at a zone’s reference point, not at a particular seat or counter.',
      'Staff at the counter are the rostered staff minus those on lunch; other time away from the counter ' +
        '(phone calls, short breaks, training) is not modelled.',
      'The pooled and superman one-stop desks differ only by their service-time factor and by whose staff work ' +
        'the desk; skills are not matched visitor by visitor.',
    ],
    staffing: [
      'The optimiser sizes only the counter staff of each department and of the one-stop desk; multi-skilled, ' +
        'back-office, concierge and kiosk staff stay as the scenario gives them.',
      'During the search staff are not capped at the physical counter positions; the counters a plan needs are ' +
        'reported next to those the scenario has.',
      'A plan is tuned and verified on the same simulated days; on other days an interval may fall slightly ' +
        'short of the target.',
    ],
    workplace: [
      'Meeting rooms and booths are not booked in advance: a space is taken when the activity is due, and ' +
        'nobody waits for one.',
      'Telework and absence are drawn independently from day to day (no fixed telework days or team days); ' +
        'weekdays only, no holidays, no seasonal change.',
      'Meetings track the person who books them; the other attendees are not taken away from their desks.',
      'Desk demand counts the whole stay, lunch and counter shifts included.',
      'Desks are sized for each zone on its own; the overflow rules are evaluated, not optimised.',
      'Booth and room curves use the requests recorded with today’s numbers of units; where meetings are ' +
        'dropped or bookings not used, another number of units would shift later requests a little.',
    ],
    plan: [
      'The sample 北区 floor plans are illustrations for studies, not surveys of the real building.',
      'The MLIT standard is used with its coefficients as commonly quoted, not verified against the original ' +
        '([U]); neither office-area standard counts citizen-facing space.',
      'The area check holds the scenario’s counter positions against the plan, not a simulated need for them; ' +
        'the m² per seat, desk and booth are mostly assumptions.',
      'Walls have no thickness and people may graze corners when walking times are measured on the plan.',
    ],
  },
  stress: {
    title: 'Reporting checklist (STRESS-DES)',
    intro:
      'The items of the STRESS guidelines for reporting discrete-event simulation studies (STRESS-DES, reference ' +
      'below), in our own words, each with where this report answers it.',
    caption: 'STRESS-DES checklist',
    header: ['no.', 'section', 'item', 'what the item asks for', 'this study'],
    sections: {
      objectives: '1 Objectives',
      logic: '2 Logic',
      data: '3 Data',
      experimentation: '4 Experimentation',
      implementation: '5 Implementation',
      code: '6 Code access',
    },
    items: {
      purpose: { label: 'Purpose of the model', asks: 'The question the model was built to answer.' },
      outputs: { label: 'Model outputs', asks: 'The figures the model reports and how they are defined.' },
      aims: { label: 'Experimentation aims', asks: 'What the runs compare or search for.' },
      overview: { label: 'Base model overview', asks: 'A picture or short account of the whole model.' },
      logic: { label: 'Base model logic', asks: 'How entities move through the model.' },
      scenarios: { label: 'Scenario logic', asks: 'How each option changes the base model.' },
      algorithms: { label: 'Algorithms', asks: 'Methods used inside the model beyond plain event handling.' },
      entities: { label: 'Components: entities', asks: 'What flows through the model.' },
      activities: { label: 'Components: activities', asks: 'What takes time.' },
      resources: { label: 'Components: resources', asks: 'What activities need and can run out.' },
      queues: { label: 'Components: queues', asks: 'Where entities wait, and in which order they are taken.' },
      entryExit: { label: 'Components: entry and exit points', asks: 'How entities come in and leave.' },
      sources: { label: 'Data sources', asks: 'Where the input numbers come from.' },
      preprocessing: { label: 'Pre-processing', asks: 'How raw data were turned into inputs.' },
      inputs: { label: 'Input parameters', asks: 'The inputs and their values.' },
      assumptions: { label: 'Assumptions', asks: 'What was assumed where data were missing, and simplifications.' },
      initialisation: { label: 'Initialisation', asks: 'The state a run starts in, and any warm-up.' },
      runLength: { label: 'Run length', asks: 'How long a run is and how many are made.' },
      estimation: { label: 'Estimation approach', asks: 'How results are estimated and their uncertainty stated.' },
      software: { label: 'Software or programming language', asks: 'What the model is built with.' },
      sampling: { label: 'Random sampling', asks: 'How random numbers are generated and assigned.' },
      execution: { label: 'Model execution', asks: 'How the simulation advances and runs in parallel.' },
      system: { label: 'System specification', asks: 'The computing environment.' },
      sharing: { label: 'Computer model sharing statement', asks: 'Whether and how the model can be obtained.' },
    },
    fill: {
      purposeParts: {
        visitors: 'how long visitors wait at the counters and how many counter staff are needed',
        workplace: 'how many desks, booths and meeting rooms the staff need',
        area: 'whether the floor plan gives the space the office needs',
      },
      purpose: (p: { parts: readonly string[]; options: string }) =>
        `For ${p.options}: to estimate ${p.parts.join('; ')}.`,
      description: (name: string, text: string) => `${name}: ${text}`,
      outputs: (kpis: string) =>
        `Headline KPIs: ${kpis}; each as a mean with its 95 % CI, and the detailed tables of the sections above.`,
      aimsCompare: (p: { base: string; variants: string }) =>
        `Compare the base option ${p.base} with ${p.variants} on the same simulated days: paired differences ` +
        'of every headline KPI with 95 % CIs, and whether each option meets its service target.',
      aimsSingle: (name: string) => `Describe one option, ${name}, as planned; no alternatives are compared.`,
      aimsStaffing: (p: { target: string; within: number; interval: number }) =>
        `Find the fewest counter staff per ${p.interval}-min interval with ${p.target} of contacts served within ` +
        `${p.within} min in every interval.`,
      aimsSizing: (p: { alpha: string; beta: string; sweep: boolean }) =>
        `Size desks (shortage on at most ${p.alpha} of days) and booths and rooms (blocking at most ${p.beta})` +
        `${p.sweep ? ', and show how the desks needed change with the telework share' : ''}.`,
      overview: 'Described in words under “Conceptual model” above; no flow diagram is drawn.',
      overviewPlan: 'The floor plan and the visitor routes are drawn in the charts.',
      logicVisitors:
        'Visitor: arrival → online, booking or walk-in → concierge (some) → ticket at the kiosk → each counter ' +
        'contact in turn (walk, wait, service) → exit; or giving up, balking, or leaving on call-back and coming back.',
      logicWorkplace:
        'Staff member, each weekday: absent, teleworking, in the field or in the office → a desk (own zone, ' +
        'overflow, or short) → activities at the desk or in booths and rooms → home.',
      scenarioVariant: (p: { name: string; n: number; paths: string; plan: string | null }) =>
        (p.n === 0
          ? `${p.name}: no input in the assumptions register differs from the base`
          : `${p.name}: ${p.n} input${p.n === 1 ? ' differs' : 's differ'} from the base (${p.paths})`) +
        (p.plan === null ? '.' : `; floor plan ${p.plan}.`),
      scenarioSingle: 'One option only: the scenario as given.',
      scenarioStaffing: 'Staffing plans replace the counter staff of each department by the optimised roster.',
      more: (n: number) => `and ${n} more`,
      algorithmsCommon: 'Confidence intervals by Student t.',
      algorithmsVisitors:
        'Non-homogeneous Poisson arrivals by inverting the integrated rate; lunch breaks staggered over the window.',
      algorithmsStaffing:
        'Staffing: Erlang C per interval, then simulation-based repair and trim on common random numbers.',
      algorithmsWorkplace:
        'Desk sizing from the distribution of daily peaks; space sizing with nested loss systems of every size fed ' +
        'by the same requests.',
      algorithmsPlan: 'Walking times by shortest paths (Dijkstra) on a visibility graph of the plan.',
      entitiesVisitors: (expected: string) =>
        `Visitors (companions take seats, not counters): ${expected} expected would-be visits on the day.`,
      entitiesWorkplace: (staff: number) => `Staff members: ${staff}.`,
      activitiesVisitors: 'Concierge questions, ticketing, counter contacts, walking, coming back after a call-back.',
      activitiesWorkplace: 'Office days, web meetings, phone calls, focus work, small and large meetings.',
      resourcesVisitors: (p: { departments: number; positions: number }) =>
        `Counter staff of ${p.departments} departments at ${p.positions} counter positions; concierge, kiosks, ` +
        'one-stop desk, back-office and multi-skilled staff as the scenario gives.',
      resourcesWorkplace: (p: { desks: number; zones: number; units: number }) =>
        `${p.desks} desks in ${p.zones} zones, touchdown desks, and ${p.units} booths, focus seats and rooms.`,
      queuesVisitors:
        'One line per counter or one-stop desk, in order of arrival at the line (with 窓口連携: of the first ' +
        'ticket); booked visitors first or by appointment time; free staff take the longest-waiting visitor.',
      queuesWorkplace: 'Staff short of a desk wait for one, longest waiting first; booths and rooms have no queue.',
      entryVisitors: 'Visitors enter from opening until closing and leave once served, on giving up or on balking.',
      entryWorkplace: 'Staff arrive and leave at drawn times; each day starts and ends with everyone at home.',
      sources: (p: { entries: number; sources: number }) =>
        `The assumptions register lists ${p.entries} inputs with the source the scenario cites for each ` +
        `(${p.sources} distinct sources); wardsim’s own defaults are sourced in docs/sources.md.`,
      preprocessing:
        'No raw records are read: inputs are figures already aggregated (visits per day, hourly shares, ' +
        'service-time distributions, headcounts), checked on loading (for example that shares sum to 1).',
      preprocessingPlan: 'Walking times, desks and spaces are derived from the linked floor plan.',
      inputsVisitors: (p: { procedures: number; departments: number }) =>
        `${p.procedures} procedures and ${p.departments} counter departments`,
      inputsWorkplace: (p: { staff: number; zones: number; spaces: number }) =>
        `${p.staff} staff in ${p.zones} zones, ${p.spaces} kinds of space`,
      inputsPlan: (zones: number) => `a floor plan of ${zones} zones`,
      inputs: (list: string) => `${list}; every value with its source in the assumptions register.`,
      assumptions: (p: { entries: number; assumed: number; unverified: number; unsourced: number }) =>
        `${p.entries} register entries for the base option: ${p.assumed} marked as assumptions [A], ` +
        `${p.unverified} as unverified [U], ${p.unsourced} without a source. Simplifications: “Limits of the model”.`,
      initialisation:
        'Terminating simulation, no warm-up: each simulated day starts empty at opening, and every workplace day ' +
        'starts with everyone at home; nothing is discarded.',
      runVisitors: (p: { open: string; close: string }) =>
        `Visitors: one day from ${p.open}; tickets until ${p.close}, and the day ends when the last ticket ` +
        'holder has been served.',
      runWorkplace: (days: number) => `Workplace: ${days} weekdays per replication.`,
      runReplications: (p: { reps: number; rule: string; seed: string }) =>
        `${p.reps} replications (${p.rule}), seed ${p.seed}.`,
      runStaffing: (p: { days: number; evaluations: number }) =>
        `Staffing plan: ${p.days} simulated days per evaluation, ${p.evaluations} evaluations.`,
      runSizing: (p: { reps: number; days: number }) =>
        `Workplace sizing: ${p.reps} replications × ${p.days} weekdays.`,
      fixedRule: 'fixed number',
      precisionRule: (p: { rel: string; min: number; max: number }) =>
        `added until every watched KPI’s half-width was within ±${p.rel} of its mean, ${p.min}–${p.max} replications`,
      estimation:
        'Mean over replications with a Student-t 95 % confidence interval; percentiles are those of each day, ' +
        'averaged over the days.',
      estimationCompare:
        'Differences between options are paired replication by replication on common random numbers (the Welch ' +
        'interval is shown beside them); a difference counts only when the paired interval excludes zero.',
      software: (p: { engine: string; format: number }) =>
        `wardsim, written in TypeScript and run on Node.js; engine ${p.engine}, result format ${p.format}.`,
      sampling: (seed: string) =>
        'One pseudo-random stream per source of randomness (arrivals, procedures, service times, patience, ' +
        `attendance …), xor4096 seeded from (seed ${seed}, replication, stream name); options draw from the same ` +
        'streams (common random numbers).',
      execution: (workers: number) =>
        'Discrete-event simulation on an event calendar ordered by time, priority and order of scheduling; ' +
        (workers === 0 ? 'replications ran in the main thread' : `replications ran on ${workers} worker threads`) +
        ' and are merged in replication order, so the numbers are the same for any number of workers.',
      system: (p: { seconds: string; node: string }) =>
        `The results took ${p.seconds} s; this report was written with Node.js ${p.node}. The numbers do not ` +
        'depend on the machine, which is not recorded.',
      sharing: (p: { hash: string; command: string }) =>
        `wardsim is open source (MIT licence). This report is reproduced by ${p.command} (input hash ${p.hash}); ` +
        'both are in the reproducibility stamp.',
    },
    reference: 'Reference:',
    seeAlso: 'See also:',
    assumptionsLink: 'assumptions register',
    stampLink: 'reproducibility stamp',
  },
};

export type MethodMessages = typeof methodEn;
