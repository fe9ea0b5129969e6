import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { build } from './helper.js'

// Written from documents 003 (Therapeutic Services Assistant in California) and 001 (Therapeutic
// Support Staff job description template); the walk at the end reads the seed files.

const S1 = '001_b5bbebad356a4f28'
const S3 = '003_22ade88f96834ac8'
const MARKET = 'Job Market and Opportunities for Therapeutic Services Assistant in California'
const FAQ = 'Frequently Asked Questions (FAQs) About Therapeutic Services Assistant in California'
const CALIFORNIA = { country: 'US', subdivision: 'US-CA' }

interface Statement {
  id: string
  kind: string
  label: string | null
  text: string
  attribution: string | null
  place: string | null
  region: { country: string, subdivision: string | null } | null
  section: string
  source_id: string
}

t.test('GET /v1/roles/{id}/outlook', async (t) => {
  const app = await build(t)
  const outlook = async (path: string): Promise<Statement[]> => {
    const response = await app.inject(`/v1/roles/${path}`)
    t.equal(response.statusCode, 200, path)
    return response.json().data
  }
  const tsa = await outlook('therapeutic-services-assistant/outlook')

  t.test('credits the growth projection to the Bureau of Labor Statistics', async (t) => {
    t.match(tsa.find((item) => item.label === 'Growth Potential'), {
      kind: 'growth',
      attribution: 'Bureau of Labor Statistics',
      text: 'The Bureau of Labor Statistics projects a steady growth rate for positions in this field. With more emphasis on holistic and patient-centered care, employers are seeking more Therapeutic Services Assistants to enhance patient outcomes.',
      region: CALIFORNIA,
      section: MARKET,
      source_id: S3
    })
    t.equal(tsa.filter((item) => item.attribution !== null).length, 1, 'no other statement is credited to anyone')
  })

  t.test('demand, the FAQ\'s outlook and the industry trend, verbatim', async (t) => {
    t.match(tsa.find((item) => item.label === 'High Demand for Services'), {
      kind: 'demand',
      text: 'As the population ages and the prevalence of chronic conditions rises, there is an increased need for therapeutic services. Therapeutic Services Assistants play an essential role in providing support and care for patients with rehabilitation needs.'
    })
    t.match(tsa.find((item) => item.section === `${FAQ} › What is the job outlook for Therapeutic Services Assistants?`), {
      kind: 'growth',
      label: null,
      text: 'The job outlook is positive, with demand expected to grow due to an aging population and increasing emphasis on rehabilitation services. Opportunities may expand in various healthcare settings.',
      region: CALIFORNIA
    })
    t.match(tsa.find((item) => item.kind === 'trend'), {
      label: 'Industry Trends',
      text: 'There is an increasing trend towards integrated care models, where Therapeutic Services Assistants collaborate with a multidisciplinary team. This trend enhances job satisfaction and professional growth for those in the field.'
    })
  })

  t.test('the four hotspots, in the document\'s order, each with its place and region', async (t) => {
    const hotspots = tsa.filter((item) => item.kind === 'hotspot')
    t.same(hotspots.map((item) => item.place), ['Los Angeles County', 'San Diego County', 'San Francisco Bay Area', 'Sacramento'])
    t.ok(hotspots.every((item) => item.section === `${MARKET} › Geographical Hotspots`))
    t.same(hotspots.map((item) => item.region), Array(4).fill(CALIFORNIA))
    t.equal(hotspots[3]!.text, 'As the state capital, Sacramento is witnessing growth in various healthcare sectors, providing ample opportunities for employment in therapeutic services.')
  })

  t.test('the work environment, verbatim', async (t) => {
    t.same(tsa.filter((item) => item.kind === 'work_environment').map((item) => item.text),
      ['The work environment is typically fast-paced and collaborative, involving regular interaction with patients and healthcare teams. You may work in clinical settings, which can be physically demanding.'])
    const tss = await outlook('therapeutic-support-staff/outlook')
    t.match(tss, [
      { kind: 'demand', region: null, source_id: S1, text: 'As society places more emphasis on mental and emotional well-being, the demand for skilled individuals who can provide, enhance, and maintain therapeutic support continues to rise.' },
      { kind: 'work_environment', label: 'Work Environment', region: null, source_id: S1, text: 'This position may require work in various settings, such as schools, homes, and community centers. Travel may be required.' }
    ])
    t.equal(tss.length, 2)
  })

  t.test('kind and location narrow the statements', async (t) => {
    t.equal((await outlook('therapeutic-services-assistant/outlook?kind=hotspot')).length, 4)
    t.equal((await outlook('therapeutic-services-assistant/outlook?location=US')).length, tsa.length, 'a country matches its subdivisions')
    t.equal((await outlook('therapeutic-services-assistant/outlook?location=US-CA&kind=growth')).length, 2)
    t.same(await outlook('therapeutic-services-assistant/outlook?location=US-NY'), [])
    t.same(await outlook('therapeutic-support-staff/outlook?location=US'), [], 'statements about no region are left out')
    t.same(await outlook('therapy-specialist/outlook'), [], 'document 004 says nothing of the job market')
  })

  t.test('the role document embeds the same statements', async (t) => {
    const role = (await app.inject('/v1/roles/therapeutic-services-assistant?include=outlook')).json()
    t.same(role.outlook, tsa)
    t.notOk('schools' in role)
  })

  t.test('an unknown role is a 404 problem, an unknown kind a 400', async (t) => {
    const missing = await app.inject('/v1/roles/no-such-role/outlook')
    t.equal(missing.statusCode, 404)
    t.match(missing.headers['content-type'], /^application\/problem\+json/)
    t.equal((await app.inject('/v1/roles/therapeutic-services-assistant/outlook?kind=weather')).statusCode, 400)
  })

  t.test('the walk: every outlook statement in the seed files is served with its source', async (t) => {
    const folder = join(import.meta.dirname, '..', 'seed', 'documents')
    let count = 0
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      const document = JSON.parse(readFileSync(join(folder, name), 'utf8'))
      for (const facts of document.roles) {
        const served = await outlook(`${facts.role}/outlook`)
        const mine = served.filter((item) => item.source_id === document.source.id)
        t.same(mine.map(({ id: _id, source_id: _source, region, ...rest }) => ({ ...rest, country: region?.country ?? null, subdivision: region?.subdivision ?? null })),
          (facts.outlook ?? []).map((item: Record<string, unknown>) => ({ ...item })), `${document.source.id} ${facts.role}`)
        count += mine.length
      }
    }
    t.equal(count, 12, 'ten statements from 003 and two from 001')
  })
})
