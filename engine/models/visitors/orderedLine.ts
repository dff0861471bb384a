/**
 * A waiting line ordered by a key (ticket time, appointment time), first-in first-out among
 * equal keys, with positional access: the call-back lever needs to know who is among the first
 * few, and 窓口連携 inserts a visitor with an early ticket ahead of later ones.
 *
 * NOTE: a sorted array segment [head, tail) of typed arrays. Lines at a ward-office counter are
 * short (hundreds at most), so a binary search plus copyWithin beats a heap and keeps the order
 * visible; appending at the back — the common case — is O(1).
 */
export class OrderedLine {
  private ids: Int32Array;
  private keys: Float64Array;
  private head = 0;
  private tail = 0;

  constructor(initialCapacity = 64) {
    this.ids = new Int32Array(initialCapacity);
    this.keys = new Float64Array(initialCapacity);
  }

  get length(): number {
    return this.tail - this.head;
  }

  /** Id at position `i` (0 = first in line). */
  at(i: number): number {
    return this.ids[this.head + i];
  }

  /** Key at position `i`. */
  keyAt(i: number): number {
    return this.keys[this.head + i];
  }

  /** Key of the next insert (see the NOTE on `insert`). */
  keyIn = 0;

  /**
   * Inserts `id` with the key `keyIn`, behind every entry with a key ≤ it.
   * NOTE: the key is passed through a field, not as an argument: V8 boxes a double argument of a
   * call it does not inline, once per visitor and line.
   */
  insert(id: number): void {
    const key = this.keyIn;
    const tail = this.tail;
    if (tail < this.ids.length && (tail === this.head || this.keys[tail - 1] <= key)) {
      // The common case, at the back (what insertInside does there), kept small enough to inline.
      this.ids[tail] = id;
      this.keys[tail] = key;
      this.tail = tail + 1;
      return;
    }
    this.insertInside(id);
  }

  /** insert() when the array is full or the key goes before the last one. */
  private insertInside(id: number): void {
    const key = this.keyIn;
    if (this.tail === this.ids.length) this.makeRoom();
    const keys = this.keys;
    let lo = this.head;
    let hi = this.tail;
    if (hi > lo && keys[hi - 1] <= key) {
      lo = hi; // the common case: at the back
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (keys[mid] <= key) lo = mid + 1;
        else hi = mid;
      }
      this.ids.copyWithin(lo + 1, lo, this.tail);
      keys.copyWithin(lo + 1, lo, this.tail);
    }
    this.ids[lo] = id;
    keys[lo] = key;
    this.tail++;
  }

  /** Removes the entry at position `i` and returns its id. */
  removeAt(i: number): number {
    const p = this.head + i;
    const id = this.ids[p];
    if (i === 0) {
      this.head++;
    } else {
      this.ids.copyWithin(p, p + 1, this.tail);
      this.keys.copyWithin(p, p + 1, this.tail);
      this.tail--;
    }
    if (this.head === this.tail) this.head = this.tail = 0;
    return id;
  }

  /** Position of `id`, or −1. */
  indexOf(id: number): number {
    for (let p = this.head; p < this.tail; p++) if (this.ids[p] === id) return p - this.head;
    return -1;
  }

  clear(): void {
    this.head = 0;
    this.tail = 0;
  }

  private makeRoom(): void {
    const n = this.tail - this.head;
    if (this.head > 0 && n < this.ids.length / 2) {
      this.ids.copyWithin(0, this.head, this.tail);
      this.keys.copyWithin(0, this.head, this.tail);
    } else {
      const ids = new Int32Array(this.ids.length * 2);
      const keys = new Float64Array(this.ids.length * 2);
      ids.set(this.ids.subarray(this.head, this.tail));
      keys.set(this.keys.subarray(this.head, this.tail));
      this.ids = ids;
      this.keys = keys;
    }
    this.head = 0;
    this.tail = n;
  }
}
