import t from 'tap'
import { build } from './helper.js'

// Written from document 003's "Additional Resources To Help You Become a Therapeutic Services
// Assistant in California".

const S3 = '003_22ade88f96834ac8'
const HEADING = 'Additional Resources To Help You Become a Therapeutic Services Assistant in California'

interface Resource { id: string, name: string, kind: string, website: string | null, description: string | null, section: string }

const pathAndQuery = (link: string): string => {
  const url = new URL(link, 'http://localhost')
  return url.pathname + url.search
}

t.test('GET /v1/resources', async (t) => {
  const app = await build(t)
  const all: Resource[] = (await app.inject('/v1/resources?limit=100')).json().data
  const byId = (id: string): Resource | undefined => all.find((resource) => resource.id === id)

  t.test('CDPH with its website and purpose as the document gives them', async (t) => {
    t.match(byId('cdph'), {
      name: 'California Department of Public Health',
      abbreviation: 'CDPH',
      kind: 'agency',
      website: 'cdph.ca.gov',
      description: 'Information on health regulations and policies that impact therapeutic services.',
      section: HEADING,
      source_id: S3,
      roles: [{ role: { id: 'therapeutic-services-assistant' }, section: HEADING, source_id: S3 }]
    })
  })

  t.test('entries without a website or description keep them null', async (t) => {
    t.match(byId('american-therapeutic-association'), { abbreviation: 'ATA', kind: 'association', website: null, description: null })
    t.match(byId('bls-therapeutic-services-career-information'), { abbreviation: 'BLS', website: null, description: null })
    t.match(byId('american-journal-of-occupational-therapy'), {
      kind: 'journal',
      website: null,
      description: 'Access articles and research studies to stay updated on current trends and practices in therapeutic services.',
      section: `${HEADING} › Professional Journals and Publications`
    })
  })

  t.test('every kind the document lists', async (t) => {
    t.equal(all.length, 13)
    t.match(byId('california-bbs'), { kind: 'licensing_board', website: 'bbs.ca.gov', description: 'Licensing and regulatory information for professionals in therapeutic roles.' })
    t.match(byId('chcf'), { kind: 'foundation', website: 'chcf.org' })
    t.match(byId('nchs'), { kind: 'agency', website: 'cdc.gov/nchs' })
    const courses = (await app.inject('/v1/resources?kind=course_provider')).json().data
    t.same(courses.map((resource: Resource) => [resource.name, resource.website]), [['Coursera', 'coursera.org'], ['Udemy', 'udemy.com']])
    t.ok(courses.every((resource: Resource) => resource.description === 'Offers various courses in therapeutic services, including mental health and wellness.'))
  })

  t.test('pages by name with a cursor', async (t) => {
    const names = all.map((resource) => resource.name)
    t.same(names, [...names].sort())
    const walked: string[] = []
    let url: string | null = '/v1/resources?limit=5'
    while (url !== null && walked.length <= all.length) {
      const page: { data: Resource[], next: string | null } = (await app.inject(url)).json()
      walked.push(...page.data.map((resource) => resource.id))
      url = page.next === null ? null : pathAndQuery(page.next)
    }
    t.same(walked, all.map((resource) => resource.id))
    t.equal((await app.inject('/v1/resources?kind=agency&cursor=bogus')).statusCode, 400)
  })
})

t.test('GET /v1/resources/{id} and /v1/roles/{id}/resources', async (t) => {
  const app = await build(t)

  t.test('one resource', async (t) => {
    t.match((await app.inject('/v1/resources/linkedin-groups')).json(), {
      kind: 'networking', website: null, description: 'Search for therapeutic services-related groups.', version: 1
    })
  })

  t.test('an unknown id is a 404 problem', async (t) => {
    const response = await app.inject('/v1/resources/no-such-resource')
    t.equal(response.statusCode, 404)
    t.match(response.headers['content-type'], /^application\/problem\+json/)
    t.match(response.json(), { detail: 'No resource has the id "no-such-resource".' })
  })

  t.test('the role\'s resources are the ones its document embeds, in the document\'s order', async (t) => {
    const { data } = (await app.inject('/v1/roles/therapeutic-services-assistant/resources')).json()
    t.equal(data[0].resource.id, 'cdph')
    t.equal(data.at(-1).resource.id, 'linkedin-groups')
    t.same((await app.inject('/v1/roles/therapeutic-services-assistant')).json().resources, data)
    t.equal((await app.inject('/v1/roles/no-such-role/resources')).statusCode, 404)
  })
})
