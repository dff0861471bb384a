/**
 * Loss systems (no waiting: a request that finds every unit taken is blocked) with 0, 1, …,
 * maxUnits units, all fed by the same requests — common random numbers across every candidate
 * size in one pass, which is how desk-and-booth sizing stays within seconds.
 *
 * Why one threshold per request is enough: with identical request times and holding times, the
 * set of requests in service in the system with c units is contained in that of the system with
 * c + 1 units and exceeds it by at most one (induction over events: a request accepted by c is
 * accepted by c + 1, since |S_{c+1}| ≤ |S_c| + 1 ≤ c). So a request is accepted by every system
 * with at least c₀ units and blocked by the others; c₀ is the smallest c with busy_c < c.
 * Blocked requests at size c = requests with c₀ > c; carried load at size c = Σ over c₀ ≤ c.
 *
 * offerHeld() is the form the simulation uses: the holding time is known at the offer, so the
 * accepted holds are kept with their end times and released when the next offer comes after
 * them (releases commute: each only lowers busy[c] for c ≥ its c₀). At most maxUnits are held at
 * once (busy[maxUnits] ≤ maxUnits counts them all).
 */
export class ShadowLossSystems {
  /** busy[c]: units taken in the system with c units (busy[c] ≤ c). */
  readonly busy: Int32Array;
  /** Time of the offer (offerHeld) and the end of its hold: fields, so no double crosses a call. */
  nowMin = 0;
  endMin = 0;
  private readonly heldEndMin: Float64Array;
  private readonly heldC0: Int32Array;
  private held = 0;

  constructor(readonly maxUnits: number) {
    this.busy = new Int32Array(maxUnits + 1);
    this.heldEndMin = new Float64Array(maxUnits);
    this.heldC0 = new Int32Array(maxUnits);
  }

  /**
   * Offers a request at `nowMin` held until `endMin` (holds that ended by `nowMin` are released
   * first); returns its threshold c₀ as offer() does.
   */
  offerHeld(): number {
    const now = this.nowMin;
    let n = this.held;
    for (let i = 0; i < n;) {
      if (this.heldEndMin[i] <= now) {
        this.release(this.heldC0[i]);
        n--;
        this.heldEndMin[i] = this.heldEndMin[n];
        this.heldC0[i] = this.heldC0[n];
      } else i++;
    }
    const c0 = this.offer();
    if (c0 <= this.maxUnits) {
      this.heldEndMin[n] = this.endMin;
      this.heldC0[n] = c0;
      n++;
    }
    this.held = n;
    return c0;
  }

  /** Offers one request; returns its threshold c₀ (maxUnits + 1 when every system was full). */
  offer(): number {
    const busy = this.busy;
    const max = this.maxUnits;
    let c0 = 1;
    while (c0 <= max && busy[c0] >= c0) c0++;
    for (let c = c0; c <= max; c++) busy[c]++;
    return c0;
  }

  /** Ends the holding of a request accepted with threshold c₀. */
  release(c0: number): void {
    const busy = this.busy;
    for (let c = c0; c <= this.maxUnits; c++) busy[c]--;
  }

  reset(): void {
    this.busy.fill(0);
    this.held = 0;
  }
}
