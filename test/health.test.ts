import t from 'tap'
import { build } from './helper.js'

t.test('GET /health answers while the process is up', async (t) => {
  const app = await build(t)
  const response = await app.inject('/health')
  t.equal(response.statusCode, 200)
  t.same(response.json(), { status: 'ok' })
  t.match(response.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  t.equal(response.headers['cache-control'], 'no-store', 'a probe is never cached')
  t.notOk('etag' in response.headers, 'and has no validator')
})

t.test('GET /ready answers 503 until the hot routes have been warmed', async (t) => {
  const app = await build(t)
  const cold = await app.inject('/ready')
  t.equal(cold.statusCode, 503)
  t.match(cold.json(), { status: 503, detail: 'The server is warming up; retry in a moment.' })
  t.equal(cold.headers['cache-control'], 'no-store')
  t.equal(app.isWarm(), false)

  await app.warmUp()
  t.equal(app.isWarm(), true)
  const response = await app.inject('/ready')
  t.equal(response.statusCode, 200)
  t.same(response.json(), { status: 'ready', roles: 45 }, 'a query counts the roles served')
  t.equal(response.headers['cache-control'], 'no-store')
})
