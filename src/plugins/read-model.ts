import fp from 'fastify-plugin'
import { ChangeClock } from '../read-model/change-clock.js'
import { RoleDocumentCache } from '../read-model/document-cache.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Moves whenever committed data may have changed: what caches check before serving. */
    changeClock: ChangeClock
    /** The stored role documents, served from memory while the database has not changed. */
    roleDocuments: RoleDocumentCache
  }
}

export interface ReadModelPluginOptions {
  /** Memory for encoded documents in this process. */
  cacheBytes: number
}

export default fp<ReadModelPluginOptions>(async function readModel (app, { cacheBytes }) {
  const clock = new ChangeClock(app.db, app.dataVersion)
  app.decorate('changeClock', clock)
  app.decorate('roleDocuments', new RoleDocumentCache(app.db, clock, cacheBytes))
}, { name: 'read-model', dependencies: ['database'] })
