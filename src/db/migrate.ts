import { join } from 'node:path'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import type { Db } from './connection.js'

// Resolved from this file, so it works from src/ under tests and from dist/ in production.
const migrationsFolder = join(import.meta.dirname, '..', '..', 'migrations')

export function applyMigrations (db: Db): void {
  migrate(db, { migrationsFolder })
}
