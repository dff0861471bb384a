import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../../../engine/inputError.js';
import { validateNetworkModel } from '../../../engine/models/network/validateNetworkModel.js';

function issuesOf(model: unknown): InputIssue[] {
  try {
    validateNetworkModel(model);
  } catch (err) {
    // Each issue carries its code; the tests below check paths and messages (codes: tests/errors).
    if (err instanceof InputError) return err.issues.map(({ path, message }) => ({ path, message }));
    throw err;
  }
  return [];
}

/** Path and code of every issue. */
function codesOf(model: unknown): [string, string][] {
  try {
    validateNetworkModel(model);
  } catch (err) {
    if (err instanceof InputError) return err.issues.map((i) => [i.path, i.code]);
    throw err;
  }
  return [];
}

const ok = () => ({
  horizonMin: 100,
  sources: [{ id: 'a', to: 's', interarrivalMin: { dist: 'exponential', mean: 1 } }],
  stations: [{ id: 's', servers: 2, serviceMin: { dist: 'exponential', mean: 1 } }],
});

describe('model validation', () => {
  it('accepts a correct model', () => {
    expect(issuesOf(ok())).toEqual([]);
  });

  it('lists every problem of the malformed fixture, one per line, each with its path', () => {
    const issues = issuesOf(JSON.parse(readFileSync('tests/fixtures/models/malformed.json', 'utf8')));
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('stations[0].serviceMin.mean'); // negative mean
    expect(paths).toContain('sources[0].to'); // names no station
    expect(paths).toContain('stations[0].next'); // routing sums above 1
    expect(paths).toContain('stations[1].servers'); // missing
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath['stations[0].serviceMin.mean']).toBe('expected > 0, got -5');
    expect(byPath['sources[0].to']).toMatch(/expected the id of a station \("counter", "cashier"\), got "countr"/);
    expect(byPath['stations[0].next']).toBe('expected routing probabilities summing to at most 1, got 1.2');
    expect(byPath['stations[1].servers']).toBe('required field is missing');
  });

  it('names an unknown distribution and a misspelt field', () => {
    const m = ok();
    (m.stations[0] as Record<string, unknown>).serviceMin = { dist: 'weibull', mean: 1 };
    (m.stations[0] as Record<string, unknown>).severs = 2;
    const issues = issuesOf(m);
    expect(issues).toContainEqual({
      path: 'stations[0].serviceMin.dist',
      message: expect.stringMatching(/expected one of .*"exponential".*got "weibull"/),
    });
    expect(issues).toContainEqual({ path: 'stations[0].severs', message: expect.stringMatching(/unknown field/) });
  });

  it('collapses a bad union value into one line that says what is accepted', () => {
    const m = ok();
    (m.stations[0] as Record<string, unknown>).servers = -3;
    expect(issuesOf(m)).toEqual([
      {
        path: 'stations[0].servers',
        message: expect.stringMatching(
          /^expected a whole number of servers \(0 to 10,000\), "unlimited", or a schedule.*got -3$/,
        ),
      },
    ]);
  });

  it('checks profiles: overlapping pieces, empty pieces, pieces past the period', () => {
    const m = ok() as Record<string, unknown>;
    m.sources = [
      {
        id: 'a',
        to: 's',
        periodMin: 1440,
        ratePerHour: [
          { fromMin: 0, toMin: 600, perHour: 10 },
          { fromMin: 500, toMin: 700, perHour: 5 },
          { fromMin: 800, toMin: 800, perHour: 5 },
          { fromMin: 900, toMin: 1500, perHour: 5 },
        ],
      },
    ];
    const paths = issuesOf(m).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sources[0].ratePerHour[1].fromMin',
        'sources[0].ratePerHour[2].toMin',
        'sources[0].ratePerHour[3].toMin',
      ]),
    );
  });

  it('refuses a closed routing loop that nobody can leave', () => {
    const m = ok() as Record<string, unknown>;
    m.stations = [
      { id: 's', servers: 1, serviceMin: { dist: 'exponential', mean: 1 }, next: [{ to: 't', p: 1 }] },
      { id: 't', servers: 1, serviceMin: { dist: 'exponential', mean: 1 }, next: [{ to: 's', p: 1 }] },
    ];
    expect(issuesOf(m).map((i) => i.path)).toEqual(['stations[0].next', 'stations[1].next']);
  });

  it('refuses a source that would bring more than 5e7 arrivals per replication (a unit slip)', () => {
    const m = ok();
    m.horizonMin = 1e7;
    m.sources[0].interarrivalMin = { dist: 'exponential', mean: 0.1 };
    expect(issuesOf(m)).toEqual([
      { path: 'sources[0].interarrivalMin', message: expect.stringMatching(/at most 5e\+7 arrivals/) },
    ]);
    expect(codesOf(m)).toEqual([['sources[0].interarrivalMin', 'WSM_LIMIT_EXCEEDED']]);
    m.sources[0].interarrivalMin = { dist: 'exponential', mean: 0.25 };
    expect(issuesOf(m)).toEqual([]);
  });

  it('refuses a horizon cut into more than 10,000 intervals and schedules that change too often', () => {
    const m: ReturnType<typeof ok> & { intervalMin?: number; stations: { periodMin?: number }[] } = ok();
    m.horizonMin = 1000;
    m.intervalMin = 1e-6;
    expect(codesOf(m)).toEqual([['intervalMin', 'WSM_LIMIT_EXCEEDED']]);
    m.intervalMin = 0.1;
    expect(issuesOf(m)).toEqual([]);
    m.horizonMin = 1e6;
    delete m.intervalMin;
    m.stations[0].servers = [
      { fromMin: 0, toMin: 1e-6, servers: 1 },
      { fromMin: 1e-6, toMin: 2e-6, servers: 2 },
    ] as never;
    m.stations[0].periodMin = 2e-6;
    expect(codesOf(m)).toEqual([['stations[0].periodMin', 'WSM_LIMIT_EXCEEDED']]);
  });

  it('requires maxArrivals on every source when the horizon is null', () => {
    const m = ok() as Record<string, unknown>;
    m.horizonMin = null;
    expect(issuesOf(m)).toEqual([
      { path: 'sources[0].maxArrivals', message: expect.stringMatching(/required when horizonMin is null/) },
    ]);
  });

  it('checks relations inside distributions', () => {
    const m = ok();
    m.stations[0].serviceMin = { dist: 'triangular', min: 5, mode: 2, max: 4 } as never;
    expect(issuesOf(m)).toContainEqual({
      path: 'stations[0].serviceMin.mode',
      message: expect.stringMatching(/min ≤ mode ≤ max/),
    });
  });

  it('never throws anything but InputError on arbitrary JSON', () => {
    for (const junk of [null, 3, 'x', [], {}, { stations: 'no' }, { sources: [null], stations: [7] }]) {
      expect(() => validateNetworkModel(junk)).toThrow(InputError);
    }
  });
});

describe('appointment lists in the model file', () => {
  it('accepts arrivalsAtMin as the arrival process and runs exactly those arrivals', async () => {
    const { runNetworkReplication } = await import('../../../engine/models/network/networkSimulation.js');
    const model = validateNetworkModel({
      horizonMin: null,
      sources: [{ id: 'booked', to: 's', arrivalsAtMin: [10, 10, 20, 35] }],
      stations: [{ id: 's', servers: 1, serviceMin: { dist: 'deterministic', value: 4 } }],
    });
    const r = runNetworkReplication(model, 1, 0);
    expect(r.conservation.arrived).toBe(4);
    // Two at 10: the second waits 4 min; 20 and 35 find the server free.
    expect(r.stations.s.waitMin).toBe(1);
    expect(r.stations.s.waitMaxMin).toBe(4);
  });

  it('refuses a source with two arrival processes', () => {
    const m = ok() as Record<string, unknown>;
    m.sources = [{ id: 'a', to: 's', interarrivalMin: { dist: 'exponential', mean: 1 }, arrivalsAtMin: [1] }];
    expect(issuesOf(m)).toEqual([
      {
        path: 'sources[0]',
        message:
          'expected exactly one of interarrivalMin, ratePerHour or arrivalsAtMin, got interarrivalMin and arrivalsAtMin',
      },
    ]);
  });
});
