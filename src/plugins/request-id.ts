import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import fp from 'fastify-plugin'

export const REQUEST_ID_HEADER = 'x-request-id'
const acceptableRequestId = /^[\w.:-]{1,128}$/

/**
 * Keeps a caller's `x-request-id` when it is a plain token, so one id follows a request
 * across services; otherwise mints a new one. Passed to Fastify as `genReqId`.
 */
export function generateRequestId (request: IncomingMessage): string {
  const header = request.headers[REQUEST_ID_HEADER]
  return typeof header === 'string' && acceptableRequestId.test(header) ? header : randomUUID()
}

/** Returns the request id on every response, so clients can quote it. */
export default fp(async function requestId (app) {
  // Hooks on every request take a callback rather than returning a promise: one less microtask each.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id)
    done()
  })
}, { name: 'request-id' })
