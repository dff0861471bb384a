/**
 * Named, independent random streams on seedrandom.
 *
 * A stream's seed is derived from (master seed, replication index, stream name) only —
 * never from the worker or the order of creation — so results are identical for any
 * worker count, and two scenario variants that use the same stream name draw the same
 * numbers (common random numbers), which makes their comparison paired and tight.
 *
 * Generator: seedrandom's xor4096 (Brent's xorgens 4096-bit, period 2^4096 − 1, with a Weyl
 * sequence), 32-bit resolution per draw.
 * NOTE: seedrandom seeds the generator and we then step its state in a class method of our
 * own. seedrandom returns a fresh closure per stream, which V8 cannot inline ("many closures")
 * and whose double result is boxed on every call: 40 bytes of garbage per draw. The step below
 * is xor4096's, and tests/unit/randomStream.test.ts checks that both give the same sequence.
 */
import seedrandom from 'seedrandom';

/** Derives the seed text of a stream; exposed so that tests can pin the derivation. */
export function streamSeed(masterSeed: number | string, replication: number, name: string): string {
  return `wardsim/${String(masterSeed)}/${replication}/${name}`;
}

interface Xor4096State {
  X: number[];
  i: number;
  w: number;
}

/** A source of uniform numbers in [0, 1), exactly as seedrandom.xor4096 would produce them. */
export class RandomStream {
  private readonly x = new Int32Array(128);
  private i: number;
  private w: number;

  constructor(
    /** Name the stream was derived from (for diagnostics). */
    readonly name: string,
    seedText: string,
  ) {
    const prng = seedrandom.xor4096(seedText, { state: true }) as unknown as { state(): Xor4096State };
    const state = prng.state();
    this.x.set(state.X);
    this.i = state.i;
    this.w = state.w;
  }

  /** Next uniform number in [0, 1) with 32-bit resolution. */
  next(): number {
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
    return ((v + (w ^ (w >>> 16))) >>> 0) / 4294967296;
  }
}

/** Creates the stream `name` of replication `replication` under `masterSeed`. */
export function createStream(masterSeed: number | string, replication: number, name: string): RandomStream {
  return new RandomStream(name, streamSeed(masterSeed, replication, name));
}

/** Hands out streams of one replication by name; asking twice for a name gives the same stream. */
export class RandomStreams {
  private readonly streams = new Map<string, RandomStream>();

  constructor(
    readonly masterSeed: number | string,
    readonly replication: number,
  ) {}

  /** The stream named `name` (created on first use). */
  get(name: string): RandomStream {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = createStream(this.masterSeed, this.replication, name);
      this.streams.set(name, s);
    }
    return s;
  }
}
