/**
 * Prepared statements, one per SQL text and database, kept for the life of the store. NOTE
 * (speed): preparing a statement costs about as much as running it; a GET of a stored result
 * at 500 requests/s spent more time in prepare than in the query.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

export class PreparedStatements {
  private readonly byText = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): Statement {
    let statement = this.byText.get(sql);
    if (statement === undefined) this.byText.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}
