import { readConfig } from '../config.js'
import { openDatabase } from '../db/connection.js'
import { applyMigrations } from '../db/migrate.js'
import { seedDatabase } from '../db/seed.js'
import { readSeedFiles } from '../db/seed-files.js'

// npm run seed: validates the seed files, then loads them into DATABASE_PATH. Idempotent.
const { databasePath } = readConfig()
const { db, sqlite } = openDatabase(databasePath)
try {
  applyMigrations(db)
  const summary = seedDatabase(db, readSeedFiles())
  console.log(JSON.stringify({ databasePath, ...summary }))
} finally {
  sqlite.close()
}
