import t from 'tap'
import { build } from './helper.js'

t.test('GET /health answers while the process is up', async (t) => {
  const app = await build(t)
  const response = await app.inject('/health')
  t.equal(response.statusCode, 200)
  t.same(response.json(), { status: 'ok' })
  t.match(response.headers['x-request-id'], /^[0-9a-f-]{36}$/)
})

t.test('GET /ready runs a query and reports the roles served', async (t) => {
  const app = await build(t)
  const response = await app.inject('/ready')
  t.equal(response.statusCode, 200)
  t.match(response.json(), { status: 'ready', roles: Number })
  t.ok(response.json().roles >= 40)
})
