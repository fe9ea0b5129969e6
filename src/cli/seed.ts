import { parseArgs } from 'node:util'
import { readConfig } from '../config.js'
import { openDatabase } from '../db/connection.js'
import { applyMigrations } from '../db/migrate.js'
import { seedDatabase } from '../seed/load.js'
import { readSeedFiles } from '../seed/files.js'
import { ensureRoleDocuments } from '../read-model/refresh.js'

// npm run seed: validates the seed files, then loads them into DATABASE_PATH. Idempotent.
// `--folder <dir>` loads another folder in the same layout (the benchmark's generated data).
function readOptions (): { folder?: string } | undefined {
  try {
    return parseArgs({ options: { folder: { type: 'string' } } }).values
  } catch (error) {
    console.error(`seed: ${(error as Error).message} (usage: seed [--folder <dir>])`)
    process.exitCode = 1
    return undefined
  }
}

const options = readOptions()
if (options !== undefined) {
  const { databasePath, publicBaseUrl } = readConfig()
  // The stored role documents are built with the same settings as the server's.
  const readModel = { publicBaseUrl }
  const { db, sqlite } = openDatabase(databasePath)
  try {
    applyMigrations(db)
    ensureRoleDocuments(db, readModel)
    const summary = seedDatabase(db, readSeedFiles(options.folder), readModel)
    console.log(JSON.stringify({ databasePath, ...summary }))
  } finally {
    sqlite.close()
  }
}
