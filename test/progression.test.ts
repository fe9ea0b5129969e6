import t from 'tap'
import { build } from './helper.js'

interface Move { kind: string, role: { id: string, title: string }, condition: string | null, quote: string, source_id: string }

t.test('GET /v1/roles/{id}/progression', async (t) => {
  const app = await build(t)

  t.test('gives both directions with each neighbour\'s id and title', async (t) => {
    const body = (await app.inject('/v1/roles/therapeutic-assistant/progression')).json()
    t.same(body.role, { id: 'therapeutic-assistant', title: 'Therapeutic Assistant', detail: 'full' })
    const entry = body.comes_from as Move[]
    t.same(entry.map((move) => move.role.id).sort(), [
      'certified-nursing-assistant', 'direct-support-professional', 'patient-care-technician'
    ])
    const dsp = entry.find((move) => move.role.id === 'direct-support-professional')!
    t.match(dsp, { kind: 'advancement', condition: 'in a developmental disabilities setting', source_id: '000_4694b98c1c2a5003' })
    const out = body.leads_to as Move[]
    t.same(out.filter((move) => move.kind === 'lateral').map((move) => move.role.id).sort(),
      ['community-health-worker', 'patient-navigator', 'substance-abuse-counselor-assistant'])
    t.ok(out.some((move) => move.role.id === 'qualified-mental-health-professional' && move.condition !== null))
  })

  t.test('edges are directed: a move out of one role is a move into the other', async (t) => {
    const caseManager = (await app.inject('/v1/roles/case-manager/progression')).json()
    t.ok((caseManager.comes_from as Move[]).some((move) => move.role.id === 'therapeutic-assistant'))
    t.ok((caseManager.leads_to as Move[]).some((move) => move.role.id === 'therapy-specialist'), 'case manager is an entry point of the therapy specialist')
  })

  t.test('an unknown role is a 404 problem', async (t) => {
    t.equal((await app.inject('/v1/roles/no-such-role/progression')).statusCode, 404)
  })
})
