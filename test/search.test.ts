import t from 'tap'
import { build } from './helper.js'

interface Hit { type: string, id: string, score: number, title?: string, name?: string }

t.test('GET /v1/search', async (t) => {
  const app = await build(t)
  const search = async (query: string): Promise<Hit[]> => {
    const response = await app.inject(`/v1/search?${query}`)
    t.equal(response.statusCode, 200, query)
    return response.json().data
  }

  t.test('ranks roles, skills and certifications together, best first, each typed', async (t) => {
    const hits = await search('q=crisis')
    t.same(new Set(hits.map((hit) => hit.type)), new Set(['role', 'skill', 'certification']))
    const scores = hits.map((hit) => hit.score)
    t.same(scores, [...scores].sort((a, b) => b - a), 'sorted by score, descending')
    t.equal(hits[0]!.id, 'crisis-intervention', 'a name match ranks above a mention in a description')
    const role = hits.find((hit) => hit.type === 'role')!
    t.match(role, { title: String, detail: String })
    const certification = hits.find((hit) => hit.type === 'certification')!
    t.match(certification, { name: String, kind: String })
  })

  t.test('matches word prefixes for type-ahead, and abbreviations', async (t) => {
    t.ok((await search('q=thera&limit=50')).some((hit) => hit.id === 'therapy-specialist'))
    t.ok((await search('q=meditec')).some((hit) => hit.type === 'skill' && /MEDITECH/.test(hit.name!)))
    t.equal((await search('q=LCSW'))[0]!.id, 'lcsw')
  })

  t.test('type and limit narrow the results', async (t) => {
    const roles = await search('q=therapeutic&type=role')
    t.ok(roles.length > 0)
    t.ok(roles.every((hit) => hit.type === 'role'))
    const mixed = await search('q=crisis&type=skill,certification')
    t.ok(mixed.every((hit) => hit.type !== 'role'))
    t.equal((await search('q=a&limit=3')).length, 3)
  })

  t.test('punctuation and FTS syntax in the query are text, never errors', async (t) => {
    t.same(await search('q=%22%29%28*%3A'), [])
    t.same(await search('q=NEAR%28crisis'), (await search('q=near crisis')), 'operators are matched as words')
  })

  t.test('echoes the query', async (t) => {
    const response = await app.inject('/v1/search?q=peer')
    t.equal(response.json().query, 'peer')
  })
})
