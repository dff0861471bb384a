/**
 * Named, independent random streams, exactly seedrandom's xor4096.
 *
 * A stream's seed is derived from (master seed, replication index, stream name) only —
 * never from the worker or the order of creation — so results are identical for any
 * worker count, and two scenario variants that use the same stream name draw the same
 * numbers (common random numbers), which makes their comparison paired and tight.
 *
 * Generator: seedrandom's xor4096 (Brent's xorgens 4096-bit, period 2^4096 − 1, with a Weyl
 * sequence), 32-bit resolution per draw.
 * NOTE: both the seeding and the step are seedrandom's (seedrandom/lib/xor4096.js), written out
 * on a typed array in a class of our own. seedrandom returns a fresh closure per stream, which V8
 * cannot inline ("many closures") and whose double result is boxed on every call (40 bytes of
 * garbage per draw), and its seeding builds a closure, a growing array and a copy of the state
 * per stream (a visitor day seeds some fifteen streams: a tenth of a short day's time).
 * tests/unit/core/randomStream.test.ts checks the sequence against seedrandom.xor4096, and
 * tests/unit/core/randomStreamSeeding.test.ts the state right after seeding.
 */

/** Derives the seed text of a stream; exposed so that tests can pin the derivation. */
export function streamSeed(masterSeed: number | string, replication: number, name: string): string {
  return `wardsim/${String(masterSeed)}/${replication}/${name}`;
}

/** A source of uniform numbers in [0, 1), exactly as seedrandom.xor4096 would produce them. */
export class RandomStream {
  /** The last uniform drawn by `step()` or `next()`. */
  u = 0;
  private readonly x = new Int32Array(128);
  private i = 0;
  private w = 0;

  constructor(
    /** Name the stream was derived from (for diagnostics). */
    readonly name: string,
    seedText: string,
  ) {
    this.reseed(seedText);
  }

  /** Next uniform number in [0, 1) with 32-bit resolution. */
  next(): number {
    // NOTE: a two-line wrapper, small enough for V8 to inline; hot paths call step() and read `u`,
    // so that no call returns a double (V8 boxes one returned by a call it does not inline).
    this.step();
    return this.u;
  }

  /** Draws the next uniform into `u` (the allocation-free form of `next`). */
  step(): void {
    const x = this.x;
    // Weyl generator, then the xorshift pair of xorgens (r = 128, s = 95, shifts 17/12/13/15).
    const w = (this.w = (this.w + 0x61c88647) | 0);
    let v = x[(this.i + 34) & 127];
    const i = (this.i = (this.i + 1) & 127);
    let t = x[i];
    v ^= v << 13;
    t ^= t << 17;
    v ^= v >>> 15;
    t ^= t >>> 12;
    v = x[i] = v ^ t;
    this.u = ((v + (w ^ (w >>> 16))) >>> 0) / 4294967296;
  }

  /** Restarts the stream at the state seedrandom.xor4096(seedText) starts from (its string seeding, `init`). */
  reseed(seedText: string): void {
    const x = this.x;
    x.fill(0);
    const text = `${seedText}\0`;
    const length = text.length;
    const limit = length > 128 ? length : 128;
    let v = 0;
    let w = 0;
    let zeros = 0;
    // c runs through (j + 32) % length without a division per character.
    let c = 0;
    for (let j = -32; j < limit; ++j) {
      // Put the characters into the array, and shuffle them.
      v ^= text.charCodeAt(c);
      if (++c === length) c = 0;
      // After 32 shuffles, take v as the starting Weyl value.
      if (j === 0) w = v;
      v ^= v << 10;
      v ^= v >>> 15;
      v ^= v << 4;
      v ^= v >>> 13;
      if (j >= 0) {
        // Combine xor and Weyl to initialise the array; count zeroes.
        w = (w + 0x61c88647) | 0;
        const t = (x[j & 127] ^= v + w);
        zeros = t === 0 ? zeros + 1 : 0;
      }
    }
    // All zeroes: make the key nonzero.
    if (zeros >= 128) x[length & 127] = -1;
    // Run the generator 512 times to mix the state; the Weyl generator does not advance.
    let i = 127;
    for (let j = 4 * 128; j > 0; --j) {
      let s = x[(i + 34) & 127];
      i = (i + 1) & 127;
      let t = x[i];
      s ^= s << 13;
      t ^= t << 17;
      s ^= s >>> 15;
      t ^= t >>> 12;
      x[i] = s ^ t;
    }
    this.i = i;
    this.w = w;
  }
}

/** Creates the stream `name` of replication `replication` under `masterSeed`. */
export function createStream(masterSeed: number | string, replication: number, name: string): RandomStream {
  return new RandomStream(name, streamSeed(masterSeed, replication, name));
}

/** Hands out streams of one replication by name; asking twice for a name gives the same stream. */
export class RandomStreams {
  private readonly streams = new Map<string, RandomStream>();
  private seedOf: number | string;
  private replicationOf: number;

  constructor(masterSeed: number | string, replication: number) {
    this.seedOf = masterSeed;
    this.replicationOf = replication;
  }

  get masterSeed(): number | string {
    return this.seedOf;
  }

  get replication(): number {
    return this.replicationOf;
  }

  /** The stream named `name` (created on first use). */
  get(name: string): RandomStream {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = createStream(this.seedOf, this.replicationOf, name);
      this.streams.set(name, s);
    }
    return s;
  }

  /**
   * Moves to replication `replication` of `masterSeed`: every stream handed out so far restarts,
   * in place, as a fresh `get` would create it. Models that run many replications keep their
   * streams (and the distributions bound to them) instead of building them again each time.
   */
  reset(masterSeed: number | string, replication: number): void {
    this.seedOf = masterSeed;
    this.replicationOf = replication;
    for (const [name, s] of this.streams) s.reseed(streamSeed(masterSeed, replication, name));
  }
}
