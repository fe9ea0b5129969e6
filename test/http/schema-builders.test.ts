import t from 'tap'
import { Type } from 'typebox'
import { HttpProblem, problemTypes } from '../../src/http/problem.js'
import { querystring, ref } from '../../src/http/schema-builders.js'

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
