import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { seedDatabase } from '../src/seed/load.js'
import { readSeedFiles } from '../src/seed/files.js'
import type { SeedData } from '../src/seed/format.js'
import { build } from './helper.js'

const seed = readSeedFiles()
/** Binary comparison, as SQLite orders text. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** Loads a changed copy of the seed through the real write path, as an update would. */
function reseed (app: FastifyInstance, change: (data: SeedData) => void): void {
  const data = structuredClone(seed)
  change(data)
  seedDatabase(app.db, data, { publicBaseUrl: null })
}

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
    // `next` is relative to the API's origin.
    const next = new URL(page.next, 'http://localhost')
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
    t.match(page.next, /^\/v1\/roles\?cursor=[\w-]+$/, 'a link relative to the API\'s origin')
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
  })

  t.test('the next link keeps the other parameters', async (t) => {
    const page = await listRoles(app, '?limit=2&detail=mention&sort=-title')
    const next = new URL(page.next!, 'http://localhost')
    t.equal(next.pathname, '/v1/roles')
    t.equal(next.searchParams.get('detail'), 'mention')
    t.equal(next.searchParams.get('sort'), '-title')
    t.equal(next.searchParams.get('limit'), '2')
  })

  t.test('a next page is also announced in a Link header', async (t) => {
    const response = await app.inject('/v1/roles?limit=2')
    const { next } = response.json<RolePage>()
    t.equal(response.headers.link, `<${next}>; rel="next"`)
    t.notOk('link' in (await app.inject('/v1/roles?limit=100')).headers, 'no Link on the last page')
  })

  t.test('the last page has next: null', async (t) => {
    const page = await listRoles(app, '?limit=100')
    t.equal(page.next, null)
  })

  t.test('filters', async (t) => {
    const full = await listRoles(app, '?detail=full')
    t.same(full.data.map((role) => role.id).sort(),
      ['therapeutic-assistant', 'therapeutic-services-assistant', 'therapeutic-support-staff', 'therapeutic-support-staff-family', 'therapy-specialist'])

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
    t.ok(highSchool.includes('therapeutic-support-staff-family'), '002 accepts high school for its family of roles')
    t.notOk(highSchool.includes('therapeutic-support-staff'), '001\'s job asks for a bachelor\'s')
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

t.test('sort=updated orders by updated_at, then id', async (t) => {
  const app = await build(t)
  // Retitle two roles, one after the other: each gets a new version and a later updated_at,
  // while created_at stays. The first changed is late by id and by title, so that no other
  // order (created_at, id, title) puts the roles the same way.
  reseed(app, (data) => { data.roles.find((role) => role.id === 'therapy-specialist')!.title = 'Therapy Specialist (Licensed)' })
  await sleep(5)
  reseed(app, (data) => {
    data.roles.find((role) => role.id === 'therapy-specialist')!.title = 'Therapy Specialist (Licensed)'
    data.roles.find((role) => role.id === 'case-manager')!.title = 'Case Manager (Community)'
  })

  type Row = { id: string, title: string, created_at: string, updated_at: string }
  const rows = app.db.all<Row>(sql`SELECT id, title, created_at, updated_at FROM roles`)
  const orderBy = (key: 'title' | 'created_at' | 'updated_at') => [...rows]
    .sort((a, b) => compare(a[key], b[key]) || compare(a.id, b.id)).map((row) => row.id)
  const expected = orderBy('updated_at')
  t.same(expected.slice(-2), ['therapy-specialist', 'case-manager'], 'the retitled roles changed last, in that order')
  t.notSame(expected, orderBy('created_at'), 'updated_at order is not created_at order')
  t.notSame(expected, orderBy('title'), 'nor title order')

  t.same(await walkAllPages(app, '?sort=updated&limit=100'), expected, 'one page')
  t.same(await walkAllPages(app, '?sort=updated&limit=6'), expected, 'pages of six')
  t.same(await walkAllPages(app, '?sort=-updated&limit=7'), [...expected].reverse(), '-updated is the exact reverse')
  const first = (await listRoles(app, '?sort=-updated&limit=1')).data[0]!
  t.match(first, { id: 'case-manager', title: 'Case Manager (Community)', version: 2 })
  t.equal(first.updated_at, rows.find((row) => row.id === 'case-manager')!.updated_at, 'updated_at is the row\'s')
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
    for (const part of ['skills', 'certifications', 'education', 'salaries', 'progression', 'outlook', 'schools', 'resources']) t.ok(part in role, `embeds ${part}`)
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
    for (const part of ['skills', 'certifications', 'education', 'salaries', 'progression', 'outlook', 'schools', 'resources']) t.notOk(part in none, `omits ${part}`)
    t.equal(none.responsibilities.primary.length > 0, true, 'the base document is still whole')
  })

  t.test('a brief role links to its broader role, which lists it as narrower', async (t) => {
    const technician = (await app.inject('/v1/roles/mental-health-technician')).json()
    t.same(technician.broader, { id: 'therapeutic-support-staff-family', title: 'Therapeutic Support Staff', detail: 'full' })
    const staff = (await app.inject('/v1/roles/therapeutic-support-staff-family?include=none')).json()
    t.same(staff.narrower.map((role: { id: string }) => role.id).sort(),
      ['counseling-aide', 'mental-health-technician', 'peer-support-specialist', 'rehabilitation-specialist'])
  })

  t.test('facts from two documents stay apart, each on the role its document describes, with its source', async (t) => {
    const staff = (await app.inject('/v1/roles/therapeutic-support-staff')).json()
    t.same(staff.sources.map((source: { id: string, coverage: string }) => [source.id, source.coverage]), [['001_b5bbebad356a4f28', 'describes']])
    t.same(staff.descriptions.map((description: { source_id: string }) => description.source_id), ['001_b5bbebad356a4f28'])
    const family = (await app.inject('/v1/roles/therapeutic-support-staff-family')).json()
    t.same(family.descriptions.map((description: { source_id: string }) => description.source_id), ['002_c01dfacc0499c815'])
    t.ok([...family.responsibilities.primary, ...family.responsibilities.secondary].every((item: { source_id: string }) => item.source_id === '002_c01dfacc0499c815'))
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
    // A document with fewer parts is cut from the full one, which an unknown id does not have.
    const partial = await app.inject('/v1/roles/no-such-role?include=skills')
    t.equal(partial.statusCode, 404)
    t.match(partial.json(), { status: 404, detail: 'No role has the id "no-such-role".' })
  })
})

t.test('occupational codes appear exactly as the seed states them, in JSON and JSON-LD', async (t) => {
  const app = await build(t)
  // The seed gives no role a code yet: add two, and load them through the write path, which
  // rebuilds the stored documents.
  reseed(app, (data) => {
    data.roles.find((role) => role.id === 'mental-health-technician')!.codes = [
      { scheme: 'SOC', code: '29-2053', label: 'Psychiatric Technicians' },
      { scheme: 'ONET_SOC', code: '29-2053.00', label: 'Psychiatric Technicians (O*NET)' }
    ]
  })

  const json = await app.inject('/v1/roles/mental-health-technician?include=none')
  t.equal(json.statusCode, 200)
  t.same(json.json().codes, [
    { scheme: 'ONET_SOC', code: '29-2053.00', label: 'Psychiatric Technicians (O*NET)' },
    { scheme: 'SOC', code: '29-2053', label: 'Psychiatric Technicians' }
  ], 'by scheme, then code')

  const jsonLd = await app.inject({ url: '/v1/roles/mental-health-technician', headers: { accept: 'application/ld+json' } })
  t.equal(jsonLd.statusCode, 200)
  t.same(jsonLd.json().occupationalCategory, [
    { '@type': 'CategoryCode', codeValue: '29-2053.00', name: 'Psychiatric Technicians (O*NET)', inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC' } },
    { '@type': 'CategoryCode', codeValue: '29-2053', name: 'Psychiatric Technicians', inCodeSet: { '@type': 'CategoryCodeSet', name: 'SOC' } }
  ])

  const other = (await app.inject('/v1/roles/counseling-aide?include=none')).json()
  t.same(other.codes, [], 'other roles still have none')
})
