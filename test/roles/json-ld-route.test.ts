import t from 'tap'
import { buildApp } from '../../src/app.js'

// GET /v1/roles/{id} as schema.org JSON-LD: what a careers page pastes into its <script> tag.

const LD = { accept: 'application/ld+json' }
const ROLE = '/v1/roles/therapeutic-services-assistant'

interface Occupation {
  '@context': string
  '@type': string
  '@id'?: string
  url?: string
  name: string
  estimatedSalary?: Array<{ '@type': string, name: string }>
  occupationLocation?: Array<{ '@type': string, name: string, identifier: string }>
}

t.test('JSON-LD is an Occupation, with absolute links when the public base URL is known', async (t) => {
  const app = await buildApp({ databasePath: ':memory:', publicBaseUrl: 'https://api.example.com' })
  t.teardown(() => app.close())
  const response = await app.inject({ url: ROLE, headers: LD })
  t.equal(response.statusCode, 200)
  t.equal(response.headers['content-type'], 'application/ld+json; charset=utf-8')
  t.equal(response.headers.vary, 'Accept, Accept-Encoding')
  const occupation = response.json<Occupation>()
  t.match(occupation, {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    '@id': 'https://api.example.com/v1/roles/therapeutic-services-assistant',
    url: 'https://api.example.com/v1/roles/therapeutic-services-assistant',
    name: 'Therapeutic Services Assistant'
  })
  t.ok(occupation.estimatedSalary!.length >= 3, 'every figure without a location filter')
})

t.test('location keeps one place\'s figures; a place without figures gets none', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const all = (await app.inject({ url: ROLE, headers: LD })).json<Occupation>()
  t.equal(all.url, undefined, 'no absolute URL without PUBLIC_BASE_URL')

  const california = (await app.inject({ url: `${ROLE}?location=US-CA`, headers: LD })).json<Occupation>()
  t.same(california.estimatedSalary, all.estimatedSalary, 'all of this role\'s figures are Californian')
  t.same(california.occupationLocation, [{ '@type': 'State', name: 'California', identifier: 'US-CA' }])
  const country = (await app.inject({ url: `${ROLE}?location=US`, headers: LD })).json<Occupation>()
  t.same(country.estimatedSalary, california.estimatedSalary, 'the country includes its subdivisions\' figures')

  const newYork = await app.inject({ url: `${ROLE}?location=US-NY`, headers: LD })
  t.equal(newYork.statusCode, 200)
  t.equal(newYork.json<Occupation>().estimatedSalary, undefined)
  t.equal(newYork.json<Occupation>().occupationLocation, undefined)
  const texas = await app.inject({ url: `${ROLE}?location=US-TX`, headers: LD })
  t.equal(texas.headers.etag, newYork.headers.etag, 'places without figures share one document')

  // Therapeutic Assistant's one figure states no place: it is left out of any place's document.
  const assistant = '/v1/roles/therapeutic-assistant'
  t.equal((await app.inject({ url: assistant, headers: LD })).json<Occupation>().estimatedSalary!.length, 1)
  t.equal((await app.inject({ url: `${assistant}?location=US`, headers: LD })).json<Occupation>().estimatedSalary, undefined)

  t.equal((await app.inject({ url: '/v1/roles/no-such-role?location=US', headers: LD })).statusCode, 404)
  t.equal((await app.inject({ url: `${ROLE}?location=California`, headers: LD })).statusCode, 400, 'an ISO code is required')
})

t.test('parameters that do not apply to the representation asked for are refused', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const location = await app.inject(`${ROLE}?location=US-CA`)
  t.equal(location.statusCode, 400)
  t.match(location.json(), { errors: [{ in: 'query', name: 'location', reason: /application\/ld\+json only/ }] })
  const include = await app.inject({ url: `${ROLE}?include=skills`, headers: LD })
  t.equal(include.statusCode, 400)
  t.match(include.json(), { errors: [{ in: 'query', name: 'include', reason: /application\/json only/ }] })
})
