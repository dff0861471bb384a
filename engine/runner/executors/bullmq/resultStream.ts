/**
 * Reading a run's results stream: entries in the order Redis received them (any order of
 * indices), read from the last entry seen so a reconnect resumes where it stopped, and trimmed
 * once read so Redis holds only what the coordinator has not taken yet.
 */
import type { Redis } from 'ioredis';
import { FIELD } from './wireFormat.js';

export interface StreamEntry {
  index: number;
  worker: string;
  /** The serialised result, or undefined when the entry reports an error. */
  result: Buffer | undefined;
  error: string | undefined;
}

export class ResultStream {
  /** Entries one read returns at most. */
  static readonly COUNT = 256;
  private lastId = '0';
  private trimmedTo = '0';

  constructor(
    private readonly reader: Redis,
    private readonly key: string,
  ) {}

  /** Reads again from the start (the stream was lost with a restarted Redis). */
  rewind(): void {
    this.lastId = '0';
    this.trimmedTo = '0';
  }

  /** Entries after the last one read, waiting up to `blockMs` for the first. */
  async read(blockMs: number): Promise<StreamEntry[]> {
    const { key, lastId } = this;
    const reply = await this.reader.xreadBuffer('COUNT', ResultStream.COUNT, 'BLOCK', blockMs, 'STREAMS', key, lastId);
    if (reply === null || reply.length === 0) return [];
    const entries = reply[0][1];
    const out: StreamEntry[] = [];
    for (const [id, fields] of entries) {
      this.lastId = id.toString();
      out.push(entryOf(fields));
    }
    return out;
  }

  /** Drops the entries read so far (XTRIM MINID keeps IDs ≥ the one after the last read). */
  async trim(client: Redis): Promise<void> {
    if (this.lastId === this.trimmedTo) return;
    this.trimmedTo = this.lastId;
    const [ms, seq] = this.lastId.split('-');
    await client.xtrim(this.key, 'MINID', `${ms}-${Number(seq) + 1}`);
  }
}

function entryOf(fields: Buffer[]): StreamEntry {
  const entry: StreamEntry = { index: -1, worker: '?', result: undefined, error: undefined };
  for (let k = 0; k + 1 < fields.length; k += 2) {
    const name = fields[k].toString();
    const value = fields[k + 1];
    if (name === FIELD.index) entry.index = Number(value.toString());
    else if (name === FIELD.worker) entry.worker = value.toString();
    else if (name === FIELD.result) entry.result = value;
    else if (name === FIELD.error) entry.error = value.toString();
  }
  return entry;
}
