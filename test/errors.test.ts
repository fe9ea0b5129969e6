import net, { type AddressInfo } from 'node:net'
import { once } from 'node:events'
import t, { type Test } from 'tap'
import { sql } from 'drizzle-orm'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { build } from './helper.js'

// Every error the API can answer is an RFC 9457 problem document. These tests drive each
// error path through the real app and check the whole envelope, not only the status.

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'instance', 'request_id', 'errors']

interface InvalidParameter { in: string, name: string, reason: string }
interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  request_id: string
  errors?: InvalidParameter[]
}

interface ExpectedProblem {
  status: number
  type: string
  title: string
  detail?: string | RegExp
  /** Defaults to the request URL. */
  instance?: string
}

/** Asserts the envelope every problem response shares, and returns the body for more checks. */
function assertProblem (t: Test, res: LightMyRequestResponse, url: string, expected: ExpectedProblem): ProblemBody {
  t.equal(res.statusCode, expected.status, 'status code')
  t.equal(res.headers['content-type'], PROBLEM_CONTENT_TYPE, 'problem+json content type')
  const body = res.json<ProblemBody>()
  t.equal(body.status, expected.status, 'status in the body matches the status code')
  t.equal(body.type, expected.type, 'type')
  t.equal(body.title, expected.title, 'title')
  t.type(body.detail, 'string', 'detail')
  t.ok(body.detail.length > 0, 'detail is not empty')
  if (expected.detail !== undefined) t.match(body.detail, expected.detail, 'detail')
  t.equal(body.instance, expected.instance ?? url, 'instance is the request path and query')
  t.type(body.request_id, 'string', 'request_id')
  t.ok(body.request_id.length > 0, 'request_id is not empty')
  t.equal(res.headers['x-request-id'], body.request_id, 'x-request-id header equals request_id')
  t.same(Object.keys(body).filter((key) => !PROBLEM_KEYS.includes(key)), [], 'no members beyond the Problem schema')
  return body
}

/** A 400 validation problem: names every invalid parameter in `errors`. */
function assertInvalidParameters (
  t: Test,
  res: LightMyRequestResponse,
  url: string,
  expected: { in: string, name: string, reason?: string | RegExp }
): ProblemBody {
  const body = assertProblem(t, res, url, {
    status: 400,
    type: 'urn:roleatlas:problem:invalid-parameters',
    title: 'Invalid parameters'
  })
  t.ok(Array.isArray(body.errors) && body.errors.length > 0, 'errors lists the invalid parameters')
  const error = body.errors?.find((item) => item.name === expected.name)
  t.ok(error, `errors names "${expected.name}"`)
  t.equal(error?.in, expected.in, `"${expected.name}" is a ${expected.in} parameter`)
  t.type(error?.reason, 'string', 'each error has a reason')
  if (expected.reason !== undefined) t.match(error?.reason, expected.reason, 'reason')
  for (const item of body.errors ?? []) t.same(Object.keys(item).sort(), ['in', 'name', 'reason'], 'errors[] items are {in, name, reason}')
  t.match(body.detail, `"${expected.name}"`, 'detail names the parameter')
  return body
}

/** Starts the app on an ephemeral port and returns the port. */
async function listen (app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return (app.server.address() as AddressInfo).port
}

interface RawResponse {
  status: number
  statusText: string
  headers: Record<string, string>
  body: string
}

/** Splits raw HTTP/1.1 bytes into responses; bodies are delimited by content-length. */
function parseResponses (raw: string): RawResponse[] {
  const responses: RawResponse[] = []
  let rest = raw
  while (rest.length > 0) {
    const headEnd = rest.indexOf('\r\n\r\n')
    if (headEnd === -1) throw new Error(`incomplete response head: ${JSON.stringify(rest)}`)
    const [statusLine = '', ...headerLines] = rest.slice(0, headEnd).split('\r\n')
    const match = /^HTTP\/1\.1 (\d{3}) (.*)$/.exec(statusLine)
    if (match === null) throw new Error(`not a status line: ${JSON.stringify(statusLine)}`)
    const headers: Record<string, string> = {}
    for (const line of headerLines) {
      const colon = line.indexOf(':')
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
    const length = Number(headers['content-length'] ?? 0)
    const bodyStart = headEnd + 4
    responses.push({ status: Number(match[1]), statusText: match[2] ?? '', headers, body: rest.slice(bodyStart, bodyStart + length) })
    rest = rest.slice(bodyStart + length)
  }
  return responses
}

/** Writes raw bytes on a fresh connection and collects everything until the server closes it. */
async function rawExchange (port: number, data: string): Promise<string> {
  const socket = net.connect(port, '127.0.0.1')
  socket.setEncoding('utf8')
  let received = ''
  socket.on('data', (chunk: string) => { received += chunk })
  // The server may reset the connection after answering, while we are still writing: what
  // arrived before the reset is the answer.
  socket.on('error', () => {})
  await once(socket, 'connect')
  socket.write(data)
  await once(socket, 'close')
  return received
}

t.test('unknown routes', async (t) => {
  const app = await build(t)

  t.test('GET on an unknown path answers 404 naming the method and path', async (t) => {
    const url = '/v2/roles?limit=1'
    const res = await app.inject(url)
    const body = assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
    // The detail names the path without its query.
    t.equal(body.detail, 'No route matches GET /v2/roles.')
  })

  t.test('an unsupported method on a known path answers 404 naming the method', async (t) => {
    const url = '/v1/roles'
    const res = await app.inject({ method: 'DELETE', url })
    const body = assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
    t.equal(body.detail, 'No route matches DELETE /v1/roles.')
  })
})

t.test('unknown ids answer 404 naming the id', async (t) => {
  const app = await build(t)
  const cases = [
    { url: '/v1/roles/no-such-role', resource: 'role', id: 'no-such-role' },
    { url: '/v1/roles/no-such-role/skills', resource: 'role', id: 'no-such-role' },
    { url: '/v1/roles/no-such-role/certifications', resource: 'role', id: 'no-such-role' },
    { url: '/v1/roles/no-such-role/education', resource: 'role', id: 'no-such-role' },
    { url: '/v1/roles/no-such-role/salaries', resource: 'role', id: 'no-such-role' },
    { url: '/v1/roles/no-such-role/progression', resource: 'role', id: 'no-such-role' },
    { url: '/v1/skills/no-such-skill', resource: 'skill', id: 'no-such-skill' },
    { url: '/v1/certifications/no-such-cert', resource: 'certification', id: 'no-such-cert' },
    { url: '/v1/sources/999_0000000000000000', resource: 'source', id: '999_0000000000000000' }
  ]
  for (const { url, resource, id } of cases) {
    t.test(url, async (t) => {
      const res = await app.inject(url)
      const body = assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
      t.equal(body.detail, `No ${resource} has the id "${id}".`)
      t.notOk('errors' in body, 'a 404 has no errors member')
    })
  }
})

t.test('invalid query parameters answer 400 naming each parameter', async (t) => {
  const app = await build(t)
  const cases: Array<{ url: string, name: string, reason?: string | RegExp }> = [
    { url: '/v1/roles?limit=0', name: 'limit', reason: 'must be >= 1' },
    { url: '/v1/roles?limit=101', name: 'limit', reason: 'must be <= 100' },
    { url: '/v1/roles?limit=abc', name: 'limit', reason: 'must be integer' },
    { url: '/v1/skills?limit=0', name: 'limit', reason: 'must be >= 1' },
    { url: '/v1/certifications?limit=101', name: 'limit', reason: 'must be <= 100' },
    { url: '/v1/sources?limit=abc', name: 'limit', reason: 'must be integer' },
    { url: '/v1/search?q=crisis&limit=51', name: 'limit', reason: 'must be <= 50' },
    { url: '/v1/roles?sort=bogus', name: 'sort', reason: 'must be one of: title, -title, updated, -updated' },
    { url: '/v1/roles?education_max=bogus', name: 'education_max', reason: /^must be one of: none, high_school, / },
    { url: '/v1/roles?salary_min=-1', name: 'salary_min', reason: 'must be >= 0' },
    { url: '/v1/roles?location=usa', name: 'location', reason: /^must match pattern/ },
    { url: '/v1/roles?detail=bogus', name: 'detail', reason: 'must be one of: full, brief, mention' },
    { url: '/v1/skills?kind=bogus', name: 'kind', reason: /^must be one of: / },
    { url: '/v1/certifications?kind=bogus', name: 'kind', reason: /^must be one of: / },
    { url: '/v1/roles/therapeutic-assistant?include=bogus', name: 'include', reason: /^must be one of: skills, certifications, / },
    // The comma-separated form is split before validation, so one bad item fails the list.
    { url: '/v1/roles/therapeutic-assistant?include=skills,bogus', name: 'include', reason: /^must be one of: / },
    { url: '/v1/roles/therapeutic-assistant?include=skills&include=bogus', name: 'include', reason: /^must be one of: / },
    { url: '/v1/search?q=crisis&type=bogus', name: 'type', reason: 'must be one of: role, skill, certification' },
    { url: '/v1/search?q=crisis&type=role,bogus', name: 'type', reason: 'must be one of: role, skill, certification' },
    { url: '/v1/search', name: 'q', reason: 'is required' },
    { url: '/v1/search?q=', name: 'q', reason: /fewer than 1 character/ },
    { url: '/v1/roles?cursor=', name: 'cursor', reason: /fewer than 1 character/ }
  ]
  for (const { url, name, reason } of cases) {
    t.test(url, async (t) => {
      const res = await app.inject(url)
      const body = assertInvalidParameters(t, res, url, { in: 'query', name, ...(reason === undefined ? {} : { reason }) })
      t.equal(body.errors?.length, 1, 'only the one invalid parameter is named')
    })
  }
})

t.test('an invalid path parameter answers 400 with in "path"', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/roles/Bad_Id', '/v1/roles/Bad_Id/salaries', '/v1/skills/Bad_Id', '/v1/sources/bad.id']) {
    t.test(url, async (t) => {
      const res = await app.inject(url)
      const body = assertInvalidParameters(t, res, url, { in: 'path', name: 'id', reason: /^must match pattern/ })
      t.match(body.detail, /^path parameter "id" /)
    })
  }
})

t.test('cursors', async (t) => {
  const app = await build(t)

  t.test('a cursor that is not one this API issued answers 400', async (t) => {
    const notJson = '/v1/roles?cursor=not-a-cursor'
    assertInvalidParameters(t, await app.inject(notJson), notJson, { in: 'query', name: 'cursor', reason: 'is not a cursor issued by this API' })
    // Valid base64url JSON, but not the [sort, value, id] triple.
    const wrongShape = `/v1/roles?cursor=${Buffer.from(JSON.stringify(['title', 'x'])).toString('base64url')}`
    assertInvalidParameters(t, await app.inject(wrongShape), wrongShape, { in: 'query', name: 'cursor', reason: 'is not a cursor issued by this API' })
  })

  t.test('a cursor issued for another sort answers 400', async (t) => {
    const first = await app.inject('/v1/roles?limit=1')
    t.equal(first.statusCode, 200)
    const next = first.json<{ next: string | null }>().next
    t.type(next, 'string', 'the first page links to a next page')
    const cursor = new URL(next ?? 'http://localhost/').searchParams.get('cursor')
    t.ok(cursor, 'the next link carries a cursor')

    // The cursor works with the sort it was issued for ...
    const sameSort = await app.inject(`/v1/roles?limit=1&cursor=${cursor}`)
    t.equal(sameSort.statusCode, 200, 'the cursor is accepted with its own sort')

    // ... and is refused with another one.
    const url = `/v1/roles?limit=1&sort=-title&cursor=${cursor}`
    const res = await app.inject(url)
    assertInvalidParameters(t, res, url, { in: 'query', name: 'cursor', reason: 'was issued for sort "title", not "-title"' })
  })
})

t.test('malformed and over-long URLs', async (t) => {
  const app = await build(t)

  t.test('malformed percent-encoding answers 400', async (t) => {
    const url = '/v1/roles/%E0%A4%A'
    const res = await app.inject(url)
    const body = assertProblem(t, res, url, { status: 400, type: 'urn:roleatlas:problem:bad-request', title: 'Bad Request' })
    t.notOk('errors' in body, 'not a validation problem')
  })

  t.test('a path parameter over 100 characters answers 414', async (t) => {
    const url = `/v1/roles/${'a'.repeat(101)}`
    const res = await app.inject(url)
    assertProblem(t, res, url, { status: 414, type: 'urn:roleatlas:problem:uri-too-long', title: 'URI Too Long' })
  })

  t.test('a path parameter of exactly 100 characters is looked up', async (t) => {
    const url = `/v1/roles/${'a'.repeat(100)}`
    const res = await app.inject(url)
    assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
  })

  // Pads /v1/roles with an unknown (ignored) query parameter to an exact URL length.
  const urlOfLength = (length: number): string => {
    const prefix = '/v1/roles?limit=1&pad='
    return prefix + 'x'.repeat(length - prefix.length)
  }

  t.test('a URL over 8192 characters answers 414', async (t) => {
    const url = urlOfLength(8193)
    const res = await app.inject(url)
    assertProblem(t, res, url, {
      status: 414,
      type: 'urn:roleatlas:problem:uri-too-long',
      title: 'URI Too Long',
      detail: 'The URL is 8193 characters long; the limit is 8192.'
    })
  })

  t.test('a URL of exactly 8192 characters is served', async (t) => {
    const res = await app.inject(urlOfLength(8192))
    t.equal(res.statusCode, 200)
  })

  t.test('the URL limit applies to unknown routes too', async (t) => {
    const url = `/nowhere?pad=${'x'.repeat(8192)}`
    const res = await app.inject(url)
    assertProblem(t, res, url, { status: 414, type: 'urn:roleatlas:problem:uri-too-long', title: 'URI Too Long' })
  })
})

t.test('request bodies', async (t) => {
  // The API has no routes that take a body, but Fastify parses one before routing to the
  // not-found handler: parse failures must still be problems.
  const app = await build(t)
  const url = '/v1/roles'

  t.test('malformed JSON answers 400', async (t) => {
    const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"a":' })
    assertProblem(t, res, url, { status: 400, type: 'urn:roleatlas:problem:bad-request', title: 'Bad Request', detail: /not valid JSON/ })
  })

  t.test('an empty JSON body answers 400', async (t) => {
    const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '' })
    assertProblem(t, res, url, { status: 400, type: 'urn:roleatlas:problem:bad-request', title: 'Bad Request', detail: /cannot be empty/ })
  })

  t.test('a body over 1 MiB answers 413', async (t) => {
    const payload = JSON.stringify({ pad: 'x'.repeat(1024 * 1024) })
    const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload })
    assertProblem(t, res, url, { status: 413, type: 'urn:roleatlas:problem:payload-too-large', title: 'Payload Too Large' })
  })

  t.test('an unsupported media type is not reachable: no route takes a body, so it is a 404', async (t) => {
    // Fastify answers 415 only on a matched route; every route is a GET, whose body is ignored.
    const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/xml' }, payload: '<role/>' })
    assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found', detail: 'No route matches POST /v1/roles.' })
    const get = await app.inject({ method: 'GET', url: '/v1/roles?limit=1', headers: { 'content-type': 'application/xml' }, payload: '<role/>' })
    t.equal(get.statusCode, 200, 'a GET with an unsupported body type is served')
  })

  t.test('a well-formed body on a GET-only path is a 404, not a 500', async (t) => {
    const res = await app.inject({ method: 'POST', url, payload: { q: 'x' } })
    assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
  })
})

t.test('internal errors answer 500 without leaking details', async (t) => {
  const app = await build(t)
  // Break the database under a running app: the salaries query now fails inside SQLite.
  app.db.run(sql`DROP TABLE salaries`)

  for (const url of ['/v1/roles/therapeutic-services-assistant/salaries', '/v1/roles/therapeutic-services-assistant']) {
    t.test(url, async (t) => {
      const res = await app.inject(url)
      const body = assertProblem(t, res, url, {
        status: 500,
        type: 'urn:roleatlas:problem:internal-error',
        title: 'Internal Server Error',
        detail: 'The server failed to answer this request. The request id identifies it in the logs.'
      })
      t.notOk('stack' in body, 'no stack member')
      t.notMatch(res.body, /SqliteError|no such table|DROP|\bat \S+ \(|node_modules|\.[jt]s:\d/, 'neither the cause nor a stack leaks')
    })
  }

  t.test('routes that do not touch the broken table still answer', async (t) => {
    t.equal((await app.inject('/v1/skills?limit=1')).statusCode, 200)
  })
})

t.test('readiness answers 503 when the database cannot serve', async (t) => {
  const expected = {
    status: 503,
    type: 'urn:roleatlas:problem:service-unavailable',
    title: 'Service Unavailable',
    detail: 'The database is not ready: it did not answer, or it holds no roles.'
  }

  t.test('ready on a seeded database', async (t) => {
    const app = await build(t)
    const res = await app.inject('/ready')
    t.equal(res.statusCode, 200)
    t.match(res.json(), { status: 'ready', roles: Number })
  })

  t.test('the roles table is empty', async (t) => {
    const app = await build(t)
    // Other tables refer to roles without ON DELETE CASCADE; this test only needs roles empty.
    app.db.run(sql`PRAGMA foreign_keys = OFF`)
    app.db.run(sql`DELETE FROM roles`)
    assertProblem(t, await app.inject('/ready'), '/ready', expected)
  })

  t.test('the roles table is gone', async (t) => {
    const app = await build(t)
    app.db.run(sql`PRAGMA foreign_keys = OFF`)
    app.db.run(sql`DROP TABLE roles`)
    assertProblem(t, await app.inject('/ready'), '/ready', expected)
    // Liveness does not depend on the database.
    t.equal((await app.inject('/health')).statusCode, 200, '/health still answers')
  })
})

t.test('requests that arrive while the server is closing answer 503', async (t) => {
  const app = await build(t)
  const port = await listen(app)
  const socket = net.connect(port, '127.0.0.1')
  socket.setEncoding('utf8')
  let received = ''
  socket.on('data', (chunk: string) => { received += chunk })
  await once(socket, 'connect')

  // A request whose body is still arriving keeps the connection active, so close() cannot
  // reap it as idle; a second request pipelined behind it then arrives during shutdown.
  const arrived = once(app.server, 'request')
  socket.write('POST /v1/roles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{')
  await arrived
  // Its onRequest hooks are promise chains: let them finish before shutdown starts.
  await new Promise((resolve) => setImmediate(resolve))

  // Fastify calls server.close() right after the preClose hooks, where the plugin sets its flag.
  const preCloseDone = new Promise<void>((resolve) => {
    const server = app.server
    const close = server.close.bind(server)
    server.close = ((callback?: (error?: Error) => void) => {
      resolve()
      return close(callback)
    }) as typeof server.close
  })
  const closed = app.close()
  await preCloseDone

  socket.write('}GET /v1/roles?limit=1 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: during-shutdown\r\n\r\n')
  await once(socket, 'close')
  await closed

  const responses = parseResponses(received)
  t.equal(responses.length, 2, 'both requests are answered')
  t.equal(responses[0]?.status, 404, 'the request that arrived before shutdown is served as usual')
  const res = responses[1]
  t.equal(res?.status, 503)
  t.equal(res?.headers['connection'], 'close', 'connection: close sends the client elsewhere')
  t.equal(res?.headers['content-type'], PROBLEM_CONTENT_TYPE)
  t.equal(res?.headers['x-request-id'], 'during-shutdown')
  t.same(JSON.parse(res?.body ?? 'null'), {
    type: 'urn:roleatlas:problem:service-unavailable',
    title: 'Service Unavailable',
    status: 503,
    detail: 'The server is shutting down; retry the request.',
    instance: '/v1/roles?limit=1',
    request_id: 'during-shutdown'
  })
})

t.test('client errors Node raises before a request exists', async (t) => {
  const app = await build(t)
  const port = await listen(app)

  const assertRawProblem = (t: Test, raw: string, status: number, statusText: string, type: string, detail: string): void => {
    const responses = parseResponses(raw)
    t.equal(responses.length, 1, 'one response, then the connection closes')
    const res = responses[0]
    t.equal(res?.status, status)
    t.equal(res?.statusText, statusText)
    t.equal(res?.headers['content-type'], 'application/problem+json')
    t.equal(res?.headers['connection'], 'close')
    const body = JSON.parse(res?.body ?? 'null') as ProblemBody
    t.same(body, { type, title: statusText, status, detail, request_id: body.request_id }, 'a problem document without instance')
    t.match(body.request_id, UUID, 'request_id is a fresh UUID')
    t.equal(res?.headers['x-request-id'], body.request_id, 'x-request-id header equals request_id')
  }

  t.test('a request head over 16 KiB answers 431', async (t) => {
    const raw = await rawExchange(port, `GET /v1/roles HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(17 * 1024)}\r\n\r\n`)
    assertRawProblem(t, raw, 431, 'Request Header Fields Too Large', 'urn:roleatlas:problem:request-header-fields-too-large',
      'The request line and headers exceed the 16 KiB limit.')
  })

  t.test('bytes that are not HTTP answer 400', async (t) => {
    const raw = await rawExchange(port, 'this is not HTTP at all\r\n\r\n')
    assertRawProblem(t, raw, 400, 'Bad Request', 'urn:roleatlas:problem:bad-request', 'The request is not valid HTTP.')
  })

  // Node raises these two from timers and from the network, not from bytes a client can send
  // on cue (the request timeout is 5 minutes), so the test raises the same 'clientError'
  // Node would, on a real connection's server-side socket.
  const clientErrorOnOpenConnection = async (code: string, prepare?: (server: net.Socket) => void) => {
    const serverSide = once(app.server, 'connection') as Promise<[net.Socket]>
    const socket = net.connect(port, '127.0.0.1')
    socket.setEncoding('utf8')
    let received = ''
    socket.on('data', (chunk: string) => { received += chunk })
    const closed = once(socket, 'close')
    const [server] = await serverSide
    prepare?.(server)
    app.server.emit('clientError', Object.assign(new Error(code), { code }), server)
    return { socket, server, closed, received: () => received }
  }

  t.test('a request not received in time answers 408', async (t) => {
    const { closed, received } = await clientErrorOnOpenConnection('ERR_HTTP_REQUEST_TIMEOUT')
    await closed
    assertRawProblem(t, received(), 408, 'Request Timeout', 'urn:roleatlas:problem:request-timeout', 'The request was not received in time.')
  })

  t.test('a connection the client reset gets no answer', async (t) => {
    const { socket, server, closed, received } = await clientErrorOnOpenConnection('ECONNRESET')
    t.notOk(server.destroyed, 'the handler leaves the socket to Node')
    socket.end()
    await closed
    t.equal(received(), '', 'nothing is written to a reset connection')
  })

  // Node can report an error on a socket that is already half-closed or gone; the handler
  // must then answer nothing rather than write to it.
  t.test('a socket that can no longer be written to gets no answer, and is closed', async (t) => {
    const { server, closed, received } = await clientErrorOnOpenConnection('HPE_INVALID_METHOD', (server) => { server.end() })
    await closed
    t.ok(server.destroyed, 'the handler destroys the socket')
    t.equal(received(), '', 'nothing is written after the server ended its side')
  })

  t.test('a socket already destroyed is left alone', async (t) => {
    const { closed, received } = await clientErrorOnOpenConnection('HPE_INVALID_METHOD', (server) => { server.destroy() })
    await closed
    t.equal(received(), '', 'nothing is written')
  })

  t.test('the server keeps serving after client errors', async (t) => {
    const raw = await rawExchange(port, 'GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
    const [res] = parseResponses(raw)
    t.equal(res?.status, 200)
    t.same(JSON.parse(res?.body ?? 'null'), { status: 'ok' })
  })
})

t.test('request ids', async (t) => {
  const app = await build(t)
  const url = '/v1/roles/no-such-role'

  t.test('a valid incoming x-request-id is echoed in the header and the problem', async (t) => {
    for (const id of ['abc-123', 'trace.id:42_x', 'r'.repeat(128)]) {
      const res = await app.inject({ url, headers: { 'x-request-id': id } })
      const body = assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
      t.equal(body.request_id, id, `kept: ${id.slice(0, 20)}`)
    }
  })

  t.test('successful responses carry the request id too', async (t) => {
    const res = await app.inject({ url: '/health', headers: { 'x-request-id': 'ok-1' } })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['x-request-id'], 'ok-1')
  })

  t.test('an invalid x-request-id is replaced by a UUID', async (t) => {
    for (const id of ['has spaces', 'r'.repeat(129), 'semi;colon', '']) {
      const res = await app.inject({ url, headers: { 'x-request-id': id } })
      const body = assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
      t.match(body.request_id, UUID, `replaced: ${JSON.stringify(id.slice(0, 20))}`)
      t.not(body.request_id, id)
    }
  })

  t.test('without x-request-id each request gets its own UUID', async (t) => {
    const first = await app.inject(url)
    const second = await app.inject(url)
    t.match(first.headers['x-request-id'], UUID)
    t.match(second.headers['x-request-id'], UUID)
    t.not(first.headers['x-request-id'], second.headers['x-request-id'])
  })
})

t.test('a number too large to be finite is a 400 naming the parameter, not a fault', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/roles?limit=1e309', '/v1/skills?limit=-1e309', '/v1/roles?salary_min=1e309', '/v1/search?q=crisis&limit=1e999']) {
    const response = await app.inject(url)
    t.equal(response.statusCode, 400, url)
    t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
    const parameter = new URL(url, 'http://x').searchParams
    const name = [...parameter.keys()].find((key) => key !== 'q')
    t.match(response.json(), { errors: [{ in: 'query', name, reason: 'must be a finite number' }] }, url)
  }
  t.equal((await app.inject('/health')).statusCode, 200, 'a route without a querystring schema is untouched')
})
