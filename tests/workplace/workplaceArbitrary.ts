/** fast-check generators of small, valid workplace parts (offices of a few dozen staff). */
import fc from 'fast-check';

const ROLE_KEYS = ['counter', 'backOffice', 'manager', 'field'] as const;
const KINDS = ['webMeeting', 'phoneCall', 'focusWork', 'smallMeeting', 'largeMeeting'] as const;

const share = (max: number) => fc.integer({ min: 0, max: Math.round(max * 100) }).map((n) => n / 100);

const distribution = fc.oneof(
  fc.integer({ min: 1, max: 90 }).map((m) => ({ dist: 'exponential', mean: m })),
  fc.integer({ min: 0, max: 60 }).map((v) => ({ dist: 'deterministic', value: v })),
  fc.tuple(fc.integer({ min: 1, max: 120 }), share(1)).map(([m, cv]) => ({ dist: 'lognormal', mean: m, cv })),
);

export interface ArbitraryOptions {
  /** Activity spaces: 'single' = every activity lists only the space `b` and falls back to the desk. */
  spaces?: 'mixed' | 'single';
  maxStaffPerGroup?: number;
  days?: number;
}

export function workplaceArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const maxStaff = options.maxStaffPerGroup ?? 12;
  const single = options.spaces === 'single';
  const spaceIds = single ? ['b'] : ['b1', 'bg', 'f', 'r4', 'r8'];
  const spaces = single
    ? fc.integer({ min: 0, max: 6 }).map((count) => [{ id: 'b', kind: 'booth1', count, capacityPersons: 1 }])
    : fc
        .tuple(
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: 0, max: 2 }),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 0, max: 2 }),
          fc.integer({ min: 0, max: 2 }),
          share(0.4),
          fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
        )
        .map(([b1, bg, f, r4, r8, noShow, release]) => [
          { id: 'b1', kind: 'booth1', count: b1, capacityPersons: 1 },
          { id: 'bg', kind: 'boothGroup', count: bg, capacityPersons: 4 },
          { id: 'f', kind: 'focusSeat', count: f, capacityPersons: 1 },
          {
            id: 'r4',
            kind: 'meetingRoom',
            count: r4,
            capacityPersons: 4,
            noShow: { share: noShow, ...(release ? { releaseAfterMin: release } : {}) },
          },
          { id: 'r8', kind: 'meetingRoom', count: r8, capacityPersons: 8, noShow: { share: noShow } },
        ]);
  const activity = fc
    .record({
      kind: fc.constantFrom(...KINDS),
      ratePerHour: share(0.6),
      durationMin: distribution,
      group: fc.integer({ min: 1, max: 6 }),
      prefs: fc.subarray(spaceIds, { minLength: 0 }),
      spaceShare: share(1),
      drop: fc.boolean(),
    })
    .map((a) => ({
      kind: a.kind,
      ratePerHour: a.ratePerHour,
      durationMin: a.durationMin,
      ...(single
        ? { spaces: ['b'], fallback: 'desk' }
        : {
            groupSize: { dist: 'empirical', values: [1, a.group], weights: [1, 1] },
            spaces: a.prefs,
            spaceShare: a.spaceShare,
            fallback: a.drop ? 'drop' : 'desk',
          }),
    }));
  const role = fc
    .record({
      arrive: fc.constantFrom('7:30', '8:00', '8:45', '9:15'),
      spread: fc.integer({ min: 0, max: 90 }),
      stay: fc.integer({ min: 120, max: 600 }),
      staySd: fc.integer({ min: 0, max: 60 }),
      absenceShare: share(0.3),
      eligibleShare: share(1),
      daysPerWeek: fc.integer({ min: 0, max: 3 }),
      fieldShare: share(0.5),
      officeMin: fc.integer({ min: 0, max: 120 }),
      usesDesk: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      activities: fc.uniqueArray(activity, { maxLength: 3, selector: (a) => a.kind }),
    })
    .map((r) => ({
      arrive: r.arrive,
      arriveSpreadMin:
        r.spread === 0
          ? { dist: 'deterministic', value: 0 }
          : { dist: 'triangular', min: 0, mode: r.spread / 2, max: r.spread },
      stayMin: { dist: 'normal', mean: r.stay, sd: r.staySd },
      absenceShare: r.absenceShare,
      telework: { eligibleShare: r.eligibleShare, daysPerWeek: r.daysPerWeek },
      field: { dayShare: r.fieldShare, officeMin: { dist: 'uniform', min: 0, max: r.officeMin } },
      usesDesk: r.usesDesk,
      activities: r.activities,
    }));
  const zoneCount = fc.integer({ min: 1, max: 3 });
  return zoneCount.chain((nZones) =>
    fc
      .record({
        roles: fc.record({ counter: role, backOffice: role, manager: role, field: role }),
        headcounts: fc.array(fc.tuple(...ROLE_KEYS.map(() => fc.integer({ min: 0, max: maxStaff }))), {
          minLength: nZones,
          maxLength: nZones,
        }),
        desks: fc.array(fc.integer({ min: 0, max: 3 * maxStaff }), { minLength: nZones, maxLength: nZones }),
        overflow: fc.array(fc.subarray([...Array.from({ length: nZones }, (_, i) => `z${i}`), 'touchdown']), {
          minLength: nZones,
          maxLength: nZones,
        }),
        touchdownDesks: fc.integer({ min: 0, max: 4 }),
        multipliers: fc.tuple(share(2), share(2), share(2), share(2), share(2)),
        spaces,
        firstWeekday: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri'),
      })
      .map((g) => ({
        days: options.days ?? 20,
        firstWeekday: g.firstWeekday,
        telework: {
          weekdayMultipliers: {
            mon: g.multipliers[0],
            tue: g.multipliers[1],
            wed: g.multipliers[2],
            thu: g.multipliers[3],
            fri: g.multipliers[4],
          },
        },
        roles: g.roles,
        departments: g.headcounts.map((h, i) => ({
          id: `d${i}`,
          headcount: Object.fromEntries(ROLE_KEYS.map((k, r) => [k, h[r]])),
        })),
        zones: g.desks.map((desks, i) => ({
          id: `z${i}`,
          departments: [`d${i}`],
          desks,
          overflowTo: g.overflow[i].filter((t) => t !== `z${i}`),
        })),
        touchdownDesks: g.touchdownDesks,
        spaces: g.spaces,
      })),
  );
}
