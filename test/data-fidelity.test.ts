import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build } from './helper.js'

// Each test pins, through the API, one place where the documents say less, or something else,
// than a plain reading of the data would: who a credential is for, how widely it applies,
// whether a list is closed, and what is a role at all.

const S0 = '000_4694b98c1c2a5003'
const S1 = '001_b5bbebad356a4f28'
const S2 = '002_c01dfacc0499c815'
const S3 = '003_22ade88f96834ac8'
const S4 = '004_ceb25adb4d5f0a29'

interface CredentialLink {
  certification: { id: string, name: string }
  importance: string
  qualifier: string
  alternative_group: string | null
  alternatives: string | null
  alternatives_label: string | null
  basis: string
  wording: string
  section: string
  source_id: string
}

async function get (t: Test, app: FastifyInstance, url: string): Promise<any> {
  const response = await app.inject({ url })
  t.equal(response.statusCode, 200, url)
  return response.json()
}

async function credentials (t: Test, app: FastifyInstance, roleId: string): Promise<CredentialLink[]> {
  return (await get(t, app, `/v1/roles/${roleId}/certifications`)).data
}

const linkTo = (links: CredentialLink[], id: string): CredentialLink | undefined => links.find((link) => link.certification.id === id)

t.test('002\'s "some roles may require certification, such as CPT or CPS" stays with 002\'s family of roles', async (t) => {
  const app = await build(t)
  const family = await get(t, app, '/v1/roles/therapeutic-support-staff-family')
  t.match(family, { title: 'Therapeutic Support Staff', kind: 'family' })
  t.same(family.narrower.map((role: { id: string }) => role.id).sort(),
    ['counseling-aide', 'mental-health-technician', 'peer-support-specialist', 'rehabilitation-specialist'], 'its types are its members')
  t.same(family.sources.map((source: { id: string, coverage: string }) => [source.id, source.coverage]), [[S2, 'describes']])

  const links = await credentials(t, app, 'therapeutic-support-staff-family')
  t.same(links.map((link) => link.certification.id), ['cpt', 'cps'])
  for (const link of links) {
    t.match(link, {
      importance: 'required',
      qualifier: 'some_positions',
      alternatives: 'open',
      alternatives_label: 'certification',
      basis: 'stated',
      source_id: S2,
      wording: 'Certification: Some roles may require certification, such as Certified Psychiatric Technician (CPT) or Certified Peer Specialist (CPS).'
    })
  }
  t.equal(links[0]!.alternative_group, links[1]!.alternative_group, 'examples of one requirement')

  // 001's job never mentions either credential, and 002 states nothing about 001's job.
  const job = await get(t, app, '/v1/roles/therapeutic-support-staff')
  t.equal(job.kind, 'occupation')
  t.notOk(job.certifications.some((link: CredentialLink) => ['cpt', 'cps'].includes(link.certification.id)))
  t.notOk(job.sources.some((source: { id: string }) => source.id === S2))

  const matched = [['mental-health-technician', 'cpt'], ['peer-support-specialist', 'cps']]
  for (const [roleId, certificationId] of matched) {
    const memberLinks = await credentials(t, app, roleId!)
    t.same(memberLinks.map((link) => link.certification.id), [certificationId], `${roleId} gets the credential its name names`)
    t.match(memberLinks[0], { importance: 'required', qualifier: 'some_positions', basis: 'matched_by_name', alternative_group: null, source_id: S2 })
  }
  const families = await get(t, app, '/v1/roles?kind=family')
  t.same(families.data.map((role: { id: string }) => role.id), ['therapeutic-support-staff-family'])
})

t.test('001\'s "CPR and First Aid" is its own credential, related to 000\'s "CPR/First Aid & AED" rather than renamed to it', async (t) => {
  const app = await build(t)
  const job = await credentials(t, app, 'therapeutic-support-staff')
  t.notOk(linkTo(job, 'cpr-first-aid-aed'), 'AED is not in 001')
  t.match(linkTo(job, 'cpr-first-aid'), { certification: { name: 'CPR and First Aid Certification' }, source_id: S1 })
  t.match(linkTo(await credentials(t, app, 'therapeutic-assistant'), 'cpr-first-aid-aed'), { certification: { name: 'CPR/First Aid & AED Certification' }, source_id: S0 })

  const aed = await get(t, app, '/v1/certifications/cpr-first-aid-aed')
  t.same(aed.related, [{ certification: { id: 'cpr-first-aid', name: 'CPR and First Aid Certification', kind: 'certification', issuing_body: null, names: [] }, relation: 'related' }])
  const plain = await get(t, app, '/v1/certifications/cpr-first-aid')
  t.same(plain.related.map((item: { certification: { id: string }, relation: string }) => [item.certification.id, item.relation]), [['cpr-first-aid-aed', 'related']], 'both ways')
  t.same(plain.roles.map((link: { role: { id: string } }) => link.role.id), ['therapeutic-support-staff'])
})

t.test('"e.g." and "such as" lists are open: any credential of the kind meets them', async (t) => {
  const app = await build(t)
  const assistant = await credentials(t, app, 'therapeutic-assistant')
  for (const id of ['cpi', 'mandt']) {
    t.match(linkTo(assistant, id), { importance: 'required', alternatives: 'open', alternatives_label: 'a recognized crisis management system', qualifier: 'none' })
  }
  const specialist = await credentials(t, app, 'therapy-specialist')
  for (const id of ['lcsw', 'lpc', 'lmft']) {
    t.match(linkTo(specialist, id), { importance: 'required', alternative_group: 'clinical-license', alternatives: 'closed', alternatives_label: null }, `${id}: exactly one of three`)
  }
  for (const id of ['tf-cbt', 'emdr-certification', 'gottman-method-certification', 'cadc']) {
    t.match(linkTo(specialist, id), { importance: 'preferred', alternatives: 'open', alternatives_label: 'Post-graduate certifications in specialized therapeutic modalities' })
  }
  const job = await credentials(t, app, 'therapeutic-support-staff')
  for (const id of ['cbt-certification', 'dbt-certification']) {
    t.match(linkTo(job, id), { importance: 'preferred', alternatives: 'open', alternatives_label: 'Certifications in specific therapeutic approaches' })
  }
  for (const id of ['ncct-certification', 'atra-credential']) {
    t.match(linkTo(await credentials(t, app, 'therapeutic-services-assistant'), id), { importance: 'preferred', alternatives: 'open', alternatives_label: 'relevant credentials', source_id: S3 })
  }
  const anyCredential = await get(t, app, '/v1/certifications/cpi')
  t.match(anyCredential.roles, [{ role: { id: 'therapeutic-assistant' }, alternatives: 'open', alternatives_label: 'a recognized crisis management system' }],
    'the credential\'s own links say so too')
})

t.test('001\'s "some positions may also require" and "often required" are qualified, not flat requirements', async (t) => {
  const app = await build(t)
  const job = await credentials(t, app, 'therapeutic-support-staff')
  for (const id of ['rbt', 'cpr-first-aid']) {
    t.match(linkTo(job, id), { importance: 'required', qualifier: 'some_positions', alternatives: 'open', alternatives_label: 'specific certifications' })
  }
  t.match(linkTo(job, 'state-licensure'), {
    certification: { name: 'State licensure' },
    importance: 'required',
    qualifier: 'often',
    section: 'Therapeutic Support Staff Education and Training Requirements',
    wording: 'State licensure is often required, which typically involves completing supervised hours of clinical experience and passing an exam.',
    source_id: S1
  })
  t.match(linkTo(job, 'drivers-license'), { importance: 'required', qualifier: 'none' })
  const licensed = await get(t, app, '/v1/roles?certification=state-licensure')
  t.same(licensed.data.map((role: { id: string }) => role.id), ['therapeutic-support-staff'], 'a structured link, so a filter finds it')
})

t.test('a recent graduate is an entry route into the therapeutic assistant role, not a role', async (t) => {
  const app = await build(t)
  const gone = await app.inject({ url: '/v1/roles/recent-graduate-psychology-social-work' })
  t.equal(gone.statusCode, 404)
  const search = await get(t, app, '/v1/search?q=graduate')
  t.notOk(search.data.some((hit: { type: string }) => hit.type === 'role'), 'no role is called a graduate')

  const progression = await get(t, app, '/v1/roles/therapeutic-assistant/progression')
  t.notOk(progression.comes_from.some((move: { quote: string }) => move.quote.startsWith('Recent graduate')))
  t.same(progression.entry_routes, [{
    id: progression.entry_routes[0].id,
    background: 'Recent graduate',
    education_level: null,
    fields_of_study: [{ id: 'psychology', name: 'Psychology' }, { id: 'social-work', name: 'Social Work' }],
    related_fields: 'a related field',
    section: 'Career Progression › Typical Career Path › Entry Point From',
    quote: 'Recent graduate with a degree in Psychology, Social Work, or a related field',
    source_id: S0
  }])
  const document = await get(t, app, '/v1/roles/therapeutic-assistant?include=progression')
  t.same(document.progression.entry_routes, progression.entry_routes, 'embedded in the role document')
  const other = await get(t, app, '/v1/roles/therapy-specialist/progression')
  t.same(other.entry_routes, [])
})

t.test('001\'s "a supervisor or manager role within a therapeutic setting" says no more than that', async (t) => {
  const app = await build(t)
  const { leads_to: moves } = await get(t, app, '/v1/roles/therapeutic-support-staff/progression')
  const fromS1 = moves.filter((move: { source_id: string }) => move.source_id === S1)
  t.same(fromS1.map((move: { role: { id: string, title: string } }) => [move.role.id, move.role.title]), [
    ['supervisor-therapeutic-setting', 'Supervisor in a therapeutic setting'],
    ['manager-therapeutic-setting', 'Manager in a therapeutic setting']
  ], 'both roles, and not a clinical one')
  for (const move of fromS1) {
    t.match(move, { condition: 'more than 5 years of experience', quote: 'At this level, they may be ready to step into a supervisor or manager role within a therapeutic setting.' })
  }
  const supervisor = await get(t, app, '/v1/roles/clinical-supervisor')
  t.notOk(supervisor.tags.length === 0)
  const clinical = await get(t, app, '/v1/roles/clinical-supervisor/progression')
  t.notOk(clinical.comes_from.some((move: { source_id: string }) => move.source_id === S1), 'no move from 001 is clinical')
  for (const id of ['supervisor-therapeutic-setting', 'manager-therapeutic-setting']) {
    const role = await get(t, app, `/v1/roles/${id}`)
    t.notOk(role.tags.some((tag: { name: string }) => tag.name === 'Clinical'), `${id} is not tagged clinical`)
  }
})

t.test('001\'s "more than 5 years" excludes five', async (t) => {
  const app = await build(t)
  const { experience } = await get(t, app, '/v1/roles/therapeutic-support-staff')
  const senior = experience.find((item: { label: string | null }) => item.label === 'More than 5 years')
  t.match(senior, { min_years: 5, min_years_exclusive: true, max_years: null })
  const middle = experience.find((item: { label: string | null }) => item.label === '2 to 5 years')
  t.match(middle, { min_years: 2, min_years_exclusive: false, max_years: 5 })
})

t.test('fields of study beyond the list are served in the source\'s words', async (t) => {
  const app = await build(t)
  const education = async (roleId: string): Promise<Array<{ source_id: string, related_fields: string | null, fields_of_study: Array<{ id: string }> }>> =>
    (await get(t, app, `/v1/roles/${roleId}/education`)).data
  const [specialist] = await education('therapy-specialist')
  t.match(specialist, { related_fields: 'a related human services field', source_id: S4 })
  const [job] = await education('therapeutic-support-staff')
  t.match(job, { related_fields: 'a related field', source_id: S1 })
  const [family] = await education('therapeutic-support-staff-family')
  t.match(family, { related_fields: 'a related field', source_id: S2 })
  const [assistant] = await education('therapeutic-assistant')
  t.equal(assistant!.related_fields, null, '000 lists its fields without "or a related field"')
})

t.test('skills keep the catalogue\'s label and serve the document\'s wording beside it', async (t) => {
  const app = await build(t)
  const { data } = await get(t, app, '/v1/roles/therapeutic-services-assistant/skills')
  const worded = (skillId: string): { name: string, wording: string } => {
    const link = data.find((item: { skill: { id: string } }) => item.skill.id === skillId)
    return { name: link.skill.name, wording: link.wording }
  }
  t.same(worded('speaking'), { name: 'Speaking', wording: 'Talking to others' })
  t.same(worded('complex-problem-solving'), { name: 'Complex Problem Solving', wording: 'Noticing a problem and figuring out the best way to solve it' })
})
