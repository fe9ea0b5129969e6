import fp from 'fastify-plugin'
import { NoQuery } from '../http/schema-builders.js'

export interface StrictQueryOptions {
  /** Routes under these prefixes are left alone (Swagger UI's own pages). */
  exempt: string[]
}

/**
 * Gives every route that declares no querystring one that accepts no parameters, so that an
 * unknown parameter is a 400 naming it on every operation. Routes that declare one refuse
 * unknown parameters through `querystring()` in src/http/schema-builders.ts.
 */
export default fp<StrictQueryOptions>(async function strictQuery (app, { exempt }) {
  app.addHook('onRoute', (route) => {
    if (route.url === '*' || exempt.some((prefix) => route.url.startsWith(prefix))) return
    route.schema ??= {}
    route.schema.querystring ??= NoQuery
  })
}, { name: 'strict-query' })
