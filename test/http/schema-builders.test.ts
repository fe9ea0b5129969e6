import t from 'tap'
import { Type } from 'typebox'
import { HttpProblem, problemTypes } from '../../src/http/problem.js'
import { linkHeader, notModifiedResponse, nullable, okResponse, querystring, ref } from '../../src/http/schema-builders.js'

t.test('a problem takes its type and title from its status', async (t) => {
  const problem = new HttpProblem(404, 'gone')
  t.equal(problem.type, problemTypes[404])
  t.equal(problem.title, 'Not Found')
})

t.test('a status without a problem type of its own is about:blank (RFC 9457)', async (t) => {
  const teapot = new HttpProblem(418, 'short and stout')
  t.equal(teapot.type, 'about:blank')
  t.equal(teapot.title, 'I\'m a Teapot')
  t.equal(new HttpProblem(499, 'unnamed').title, 'Error', 'a status Node has no phrase for')
})

t.test('ref() refuses a schema without an $id, which could not be referenced', async (t) => {
  t.throws(() => ref(Type.String()), new TypeError('ref() needs a schema with an $id'))
  t.same(ref(Type.String({ $id: 'Name' })), { $ref: 'Name' })
})

t.test('querystring() makes parameters with a default optional to callers', async (t) => {
  const schema = querystring(Type.Object({ limit: Type.Integer({ default: 20 }), q: Type.String(), cursor: Type.Optional(Type.String()) }))
  t.same(schema.required, ['q'])
  t.same(querystring(Type.Object({ cursor: Type.Optional(Type.String()) })).required, [], 'an object with nothing required')
})

t.test('querystring() refuses parameters it does not declare', async (t) => {
  t.equal((querystring(Type.Object({ q: Type.String() })) as { additionalProperties?: unknown }).additionalProperties, false)
})

t.test('nullable() writes a primitive as a type list, anything else as a union', async (t) => {
  t.same(nullable(Type.String({ format: 'uri-reference' }), { description: 'next' }),
    { type: ['string', 'null'], format: 'uri-reference', description: 'next' })
  t.same(nullable(Type.Integer({ minimum: 1 })), { type: ['integer', 'null'], minimum: 1 })
  const union = nullable(Type.Object({ a: Type.String() }), { description: 'a or null' }) as { anyOf?: unknown[], description?: string }
  t.equal(union.anyOf?.length, 2)
  t.match(union.anyOf?.[1], { type: 'null' })
  t.equal(union.description, 'a or null')
  t.same(nullable(Type.Unsafe<string>(Type.Ref('Name'))), { anyOf: [{ $ref: 'Name' }, { type: 'null' }] }, 'a $ref is not a primitive')
})

t.test('a 200 declares the read headers; a 304 declares them too, except content-encoding, and no content', async (t) => {
  const ok = okResponse(Type.String({ $id: 'Name' }), 'a name', 'x', linkHeader)
  t.same(Object.keys(ok.headers), ['x-request-id', 'etag', 'cache-control', 'vary', 'content-encoding', 'link'])
  t.same(ok.content, { 'application/json': { schema: { $ref: 'Name' }, example: 'x' } })
  const notModified = notModifiedResponse({ 'last-modified': Type.String() })
  t.same(Object.keys(notModified.headers), ['x-request-id', 'etag', 'cache-control', 'vary', 'last-modified'])
  t.equal(notModified.type, 'null')
  t.notOk('content' in notModified)
})
