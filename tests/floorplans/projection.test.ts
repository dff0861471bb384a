import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wgs84LocalProjection } from '../../floorplans/index.js';

describe('WGS84 → local metres', () => {
  it('matches the standard metres-per-degree series at Sapporo (43.09° N) to 1e-6', () => {
    const p = wgs84LocalProjection(141.3469, 43.0907);
    const phi = (43.0907 * Math.PI) / 180;
    const latSeries = 111132.92 - 559.82 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi) - 0.0023 * Math.cos(6 * phi);
    const lonSeries = 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi) + 0.118 * Math.cos(5 * phi);
    expect(Math.abs(p.forward(141.3469, 43.0917)[1] / 0.001 - latSeries) / latSeries).toBeLessThan(1e-6);
    expect(Math.abs(p.forward(141.3479, 43.0907)[0] / 0.001 - lonSeries) / lonSeries).toBeLessThan(1e-6);
  });

  it('keeps the documented scale error: below 2e-5 at 100 m from the origin', () => {
    const p = wgs84LocalProjection(141.3469, 43.0907);
    const north = wgs84LocalProjection(141.3469, 43.0907 + 100 / p.mPerRadLat / (Math.PI / 180));
    expect(Math.abs(north.mPerRadLon / p.mPerRadLon - 1)).toBeLessThan(2e-5);
  });

  it('inverse ∘ forward is the identity to 1e-9 m (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (x, y) => {
          const p = wgs84LocalProjection(141.3469, 43.0907);
          const [lon, lat] = p.inverse(x, y);
          const [x2, y2] = p.forward(lon, lat);
          expect(Math.abs(x2 - x)).toBeLessThan(1e-8);
          expect(Math.abs(y2 - y)).toBeLessThan(1e-8);
        },
      ),
    );
  });
});
