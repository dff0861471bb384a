/** Scenarios in the store: the library's (read-only, loaded at every start) and the users'. */
import type { Db } from './database.js';
import { PreparedStatements } from './preparedStatements.js';

export interface ScenarioSummary {
  id: string;
  name: string;
  nameJa: string;
  description: string | null;
  source: 'library' | 'user';
  parts: ('visitors' | 'workplace')[];
  /** The plan's reference as resolved (library:floorplans/<id>, store:floorplans/<id>) or null. */
  floorplan: string | null;
  variants: number;
  readOnly: boolean;
}

interface Row {
  id: string;
  source: 'library' | 'user';
  document: string;
  summary: string;
}

export class ScenarioStore {
  private readonly sql: PreparedStatements;

  constructor(private readonly db: Db) {
    this.sql = new PreparedStatements(db);
  }

  list(): ScenarioSummary[] {
    const rows = this.sql.get('SELECT summary FROM scenarios ORDER BY source, id').all() as { summary: string }[];
    return rows.map((r) => JSON.parse(r.summary) as ScenarioSummary);
  }

  get(id: string): { summary: ScenarioSummary; document: unknown } | undefined {
    const row = this.sql.get('SELECT id, source, document, summary FROM scenarios WHERE id = ?').get(id) as
      Row | undefined;
    return (
      row && { summary: JSON.parse(row.summary) as ScenarioSummary, document: JSON.parse(row.document) as unknown }
    );
  }

  /** The stored document text (for the store's resolver). */
  documentText(id: string): string | undefined {
    return (this.sql.get('SELECT document FROM scenarios WHERE id = ?').get(id) as { document: string } | undefined)
      ?.document;
  }

  exists(id: string): boolean {
    return this.sql.get('SELECT 1 FROM scenarios WHERE id = ?').get(id) !== undefined;
  }

  /** Inserts or replaces (library rows are replaced at every start; user rows by PUT). */
  put(summary: ScenarioSummary, document: unknown): void {
    const now = new Date().toISOString();
    this.sql
      .get(
        `INSERT INTO scenarios (id, source, name, name_ja, description, document, summary, created_at, updated_at)
         VALUES (@id, @source, @name, @nameJa, @description, @document, @summary, @now, @now)
         ON CONFLICT (id) DO UPDATE SET name = @name, name_ja = @nameJa, description = @description,
           document = @document, summary = @summary, updated_at = @now`,
      )
      .run({
        id: summary.id,
        source: summary.source,
        name: summary.name,
        nameJa: summary.nameJa,
        description: summary.description,
        document: JSON.stringify(document),
        summary: JSON.stringify(summary),
        now,
      });
  }
}
