import t from 'tap'
import { sql } from 'drizzle-orm'
import { build } from './helper.js'
import { assertInvalidParameters, assertProblem, UUID } from './problem-assertions.js'

const METHOD_NOT_ALLOWED = { status: 405, type: 'urn:roleatlas:problem:method-not-allowed', title: 'Method Not Allowed' }

// Every error the API can answer is an RFC 9457 problem document. These tests drive each
// error path through the real app and check the whole envelope, not only the status.

t.test('unknown routes', async (t) => {
  const app = await build(t)

  t.test('GET on an unknown path answers 404 naming the method and path', async (t) => {
    const url = '/v2/roles?limit=1'
    const res = await app.inject(url)
    const body = assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
    // The detail names the path without its query.
    t.equal(body.detail, 'No route matches GET /v2/roles.')
  })

  t.test('an unsupported method on a known path answers 405 with the methods it allows', async (t) => {
    const url = '/v1/roles'
    const res = await app.inject({ method: 'DELETE', url })
    const body = assertProblem(t, res, url, METHOD_NOT_ALLOWED)
    t.equal(body.detail, 'DELETE is not allowed on /v1/roles; it answers GET, HEAD, OPTIONS.')
    t.equal(res.headers.allow, 'GET, HEAD, OPTIONS')
  })

  t.test('a path with a parameter is known whatever the id', async (t) => {
    const url = '/v1/roles/no-such-role/salaries?limit=1'
    const res = await app.inject({ method: 'PUT', url })
    const body = assertProblem(t, res, url, METHOD_NOT_ALLOWED)
    t.equal(body.detail, 'PUT is not allowed on /v1/roles/no-such-role/salaries; it answers GET, HEAD, OPTIONS.', 'the path without its query')
    t.equal(res.headers.allow, 'GET, HEAD, OPTIONS')
  })

  t.test('an unsupported method on an unknown path is still 404', async (t) => {
    const url = '/v2/roles'
    const res = await app.inject({ method: 'DELETE', url })
    const body = assertProblem(t, res, url, { status: 404, type: 'urn:roleatlas:problem:not-found', title: 'Not Found' })
    t.equal(body.detail, 'No route matches DELETE /v2/roles.')
    t.notOk('allow' in res.headers)
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
    { url: '/v1/roles?cursor=', name: 'cursor', reason: /fewer than 1 character/ },
    // A misspelt or unsupported parameter is refused rather than ignored.
    { url: '/v1/roles?limit=1&pad=x', name: 'pad', reason: 'is not a parameter of this operation' },
    { url: '/v1/roles/therapeutic-assistant?limit=1', name: 'limit', reason: 'is not a parameter of this operation' },
    { url: '/health?verbose=1', name: 'verbose', reason: 'is not a parameter of this operation' }
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
    const cursor = new URL(next ?? '/', 'http://localhost').searchParams.get('cursor')
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

  // Pads a list parameter with empty items, which are skipped, to an exact URL length (an
  // unknown parameter would be refused).
  const urlOfLength = (length: number): string => {
    const prefix = '/v1/search?q=crisis&type=role'
    return prefix + ','.repeat(length - prefix.length)
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
    const url = urlOfLength(8192)
    t.equal(url.length, 8192)
    const res = await app.inject(url)
    t.equal(res.statusCode, 200)
    t.ok(res.json().data.length > 0 && res.json().data.every((hit: { type: string }) => hit.type === 'role'), 'the padded list is read as type=role')
  })

  t.test('the URL limit applies to unknown routes too', async (t) => {
    const url = `/nowhere?pad=${'x'.repeat(8192)}`
    const res = await app.inject(url)
    assertProblem(t, res, url, { status: 414, type: 'urn:roleatlas:problem:uri-too-long', title: 'URI Too Long' })
  })
})

t.test('request bodies', async (t) => {
  // The API has no routes that take a body, but Fastify parses one before answering a wrong
  // method: parse failures must still be problems.
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

  t.test('an unsupported media type is not reachable: no route takes a body, so it is a 405', async (t) => {
    // Fastify answers 415 only on a matched route; every route is a GET, whose body is ignored.
    const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/xml' }, payload: '<role/>' })
    assertProblem(t, res, url, { ...METHOD_NOT_ALLOWED, detail: 'POST is not allowed on /v1/roles; it answers GET, HEAD, OPTIONS.' })
    t.equal(res.headers.allow, 'GET, HEAD, OPTIONS')
    const get = await app.inject({ method: 'GET', url: '/v1/roles?limit=1', headers: { 'content-type': 'application/xml' }, payload: '<role/>' })
    t.equal(get.statusCode, 200, 'a GET with an unsupported body type is served')
  })

  t.test('a well-formed body on a GET-only path is a 405, not a 500', async (t) => {
    const res = await app.inject({ method: 'POST', url, payload: { q: 'x' } })
    assertProblem(t, res, url, METHOD_NOT_ALLOWED)
    t.equal(res.headers.allow, 'GET, HEAD, OPTIONS')
  })
})

t.test('internal errors answer 500 without leaking details', async (t) => {
  const app = await build(t)
  // Break the database under a running app: the salaries query now fails inside SQLite, and
  // so does reading the stored role documents (none has been read into memory yet).
  app.db.run(sql`DROP TABLE salaries`)
  app.db.run(sql`DROP TABLE role_documents`)

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

  t.test('ready on a seeded database, once warm', async (t) => {
    const app = await build(t)
    await app.warmUp()
    const res = await app.inject('/ready')
    t.equal(res.statusCode, 200)
    t.same(res.json(), { status: 'ready', roles: 45 })
  })

  // Warmed first, so that only the database keeps the server from being ready.
  t.test('the roles table is empty', async (t) => {
    const app = await build(t)
    await app.warmUp()
    // Other tables refer to roles without ON DELETE CASCADE; this test only needs roles empty.
    app.db.run(sql`PRAGMA foreign_keys = OFF`)
    app.db.run(sql`DELETE FROM roles`)
    assertProblem(t, await app.inject('/ready'), '/ready', expected)
  })

  t.test('the roles table is gone', async (t) => {
    const app = await build(t)
    await app.warmUp()
    app.db.run(sql`PRAGMA foreign_keys = OFF`)
    app.db.run(sql`DROP TABLE roles`)
    assertProblem(t, await app.inject('/ready'), '/ready', expected)
    // Liveness does not depend on the database.
    t.equal((await app.inject('/health')).statusCode, 200, '/health still answers')
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
