import t from 'tap'
import { buildApp } from '../../src/app.js'

// What every operation does with a method it does not answer, with OPTIONS, and with a query
// parameter it does not know.

const ids: Record<string, string> = {
  '/v1/roles/{id}': 'therapy-specialist',
  '/v1/skills/{id}': 'crisis-intervention',
  '/v1/certifications/{id}': 'lcsw',
  '/v1/sources/{id}': '000_4694b98c1c2a5003',
  '/v1/schools/{id}': 'ivy-tech-community-college',
  '/v1/resources/{id}': 'cdph'
}

/** Every published GET path, with its id filled in. */
function concretePaths (paths: string[]): string[] {
  return paths.map((path) => {
    const template = Object.keys(ids).find((prefix) => path.startsWith(prefix))
    return template === undefined ? path : path.replace('{id}', ids[template]!)
  })
}

t.test('a wrong method on a known path is 405 with Allow; an unknown path stays 404', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const paths = concretePaths(Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths))
  t.ok(paths.length >= 15)
  for (const url of [...paths, '/openapi.json']) {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await app.inject({ method, url })
      t.equal(response.statusCode, 405, `${method} ${url}`)
      t.equal(response.headers.allow, 'GET, HEAD, OPTIONS')
      t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
      t.match(response.json(), { type: 'urn:roleatlas:problem:method-not-allowed', title: 'Method Not Allowed', status: 405, detail: `${method} is not allowed on ${url}; it answers GET, HEAD, OPTIONS.` })
    }
  }
  const unknown = await app.inject({ method: 'DELETE', url: '/v1/nothing-here' })
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.headers.allow, undefined)
  t.equal((await app.inject({ method: 'POST', url: '/v1/roles/therapy-specialist/skills/extra' })).statusCode, 404, 'a deeper unknown path')
})

t.test('a plain OPTIONS lists the methods; one on an unknown path is 404', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const options = await app.inject({ method: 'OPTIONS', url: '/v1/roles/therapy-specialist/salaries' })
  t.equal(options.statusCode, 204)
  t.equal(options.headers.allow, 'GET, HEAD, OPTIONS')
  t.equal(options.rawPayload.length, 0)
  const unknown = await app.inject({ method: 'OPTIONS', url: '/v1/unknown' })
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.headers['content-type'], 'application/problem+json; charset=utf-8')
})

t.test('an unknown query parameter is a 400 naming it, on every operation', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const paths = concretePaths(Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths))
  // Required parameters are given, so that the unknown one is the only problem.
  const required: Record<string, string> = { '/v1/search': '?q=crisis&' }
  for (const url of [...paths, '/openapi.json']) {
    const response = await app.inject(`${url}${required[url] ?? '?'}updated_since=2099-01-01`)
    t.equal(response.statusCode, 400, url)
    t.match(response.json(), {
      type: 'urn:roleatlas:problem:invalid-parameters',
      errors: [{ in: 'query', name: 'updated_since', reason: 'is not a parameter of this operation' }]
    }, `${url} names the parameter`)
  }
  const known = await app.inject('/v1/roles?detail=full&limit=2')
  t.equal(known.statusCode, 200, 'known parameters still work')
})

t.test('CORS: any origin by default, preflights answered and cached', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const origin = 'https://careers.example.com'
  const read = await app.inject({ url: '/v1/roles/therapy-specialist', headers: { origin } })
  t.equal(read.headers['access-control-allow-origin'], '*')
  const exposed = String(read.headers['access-control-expose-headers']).split(', ')
  for (const header of ['ETag', 'Last-Modified', 'Link', 'X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After']) {
    t.ok(exposed.includes(header), `exposes ${header}`)
  }
  const error = await app.inject({ url: '/v1/roles/nope', headers: { origin } })
  t.equal(error.headers['access-control-allow-origin'], '*', 'errors are readable too')

  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/v1/roles/therapy-specialist',
    headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' }
  })
  t.equal(preflight.statusCode, 204)
  t.equal(preflight.headers['access-control-allow-origin'], '*')
  t.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD')
  t.match(preflight.headers['access-control-allow-headers'], /If-None-Match/)
  t.match(preflight.headers['access-control-allow-headers'], /If-Modified-Since/)
  t.equal(preflight.headers['access-control-max-age'], '86400')
})

t.test('CORS: an allow-list reflects allowed origins only, and varies on Origin', async (t) => {
  const app = await buildApp({ databasePath: ':memory:', corsOrigins: ['https://careers.example.com', 'https://jobs.example.org'] })
  t.teardown(() => app.close())
  const allowed = await app.inject({ url: '/v1/roles/therapy-specialist', headers: { origin: 'https://jobs.example.org' } })
  t.equal(allowed.headers['access-control-allow-origin'], 'https://jobs.example.org')
  t.equal(allowed.headers.vary, 'Origin, Accept, Accept-Encoding', 'Origin is kept beside the document\'s own Vary')
  const other = await app.inject({ url: '/v1/roles/therapy-specialist', headers: { origin: 'https://evil.example' } })
  t.equal(other.statusCode, 200, 'the server still answers; the browser withholds it')
  t.equal(other.headers['access-control-allow-origin'], undefined)
  const list = await app.inject({ url: '/v1/roles', headers: { origin: 'https://careers.example.com' } })
  t.equal(list.headers.vary, 'Origin, Accept-Encoding')
})
