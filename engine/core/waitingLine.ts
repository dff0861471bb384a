/**
 * A waiting line of entity ids with priority classes: lower class number is served first,
 * first-in first-out within a class. Each class is a ring buffer in an Int32Array that
 * doubles when full; removal from the middle (a visitor who reneges) shifts the tail.
 */
export class WaitingLine {
  private bufs: Int32Array[];
  private heads: Int32Array;
  private sizes: Int32Array;
  /** Number of entities waiting in all classes. */
  length = 0;

  constructor(
    readonly priorityClasses = 1,
    initialCapacity = 16,
  ) {
    let cap = 4;
    while (cap < initialCapacity) cap *= 2;
    this.bufs = Array.from({ length: priorityClasses }, () => new Int32Array(cap));
    this.heads = new Int32Array(priorityClasses);
    this.sizes = new Int32Array(priorityClasses);
  }

  /** Appends `id` at the back of its class. */
  push(id: number, priority = 0): void {
    let buf = this.bufs[priority];
    const size = this.sizes[priority];
    if (size === buf.length) buf = this.grow(priority);
    buf[(this.heads[priority] + size) & (buf.length - 1)] = id;
    this.sizes[priority] = size + 1;
    this.length++;
  }

  /** Removes and returns the first id of the most urgent non-empty class, or −1 if empty. */
  shift(): number {
    if (this.length === 0) return -1;
    for (let p = 0; p < this.priorityClasses; p++) {
      const size = this.sizes[p];
      if (size === 0) continue;
      const buf = this.bufs[p];
      const head = this.heads[p];
      const id = buf[head];
      this.heads[p] = (head + 1) & (buf.length - 1);
      this.sizes[p] = size - 1;
      this.length--;
      return id;
    }
    return -1;
  }

  /** The id that `shift()` would return, without removing it (−1 if empty). */
  peek(): number {
    for (let p = 0; p < this.priorityClasses; p++) {
      if (this.sizes[p] > 0) return this.bufs[p][this.heads[p]];
    }
    return -1;
  }

  /** Removes `id` from class `priority`; false if it is not there. O(length of the class). */
  remove(id: number, priority = 0): boolean {
    const buf = this.bufs[priority];
    const mask = buf.length - 1;
    const head = this.heads[priority];
    const size = this.sizes[priority];
    for (let k = 0; k < size; k++) {
      if (buf[(head + k) & mask] !== id) continue;
      for (let j = k; j < size - 1; j++) buf[(head + j) & mask] = buf[(head + j + 1) & mask];
      this.sizes[priority] = size - 1;
      this.length--;
      return true;
    }
    return false;
  }

  /** Ids of one class in service order (for tests and diagnostics; allocates). */
  toArray(priority = 0): number[] {
    const buf = this.bufs[priority];
    const out: number[] = [];
    for (let k = 0; k < this.sizes[priority]; k++) out.push(buf[(this.heads[priority] + k) & (buf.length - 1)]);
    return out;
  }

  clear(): void {
    this.heads.fill(0);
    this.sizes.fill(0);
    this.length = 0;
  }

  private grow(priority: number): Int32Array {
    const old = this.bufs[priority];
    const next = new Int32Array(old.length * 2);
    const head = this.heads[priority];
    for (let k = 0; k < old.length; k++) next[k] = old[(head + k) & (old.length - 1)];
    this.bufs[priority] = next;
    this.heads[priority] = 0;
    return next;
  }
}
