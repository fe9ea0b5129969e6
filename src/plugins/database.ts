import fp from 'fastify-plugin'
import { openDatabase, type Db } from '../db/connection.js'
import { applyMigrations } from '../db/migrate.js'
import { isDatabaseEmpty } from '../seed/load.js'
import { ensureRoleDocuments } from '../read-model/refresh.js'
import type { ReadModelSettings } from '../read-model/role-representations.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    /** SQLite's PRAGMA data_version: changes whenever another connection commits. */
    dataVersion: () => number
    readModelSettings: ReadModelSettings
  }
}

export interface DatabasePluginOptions {
  path: string
  readModel: ReadModelSettings
}

/**
 * Opens the database, brings its schema and its stored documents up to date, seeds it when
 * empty, and closes it on shutdown.
 */
export default fp<DatabasePluginOptions>(async function database (app, { path, readModel }) {
  const { db, sqlite } = openDatabase(path)
  try {
    applyMigrations(db)
    const rebuilt = ensureRoleDocuments(db, readModel)
    if (rebuilt > 0) app.log.info({ roles: rebuilt }, 'rebuilt stored role documents')
    if (isDatabaseEmpty(db)) {
      // Loaded only when needed: reading and validating the seed files is a start-up cost otherwise.
      const [{ seedDatabase }, { readSeedFiles }] = await Promise.all([import('../seed/load.js'), import('../seed/files.js')])
      const summary = seedDatabase(db, readSeedFiles(), readModel)
      app.log.info({ seed: summary }, 'seeded an empty database')
    }
    // Gathers the statistics the query planner lacks after a load; cheap when nothing changed.
    sqlite.pragma('optimize=0x10002')
  } catch (error) {
    sqlite.close()
    throw error
  }
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck()
  app.decorate('db', db)
  app.decorate('dataVersion', () => dataVersion.get() as number)
  app.decorate('readModelSettings', readModel)
  app.addHook('onClose', async () => {
    // As SQLite recommends for long-lived connections: keep the planner's statistics current.
    sqlite.pragma('optimize')
    sqlite.close()
  })
}, { name: 'database' })
