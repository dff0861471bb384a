/**
 * Runs, their results and their event log. A finished result is written in the same transaction
 * as the status that says it is done, so a result is never lost and a "done" run always has one.
 */
import { gzipSync } from 'node:zlib';
import type { Db } from './database.js';
import { PreparedStatements } from './preparedStatements.js';

export type RunState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';
export const ENDED: readonly RunState[] = ['done', 'failed', 'cancelled'];

/** Memory for recently served results. */
const RESULT_CACHE_BYTES = 128 * 1024 * 1024;

/** A stored result's bytes as sent: plain, and gzipped once a client asked for it. */
interface CachedResult {
  plain: Buffer;
  gzip: Buffer | null;
}

export interface RunRecord {
  id: string;
  kind: string;
  status: RunState;
  request: unknown;
  scenarioIds: string[];
  inputHash: string;
  seed: number | string;
  replications: number;
  engineVersion: string;
  progress: number;
  phase: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  wallMs: number | null;
  restarts: number;
  error: unknown;
}

interface Row {
  id: string;
  kind: string;
  status: RunState;
  request: string;
  scenario_ids: string;
  input_hash: string;
  seed: string;
  replications: number;
  engine_version: string;
  progress: number;
  phase: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  wall_ms: number | null;
  restarts: number;
  error: string | null;
}

const recordOf = (r: Row): RunRecord => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  request: JSON.parse(r.request) as unknown,
  scenarioIds: JSON.parse(r.scenario_ids) as string[],
  inputHash: r.input_hash,
  seed: JSON.parse(r.seed) as number | string,
  replications: r.replications,
  engineVersion: r.engine_version,
  progress: r.progress,
  phase: r.phase,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  wallMs: r.wall_ms,
  restarts: r.restarts,
  error: r.error === null ? null : (JSON.parse(r.error) as unknown),
});

export interface RunEvent {
  seq: number;
  type: string;
  data: unknown;
}

export class RunStore {
  private readonly sql: PreparedStatements;

  constructor(private readonly db: Db) {
    this.sql = new PreparedStatements(db);
  }

  create(
    r: Pick<
      RunRecord,
      'id' | 'kind' | 'request' | 'scenarioIds' | 'inputHash' | 'seed' | 'replications' | 'engineVersion'
    >,
  ): void {
    this.sql
      .get(
        `INSERT INTO runs (id, kind, status, request, scenario_ids, input_hash, seed, replications, engine_version, created_at)
         VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.id,
        r.kind,
        JSON.stringify(r.request),
        JSON.stringify(r.scenarioIds),
        r.inputHash,
        JSON.stringify(r.seed),
        r.replications,
        r.engineVersion,
        new Date().toISOString(),
      );
  }

  get(id: string): RunRecord | undefined {
    const row = this.sql.get('SELECT * FROM runs WHERE id = ?').get(id) as Row | undefined;
    return row && recordOf(row);
  }

  list(limit: number): RunRecord[] {
    return (this.sql.get('SELECT * FROM runs ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit) as Row[]).map(
      recordOf,
    );
  }

  /** A finished run with the same key (the cache): newest first. */
  findDone(
    inputHash: string,
    seed: number | string,
    replications: number,
    engineVersion: string,
  ): RunRecord | undefined {
    const row = this.sql
      .get(
        `SELECT * FROM runs WHERE input_hash = ? AND seed = ? AND replications = ? AND engine_version = ? AND status = 'done' ORDER BY finished_at DESC LIMIT 1`,
      )
      .get(inputHash, JSON.stringify(seed), replications, engineVersion) as Row | undefined;
    return row && recordOf(row);
  }

  /** Runs queued or running (for the concurrency cap). */
  activeCount(): number {
    return (
      this.sql.get(`SELECT COUNT(*) AS n FROM runs WHERE status IN ('queued', 'running', 'interrupted')`).get() as {
        n: number;
      }
    ).n;
  }

  counts(): { queued: number; running: number } {
    const rows = this.sql
      .get(`SELECT status, COUNT(*) AS n FROM runs WHERE status IN ('queued', 'running') GROUP BY status`)
      .all() as { status: string; n: number }[];
    return {
      queued: rows.find((r) => r.status === 'queued')?.n ?? 0,
      running: rows.find((r) => r.status === 'running')?.n ?? 0,
    };
  }

  setStatus(
    id: string,
    status: RunState,
    fields: { startedAt?: string; finishedAt?: string; wallMs?: number; error?: unknown } = {},
  ): void {
    this.sql
      .get(
        `UPDATE runs SET status = ?, started_at = COALESCE(?, started_at), finished_at = COALESCE(?, finished_at),
           wall_ms = COALESCE(?, wall_ms), error = COALESCE(?, error) WHERE id = ?`,
      )
      .run(
        status,
        fields.startedAt ?? null,
        fields.finishedAt ?? null,
        fields.wallMs ?? null,
        fields.error === undefined ? null : JSON.stringify(fields.error),
        id,
      );
  }

  setProgress(id: string, progress: number, phase: string | null): void {
    this.sql.get('UPDATE runs SET progress = ?, phase = ? WHERE id = ?').run(progress, phase, id);
  }

  /** The result and the status "done" together, or neither. */
  saveResult(id: string, kind: string, document: string, scenarioHashes: string[], wallMs: number): void {
    this.db.transaction(() => {
      this.sql.get('INSERT OR REPLACE INTO results (run_id, kind, document) VALUES (?, ?, ?)').run(id, kind, document);
      this.sql
        .get(
          `UPDATE runs SET status = 'done', progress = 1, finished_at = ?, wall_ms = ?, scenario_hashes = ? WHERE id = ?`,
        )
        .run(new Date().toISOString(), wallMs, JSON.stringify(scenarioHashes), id);
    })();
  }

  resultText(id: string): string | undefined {
    return (this.sql.get('SELECT document FROM results WHERE run_id = ?').get(id) as { document: string } | undefined)
      ?.document;
  }

  /**
   * The result as UTF-8 bytes, ready to send, or gzipped when `gzip` (compressed once, then kept).
   * Results never change, so the most recent are kept in memory (up to RESULT_CACHE_BYTES, both
   * forms counted): a stored result is served without decoding, encoding or compressing it again.
   */
  resultBytes(id: string, gzip = false): Buffer | undefined {
    let entry = this.cache.get(id);
    if (entry !== undefined) {
      this.cache.delete(id);
      this.cache.set(id, entry);
    } else {
      const row = this.sql.get('SELECT CAST(document AS BLOB) AS bytes FROM results WHERE run_id = ?').get(id) as
        { bytes: Buffer } | undefined;
      if (row === undefined) return undefined;
      entry = { plain: row.bytes, gzip: null };
      this.remember(id, entry, row.bytes.byteLength);
    }
    if (!gzip) return entry.plain;
    if (entry.gzip === null) {
      entry.gzip = gzipSync(entry.plain, { level: 6 });
      this.remember(id, entry, entry.gzip.byteLength);
    }
    return entry.gzip;
  }

  private remember(id: string, entry: CachedResult, addedBytes: number): void {
    this.cache.set(id, entry);
    this.cachedBytes += addedBytes;
    for (const [key, old] of this.cache) {
      if (this.cachedBytes <= RESULT_CACHE_BYTES || key === id) break;
      this.cache.delete(key);
      this.cachedBytes -= old.plain.byteLength + (old.gzip?.byteLength ?? 0);
    }
  }

  private readonly cache = new Map<string, CachedResult>();
  private cachedBytes = 0;

  /** Done runs of `kind` whose result is about one of these scenarios (by their inputHash). */
  doneRunsAbout(kind: string, scenarioHashes: readonly string[]): string[] {
    const rows = this.sql
      .get(`SELECT id, scenario_hashes FROM runs WHERE kind = ? AND status = 'done' ORDER BY finished_at DESC`)
      .all(kind) as { id: string; scenario_hashes: string | null }[];
    return rows
      .filter((r) => (JSON.parse(r.scenario_hashes ?? '[]') as string[]).some((h) => scenarioHashes.includes(h)))
      .map((r) => r.id);
  }

  /**
   * At start: runs the last server was running become interrupted (to be run again); those it
   * had queued stay queued. Returns both, oldest first.
   */
  interruptUnfinished(): { interrupted: string[]; pending: string[] } {
    return this.db.transaction(() => {
      const rows = this.sql
        .get(
          `SELECT id, status FROM runs WHERE status IN ('queued', 'running', 'interrupted') ORDER BY created_at, rowid`,
        )
        .all() as { id: string; status: RunState }[];
      this.sql
        .get(`UPDATE runs SET status = 'interrupted', restarts = restarts + 1, progress = 0 WHERE status = 'running'`)
        .run();
      return {
        interrupted: rows.filter((r) => r.status === 'running').map((r) => r.id),
        pending: rows.map((r) => r.id),
      };
    })();
  }

  addEvent(id: string, type: string, data: unknown): RunEvent {
    const seq =
      ((this.sql.get('SELECT MAX(seq) AS s FROM run_events WHERE run_id = ?').get(id) as { s: number | null }).s ?? 0) +
      1;
    this.sql
      .get('INSERT INTO run_events (run_id, seq, type, data) VALUES (?, ?, ?, ?)')
      .run(id, seq, type, JSON.stringify(data));
    return { seq, type, data };
  }

  events(id: string, afterSeq: number): RunEvent[] {
    return (
      this.sql
        .get('SELECT seq, type, data FROM run_events WHERE run_id = ? AND seq > ? ORDER BY seq')
        .all(id, afterSeq) as { seq: number; type: string; data: string }[]
    ).map((e) => ({ seq: e.seq, type: e.type, data: JSON.parse(e.data) as unknown }));
  }
}
