import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core'
import * as schema from './schema.js'
import { withStatementCache } from './statement-cache.js'

// Both the database and a transaction on it: query and write functions accept either.
export type Db = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>

export interface DatabaseConnection {
  db: Db
  sqlite: Database.Database
}

const IN_MEMORY = ':memory:'

export function openDatabase (path: string): DatabaseConnection {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true })
  const sqlite = new Database(path)
  // WAL lets readers proceed while a write commits; busy_timeout waits out a competing writer
  // instead of failing at once.
  if (path !== IN_MEMORY) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  return { db: drizzle({ client: withStatementCache(sqlite), schema }), sqlite }
}
