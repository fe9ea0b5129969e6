import { sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Db } from './connection.js'

/**
 * Wraps a query so that it is prepared once per database handle and then reused: preparing
 * costs ten times more than running a point lookup, and read paths run the same few
 * statements over and over.
 */
export function preparedFor<T> (prepare: (db: Db) => T): (db: Db) => T {
  const statements = new WeakMap<Db, T>()
  return (db) => {
    let statement = statements.get(db)
    if (statement === undefined) {
      statement = prepare(db)
      statements.set(db, statement)
    }
    return statement
  }
}

/** `column IN (…)` over a JSON array bound to a placeholder, so that a list fits a prepared statement. */
export function inJsonArray (column: SQLiteColumn, placeholder: string): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(placeholder)}))`
}
