import t, { type Test } from 'tap'
import { build } from './helper.js'

interface Hit { type: string, id: string, score: number, title?: string, name?: string, names?: unknown[] }

t.test('GET /v1/search', async (t) => {
  const app = await build(t)
  const search = async (query: string, test: Test = t): Promise<Hit[]> => {
    const response = await app.inject(`/v1/search?${query}`)
    test.equal(response.statusCode, 200, query)
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
    t.same((await search('q=LCSW'))[0]!.names, [{ name: 'LCSW', kind: 'abbreviation', source_id: '004_ceb25adb4d5f0a29' }], 'with its source')
    t.equal((await search('q=QMHP&type=role'))[0]!.id, 'qualified-mental-health-professional', 'a title a document only mentioning the role gives')
    t.equal((await search('q=DSM&type=skill'))[0]!.id, 'clinical-assessment-and-diagnosis', 'a skill by its abbreviation')
    t.equal((await search('q=MANDT&type=certification'))[0]!.id, 'mandt')
  })

  t.test('finds schools by name and resources by name or abbreviation', async (t) => {
    t.match((await search('q=ivy tech'))[0], { type: 'school', id: 'ivy-tech-community-college', name: 'Ivy Tech Community College', city: 'Indianapolis', state: 'IN' })
    t.match((await search('q=CDPH'))[0], { type: 'resource', id: 'cdph', abbreviation: 'CDPH', kind: 'agency' })
    t.match((await search('q=licensing board&type=resource'))[0], { id: 'california-bbs', kind: 'licensing_board' })
    const schools = await search('q=college&type=school&limit=50')
    t.same(schools.map((hit) => hit.id).sort(), ['black-river-technical-college', 'charter-college', 'ivy-tech-community-college',
      'the-college-of-health-care-professions-northwest', 'unitek-college'])
    t.same(await search('q=california&type=school'), [], 'the heading\'s California is not where the schools are')
    t.same((await search('q=fremont&type=school')).map((hit) => hit.id), ['unitek-college'])
  })

  t.test('type and limit narrow the results', async (t) => {
    const roles = await search('q=therapeutic&type=role')
    t.ok(roles.length > 0)
    t.ok(roles.every((hit) => hit.type === 'role'))
    const mixed = await search('q=crisis&type=skill,certification')
    t.ok(mixed.every((hit) => hit.type !== 'role'))
    t.equal((await search('q=a&limit=3')).length, 3)
  })

  t.test('FTS syntax in the query is matched as words, never parsed', async (t) => {
    const plain = await search('q=crisis%20intervention', t)
    t.same(plain.map((hit) => hit.id), ['crisis-intervention', 'therapeutic-support-staff-family', 'therapeutic-support-staff', 'therapy-specialist', 'therapeutic-assistant'])
    // Parsed, these would be a column filter, a syntax error, a phrase, a prefix or a boost.
    for (const query of ['crisis:intervention', '-crisis +intervention', '"crisis intervention"', '(crisis) intervention*', '{crisis} intervention^']) {
      t.same(await search(`q=${encodeURIComponent(query)}`, t), plain, `${query} finds what the plain words find, with the same scores`)
    }
    // Parsed, NOT would drop every hit that mentions intervention; as a word it is one more term to match.
    const operator = await search('q=crisis%20NOT%20intervention', t)
    t.same(operator.map((hit) => hit.id), ['therapeutic-support-staff', 'therapy-specialist', 'therapeutic-assistant'])
    t.same(operator, await search('q=crisis%20not%20intervention', t), 'NOT is the word "not"')
  })

  t.test('a query of punctuation only finds nothing, without an error', async (t) => {
    const response = await app.inject('/v1/search?q=%22%29%28*%3A')
    t.equal(response.statusCode, 200)
    t.same(response.json(), { query: '")(*:', data: [] })
  })

  t.test('echoes the query', async (t) => {
    const response = await app.inject('/v1/search?q=peer')
    t.equal(response.json().query, 'peer')
  })
})
