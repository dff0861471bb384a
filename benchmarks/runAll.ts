/**
 * `npm run bench`: runs each benchmark in a fresh Node process (so peak RSS belongs to one
 * benchmark), writes benchmarks/results/*.json stamped with the commit, and prints a summary.
 * `npm run bench -- --update-docs` also rewrites the table in docs/benchmarks.md.
 * Benchmarks print numbers; tests never assert on time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStamp } from './benchReport.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Entry {
  name: string;
  script: string;
  args?: string[];
  /** Why this benchmark cannot run on this machine (it is then listed as skipped), or null. */
  missing?: () => string | null;
  /** Lines of the summary table: [figure, value, target]. */
  rows(r: Record<string, number | boolean | string>): [string, string, string][];
}

const fmt = (n: unknown, digits = 0) =>
  typeof n === 'number' ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : String(n);

type Figures = Record<string, number | boolean | string>;
/** A nested block of a benchmark's JSON. */
const block = (r: Figures, key: string) => r[key] as unknown as Figures;
const redisMissing = () =>
  spawnSync('redis-server', ['--version']).status === 0 ? null : 'needs redis-server (apt-get install redis-server)';

const entries: Entry[] = [
  {
    name: 'MMC-REF (M/M/8, 1,000,000 customers)',
    script: 'mmcRef.js',
    rows: (r) => [
      ['events/s (median of 5)', fmt(r.eventsPerSecondMedian), '≥ 10,000,000'],
      ['per replication: wall / CPU time', `${fmt(r.wallMsMedian, 1)} / ${fmt(r.cpuMsMedian, 1)} ms`, ''],
      [
        'hand-tuned reference loop (benchmarks/mmcHandLoop.ts), same run, CPU: fastest / median of 8 compiled copies',
        `${fmt(r.handLoopMsMedian, 1)} / ${fmt(r.handLoopTypicalMs, 1)} ms`,
        '',
      ],
      [
        'engine speed ÷ hand loop, CPU time (against its median copy)',
        `${fmt(r.ratioToHandLoop, 3)} (${fmt(r.ratioToTypicalCopy, 3)})`,
        '≥ 0.65',
      ],
      [
        'for reference: engine back to back without a forced collection, CPU ms; ÷ hand loop',
        `${fmt(r.steadyCpuMsMedian, 1)}; ${fmt(r.ratioSteady, 3)}`,
        '',
      ],
      ['every reported figure equals the hand loop (to the bit)', String(r.handLoopSameFigures), 'true'],
      ['garbage collections during the 5 timed replications', fmt(r.gcDuringReplications), '0'],
      ['peak RSS', `${fmt(r.peakRssMB, 1)} MB`, '≤ 120 MB'],
      ['mean wait (sim, mean of 5) vs Erlang C', `${r.meanWaitMin} vs ${r.erlangCWaitMin} min`, ''],
    ],
  },
  {
    name: 'MMC-REF cold (one replication, fresh process)',
    script: 'mmcRefCold.js',
    rows: (r) => [
      [
        'hand loop / engine alone / CLI (default: this thread) / CLI --workers 1, ms',
        `${fmt(r.handLoopColdMs)} / ${fmt(r.engineColdMs)} / ${fmt(r.cliColdMs)} / ${fmt(r.cliColdOneThreadMs)}`,
        '',
      ],
      ['hand loop ÷ CLI (default; --workers 1)', `${fmt(r.ratioCli, 3)}; ${fmt(r.ratioCliOneThread, 3)}`, '≥ 0.5'],
      ['hand loop ÷ engine alone', fmt(r.ratioEngineOnly, 3), ''],
    ],
  },
  {
    name: 'MMC-REF with 10,000,000 customers',
    script: 'mmcRef.js',
    args: ['10000000'],
    rows: (r) => [
      ['events/s', fmt(r.eventsPerSecondMedian), ''],
      ['peak RSS', `${fmt(r.peakRssMB, 1)} MB`, 'same as 1,000,000'],
    ],
  },
  {
    name: 'Start-up (fresh process)',
    script: 'startup.js',
    rows: (r) => [
      ['node -e 0 (the floor), ms', fmt(r.nodeMs), ''],
      ['wardsim --help, ms', fmt(r.helpMs), '≤ 200'],
      [
        'launch → first replication handed out, 1-replication peak-day run, default (this thread) / --workers 1, ms',
        `${fmt(r.firstReplicationDefaultMs)} / ${fmt(r.firstReplicationOneThreadMs)}`,
        '≤ 300',
      ],
      [
        'launch → exit of the same run, default (this thread) / --workers 1, ms',
        `${fmt(r.runDefaultMs)} / ${fmt(r.runOneThreadMs)}`,
        '',
      ],
    ],
  },
  {
    name: '8 × MMC-REF, 1 worker vs 2',
    script: 'parallelEfficiency.js',
    rows: (r) => [
      ['ms per replication (1 worker)', fmt(r.msPerReplicationOneWorker, 1), ''],
      ['parallel efficiency, warm threads (shared pool)', fmt(r.parallelEfficiency, 3), '≥ 0.85'],
      ['parallel efficiency, cold start (threads started in the run)', fmt(r.parallelEfficiencyColdStart, 3), ''],
      ['identical results, 1 and 2 workers, warm and cold', String(r.identicalResults), 'true'],
    ],
  },
  {
    name: '`size` for 3,000 staff (北区 office × 10), 1 worker vs 2',
    script: 'sizeParallel.js',
    args: ['10'],
    rows: (r) => [
      ['1 worker / 2 workers, 10 replications, ms', `${fmt(r.oneWorkerMs)} / ${fmt(r.twoWorkersMs)}`, ''],
      ['parallel efficiency T1 / (2 · T2)', fmt(r.parallelEfficiency, 3), '≥ 0.85'],
      ['main thread busy, share of the 2-worker wall time', fmt(r.mainThreadBusyTwoWorkers, 3), ''],
      ['identical sizing, 1 and 2 workers', String(r.identicalResults), 'true'],
    ],
  },
  {
    name: 'Memory by replications (北区 peak day, 2 workers)',
    script: 'memoryByReplications.js',
    rows: (r) => {
      const probes = r.probes as unknown as { replications: number; keptMiB: number; peakRssMiB: number }[];
      const list = (f: (p: (typeof probes)[number]) => number, digits: number) =>
        probes.map((p) => fmt(f(p), digits)).join(' / ');
      return [
        [
          `heap kept after the run, ${probes.map((p) => fmt(p.replications)).join(' / ')} replications, MiB`,
          list((p) => p.keptMiB, 2),
          'flat',
        ],
        [
          'kept heap per replication vs the KPI vectors (8 B per KPI), bytes',
          `${fmt(r.keptBytesPerReplication)} vs ${fmt(r.kpiVectorBytesPerReplication)}`,
          '',
        ],
        ['peak RSS (worker threads included), MiB', list((p) => p.peakRssMiB, 0), ''],
      ];
    },
  },
  {
    name: 'Visitor day (北区 scenario)',
    script: 'visitorDay.js',
    rows: (r) => [
      ['peak day (~1,400 visits, silo): ms per replication, one core', fmt(r.peakMsPerDayMedian, 2), '≤ 5'],
      ['normal day: ms per replication', fmt(r.normalMsPerDayMedian, 2), ''],
      [
        '1,000 peak-day replications on 2 workers (incl. aggregation), ms',
        fmt(r.thousandReplicationsTotalMs),
        '≤ 4,000',
      ],
      ['staffing optimiser, peak day, 15-min intervals, ms', fmt(r.staffingPeak15MinMs), '≤ 30,000'],
    ],
  },
  {
    name: 'PEAK-DAY (one department, 460 visitors, 14 counters)',
    script: 'peakDay.js',
    rows: (r) => {
      const parts = r.parts as unknown as { drawDayMs: number; eventsMs: number; reportMs: number };
      return [
        ['ms per replication, one core', fmt(r.msPerDayMedian, 3), '≤ 0.25'],
        [
          '… of which draw the day / events / report',
          `${fmt(parts.drawDayMs, 3)} / ${fmt(parts.eventsMs, 3)} / ${fmt(parts.reportMs, 3)}`,
          '',
        ],
        [
          'SimPy 3, same model, ms per day',
          r.simpyMsPerDay === null ? 'SimPy not installed' : fmt(r.simpyMsPerDay, 2),
          '',
        ],
        ['× faster than SimPy', r.timesFasterThanSimpy === null ? '–' : fmt(r.timesFasterThanSimpy, 1), '≥ 20'],
      ];
    },
  },
  {
    name: 'Workplace year (300 staff)',
    script: 'workplaceYear.js',
    rows: (r) => [
      [
        'one replication (245 weekdays), one core, ms',
        fmt((r.replication as unknown as { medianMs: number }).medianMs, 1),
        '≤ 10 (issue); ≤ 200 (CI)',
      ],
      [
        "reference: its draws alone (one replication's counts × ns per draw timed in this run), ms",
        fmt((r.drawFloor as unknown as { floorMs: number }).floorMs, 1),
        '',
      ],
      [
        'desk-and-booth sizing, 100 replications, 2 workers, ms',
        fmt((r.sizing100Replications2Workers as unknown as { wallMs: number }).wallMs),
        '≤ 20,000',
      ],
    ],
  },
  {
    name: 'Library run (wardsim run sapporo-kita-normal)',
    script: 'libraryRun.js',
    rows: (r) => [
      [
        `${fmt(r.replications)} replications (visitor day + workplace year each), ${fmt(r.workers)} workers: whole process / the run's own wallMs, ms`,
        `${fmt(r.processMsMedian)} / ${fmt(r.studyWallMsMedian)}`,
        '≤ 5,000',
      ],
    ],
  },
  {
    name: 'Browser UI (北区 peak day, 100 replications)',
    script: 'uiRun.js',
    args: ['3'],
    rows: (r) => [
      ['first load: JS + CSS bytes', fmt(r.firstLoadBytes), '≤ 1,000,000'],
      ['submit → charts shown in Chromium, ms (median)', fmt(r.uiMsMedian), '≤ 10,000'],
      ['reference: the same run through the API alone, ms (median)', fmt(r.apiMsMedian), ''],
      ['UI ÷ API alone', String(r.ratioUiToApiMedian), ''],
    ],
  },
  {
    name: 'Compare three 北区 options (issue 8)',
    script: 'compareOptions.js',
    args: ['200'],
    rows: (r) => [
      [
        '200 replications each, both parts: one by one / compare, ms',
        `${fmt(r.oneByOneMsMedian)} / ${fmt(r.compareMsMedian)}`,
        '',
      ],
      ['compare ÷ one by one', fmt(r.compareToOneByOne, 3), '≤ 1.5'],
      [
        'mean-wait difference: paired / unpaired 95% half-width, min',
        `${fmt(r.pairedHalfWidthWaitMin, 3)} / ${fmt(r.unpairedHalfWidthWaitMin, 3)}`,
        'paired < unpaired',
      ],
    ],
  },
  {
    name: 'Report: 北区 three options (issue 9)',
    script: 'report.js',
    args: ['200'],
    rows: (r) => [
      ['200 replications: study + render, ms', `${fmt(r.studyMs)} + ${fmt(r.renderMs)}`, '≤ 60,000 in all'],
      ['HTML size, MB', fmt(r.htmlMB, 2), '≤ 2'],
      ['PDF (Chromium), ms', fmt(r.pdfMs), ''],
    ],
  },
  {
    name: 'HTTP API under load (issue 10)',
    script: 'api.js',
    rows: (r) => [
      [
        'GET a stored result (≈350 KB) at a steady 500 requests/s: p50 / p99, ms',
        `${fmt(r.storedP50Ms, 1)} / ${fmt(r.storedP99Ms, 1)}`,
        'p99 ≤ 10',
      ],
      [
        '… asking for gzip as browsers do (≈77 KB sent): p50 / p99, ms',
        `${fmt(r.storedGzipP50Ms, 1)} / ${fmt(r.storedGzipP99Ms, 1)}`,
        '',
      ],
      [
        '… autocannon overallRate 500 on 1 connection: requests/s, p50 / p99, ms',
        `${fmt(r.autocannonOneConnectionRequestsPerSecond)}, ${fmt(r.autocannonOneConnectionP50Ms)} / ${fmt(r.autocannonOneConnectionP99Ms)}`,
        'p99 ≤ 10',
      ],
      [
        '… autocannon overallRate 500 (each second sent in one burst, 10 connections): p50 / p99, ms',
        `${fmt(r.autocannonBurstP50Ms)} / ${fmt(r.autocannonBurstP99Ms)}`,
        '',
      ],
      [
        'GET /health while both cores run a large job: p50 / p99, ms',
        `${fmt(r.healthUnderLoadP50Ms)} / ${fmt(r.healthUnderLoadP99Ms)}`,
        'p99 ≤ 50',
      ],
      ['GET a stored comparison (≈1 MB, gzip) at a steady 500 requests/s: p99, ms', fmt(r.comparisonGzipP99Ms, 1), ''],
    ],
  },
  {
    name: 'Replications on Redis workers (issue 16)',
    script: 'distributed.js',
    args: ['5'],
    missing: redisMissing,
    rows: (r) => [
      [
        'ward-day: per-core efficiency (2 Redis workers vs 2 threads) / CPU efficiency',
        `${fmt(block(r, 'wardDay').perCoreEfficiency, 3)} / ${fmt(block(r, 'wardDay').cpuEfficiency, 3)}`,
        '≥ 0.85',
      ],
      [
        'ward study: per-core efficiency / CPU efficiency',
        `${fmt(block(r, 'wardStudy').perCoreEfficiency, 3)} / ${fmt(block(r, 'wardStudy').cpuEfficiency, 3)}`,
        '≥ 0.85',
      ],
    ],
  },
  {
    name: 'Floor-plan walking network (2 levels, ~200 zones)',
    script: 'floorplanNetwork.js',
    rows: (r) => {
      const large = r.large as unknown as {
        zones: number;
        buildStaffMs: number;
        buildVisitorMs: number;
        matrixStaffMs: number;
        matrixVisitorMs: number;
        allDistancesMs: number;
      };
      return [
        ['build the network, ms', fmt((r.buildNetwork as unknown as { medianMs: number }).medianMs, 1), '≤ 200'],
        [
          'all zone-to-zone distances, ms',
          fmt((r.zoneDistanceMatrix as unknown as { medianMs: number }).medianMs, 1),
          '≤ 1,000',
        ],
        [
          `10× (${fmt(large.zones)} zones, 20 levels): build staff + visitor networks, ms`,
          `${fmt(large.buildStaffMs, 1)} + ${fmt(large.buildVisitorMs, 1)}`,
          '',
        ],
        [
          '10×: zone distance matrices staff + visitor, ms',
          `${fmt(large.matrixStaffMs, 1)} + ${fmt(large.matrixVisitorMs, 1)}`,
          '',
        ],
        ['10×: all zone-to-zone distances (both networks, built and searched), ms', fmt(large.allDistancesMs), '≤ 500'],
      ];
    },
  },
];

/** Runs one benchmark in a fresh process; its figures, and the 1-minute load average before and after. */
function run(entry: Entry): { result: Record<string, number | boolean | string>; load: string } {
  const before = loadavg()[0];
  const result = runChild(entry);
  return { result, load: `${before.toFixed(1)}–${loadavg()[0].toFixed(1)}` };
}

function runChild(entry: Entry): Record<string, number | boolean | string> {
  const out = execFileSync(process.execPath, [join(here, entry.script), ...(entry.args ?? [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, number | boolean | string>;
}

const stamp = benchStamp();
const loadBefore = loadavg()[0];
const rows: string[] = [];
for (const entry of entries) {
  process.stderr.write(`running ${entry.name} …\n`);
  const why = entry.missing?.() ?? null;
  if (why !== null) {
    rows.push(`| ${entry.name} | skipped: ${why} | – | | |`);
    continue;
  }
  const { result, load } = run(entry);
  for (const [figure, value, target] of entry.rows(result))
    rows.push(`| ${entry.name} | ${figure} | ${value} | ${target} | ${load} |`);
}
// The load average says whether other work shared the machine (on 2 cores, above ~0.5 before
// the run or ~1.5 after it, wall times are inflated; ratios measured in one process much less).
// The `load` column gives it before and after each benchmark.
const load = `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after the run`;
const lines = [
  `Commit ${stamp.commit}${stamp.dirty ? ' + uncommitted changes' : ''}, ${stamp.date.slice(0, 10)}, Node ${stamp.node}, ${stamp.cpu}, ${stamp.cores} cores, ${stamp.memGiB} GiB; ${load}.`,
  '',
  '| benchmark | figure | value | target | load |',
  '|---|---|---|---|---|',
  ...rows,
];
const table = lines.join('\n');
console.log(`\n${table}\n`);

if (process.argv.includes('--update-docs')) {
  const file = join(process.cwd(), 'docs', 'benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const updated = text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`);
  writeFileSync(file, updated);
  console.log('updated docs/benchmarks.md');
}
