import t from 'tap'
import { build } from './helper.js'

// Written from document 003's "Best Schools to become a Therapeutic Services Assistant in
// California 2024": six schools, most of them outside California.

const S3 = '003_22ade88f96834ac8'
const HEADING = 'Best Schools to become a Therapeutic Services Assistant in California 2024'

interface School {
  id: string
  name: string
  city: string | null
  state: string | null
  in_state_tuition: number | null
  out_of_state_tuition: number | null
  admission_rate_percent: number | null
  roles: Array<{ role: { id: string }, section: string, source_id: string }>
}

const pathAndQuery = (link: string): string => {
  const url = new URL(link, 'http://localhost')
  return url.pathname + url.search
}

t.test('GET /v1/schools', async (t) => {
  const app = await build(t)
  const page = (await app.inject('/v1/schools')).json<{ data: School[], next: string | null }>()

  t.test('lists the six schools by name, with their figures as the document gives them', async (t) => {
    t.equal(page.next, null)
    t.same(page.data.map((school) => school.name), [
      'Black River Technical College', 'Charter College', 'Ivy Tech Community College', 'NUC University',
      'The College of Health Care Professions-Northwest', 'Unitek College'
    ])
    t.match(page.data.find((school) => school.id === 'ivy-tech-community-college'), {
      city: 'Indianapolis',
      state: 'IN',
      tuition_currency: 'USD',
      in_state_tuition: 4487,
      out_of_state_tuition: 8777,
      admission_rate_percent: null,
      graduation_rate_percent: 31,
      enrollment: 89705,
      section: HEADING,
      source_id: S3
    })
    t.match(page.data.find((school) => school.id === 'the-college-of-health-care-professions-northwest'), {
      city: 'Houston', state: 'TX', in_state_tuition: null, out_of_state_tuition: null, graduation_rate_percent: 53, enrollment: 3201
    }, '"$N/A" is null, not zero')
    t.match(page.data.find((school) => school.id === 'nuc-university'), { city: 'Bayamon', state: 'PR', in_state_tuition: 6448, out_of_state_tuition: 8160 })
    t.same(page.data.map((school) => school.state).sort(), ['AR', 'CA', 'IN', 'PR', 'TX', 'WA'], 'only Unitek College is in California')
    t.ok(page.data.every((school) => school.admission_rate_percent === null), 'the document gives no admission rate')
  })

  t.test('each school is tied to the role under the document\'s heading', async (t) => {
    for (const school of page.data) t.same(school.roles.map(({ role, section, source_id: sourceId }) => [role.id, section, sourceId]), [['therapeutic-services-assistant', HEADING, S3]], school.id)
  })

  t.test('pages with a cursor, in the same order, with a Link header', async (t) => {
    const first = await app.inject('/v1/schools?limit=4')
    const body = first.json<{ data: School[], next: string }>()
    t.equal(body.data.length, 4)
    t.equal(first.headers.link, `<${body.next}>; rel="next"`)
    const second = (await app.inject(pathAndQuery(body.next))).json<{ data: School[], next: string | null }>()
    t.equal(second.next, null)
    t.same([...body.data, ...second.data].map((school) => school.id), page.data.map((school) => school.id))
  })

  t.test('a list answers 304 to its own ETag', async (t) => {
    const first = await app.inject('/v1/schools')
    const again = await app.inject({ url: '/v1/schools', headers: { 'if-none-match': String(first.headers.etag) } })
    t.equal(again.statusCode, 304)
    t.equal((await app.inject('/v1/schools?state=CA')).statusCode, 400, 'an unknown parameter is refused')
  })
})

t.test('GET /v1/schools/{id} and /v1/roles/{id}/schools', async (t) => {
  const app = await build(t)

  t.test('one school, as listed', async (t) => {
    const unitek = (await app.inject('/v1/schools/unitek-college')).json()
    t.match(unitek, { name: 'Unitek College', city: 'Fremont', state: 'CA', in_state_tuition: null, graduation_rate_percent: 77, enrollment: 4857, version: 1 })
  })

  t.test('an unknown id is a 404 problem', async (t) => {
    const response = await app.inject('/v1/schools/hogwarts')
    t.equal(response.statusCode, 404)
    t.match(response.headers['content-type'], /^application\/problem\+json/)
    t.match(response.json(), { status: 404, detail: 'No school has the id "hogwarts".' })
  })

  t.test('the role\'s schools are the ones its document embeds', async (t) => {
    const { data } = (await app.inject('/v1/roles/therapeutic-services-assistant/schools')).json()
    t.equal(data.length, 6)
    t.match(data[0], { school: { id: 'ivy-tech-community-college', in_state_tuition: 4487 }, section: HEADING, source_id: S3 }, 'in the document\'s order')
    const role = (await app.inject('/v1/roles/therapeutic-services-assistant')).json()
    t.same(role.schools, data)
    t.same((await app.inject('/v1/roles/therapy-specialist/schools')).json().data, [])
    t.equal((await app.inject('/v1/roles/no-such-role/schools')).statusCode, 404)
  })
})
