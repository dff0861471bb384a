/** Floor plans in the store: the library's (read-only) and those users upload. */
import type { Db } from './database.js';
import { PreparedStatements } from './preparedStatements.js';

export interface FloorPlanSummary {
  id: string;
  name: string;
  nameJa: string;
  source: 'library' | 'user';
  levels: number[];
  grossAreaM2: number;
  zones: number;
  readOnly: boolean;
}

export class FloorPlanStore {
  private readonly sql: PreparedStatements;

  constructor(private readonly db: Db) {
    this.sql = new PreparedStatements(db);
  }

  list(): FloorPlanSummary[] {
    return (this.sql.get('SELECT summary FROM floorplans ORDER BY source, id').all() as { summary: string }[]).map(
      (r) => JSON.parse(r.summary) as FloorPlanSummary,
    );
  }

  summary(id: string): FloorPlanSummary | undefined {
    const row = this.sql.get('SELECT summary FROM floorplans WHERE id = ?').get(id) as { summary: string } | undefined;
    return row && (JSON.parse(row.summary) as FloorPlanSummary);
  }

  geojsonText(id: string): string | undefined {
    return (this.sql.get('SELECT geojson FROM floorplans WHERE id = ?').get(id) as { geojson: string } | undefined)
      ?.geojson;
  }

  exists(id: string): boolean {
    return this.sql.get('SELECT 1 FROM floorplans WHERE id = ?').get(id) !== undefined;
  }

  put(summary: FloorPlanSummary, geojsonText: string): void {
    this.sql
      .get(
        `INSERT INTO floorplans (id, source, name, name_ja, geojson, summary, created_at) VALUES (@id, @source, @name, @nameJa, @geojson, @summary, @now)
         ON CONFLICT (id) DO UPDATE SET name = @name, name_ja = @nameJa, geojson = @geojson, summary = @summary`,
      )
      .run({
        id: summary.id,
        source: summary.source,
        name: summary.name,
        nameJa: summary.nameJa,
        geojson: geojsonText,
        summary: JSON.stringify(summary),
        now: new Date().toISOString(),
      });
  }
}
