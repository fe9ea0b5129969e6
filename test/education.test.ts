import t from 'tap'
import { build } from './helper.js'

t.test('GET /v1/roles/{id}/education', async (t) => {
  const app = await build(t)

  t.test('one requirement per source, never merged', async (t) => {
    const body = (await app.inject('/v1/roles/therapeutic-support-staff/education')).json()
    t.same(body.role.id, 'therapeutic-support-staff')
    const bySource = Object.fromEntries(body.data.map((requirement: { source_id: string }) => [requirement.source_id, requirement]))
    t.equal(bySource['001_b5bbebad356a4f28'].minimum_level, 'bachelor')
    t.equal(bySource['002_c01dfacc0499c815'].minimum_level, 'high_school')
  })

  t.test('fields of study and training programs', async (t) => {
    const assistant = (await app.inject('/v1/roles/therapeutic-assistant/education')).json().data[0]
    t.match(assistant, { minimum_level: 'high_school', preferred_levels: ['associate', 'bachelor'], source_id: '000_4694b98c1c2a5003' })
    t.same(assistant.fields_of_study.map((field: { name: string }) => field.name),
      ['Psychology', 'Social Work', 'Human Services', 'Sociology', 'Criminal Justice'], 'in the document\'s order')
    const services = (await app.inject('/v1/roles/therapeutic-services-assistant/education')).json().data[0]
    t.equal(services.training_programs.length, 5)
    t.ok(services.training_programs.every((program: { description: string | null }) => program.description !== null))
  })

  t.test('a role without education data has an empty list', async (t) => {
    t.same((await app.inject('/v1/roles/team-lead/education')).json().data, [])
  })

  t.test('an unknown role is a 404 problem', async (t) => {
    t.equal((await app.inject('/v1/roles/no-such-role/education')).statusCode, 404)
  })
})
