/**
 * √(x² + y²) computed exactly as V8's Math.hypot computes it for two arguments (largest
 * magnitude first normalised to 1, then the Kahan sum of the squares, which for two terms is the
 * plain sum; deps/v8/src/builtins: MathHypot), so every distance stays bit-for-bit the same.
 * NOTE: Math.hypot is a generic builtin that V8 does not inline (it takes any number of
 * arguments): it was a quarter of the walking-network build. This one is a few inlined
 * instructions; tests/floorplans/hypot2.test.ts checks it against Math.hypot on 10^6 pairs.
 */
export function hypot2(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  // The largest magnitude, NaN left aside (as V8 does).
  let m = 0;
  if (ax > m) m = ax;
  if (ay > m) m = ay;
  if (m === Infinity) return Infinity;
  if (ax !== ax || ay !== ay) return NaN;
  if (m === 0) return 0;
  const a = ax / m;
  const b = ay / m;
  return Math.sqrt(a * a + b * b) * m;
}
