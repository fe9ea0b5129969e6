import FindMyWay from 'find-my-way'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyInstance {
    /** The methods some route answers on this URL's path; empty when no route has the path. */
    allowedMethods: (url: string) => string[]
  }
}

/**
 * Knows which methods each path answers, so that a wrong method on a known path is a 405 with
 * `Allow` rather than a 404, and a plain OPTIONS (not a CORS preflight) lists them. Fastify's
 * router has no method-mismatch hook, so the routes are mirrored into a router of their own.
 */
export default fp(async function allowedMethods (app) {
  const methodsByPath = new Map<string, Set<string>>()
  const router = FindMyWay()

  app.addHook('onRoute', (route) => {
    // The CORS plugin's catch-all OPTIONS route answers preflights for every path.
    if (route.url === '*') return
    const methods = methodsByPath.get(route.url) ?? new Set(['OPTIONS'])
    for (const method of [route.method].flat()) methods.add(method)
    if (!methodsByPath.has(route.url)) {
      methodsByPath.set(route.url, methods)
      router.on('GET', route.url, () => {}, methods)
    }
  })

  app.decorate('allowedMethods', (url: string): string[] => {
    const found = router.find('GET', url.split('?', 1)[0]!)
    return found === null ? [] : [...(found.store as Set<string>)].sort()
  })

  app.addHook('onRequest', (request, reply, done) => {
    // A CORS preflight names the method it asks about; @fastify/cors answers those.
    if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] !== undefined) {
      done()
      return
    }
    const allowed = app.allowedMethods(request.url)
    if (allowed.length === 0) reply.callNotFound()
    else reply.code(204).header('allow', allowed.join(', ')).send()
  })
}, { name: 'allowed-methods' })
