import fp from 'fastify-plugin'
import { InvalidParametersError } from '../http/problem.js'

/**
 * Rejects query parameters that validated as numbers but are not finite. Ajv coerces a string
 * such as "1e309" to Infinity and then skips its number keywords (minimum, maximum) for
 * non-finite values, so `limit=1e309` would otherwise reach a query.
 */
export default fp(async function finiteNumbers (app) {
  app.addHook('preHandler', (request, _reply, done) => {
    for (const [name, value] of Object.entries(request.query as Record<string, unknown>)) {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        done(new InvalidParametersError([{ in: 'query', name, reason: 'must be a finite number' }]))
        return
      }
    }
    done()
  })
}, { name: 'finite-numbers' })
