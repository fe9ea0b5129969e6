import { and, getTableColumns, or, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from './connection.js'

// The row-level writes every write path is made of. Each reports the rows it actually
// changed, so that the transaction around it can record the change (src/changes/).

const currentTimestamp = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

type EntityTable = SQLiteTable & {
  id: SQLiteColumn
  version: SQLiteColumn
  updatedAt: SQLiteColumn
}

const bookkeepingColumns = new Set(['id', 'version', 'createdAt', 'updatedAt'])

interface PreparedUpsert { run: (values: Record<string, unknown>) => { changes: number } }

/** Called with each row a write inserted, updated or deleted. */
export type OnRowChange<Row> = (row: Row) => void

/**
 * Inserts new rows and updates changed ones. A row whose columns are all unchanged is left
 * alone, so its version and updated_at stay put and re-running a load is a no-op.
 */
export function upsertEntities<T extends EntityTable> (
  db: Db, table: T, rows: Array<T['$inferInsert']>, onChange: OnRowChange<T['$inferInsert']>
): number {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>
  const tracked = Object.entries(columns).filter(([key]) => !bookkeepingColumns.has(key))
  const excluded = (column: SQLiteColumn): SQL => sql.raw(`excluded."${column.name}"`)
  const set: Record<string, SQL> = Object.fromEntries(tracked.map(([key, column]) => [key, excluded(column)]))
  set['version'] = sql`${table.version} + 1`
  set['updatedAt'] = currentTimestamp
  const changed = or(...tracked.map(([, column]) => sql`${column} IS NOT ${excluded(column)}`))

  // One prepared statement per set of columns given, reused for every row that gives them.
  const statements = new Map<string, PreparedUpsert>()
  const statementFor = (row: Record<string, unknown>): PreparedUpsert => {
    const keys = Object.keys(row).filter((key) => row[key] !== undefined)
    const signature = keys.join('\0')
    let statement = statements.get(signature)
    if (statement === undefined) {
      statement = db.insert(table).values(Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)])) as any)
        .onConflictDoUpdate({ target: table.id, set: set as any, setWhere: changed })
        .prepare()
      statements.set(signature, statement)
    }
    return statement
  }

  let written = 0
  for (const row of rows) {
    const { changes } = statementFor(row as Record<string, unknown>).run(row as Record<string, unknown>)
    if (changes > 0) onChange(row)
    written += changes
  }
  return written
}

/** Deletes the rows matched by `scope` whose ids are not in `keep`. */
export function deleteEntitiesNotIn<T extends EntityTable> (
  db: Db, table: T, scope: SQL, keep: string[], onChange: OnRowChange<T['$inferSelect']>
): number {
  const candidates = db.select().from(table as SQLiteTable).where(scope).all() as Array<T['$inferSelect'] & { id: string }>
  const kept = new Set(keep)
  let deleted = 0
  for (const row of candidates) {
    if (kept.has(row.id)) continue
    deleted += db.delete(table).where(sql`${table.id} = ${row.id}`).run().changes
    onChange(row)
  }
  return deleted
}

/**
 * Makes the link rows matched by `scope` equal to `rows`: deletes those no longer wanted and
 * inserts the new ones, leaving identical rows untouched so that only real changes are reported.
 */
export function syncLinks<T extends SQLiteTable> (
  db: Db, table: T, scope: SQL, rows: Array<T['$inferInsert']>, onChange: OnRowChange<T['$inferInsert']>
): number {
  const columns = Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>)
  const keyOf = (row: Record<string, unknown>): string => JSON.stringify(columns.map(([key]) => row[key] ?? null))
  const existing = new Map((db.select().from(table as SQLiteTable).where(scope).all() as Array<Record<string, unknown>>)
    .map((row) => [keyOf(row), row]))
  const wanted = new Map(rows.map((row) => [keyOf(row as Record<string, unknown>), row]))
  let changed = 0
  for (const [key, row] of existing) {
    if (wanted.has(key)) continue
    db.delete(table).where(and(...columns.map(([name, column]) => sql`${column} IS ${row[name] ?? null}`))).run()
    onChange(row as T['$inferInsert'])
    changed++
  }
  for (const [key, row] of wanted) {
    if (existing.has(key)) continue
    db.insert(table).values(row as any).run()
    onChange(row)
    changed++
  }
  return changed
}
