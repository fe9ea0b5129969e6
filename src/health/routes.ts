import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { sql } from 'drizzle-orm'
import { HttpProblem, problemResponses } from '../http/problem.js'
import { okResponse, readHeaders } from '../http/schema-builders.js'

const Health = Type.Object({
  status: Type.Literal('ok')
}, { $id: 'Health', additionalProperties: false, examples: [{ status: 'ok' }] })

const Readiness = Type.Object({
  status: Type.Literal('ready'),
  roles: Type.Integer({ minimum: 1, description: 'How many roles the database serves.' })
}, { $id: 'Readiness', additionalProperties: false, examples: [{ status: 'ready', roles: 45 }] })

export const healthSchemas = [Health, Readiness]

// A probe answers for this instant only: it is never cached and has no validator.
const probeHeaders = {
  'x-request-id': readHeaders['x-request-id'],
  'cache-control': Type.String({ description: '`no-store`.' })
}

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', {
    logLevel: 'warn',
    config: { cache: 'no-store' },
    schema: {
      operationId: 'getHealth',
      summary: 'Liveness',
      description: 'Answers while the process is up; it does not touch the database.',
      tags: ['operations'],
      response: { 200: { ...okResponse(Health, 'The process is up.', { status: 'ok' }), headers: probeHeaders }, ...problemResponses() }
    }
  }, async () => ({ status: 'ok' as const }))

  app.get('/ready', {
    logLevel: 'warn',
    config: { cache: 'no-store' },
    schema: {
      operationId: 'getReadiness',
      summary: 'Readiness',
      description: 'Answers 200 once the server has warmed its hot routes and while the database answers a query and holds data; 503 otherwise.',
      tags: ['operations'],
      response: { 200: { ...okResponse(Readiness, 'The database answers and holds data.', { status: 'ready', roles: 45 }), headers: probeHeaders }, ...problemResponses() }
    }
  }, async () => {
    let roles = 0
    try {
      roles = app.db.get<{ roles: number }>(sql`SELECT count(*) AS roles FROM roles`).roles
    } catch (error) {
      app.log.error({ err: error }, 'readiness query failed')
    }
    if (!app.isWarm()) throw new HttpProblem(503, 'The server is warming up; retry in a moment.')
    if (roles === 0) throw new HttpProblem(503, 'The database is not ready: it did not answer, or it holds no roles.')
    return { status: 'ready' as const, roles }
  })
}

export default healthRoutes
