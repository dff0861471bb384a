/**
 * The standard normal quantile Φ⁻¹(p), bit for bit what @stdlib/stats-base-dists-normal-quantile
 * gives for (p, 0, 1): √2 · erfinv(2p − 1), with stdlib's erfinv (Boost's rational approximations,
 * accurate to double precision), written out in one method with the same operations in the same
 * order (coefficients copied from stdlib). stdlib's ln is FreeBSD's e_log.c, which is also what
 * V8's Math.log runs (src/base/ieee754.cc): the same bits, so Math.log is used.
 *
 * NOTE (speed): stdlib's quantile calls erfinv, which calls ln and a rational function — calls
 * V8 does not inline, each passing and returning a double that it boxes (16 bytes of garbage
 * each; a workplace year draws 10^5 normal and lognormal quantiles). Here the argument and the
 * result travel in fields (`p`, `x`), erfinv's central branches are in `compute`, and the
 * rational functions of the tails, too large for V8 to inline, take their argument and leave
 * their result in the typed-array slot IO[0]: no double crosses a call, so nothing is allocated
 * per quantile. tests/unit/core/normalQuantile.test.ts pins it to stdlib on 10^6 random
 * arguments and on the boundaries of every branch.
 */

const SQRT_TWO = Math.sqrt(2.0);
/** Argument and result of the rational functions below (a typed-array slot: no double crosses a call). */
const IO = new Float64Array(1);

// erfinv (@stdlib/math-base-special-erfinv).
const Y1 = 8.91314744949340820313e-2;
const Y2 = 2.249481201171875;
const Y3 = 8.07220458984375e-1;
const Y4 = 9.3995571136474609375e-1;
const Y5 = 9.8362827301025390625e-1;

/** Φ⁻¹ with its argument and result in fields (see the NOTE above). */
export class NormalQuantile {
  /** The probability (set before `compute`). */
  p = 0.5;
  /** Φ⁻¹(p) after `compute`; NaN when p is NaN or outside [0, 1]. */
  x = 0;

  compute(): void {
    const p = this.p;
    if (p !== p || p < 0.0 || p > 1.0) {
      this.x = NaN;
      return;
    }
    // √2 · stdlib's erfinv(x) (@stdlib/math-base-special-erfinv), written out; −1 ≤ x ≤ 1 here.
    const x = 2.0 * p - 1.0;
    if (x === 1.0) {
      this.x = Infinity;
      return;
    }
    if (x === -1.0) {
      this.x = -Infinity;
      return;
    }
    if (x === 0.0) {
      this.x = 0.0;
      return;
    }
    const sign = x < 0.0 ? -1.0 : 1.0;
    const ax = x < 0.0 ? -x : x;
    let q = 1.0 - ax;
    if (ax <= 0.5) {
      // rational_p1q1(ax), 0 < ax ≤ 0.5.
      const g = ax * (ax + 10.0);
      const y = ax;
      const s1 =
        -0.0005087819496582806 +
        y *
          (-0.008368748197417368 +
            y *
              (0.03348066254097446 +
                y *
                  (-0.012692614766297404 +
                    y *
                      (-0.03656379714117627 +
                        y *
                          (0.02198786811111689 +
                            y * (0.008226878746769157 + y * (-0.005387729650712429 + y * (0.0 + y * 0.0))))))));
      const s2 =
        1.0 +
        y *
          (-0.9700050433032906 +
            y *
              (-1.5657455823417585 +
                y *
                  (1.5622155839842302 +
                    y *
                      (0.662328840472003 +
                        y *
                          (-0.7122890234154284 +
                            y *
                              (-0.05273963823400997 +
                                y * (0.07952836873415717 + y * (-0.0023339375937419 + y * 0.0008862163904564247))))))));
      this.x = 0.0 + SQRT_TWO * (sign * (g * Y1 + g * (s1 / s2)));
      return;
    }
    const lnq = Math.log(q);
    if (q >= 0.25) {
      const g = Math.sqrt(-2.0 * lnq);
      q -= 0.25;
      // rational_p2q2(q), 0 ≤ q < 0.25.
      let r: number;
      if (q === 0.0) {
        r = -0.20243350835593876;
      } else {
        const s1 =
          -0.20243350835593876 +
          q *
            (0.10526468069939171 +
              q *
                (8.3705032834312 +
                  q *
                    (17.644729840837403 +
                      q *
                        (-18.851064805871424 +
                          q *
                            (-44.6382324441787 +
                              q * (17.445385985570866 + q * (21.12946554483405 + q * -3.6719225470772936)))))));
        const s2 =
          1.0 +
          q *
            (6.242641248542475 +
              q *
                (3.971343795334387 +
                  q *
                    (-28.66081804998 +
                      q *
                        (-20.14326346804852 +
                          q *
                            (48.560921310873994 +
                              q * (10.826866735546016 + q * (-22.643693341313973 + q * 1.7211476576120028)))))));
        r = s1 / s2;
      }
      this.x = 0.0 + SQRT_TWO * (sign * (g / (Y2 + r)));
      return;
    }
    q = Math.sqrt(-lnq);
    if (q < 3.0) {
      IO[0] = q - 1.125;
      rational3();
      const r = IO[0];
      this.x = 0.0 + SQRT_TWO * (sign * (Y3 * q + r * q));
      return;
    }
    if (q < 6.0) {
      IO[0] = q - 3.0;
      rational4();
      const r = IO[0];
      this.x = 0.0 + SQRT_TWO * (sign * (Y4 * q + r * q));
      return;
    }
    IO[0] = q - 6.0;
    rational5();
    const r = IO[0];
    this.x = 0.0 + SQRT_TWO * (sign * (Y5 * q + r * q));
  }
}

/** stdlib's rational_p3q3 (either form: |x| ≤ 1, or in 1/x) of x = IO[0], into IO[0]. */
function rational3(): void {
  let x = IO[0];
  if (x === 0.0) {
    IO[0] = -0.1311027816799519;
    return;
  }
  const ax = x < 0.0 ? -x : x;
  let s1: number;
  let s2: number;
  if (ax <= 1.0) {
    s1 =
      -0.1311027816799519 +
      x *
        (-0.16379404719331705 +
          x *
            (0.11703015634199525 +
              x *
                (0.38707973897260434 +
                  x *
                    (0.3377855389120359 +
                      x *
                        (0.14286953440815717 +
                          x *
                            (0.029015791000532906 +
                              x *
                                (0.0021455899538880526 +
                                  x *
                                    (-6.794655751811263e-7 +
                                      x * (2.8522533178221704e-8 + x * -6.81149956853777e-10)))))))));
    s2 =
      1.0 +
      x *
        (3.4662540724256723 +
          x *
            (5.381683457070069 +
              x *
                (4.778465929458438 +
                  x *
                    (2.5930192162362027 +
                      x *
                        (0.848854343457902 +
                          x * (0.15226433829533179 + x * (0.011059242293464892 + x * (0.0 + x * (0.0 + x * 0.0)))))))));
  } else {
    x = 1.0 / x;
    s1 =
      -6.81149956853777e-10 +
      x *
        (2.8522533178221704e-8 +
          x *
            (-6.794655751811263e-7 +
              x *
                (0.0021455899538880526 +
                  x *
                    (0.029015791000532906 +
                      x *
                        (0.14286953440815717 +
                          x *
                            (0.3377855389120359 +
                              x *
                                (0.38707973897260434 +
                                  x *
                                    (0.11703015634199525 + x * (-0.16379404719331705 + x * -0.1311027816799519)))))))));
    s2 =
      0.0 +
      x *
        (0.0 +
          x *
            (0.0 +
              x *
                (0.011059242293464892 +
                  x *
                    (0.15226433829533179 +
                      x *
                        (0.848854343457902 +
                          x *
                            (2.5930192162362027 +
                              x *
                                (4.778465929458438 +
                                  x * (5.381683457070069 + x * (3.4662540724256723 + x * 1.0)))))))));
  }
  IO[0] = s1 / s2;
}

/** stdlib's rational_p4q4 of x = IO[0], into IO[0]. */
function rational4(): void {
  let x = IO[0];
  if (x === 0.0) {
    IO[0] = -0.0350353787183178;
    return;
  }
  const ax = x < 0.0 ? -x : x;
  let s1: number;
  let s2: number;
  if (ax <= 1.0) {
    s1 =
      -0.0350353787183178 +
      x *
        (-0.0022242652921344794 +
          x *
            (0.018557330651423107 +
              x *
                (0.009508047013259196 +
                  x *
                    (0.0018712349281955923 +
                      x *
                        (0.00015754461742496055 +
                          x * (0.00000460469890584318 + x * (-2.304047769118826e-10 + x * 2.6633922742578204e-12)))))));
    s2 =
      1.0 +
      x *
        (1.3653349817554064 +
          x *
            (0.7620591645536234 +
              x *
                (0.22009110576413124 +
                  x *
                    (0.03415891436709477 +
                      x * (0.00263861676657016 + x * (0.00007646752923027944 + x * (0.0 + x * 0.0)))))));
  } else {
    x = 1.0 / x;
    s1 =
      2.6633922742578204e-12 +
      x *
        (-2.304047769118826e-10 +
          x *
            (0.00000460469890584318 +
              x *
                (0.00015754461742496055 +
                  x *
                    (0.0018712349281955923 +
                      x *
                        (0.009508047013259196 +
                          x * (0.018557330651423107 + x * (-0.0022242652921344794 + x * -0.0350353787183178)))))));
    s2 =
      0.0 +
      x *
        (0.0 +
          x *
            (0.00007646752923027944 +
              x *
                (0.00263861676657016 +
                  x *
                    (0.03415891436709477 +
                      x * (0.22009110576413124 + x * (0.7620591645536234 + x * (1.3653349817554064 + x * 1.0)))))));
  }
  IO[0] = s1 / s2;
}

/** stdlib's rational_p5q5 of x = IO[0], into IO[0]. */
function rational5(): void {
  let x = IO[0];
  if (x === 0.0) {
    IO[0] = -0.016743100507663373;
    return;
  }
  const ax = x < 0.0 ? -x : x;
  let s1: number;
  let s2: number;
  if (ax <= 1.0) {
    s1 =
      -0.016743100507663373 +
      x *
        (-0.0011295143874558028 +
          x *
            (0.001056288621524929 +
              x *
                (0.00020938631748758808 +
                  x *
                    (0.000014962478375834237 +
                      x *
                        (4.4969678992770644e-7 +
                          x * (4.625961635228786e-9 + x * (-2.811287356288318e-14 + x * 9.905570997331033e-17)))))));
    s2 =
      1.0 +
      x *
        (0.5914293448864175 +
          x *
            (0.1381518657490833 +
              x *
                (0.016074608709367652 +
                  x *
                    (0.0009640118070051656 +
                      x * (0.000027533547476472603 + x * (2.82243172016108e-7 + x * (0.0 + x * 0.0)))))));
  } else {
    x = 1.0 / x;
    s1 =
      9.905570997331033e-17 +
      x *
        (-2.811287356288318e-14 +
          x *
            (4.625961635228786e-9 +
              x *
                (4.4969678992770644e-7 +
                  x *
                    (0.000014962478375834237 +
                      x *
                        (0.00020938631748758808 +
                          x * (0.001056288621524929 + x * (-0.0011295143874558028 + x * -0.016743100507663373)))))));
    s2 =
      0.0 +
      x *
        (0.0 +
          x *
            (2.82243172016108e-7 +
              x *
                (0.000027533547476472603 +
                  x *
                    (0.0009640118070051656 +
                      x * (0.016074608709367652 + x * (0.1381518657490833 + x * (0.5914293448864175 + x * 1.0)))))));
  }
  IO[0] = s1 / s2;
}
