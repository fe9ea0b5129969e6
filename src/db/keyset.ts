import { sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'

export type SortDirection = 'asc' | 'desc'

/** Rows strictly after (value, id) in the given order: keyset pagination over a unique key. */
export function afterPosition (column: SQLiteColumn, id: SQLiteColumn, direction: SortDirection, value: string, lastId: string): SQL {
  return direction === 'asc'
    ? sql`(${column}, ${id}) > (${value}, ${lastId})`
    : sql`(${column}, ${id}) < (${value}, ${lastId})`
}

export function orderBy (column: SQLiteColumn, id: SQLiteColumn, direction: SortDirection): SQL[] {
  return direction === 'asc' ? [sql`${column} ASC`, sql`${id} ASC`] : [sql`${column} DESC`, sql`${id} DESC`]
}
