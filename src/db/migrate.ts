import { join } from 'node:path'
import { rootFolder } from '../paths.js'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import type { Db } from './connection.js'

// Resolved from the installation root, so it works from the sources under tests and from the bundles.
const migrationsFolder = join(rootFolder, 'migrations')

export function applyMigrations (db: Db): void {
  migrate(db, { migrationsFolder })
}
