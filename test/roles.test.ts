import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build } from './helper.js'

interface RoleCard { id: string, title: string, detail: string, updated_at: string, tags: Array<{ name: string }>, summary: string | null }
interface RolePage { data: RoleCard[], next: string | null }

async function listRoles (app: FastifyInstance, query: string): Promise<RolePage> {
  const response = await app.inject(`/v1/roles${query}`)
  t.equal(response.statusCode, 200, `GET /v1/roles${query}`)
  return response.json()
}

/** Follows `next` links from the first page to the last and returns every id served. */
async function walkAllPages (app: FastifyInstance, query: string): Promise<string[]> {
  const ids: string[] = []
  let page = await listRoles(app, query)
  ids.push(...page.data.map((role) => role.id))
  while (page.next !== null) {
    const next = new URL(page.next)
    page = await listRoles(app, next.search)
    ids.push(...page.data.map((role) => role.id))
  }
  return ids
}

t.test('GET /v1/roles', async (t) => {
  const app = await build(t)

  t.test('lists roles by title with the default page size', async (t) => {
    const page = await listRoles(app, '')
    t.equal(page.data.length, 20)
    const titles = page.data.map((role) => role.title)
    t.same(titles, [...titles].sort(), 'sorted by title')
    t.match(page.next, /^http:\/\/localhost(:\d+)?\/v1\/roles\?cursor=/)
    t.match(page.data[0], { id: String, title: String, detail: /^(full|brief|mention)$/, version: 1, tags: Array })
  })

  t.test('cursor pagination serves every role exactly once, in order, in both directions', async (t) => {
    const all = await walkAllPages(app, '?limit=100')
    const byFives = await walkAllPages(app, '?limit=5')
    t.same(byFives, all, 'small pages give the same sequence as one big page')
    t.equal(new Set(byFives).size, byFives.length, 'no role repeats')
    t.ok(all.length >= 40, `${all.length} roles`)
    const descending = await walkAllPages(app, '?limit=7&sort=-title')
    t.same(descending, [...all].reverse(), '-title is the exact reverse')
    const byUpdate = await walkAllPages(app, '?limit=6&sort=updated')
    t.same([...byUpdate].sort(), [...all].sort(), 'sort=updated pages through the same roles')
    const byUpdateDescending = await walkAllPages(app, '?limit=6&sort=-updated')
    t.same(byUpdateDescending, [...byUpdate].reverse())
  })

  t.test('the next link keeps the other parameters', async (t) => {
    const page = await listRoles(app, '?limit=2&detail=mention&sort=-title')
    const next = new URL(page.next!)
    t.equal(next.searchParams.get('detail'), 'mention')
    t.equal(next.searchParams.get('sort'), '-title')
    t.equal(next.searchParams.get('limit'), '2')
  })

  t.test('the next link uses the forwarded host and protocol only when told to trust a proxy', async (t) => {
    const response = await app.inject({ url: '/v1/roles?limit=1', headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } })
    t.match(response.json().next, /^http:\/\/localhost/, 'forwarded headers are ignored by default')
  })

  t.test('the last page has next: null', async (t) => {
    const page = await listRoles(app, '?limit=100')
    t.equal(page.next, null)
  })

  t.test('filters', async (t) => {
    const full = await listRoles(app, '?detail=full')
    t.same(full.data.map((role) => role.id).sort(), ['therapeutic-assistant', 'therapeutic-services-assistant', 'therapeutic-support-staff', 'therapy-specialist'])

    const brief = await listRoles(app, '?detail=brief')
    t.same(brief.data.map((role) => role.id).sort(), ['counseling-aide', 'mental-health-technician', 'peer-support-specialist', 'rehabilitation-specialist'])

    const tagged = await listRoles(app, '?tag=direct%20care&limit=100')
    t.ok(tagged.data.some((role) => role.id === 'therapeutic-assistant'), 'tag matches case-insensitively')
    t.ok(tagged.data.every((role) => role.tags.some((tag) => tag.name.toLowerCase() === 'direct care')))
    t.same((await listRoles(app, '?tag=No%20Such%20Tag')).data, [])

    const withSkill = await listRoles(app, '?skill=crisis-intervention')
    t.ok(withSkill.data.some((role) => role.id === 'therapy-specialist'))
    t.notOk(withSkill.data.some((role) => role.detail === 'mention'))

    const licensed = await listRoles(app, '?certification=lcsw')
    t.same(licensed.data.map((role) => role.id), ['therapy-specialist'])

    const highSchool = (await listRoles(app, '?education_max=high_school')).data.map((role) => role.id)
    t.ok(highSchool.includes('therapeutic-assistant'), 'minimum high school')
    t.ok(highSchool.includes('therapeutic-support-staff'), 'one source (002) accepts high school')
    t.notOk(highSchool.includes('therapy-specialist'), 'needs a master\'s degree')
    const master = (await listRoles(app, '?education_max=master')).data.map((role) => role.id)
    t.ok(master.includes('therapy-specialist'))
    t.same((await listRoles(app, '?education_max=none')).data, [])
  })

  t.test('salary and location filters match one figure that meets all of them', async (t) => {
    const yearly = (await listRoles(app, '?salary_min=60000')).data.map((role) => role.id)
    t.same(yearly, ['therapy-specialist'], 'only the $65,000-$95,000 range reaches 60k a year')
    const from50k = (await listRoles(app, '?salary_min=50000')).data.map((role) => role.id).sort()
    t.same(from50k, ['therapeutic-assistant', 'therapeutic-services-assistant', 'therapy-specialist'])
    const hourly = (await listRoles(app, '?salary_min=16&salary_period=hour')).data.map((role) => role.id)
    t.same(hourly, ['therapeutic-services-assistant'], 'the $16.89 hourly median')
    t.same((await listRoles(app, '?salary_min=17&salary_period=hour')).data, [])
    t.same((await listRoles(app, '?salary_min=1&salary_currency=EUR')).data, [], 'no figure is in euros')
    const california = (await listRoles(app, '?location=US-CA')).data.map((role) => role.id)
    t.same(california, ['therapeutic-services-assistant'])
    t.same((await listRoles(app, '?location=US')).data.map((role) => role.id), ['therapeutic-services-assistant'],
      'figures without a stated location are not placed in any country')
    t.same((await listRoles(app, '?location=US-NY')).data, [])
    t.same((await listRoles(app, '?location=US-CA&salary_min=51000')).data, [],
      'the California figures top out at $50,000, so no single figure meets both')
  })

  t.test('q filters by full text with prefix matching', async (t) => {
    const therap = (await listRoles(app, '?q=therap&limit=100')).data.map((role) => role.id)
    t.ok(therap.includes('therapeutic-assistant'))
    t.ok(therap.includes('therapy-specialist'))
    const tss = (await listRoles(app, '?q=TSS')).data.map((role) => role.id)
    t.ok(tss.includes('therapeutic-support-staff'), 'alternate titles are searchable')
    t.same((await listRoles(app, '?q=%22%29%28*')).data, [], 'text with no words matches nothing')
    t.same((await listRoles(app, '?q=zzzzqqq')).data, [])
    const combined = (await listRoles(app, '?q=therap&detail=full&sort=-title')).data.map((role) => role.title)
    t.same(combined, [...combined].sort().reverse())
  })

  t.test('the summary is the first describing document\'s definition', async (t) => {
    const page = await listRoles(app, '?detail=full')
    const staff = page.data.find((role) => role.id === 'therapeutic-support-staff')!
    t.match(staff.summary, /^Therapeutic Support Staff are vital members of a mental health team/)
    const mention = (await listRoles(app, '?detail=mention&limit=1')).data[0]!
    t.equal(mention.summary, null)
  })
})

t.test('GET /v1/roles/{id}', async (t) => {
  const app = await build(t)

  t.test('the default document embeds every part', async (t) => {
    const response = await app.inject('/v1/roles/therapeutic-assistant')
    t.equal(response.statusCode, 200)
    t.equal(response.headers['content-type'], 'application/json; charset=utf-8')
    const role = response.json()
    t.match(role, {
      id: 'therapeutic-assistant',
      title: 'Therapeutic Assistant',
      detail: 'full',
      broader: null,
      narrower: [],
      version: 1,
      codes: [],
      sources: [{ id: '000_4694b98c1c2a5003', coverage: 'describes' }]
    })
    for (const part of ['skills', 'certifications', 'education', 'salaries', 'progression']) t.ok(part in role, `embeds ${part}`)
    t.equal(role.responsibilities.primary.length, 15)
    t.equal(role.responsibilities.secondary.length, 5)
    t.match(role.progression, { role: { id: 'therapeutic-assistant' }, leads_to: Array, comes_from: Array })
    t.same(role.tags.map((tag: { name: string }) => tag.name).sort(), ['Behavioral Health', 'Direct Care', 'Healthcare', 'Mental Health'])
    t.ok(role.tags.every((tag: { source_id: string | null }) => tag.source_id === '000_4694b98c1c2a5003'), 'the document states these tags')
  })

  t.test('include chooses the embedded parts, as a list or repeated', async (t) => {
    const listed = (await app.inject('/v1/roles/therapy-specialist?include=skills,salaries')).json()
    t.ok('skills' in listed)
    t.ok('salaries' in listed)
    t.notOk('certifications' in listed)
    t.notOk('progression' in listed)
    const repeated = (await app.inject('/v1/roles/therapy-specialist?include=education&include=progression')).json()
    t.ok('education' in repeated)
    t.ok('progression' in repeated)
    t.notOk('skills' in repeated)
    const none = (await app.inject('/v1/roles/therapy-specialist?include=none')).json()
    for (const part of ['skills', 'certifications', 'education', 'salaries', 'progression']) t.notOk(part in none, `omits ${part}`)
    t.equal(none.responsibilities.primary.length > 0, true, 'the base document is still whole')
  })

  t.test('a brief role links to its broader role, which lists it as narrower', async (t) => {
    const technician = (await app.inject('/v1/roles/mental-health-technician')).json()
    t.same(technician.broader, { id: 'therapeutic-support-staff', title: 'Therapeutic Support Staff', detail: 'full' })
    const staff = (await app.inject('/v1/roles/therapeutic-support-staff?include=none')).json()
    t.same(staff.narrower.map((role: { id: string }) => role.id).sort(),
      ['counseling-aide', 'mental-health-technician', 'peer-support-specialist', 'rehabilitation-specialist'])
  })

  t.test('facts from two documents stay apart, each with its source', async (t) => {
    const staff = (await app.inject('/v1/roles/therapeutic-support-staff')).json()
    t.same(staff.sources.map((source: { id: string }) => source.id).sort(), ['001_b5bbebad356a4f28', '002_c01dfacc0499c815'])
    t.equal(staff.descriptions.length, 2)
    t.same(staff.employment_types, [{ type: 'full_time', source_id: '001_b5bbebad356a4f28' }])
    t.same(staff.reports_to.map((line: { role: { id: string } }) => line.role.id).sort(), ['clinical-supervisor', 'director-of-therapeutic-services'])
    t.ok(staff.benefits.some((benefit: { text: string }) => benefit.text === '401(k)'))
    t.ok(staff.other_requirements.some((requirement: { text: string }) => /criminal background check/.test(requirement.text)))
    const settings = staff.work_settings as Array<{ id: string, source_ids: string[] }>
    t.ok(settings.length > 0)
    t.ok(settings.every((setting) => setting.source_ids.length > 0))
  })

  t.test('a role known only by name is a real node without invented data', async (t) => {
    const role = (await app.inject('/v1/roles/certified-nursing-assistant')).json()
    t.match(role, { detail: 'mention', summary: null, descriptions: [], experience: [], skills: [], salaries: [], education: [] })
    t.ok(role.sources.every((source: { coverage: string }) => source.coverage === 'mentions'))
    t.ok(role.progression.leads_to.some((move: { role: { id: string } }) => move.role.id === 'therapeutic-assistant'))
  })

  t.test('an unknown id is a 404 problem naming it', async (t) => {
    const response = await app.inject('/v1/roles/no-such-role')
    t.equal(response.statusCode, 404)
    t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.match(response.json(), { status: 404, detail: 'No role has the id "no-such-role".' })
  })
})
