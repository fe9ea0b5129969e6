import t from 'tap'
import { build } from './helper.js'

interface SkillRoleLink { role: { id: string }, importance: string, wording: string, source_id: string }

t.test('GET /v1/skills', async (t) => {
  const app = await build(t)

  t.test('lists the catalogue by name, each skill with the roles that need it', async (t) => {
    const page = (await app.inject('/v1/skills?limit=100')).json()
    t.equal(page.next, null)
    const names = page.data.map((skill: { name: string }) => skill.name)
    t.same(names, [...names].sort())
    t.same(new Set(page.data.map((skill: { kind: string }) => skill.kind)), new Set(['hard', 'soft', 'tool']))
    t.ok(page.data.every((skill: { roles: unknown[] }) => skill.roles.length > 0), 'every catalogued skill is needed by some role')
  })

  t.test('pages with a cursor and filters by kind', async (t) => {
    const all = (await app.inject('/v1/skills?limit=100')).json().data.map((skill: { id: string }) => skill.id)
    const seen: string[] = []
    let url: string | null = '/v1/skills?limit=8'
    while (url !== null) {
      const page: { data: Array<{ id: string }>, next: string | null } = (await app.inject(url)).json()
      seen.push(...page.data.map((skill) => skill.id))
      // `next` is relative to the API's origin.
      t.ok(page.next === null || page.next.startsWith('/v1/skills?'), 'a relative next link')
      url = page.next
    }
    t.same(seen, all)
    t.equal(all.length, 54, 'the whole catalogue')

    const tools = (await app.inject('/v1/skills?kind=tool&limit=100')).json().data
    t.ok(tools.length >= 4)
    t.ok(tools.every((skill: { kind: string }) => skill.kind === 'tool'))
    t.ok(tools.some((skill: { name: string }) => /MEDITECH/.test(skill.name)))
  })

  t.test('the list gives each role link the importance its source states', async (t) => {
    const page = (await app.inject('/v1/skills?limit=100')).json().data as Array<{ id: string, roles: SkillRoleLink[] }>
    const counseling = page.find((skill) => skill.id === 'counseling')!
    t.same(counseling.roles.map(({ role, importance }) => [role.id, importance]), [['therapeutic-support-staff', 'preferred']])
    const empathy = page.find((skill) => skill.id === 'empathy-and-compassion')!
    t.same(empathy.roles.map(({ role, importance }) => [role.id, importance]), [
      ['therapeutic-assistant', 'required'],
      ['therapeutic-services-assistant', 'required'],
      ['therapeutic-support-staff', 'required'],
      ['therapy-specialist', 'required']
    ], 'every source requires empathy')
  })
})

t.test('GET /v1/skills/{id}', async (t) => {
  const app = await build(t)

  t.test('returns the skill, its aliases and each role link with its source', async (t) => {
    const response = await app.inject('/v1/skills/crisis-intervention')
    t.equal(response.statusCode, 200)
    const skill = response.json()
    t.match(skill, { id: 'crisis-intervention', kind: 'hard', version: 1 })
    t.same(skill.names.map(({ name, source_id: sourceId }: { name: string, source_id: string }) => [name, sourceId]), [
      ['Crisis Intervention & De-escalation', '004_ceb25adb4d5f0a29'], ['Crisis Prevention & Intervention', '000_4694b98c1c2a5003']
    ], 'each alias with the document that uses it')
    const roleIds = skill.roles.map((link: { role: { id: string } }) => link.role.id)
    t.ok(roleIds.includes('therapeutic-assistant'))
    t.ok(roleIds.includes('therapy-specialist'))
    t.ok(skill.roles.every((link: { source_id: string, wording: string }) => link.source_id.length > 0 && link.wording.length > 0))
  })

  t.test('each role link keeps the importance its source gives', async (t) => {
    // Document 001 only prefers crisis intervention for support staff; 002 only advises training in it, for its family of roles.
    const links = (await app.inject('/v1/skills/crisis-intervention')).json().roles as SkillRoleLink[]
    t.same(links.map(({ role, importance, source_id: sourceId }) => [role.id, sourceId, importance]), [
      ['therapeutic-assistant', '000_4694b98c1c2a5003', 'required'],
      ['therapeutic-support-staff', '001_b5bbebad356a4f28', 'preferred'],
      ['therapeutic-support-staff-family', '002_c01dfacc0499c815', 'listed'],
      ['therapy-specialist', '004_ceb25adb4d5f0a29', 'required']
    ], 'by role title, then source')
    const leadership = (await app.inject('/v1/skills/leadership')).json().roles as SkillRoleLink[]
    t.same(leadership.map(({ role, importance, source_id: sourceId }) => [role.id, sourceId, importance]),
      [['therapeutic-support-staff', '001_b5bbebad356a4f28', 'preferred']])
  })

  t.test('an abbreviation two documents use is listed once for each, and kept apart from aliases', async (t) => {
    const cbt = (await app.inject('/v1/skills/cognitive-behavioral-therapy')).json()
    t.same(cbt.names, [
      { name: 'CBT', kind: 'abbreviation', source_id: '001_b5bbebad356a4f28' },
      { name: 'CBT', kind: 'abbreviation', source_id: '004_ceb25adb4d5f0a29' }
    ])
    const ehr = (await app.inject('/v1/skills/ehr-emr-software')).json()
    t.same(ehr.names.filter(({ kind }: { kind: string }) => kind === 'abbreviation').map(({ name, source_id: sourceId }: { name: string, source_id: string }) => `${name} ${sourceId}`), [
      'EHR 000_4694b98c1c2a5003', 'EHR 004_ceb25adb4d5f0a29', 'EMR 003_22ade88f96834ac8', 'EMR 004_ceb25adb4d5f0a29'
    ])
  })

  t.test('an unknown id is a 404 problem', async (t) => {
    const response = await app.inject('/v1/skills/juggling')
    t.equal(response.statusCode, 404)
    t.match(response.json(), { detail: 'No skill has the id "juggling".' })
  })
})

t.test('GET /v1/roles/{id}/skills', async (t) => {
  const app = await build(t)

  t.test('lists hard skills, soft skills and tools in source order', async (t) => {
    const response = await app.inject('/v1/roles/therapeutic-services-assistant/skills')
    t.equal(response.statusCode, 200)
    const body = response.json()
    t.same(body.role, { id: 'therapeutic-services-assistant', title: 'Therapeutic Services Assistant', detail: 'full' })
    const kinds = new Set(body.data.map((link: { skill: { kind: string } }) => link.skill.kind))
    t.same(kinds, new Set(['hard', 'soft', 'tool']))
    const meditech = body.data.find((link: { skill: { name: string } }) => /MEDITECH/.test(link.skill.name))
    t.match(meditech, { skill: { kind: 'tool', category: 'Medical software' }, source_id: '003_22ade88f96834ac8' })
  })

  t.test('a role known only by name has no skills', async (t) => {
    t.same((await app.inject('/v1/roles/patient-navigator/skills')).json().data, [])
  })

  t.test('an unknown role is a 404 problem', async (t) => {
    const response = await app.inject('/v1/roles/no-such-role/skills')
    t.equal(response.statusCode, 404)
    t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
  })
})
