import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLOURS,
  categoryColour,
  contrastText,
  divergingScale,
  hex,
  sequentialScale,
} from '../../../viz/charts/palette.js';

describe('palette', () => {
  it('uses the eight Okabe–Ito colours, wrapping', () => {
    expect(CATEGORY_COLOURS).toHaveLength(8);
    expect(new Set(CATEGORY_COLOURS).size).toBe(8);
    expect(categoryColour(0)).toBe('#0072B2');
    expect(categoryColour(8)).toBe(categoryColour(0));
    expect(categoryColour(-1)).toBe(CATEGORY_COLOURS[7]);
  });

  it('centres diverging scales on 0 with deficit warm and surplus cool', () => {
    for (const scheme of ['RdBu', 'PuOr'] as const) {
      const s = divergingScale(10, scheme);
      const mid = hex(s(0));
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(mid.slice(i, i + 2), 16));
      expect(Math.min(r, g, b)).toBeGreaterThan(220);
      const deficit = hex(s(-10));
      const surplus = hex(s(10));
      expect(parseInt(deficit.slice(1, 3), 16)).toBeGreaterThan(parseInt(deficit.slice(5, 7), 16));
      expect(parseInt(surplus.slice(5, 7), 16)).toBeGreaterThan(parseInt(surplus.slice(1, 3), 16));
    }
    expect(hex(divergingScale(0)(0))).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('has sequential scales that get lighter with the value', () => {
    const light = (c: string) => [1, 3, 5].reduce((s, i) => s + parseInt(hex(c).slice(i, i + 2), 16), 0);
    for (const scheme of ['cividis', 'viridis'] as const) {
      const s = sequentialScale([0, 100], scheme);
      expect(light(s(100))).toBeGreaterThan(light(s(50)));
      expect(light(s(50))).toBeGreaterThan(light(s(0)));
    }
    expect(hex(sequentialScale([5, 5])(5))).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('picks readable text on fills', () => {
    expect(contrastText('#000000')).toBe('#ffffff');
    expect(contrastText('#ffffff')).toBe('#000000');
    expect(contrastText('#F0E442')).toBe('#000000');
    expect(contrastText('not a colour')).toBe('#222222');
  });
});
