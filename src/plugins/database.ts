import fp from 'fastify-plugin'
import { openDatabase, type Db } from '../db/connection.js'
import { applyMigrations } from '../db/migrate.js'
import { isDatabaseEmpty, seedDatabase } from '../db/seed.js'
import { readSeedFiles } from '../db/seed-files.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
  }
}

export interface DatabasePluginOptions {
  path: string
}

/** Opens the database, brings its schema up to date, seeds it when empty, and closes it on shutdown. */
export default fp<DatabasePluginOptions>(async function database (app, { path }) {
  const { db, sqlite } = openDatabase(path)
  try {
    applyMigrations(db)
    if (isDatabaseEmpty(db)) {
      const summary = seedDatabase(db, readSeedFiles())
      app.log.info({ seed: summary }, 'seeded an empty database')
    }
  } catch (error) {
    sqlite.close()
    throw error
  }
  app.decorate('db', db)
  app.addHook('onClose', async () => {
    sqlite.close()
  })
}, { name: 'database' })
