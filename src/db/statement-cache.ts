import type Database from 'better-sqlite3'

// Enough for every distinct query the app runs; lists with IN (...) of varying length come and go.
const DEFAULT_CAPACITY = 500

/**
 * The connection as Drizzle sees it, keeping the most recently used compiled statements by SQL
 * text. Drizzle prepares every query it runs and better-sqlite3 compiles on every prepare, which
 * for a small query costs more than running it; a write that touches thousands of rows repeats
 * the same few statements.
 */
export function withStatementCache (sqlite: Database.Database, capacity = DEFAULT_CAPACITY): Database.Database {
  const statements = new Map<string, Database.Statement>()
  const prepare = (source: string): Database.Statement => {
    let statement = statements.get(source)
    if (statement === undefined) {
      statement = sqlite.prepare(source)
      if (statements.size >= capacity) statements.delete(statements.keys().next().value as string)
    } else {
      // Map order is the eviction order: a hit moves to the back.
      statements.delete(source)
      // Drizzle switches a statement to arrays for some calls and expects objects from others.
      if (statement.reader) statement.raw(false)
    }
    statements.set(source, statement)
    return statement
  }
  return new Proxy(sqlite, {
    get (target, property) {
      if (property === 'prepare') return prepare
      const value = Reflect.get(target, property, target) as unknown
      // Native methods must be called on the real handle.
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}
