import t from 'tap'
import { build } from './helper.js'

t.test('GET /v1/sources', async (t) => {
  const app = await build(t)

  t.test('lists the five documents by id with the roles they cover', async (t) => {
    const page = (await app.inject('/v1/sources')).json()
    t.same(page.data.map((source: { id: string }) => source.id), [
      '000_4694b98c1c2a5003', '001_b5bbebad356a4f28', '002_c01dfacc0499c815', '003_22ade88f96834ac8', '004_ceb25adb4d5f0a29'
    ])
    t.equal(page.next, null)
  })

  t.test('pages with a cursor', async (t) => {
    const first = (await app.inject('/v1/sources?limit=2')).json()
    t.same(first.data.map((source: { id: string }) => source.id), ['000_4694b98c1c2a5003', '001_b5bbebad356a4f28'])
    t.match(first.next, /^\/v1\/sources\?limit=2&cursor=[\w-]+$/, 'a relative link that keeps the limit')
    const second = (await app.inject(first.next)).json()
    t.same(second.data.map((source: { id: string }) => source.id), ['002_c01dfacc0499c815', '003_22ade88f96834ac8'])
    const third = (await app.inject(second.next)).json()
    t.same(third.data.map((source: { id: string }) => source.id), ['004_ceb25adb4d5f0a29'])
    t.equal(third.next, null, 'the last page')
  })
})

t.test('GET /v1/sources/{id}', async (t) => {
  const app = await build(t)

  t.test('gives the publisher, author and date the document states', async (t) => {
    const source = (await app.inject('/v1/sources/002_c01dfacc0499c815')).json()
    t.match(source, { publisher: 'PsyWellPath', author: 'Dr. Neeshu Rathore', published_on: '2025-05-04', version: 1 })
    t.match(source, { publisher_basis: 'inferred_from_author_bio', published_on_basis: 'last_updated' }, 'both are inferred, and say so')
    const described = source.roles.filter((link: { coverage: string }) => link.coverage === 'describes').map((link: { role: { id: string } }) => link.role.id)
    t.ok(described.includes('mental-health-technician'))
  })

  t.test('says how each date and publisher is known, and gives no basis where there is no value', async (t) => {
    const { data } = (await app.inject('/v1/sources?limit=100')).json()
    t.same(data.map((source: Record<string, unknown>) => [source['id'], source['published_on_basis'], source['publisher_basis']]), [
      ['000_4694b98c1c2a5003', null, null],
      ['001_b5bbebad356a4f28', 'inferred_from_title', null],
      ['002_c01dfacc0499c815', 'last_updated', 'inferred_from_author_bio'],
      ['003_22ade88f96834ac8', null, null],
      ['004_ceb25adb4d5f0a29', null, null]
    ])
    const role = (await app.inject('/v1/roles/counseling-aide?include=none')).json()
    t.same(role.sources, [{ id: '002_c01dfacc0499c815', title: 'The Essential Role of Therapeutic Support Staff', publisher: 'PsyWellPath', publisher_basis: 'inferred_from_author_bio', coverage: 'describes' }],
      'a role document embeds the publisher with its basis')
  })

  t.test('an unknown id is a 404 problem; a malformed one a 400', async (t) => {
    const missing = await app.inject('/v1/sources/999_nothing')
    t.equal(missing.statusCode, 404)
    t.match(missing.json(), { detail: 'No source has the id "999_nothing".' })
    const malformed = await app.inject('/v1/sources/not%20an%20id')
    t.equal(malformed.statusCode, 400)
    t.match(malformed.json(), { errors: [{ in: 'path', name: 'id' }] })
  })
})
