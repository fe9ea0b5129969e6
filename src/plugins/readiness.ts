import { setImmediate as setImmediatePromise } from 'node:timers/promises'
import { asc } from 'drizzle-orm'
import fp from 'fastify-plugin'
import * as t from '../db/schema.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** True once the hot routes have answered once. */
    isWarm: () => boolean
    /** Requests each hot route once, so that the first real request does not pay for lazy set-up. */
    warmUp: () => Promise<void>
  }
}

/**
 * Statements are prepared on first use and V8 optimises code as it runs: until the hot routes
 * have run once, the first requests are slow. A load balancer should wait for that, so /ready
 * answers 503 until `warmUp` has run (the server calls it right after it starts listening).
 */
export default fp(async function readiness (app) {
  let warm = false
  app.decorate('isWarm', () => warm)
  app.decorate('warmUp', async () => {
    const role = app.db.select({ id: t.roles.id }).from(t.roles).orderBy(asc(t.roles.id)).limit(1).get()
    const requests: Array<{ url: string, headers: Record<string, string> }> = []
    // The role document first: it is what careers pages ask for, and the cheapest to warm.
    if (role !== undefined) {
      requests.push(
        { url: `/v1/roles/${role.id}`, headers: { 'accept-encoding': 'br' } },
        { url: `/v1/roles/${role.id}`, headers: { accept: 'application/ld+json', 'accept-encoding': 'gzip' } }
      )
    }
    for (const url of ['/v1/roles?limit=20', '/v1/search?q=care', '/v1/skills?limit=20', '/v1/certifications?limit=20', '/v1/sources']) {
      requests.push({ url, headers: { 'accept-encoding': 'br' } })
    }
    if (role !== undefined) requests.push({ url: `/v1/roles/${role.id}/skills`, headers: {} }, { url: `/v1/roles/${role.id}/progression`, headers: {} })
    for (const request of requests) {
      await app.inject(request)
      // Let requests that arrived meanwhile be served between steps.
      await setImmediatePromise()
    }
    warm = true
  })
}, { name: 'readiness', dependencies: ['database'] })
