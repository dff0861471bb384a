/**
 * `npm run bench`: runs each benchmark in a fresh Node process (so peak RSS belongs to one
 * benchmark), writes benchmarks/results/*.json stamped with the commit, and prints a summary.
 * `npm run bench -- --update-docs` also rewrites the table in docs/benchmarks.md.
 * Benchmarks print numbers; tests never assert on time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStamp } from './benchReport.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Entry {
  name: string;
  script: string;
  args?: string[];
  /** Lines of the summary table: [figure, value, target]. */
  rows(r: Record<string, number | boolean | string>): [string, string, string][];
}

const fmt = (n: unknown, digits = 0) => (typeof n === 'number' ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : String(n));

const entries: Entry[] = [
  {
    name: 'MMC-REF (M/M/8, 1,000,000 customers)',
    script: 'mmcRef.js',
    rows: (r) => [
      ['events/s (median of 5)', fmt(r.eventsPerSecondMedian), '≥ 10,000,000'],
      ['wall time per replication', `${fmt(r.wallMsMedian, 1)} ms`, ''],
      ['peak RSS', `${fmt(r.peakRssMB, 1)} MB`, '≤ 120 MB'],
      ['mean wait (sim, mean of 5) vs Erlang C', `${r.meanWaitMin} vs ${r.erlangCWaitMin} min`, ''],
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
    name: 'Visitor day (北区 scenario)',
    script: 'visitorDay.js',
    rows: (r) => [
      ['peak day (~1,400 visits, silo): ms per replication, one core', fmt(r.peakMsPerDayMedian, 2), '≤ 5'],
      ['normal day: ms per replication', fmt(r.normalMsPerDayMedian, 2), ''],
      ['1,000 peak-day replications on 2 workers (incl. aggregation), ms', fmt(r.thousandReplicationsTotalMs), '≤ 4,000'],
      ['staffing optimiser, peak day, 15-min intervals, ms', fmt(r.staffingPeak15MinMs), '≤ 30,000'],
    ],
  },
  {
    name: 'Workplace year (300 staff)',
    script: 'workplaceYear.js',
    rows: (r) => [
      ['one replication (245 weekdays), one core, ms', fmt((r.replication as unknown as { medianMs: number }).medianMs, 1), '≤ 200'],
      ['desk-and-booth sizing, 100 replications, 2 workers, ms', fmt((r.sizing100Replications2Workers as unknown as { wallMs: number }).wallMs), '≤ 20,000'],
    ],
  },
  {
    name: 'Floor-plan walking network (2 levels, ~200 zones)',
    script: 'floorplanNetwork.js',
    rows: (r) => [
      ['build the network, ms', fmt((r.buildNetwork as unknown as { medianMs: number }).medianMs, 1), '≤ 200'],
      ['all zone-to-zone distances, ms', fmt((r.zoneDistanceMatrix as unknown as { medianMs: number }).medianMs, 1), '≤ 1,000'],
    ],
  },
];

function run(entry: Entry): Record<string, number | boolean | string> {
  const out = execFileSync(process.execPath, [join(here, entry.script), ...(entry.args ?? [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, number | boolean | string>;
}

const stamp = benchStamp();
const lines = [`Commit ${stamp.commit}${stamp.dirty ? ' (with uncommitted changes)' : ''}, ${stamp.date.slice(0, 10)}, Node ${stamp.node}, ${stamp.cpu}, ${stamp.cores} cores, ${stamp.memGiB} GiB.`, '', '| benchmark | figure | value | target |', '|---|---|---|---|'];
for (const entry of entries) {
  process.stderr.write(`running ${entry.name} …\n`);
  const result = run(entry);
  for (const [figure, value, target] of entry.rows(result)) lines.push(`| ${entry.name} | ${figure} | ${value} | ${target} |`);
}
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
