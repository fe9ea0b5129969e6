import t from 'tap'
import { build } from './helper.js'

t.test('GET /v1/certifications', async (t) => {
  const app = await build(t)

  t.test('lists certifications and licenses by name, with their roles', async (t) => {
    const page = (await app.inject('/v1/certifications?limit=100')).json()
    t.equal(page.next, null)
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

  t.test('pages with a cursor', async (t) => {
    const first = (await app.inject('/v1/certifications?limit=5')).json()
    t.equal(first.data.length, 5)
    const next = new URL(first.next)
    const second = (await app.inject(next.pathname + next.search)).json()
    t.equal(second.data.length, 5)
    t.notOk(second.data.some((item: { id: string }) => first.data.some((seen: { id: string }) => seen.id === item.id)))
  })
})

t.test('GET /v1/certifications/{id}', async (t) => {
  const app = await build(t)

  t.test('names the issuing body only where a source does', async (t) => {
    const atra = (await app.inject('/v1/certifications/atra-credential')).json()
    t.equal(atra.issuing_body, 'American Therapeutic Recreation Association')
    const lcsw = (await app.inject('/v1/certifications/lcsw')).json()
    t.match(lcsw, { kind: 'license', abbreviation: 'LCSW', issuing_body: null })
    t.match(lcsw.roles, [{ role: { id: 'therapy-specialist' }, importance: 'required', alternative_group: 'clinical-license' }])
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
