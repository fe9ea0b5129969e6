import { getTableColumns, or, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from './connection.js'

// The one place rows are written. A change feed hooks in here: every upsert and delete
// below is where a change record (with the new version) is to be appended.

const currentTimestamp = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

type EntityTable = SQLiteTable & {
  id: SQLiteColumn
  version: SQLiteColumn
  updatedAt: SQLiteColumn
}

const bookkeepingColumns = new Set(['id', 'version', 'createdAt', 'updatedAt'])

export interface WriteCounts {
  written: number
  deleted: number
}

/**
 * Inserts new rows and updates changed ones. A row whose columns are all unchanged is left
 * alone, so its version and updated_at stay put and re-running a load is a no-op.
 */
export function upsertEntities<T extends EntityTable> (db: Db, table: T, rows: Array<T['$inferInsert']>): number {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>
  const tracked = Object.entries(columns).filter(([key]) => !bookkeepingColumns.has(key))
  const excluded = (column: SQLiteColumn): SQL => sql.raw(`excluded."${column.name}"`)
  const set: Record<string, SQL> = Object.fromEntries(tracked.map(([key, column]) => [key, excluded(column)]))
  set['version'] = sql`${table.version} + 1`
  set['updatedAt'] = currentTimestamp
  const changed = or(...tracked.map(([, column]) => sql`${column} IS NOT ${excluded(column)}`))

  let written = 0
  for (const row of rows) {
    written += db.insert(table).values(row as any)
      .onConflictDoUpdate({ target: table.id, set: set as any, setWhere: changed })
      .run().changes
  }
  return written
}

/** Deletes the rows matched by `scope` whose ids are not in `keep`. */
export function deleteEntitiesNotIn<T extends EntityTable> (db: Db, table: T, scope: SQL, keep: string[]): number {
  const stale = db.select({ id: table.id }).from(table as SQLiteTable).where(scope).all() as Array<{ id: string }>
  const kept = new Set(keep)
  let deleted = 0
  for (const { id } of stale) {
    if (kept.has(id)) continue
    deleted += db.delete(table).where(sql`${table.id} = ${id}`).run().changes
  }
  return deleted
}

/** Replaces the link rows matched by `scope` with `rows`. */
export function replaceLinks<T extends SQLiteTable> (db: Db, table: T, scope: SQL, rows: Array<T['$inferInsert']>): void {
  db.delete(table).where(scope).run()
  for (const row of rows) db.insert(table).values(row as any).run()
}
