import t from 'tap'
import { build } from './helper.js'

t.test('GET /v1/roles/{id}/education', async (t) => {
  const app = await build(t)

  t.test('one requirement per source, on the role that source describes', async (t) => {
    const job = (await app.inject('/v1/roles/therapeutic-support-staff/education')).json()
    t.same(job.role.id, 'therapeutic-support-staff')
    t.same(job.data.map((requirement: { source_id: string, minimum_level: string }) => [requirement.source_id, requirement.minimum_level]),
      [['001_b5bbebad356a4f28', 'bachelor']])
    const family = (await app.inject('/v1/roles/therapeutic-support-staff-family/education')).json()
    t.same(family.data.map((requirement: { source_id: string, minimum_level: string }) => [requirement.source_id, requirement.minimum_level]),
      [['002_c01dfacc0499c815', 'high_school']], '002\'s high school minimum is its family\'s, not 001\'s job\'s')
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
