import t from 'tap'
import { build } from './helper.js'

t.test('GET /v1/roles/{id}/salaries', async (t) => {
  const app = await build(t)

  t.test('every figure carries its period, location, publisher, quote and source', async (t) => {
    const body = (await app.inject('/v1/roles/therapeutic-services-assistant/salaries')).json()
    t.equal(body.data.length, 3)
    const [annual, hourly, range] = body.data
    t.match(annual, {
      kind: 'median', currency: 'USD', period: 'year', median: 35130,
      location: { country: 'US', subdivision: 'US-CA' },
      publisher: 'BLS Occupational Employment and Wage Statistics via CareerOneStop',
      quote: 'Annual Median: $35,130',
      source_id: '003_22ade88f96834ac8'
    })
    t.match(hourly, { kind: 'median', period: 'hour', median: 16.89, location: { subdivision: 'US-CA' } })
    t.match(range, { kind: 'range', period: 'year', min: 35000, max: 50000, reference_year: 2023 })
  })

  t.test('a figure with no stated location has location: null', async (t) => {
    const [figure] = (await app.inject('/v1/roles/therapy-specialist/salaries')).json().data
    t.match(figure, { kind: 'range', min: 65000, max: 95000, currency: 'USD', period: 'year', location: null, source_id: '004_ceb25adb4d5f0a29' })
  })

  t.test('an unknown role is a 404 problem', async (t) => {
    t.equal((await app.inject('/v1/roles/no-such-role/salaries')).statusCode, 404)
  })
})
