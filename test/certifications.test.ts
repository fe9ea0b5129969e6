import t from 'tap'
import { build } from './helper.js'

interface Certification { id: string, name: string }

/** Binary comparison, as SQLite orders text. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const pathAndQuery = (link: string): string => {
  const url = new URL(link, 'http://localhost')
  return url.pathname + url.search
}

t.test('GET /v1/certifications', async (t) => {
  const app = await build(t)

  t.test('lists certifications and licenses by name, with their roles', async (t) => {
    const page = (await app.inject('/v1/certifications?limit=100')).json()
    t.equal(page.next, null)
    t.equal(page.data.length, 20, 'the whole catalogue')
    const names = page.data.map((certification: { name: string }) => certification.name)
    t.same(names, [...names].sort())
    t.ok(page.data.every((certification: { roles: unknown[] }) => certification.roles.length > 0))
  })

  t.test('kind=license lists only licenses', async (t) => {
    const licenses = (await app.inject('/v1/certifications?kind=license&limit=100')).json().data
    const ids = licenses.map((license: { id: string }) => license.id)
    for (const id of ['lcsw', 'lpc', 'lmft']) t.ok(ids.includes(id), id)
    t.ok(licenses.every((license: { kind: string }) => license.kind === 'license'))
  })

  t.test('paging with a small limit serves the same ordered list as one big page', async (t) => {
    const all: Certification[] = (await app.inject('/v1/certifications?limit=100')).json().data
    t.ok(all.length > 10, `${all.length} certifications, enough for several pages of 4`)
    const sorted = [...all].sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id))
    t.same(all.map(({ id }) => id), sorted.map(({ id }) => id), 'the big page is sorted by name, then id')

    const walked: string[] = []
    const pageSizes: number[] = []
    let url: string | null = '/v1/certifications?limit=4'
    while (url !== null && pageSizes.length <= all.length) {
      const response = await app.inject(url)
      t.equal(response.statusCode, 200, url)
      const page: { data: Certification[], next: string | null } = response.json()
      walked.push(...page.data.map(({ id }) => id))
      pageSizes.push(page.data.length)
      // `next` is relative: resolve it to request the next page.
      url = page.next === null ? null : pathAndQuery(page.next)
    }
    t.same(walked, all.map(({ id }) => id), 'no gaps, no repeats, same order')
    t.same(pageSizes, [...Array(Math.ceil(all.length / 4)).keys()].map((page) => Math.min(4, all.length - page * 4)),
      'every page but the last is full, and there is no empty page')
  })
})

t.test('GET /v1/certifications/{id}', async (t) => {
  const app = await build(t)

  t.test('names the issuing body only where a source does', async (t) => {
    const atra = (await app.inject('/v1/certifications/atra-credential')).json()
    t.equal(atra.issuing_body, 'American Therapeutic Recreation Association')
    const lcsw = (await app.inject('/v1/certifications/lcsw')).json()
    t.match(lcsw, { kind: 'license', issuing_body: null })
    t.same(lcsw.names, [{ name: 'LCSW', kind: 'abbreviation', source_id: '004_ceb25adb4d5f0a29' }], 'the abbreviation with the document that states it')
    t.match(lcsw.roles, [{ role: { id: 'therapy-specialist' }, importance: 'required', alternative_group: 'clinical-license' }])
  })

  t.test('CPI carries 000\'s source; a certification no document abbreviates has no names', async (t) => {
    const cpi = (await app.inject('/v1/certifications/cpi')).json()
    t.same(cpi.names, [{ name: 'CPI', kind: 'abbreviation', source_id: '000_4694b98c1c2a5003' }])
    const cpr = (await app.inject('/v1/certifications/cpr-first-aid-aed')).json()
    t.same(cpr.names, [])
  })

  t.test('an unknown id is a 404 problem', async (t) => {
    const response = await app.inject('/v1/certifications/pilot-license')
    t.equal(response.statusCode, 404)
    t.match(response.json(), { detail: 'No certification has the id "pilot-license".' })
  })
})

t.test('GET /v1/roles/{id}/certifications', async (t) => {
  const app = await build(t)

  t.test('marks alternatives and importance', async (t) => {
    const body = (await app.inject('/v1/roles/therapy-specialist/certifications')).json()
    const licenses = body.data.filter((link: { alternative_group: string | null }) => link.alternative_group === 'clinical-license')
    t.same(licenses.map((link: { certification: { id: string } }) => link.certification.id).sort(), ['lcsw', 'lmft', 'lpc'])
    t.ok(licenses.every((link: { importance: string }) => link.importance === 'required'))
    t.ok(body.data.some((link: { importance: string }) => link.importance === 'preferred'), 'post-graduate certifications are preferred')
  })

  t.test('an unknown role is a 404 problem', async (t) => {
    t.equal((await app.inject('/v1/roles/no-such-role/certifications')).statusCode, 404)
  })
})
