/** The store's schema, one migration per version (applied in order, each in a transaction). */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE scenarios (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('library', 'user')),
    name TEXT NOT NULL,
    name_ja TEXT NOT NULL,
    description TEXT,
    document TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE floorplans (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('library', 'user')),
    name TEXT NOT NULL,
    name_ja TEXT NOT NULL,
    geojson TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
    request TEXT NOT NULL,
    scenario_ids TEXT NOT NULL,
    input_hash TEXT NOT NULL,
    seed TEXT NOT NULL,
    replications INTEGER NOT NULL,
    engine_version TEXT NOT NULL,
    progress REAL NOT NULL DEFAULT 0,
    phase TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    wall_ms REAL,
    restarts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    scenario_hashes TEXT
  );
  CREATE INDEX runs_by_key ON runs (input_hash, seed, replications, engine_version, status);
  CREATE INDEX runs_by_created ON runs (created_at);
  CREATE TABLE results (
    run_id TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    document TEXT NOT NULL
  );
  CREATE TABLE run_events (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
  );
  `,
];
