import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { readSeedFiles } from '../../src/seed/files.js'
import type { SeedData } from '../../src/seed/format.js'
import { seedDatabase } from '../../src/seed/load.js'
import { eq } from 'drizzle-orm'
import { roles } from '../../src/db/schema.js'
import { writeTransaction } from '../../src/changes/write-transaction.js'

// Exact invalidation: a change rebuilds the documents that show the changed thing, so their
// ETags change, and every other document keeps its ETag. Changes go through the real write path.

const seed = readSeedFiles()
const settings = { publicBaseUrl: null }

interface RoleDocument {
  id: string
  broader: { id: string } | null
  narrower: Array<{ id: string }>
  reports_to: Array<{ role: { id: string } }>
  progression: { leads_to: Array<{ role: { id: string } }>, comes_from: Array<{ role: { id: string } }> }
  skills: Array<{ skill: { id: string, name: string } }>
  certifications: Array<{ certification: { id: string } }>
  sources: Array<{ id: string }>
  work_settings: Array<{ id: string }>
  education: Array<{ fields_of_study: Array<{ id: string }>, training_programs: Array<{ id: string }> }>
  schools: Array<{ school: { id: string, in_state_tuition: number | null } }>
  resources: Array<{ resource: { id: string, website: string | null } }>
}

const roleIds = seed.roles.map((role) => role.id)

/** Both representations' tags for every role: the JSON document and the JSON-LD one. */
async function allTags (app: FastifyInstance, ids = roleIds): Promise<Map<string, string>> {
  const tags = new Map<string, string>()
  for (const id of ids) {
    const json = await app.inject(`/v1/roles/${id}`)
    const ld = await app.inject({ url: `/v1/roles/${id}`, headers: { accept: 'application/ld+json' } })
    t.equal(json.statusCode, 200)
    tags.set(`${id} json`, String(json.headers.etag))
    tags.set(`${id} ld`, String(ld.headers.etag))
  }
  return tags
}

async function documents (app: FastifyInstance): Promise<RoleDocument[]> {
  return Promise.all(roleIds.map(async (id) => (await app.inject(`/v1/roles/${id}`)).json<RoleDocument>()))
}

/** The roles whose tags differ between two snapshots. */
function changedRoles (before: Map<string, string>, after: Map<string, string>, representation: 'json' | 'ld'): string[] {
  return roleIds.filter((id) => before.get(`${id} ${representation}`) !== after.get(`${id} ${representation}`)).sort()
}

// The data as loaded so far: each change builds on the previous ones, as real corrections do.
const current = structuredClone(seed)

/** Applies `change` to the current data, loads it, and returns which roles' documents changed. */
async function changeAndCompare (app: FastifyInstance, change: (data: SeedData) => void): Promise<{ json: string[], ld: string[] }> {
  const before = await allTags(app)
  change(current)
  seedDatabase(app.db, current, settings)
  const after = await allTags(app)
  return { json: changedRoles(before, after, 'json'), ld: changedRoles(before, after, 'ld') }
}

const showing = (docs: RoleDocument[], shows: (doc: RoleDocument) => boolean): string[] => docs.filter(shows).map((doc) => doc.id).sort()

t.test('each kind of change rebuilds exactly the documents that show it', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const docs = await documents(app)

  t.test('a skill\'s name: the roles that list the skill', async (t) => {
    const expected = showing(docs, (doc) => doc.skills.some(({ skill }) => skill.id === 'crisis-intervention'))
    t.ok(expected.length >= 2, `${expected.length} roles show crisis-intervention`)
    const changed = await changeAndCompare(app, (data) => { data.skills.find((skill) => skill.id === 'crisis-intervention')!.name = 'Crisis Work' })
    t.same(changed.json, expected)
    t.same(changed.ld, expected, 'JSON-LD names the skill too')
    const served = (await app.inject('/v1/roles/therapy-specialist')).json<RoleDocument>()
    t.same(served.skills.filter(({ skill }) => skill.id === 'crisis-intervention').map(({ skill }) => skill.name), ['Crisis Work'], 'the new name is served')
  })

  t.test('a skill\'s alias: no role document shows aliases, so none changes', async (t) => {
    const changed = await changeAndCompare(app, (data) => {
      data.documents[4]!.names!.skills!.push({ skill: 'crisis-intervention', name: 'Crisis work', kind: 'alias' })
    })
    t.same(changed, { json: [], ld: [] })
    const { names } = (await app.inject('/v1/skills/crisis-intervention')).json<{ names: Array<{ name: string, source_id: string }> }>()
    t.ok(names.some(({ name, source_id: sourceId }) => name === 'Crisis work' && sourceId === seed.documents[4]!.source.id), 'the alias itself is stored')
  })

  t.test('a certification\'s other name: the roles that ask for it, in JSON', async (t) => {
    const changed = await changeAndCompare(app, (data) => {
      data.documents[4]!.names!.certifications!.push({ certification: 'lcsw', name: 'Clinical social work license', kind: 'alias' })
    })
    t.same(changed, { json: ['therapy-specialist'], ld: [] }, 'JSON-LD names only the first abbreviation')
    const served = (await app.inject('/v1/roles/therapy-specialist')).json<{ certifications: Array<{ certification: { id: string, names: Array<{ name: string }> } }> }>()
    const lcsw = served.certifications.find(({ certification }) => certification.id === 'lcsw')!
    t.ok(lcsw.certification.names.some(({ name }) => name === 'Clinical social work license'), 'the new name is served')
  })

  t.test('an alternate title a document gives a role it only mentions: that role alone', async (t) => {
    const changed = await changeAndCompare(app, (data) => { data.documents[0]!.names!.roles!.push({ role: 'case-manager', title: 'CM' }) })
    t.same(changed, { json: ['case-manager'], ld: ['case-manager'] })
  })

  t.test('a certification\'s name: the roles that ask for it', async (t) => {
    const expected = showing(docs, (doc) => doc.certifications.some(({ certification }) => certification.id === 'lcsw'))
    t.same(expected, ['therapy-specialist'])
    const changed = await changeAndCompare(app, (data) => { data.certifications.find((item) => item.id === 'lcsw')!.name = 'LCSW licence' })
    t.same(changed, { json: expected, ld: expected })
  })

  t.test('a source\'s title: the roles it describes or mentions, in JSON only', async (t) => {
    const sourceId = seed.documents[4]!.source.id
    const expected = showing(docs, (doc) => doc.sources.some(({ id }) => id === sourceId))
    t.ok(expected.length >= 3)
    const changed = await changeAndCompare(app, (data) => { data.documents[4]!.source.title = 'Renamed source' })
    t.same(changed.json, expected)
    t.same(changed.ld, [], 'JSON-LD does not name sources')
  })

  t.test('a related role\'s title: the role, and the roles that link to it', async (t) => {
    const target = 'case-manager'
    const expected = showing(docs, (doc) => doc.id === target || doc.broader?.id === target ||
      doc.narrower.some(({ id }) => id === target) || doc.reports_to.some(({ role }) => role.id === target) ||
      [...doc.progression.leads_to, ...doc.progression.comes_from].some(({ role }) => role.id === target))
    t.ok(expected.length >= 3, `${expected.join(', ')}`)
    const changed = await changeAndCompare(app, (data) => { data.roles.find((role) => role.id === target)!.title = 'Case Manager (renamed)' })
    t.same(changed.json, expected)
    t.same(changed.ld, [target], 'JSON-LD shows only the role\'s own title')
  })

  t.test('a broader role\'s title: its narrower roles show it', async (t) => {
    const family = 'therapeutic-support-staff-family'
    const expected = showing(docs, (doc) => doc.id === family || doc.broader?.id === family ||
      doc.reports_to.some(({ role }) => role.id === family) ||
      [...doc.progression.leads_to, ...doc.progression.comes_from].some(({ role }) => role.id === family))
    t.ok(expected.includes('mental-health-technician'), 'a narrower role')
    const changed = await changeAndCompare(app, (data) => { data.roles.find((role) => role.id === family)!.title = 'Support staff' })
    t.same(changed.json, expected)
  })

  t.test('a work setting\'s, a field of study\'s and a training program\'s name', async (t) => {
    const setting = docs.flatMap((doc) => doc.work_settings.map(({ id }) => id))[0]!
    const expectedSetting = showing(docs, (doc) => doc.work_settings.some(({ id }) => id === setting))
    const bySetting = await changeAndCompare(app, (data) => { data.workSettings.find((item) => item.id === setting)!.name = 'Renamed setting' })
    t.same(bySetting, { json: expectedSetting, ld: [] })

    const field = docs.flatMap((doc) => doc.education.flatMap((item) => item.fields_of_study.map(({ id }) => id)))[0]!
    const expectedField = showing(docs, (doc) => doc.education.some((item) => item.fields_of_study.some(({ id }) => id === field)))
    const byField = await changeAndCompare(app, (data) => { data.fieldsOfStudy.find((item) => item.id === field)!.name = 'Renamed field' })
    t.same(byField, { json: expectedField, ld: [] })

    const program = docs.flatMap((doc) => doc.education.flatMap((item) => item.training_programs.map(({ id }) => id)))[0]!
    const expectedProgram = showing(docs, (doc) => doc.education.some((item) => item.training_programs.some(({ id }) => id === program)))
    t.ok(expectedProgram.length > 0)
    const byProgram = await changeAndCompare(app, (data) => { data.trainingPrograms.find((item) => item.id === program)!.name = 'Renamed program' })
    t.same(byProgram, { json: expectedProgram, ld: [] })
  })

  t.test('a school\'s figures and a resource\'s website: the roles that list them, in JSON only', async (t) => {
    const expectedSchool = showing(docs, (doc) => doc.schools.some(({ school }) => school.id === 'ivy-tech-community-college'))
    t.same(expectedSchool, ['therapeutic-services-assistant'])
    const bySchool = await changeAndCompare(app, (data) => { data.schools.find((item) => item.id === 'ivy-tech-community-college')!.in_state_tuition = 4500 })
    t.same(bySchool, { json: expectedSchool, ld: [] }, 'JSON-LD does not show schools')
    const served = (await app.inject('/v1/roles/therapeutic-services-assistant')).json<RoleDocument>()
    t.same(served.schools.filter(({ school }) => school.id === 'ivy-tech-community-college').map(({ school }) => school.in_state_tuition), [4500])

    const expectedResource = showing(docs, (doc) => doc.resources.some(({ resource }) => resource.id === 'cdph'))
    t.same(expectedResource, ['therapeutic-services-assistant'])
    const byResource = await changeAndCompare(app, (data) => { data.resources.find((item) => item.id === 'cdph')!.website = 'www.cdph.ca.gov' })
    t.same(byResource, { json: expectedResource, ld: [] })
    const shown = (await app.inject('/v1/roles/therapeutic-services-assistant?include=resources')).json<RoleDocument>()
    t.equal(shown.resources.find(({ resource }) => resource.id === 'cdph')!.resource.website, 'www.cdph.ca.gov')
  })

  t.test('a fact of one role (a salary figure): only that role', async (t) => {
    const salaryOf = (data: SeedData) => data.documents.flatMap((document) => document.roles)
      .find((facts) => facts.role === 'therapy-specialist' && facts.salaries !== undefined)!.salaries![0]!
    const noted = await changeAndCompare(app, (data) => { salaryOf(data).notes = 'A note added by a correction.' })
    t.same(noted, { json: ['therapy-specialist'], ld: [] }, 'JSON-LD does not show a figure\'s notes')
    const raised = await changeAndCompare(app, (data) => { salaryOf(data).max = 96000 })
    t.same(raised, { json: ['therapy-specialist'], ld: ['therapy-specialist'] }, 'the amount shows in both')
  })

  t.test('a career move: both roles it joins', async (t) => {
    const changed = await changeAndCompare(app, (data) => {
      const edge = data.documents.flatMap((document) => document.progression).find((item) => item.from === 'therapy-specialist')!
      edge.condition = 'with a new condition'
    })
    const edge = seed.documents.flatMap((document) => document.progression).find((item) => item.from === 'therapy-specialist')!
    t.same(changed.json, [edge.from, edge.to].sort())
    t.same(changed.ld, [], 'JSON-LD does not show career moves')
  })

  t.test('loading the same data again changes nothing', async (t) => {
    t.same(await changeAndCompare(app, () => {}), { json: [], ld: [] })
  })
})

t.test('a document rebuilt to the same bytes keeps its ETag and Last-Modified', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const before = await app.inject('/v1/roles/therapy-specialist')
  // A change to a field the document does not show: the role is rebuilt, its bytes are the same.
  const data = structuredClone(seed)
  data.skills.find((skill) => skill.id === 'crisis-intervention')!.description = 'Reworded catalogue description.'
  seedDatabase(app.db, data, settings)
  const after = await app.inject('/v1/roles/therapy-specialist')
  t.equal(after.headers.etag, before.headers.etag)
  t.equal(after.headers['last-modified'], before.headers['last-modified'])
})

t.test('deleting a role removes its documents and rebuilds the documents that linked to it', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const target = 'certified-nursing-assistant'
  const before = await allTags(app)
  t.equal((await app.inject(`/v1/roles/${target}`)).statusCode, 200, 'cached before the delete')
  const neighbours = (await documents(app)).filter((doc) => doc.id !== target &&
    [...doc.progression.leads_to, ...doc.progression.comes_from].some(({ role }) => role.id === target)).map((doc) => doc.id).sort()
  t.ok(neighbours.length > 0)
  // As the write API will: delete in a write transaction and record the change.
  writeTransaction(app.db, settings, (tx, changes) => {
    tx.delete(roles).where(eq(roles.id, target)).run()
    changes.role(target)
  })
  t.equal((await app.inject(`/v1/roles/${target}`)).statusCode, 404, 'the cached document is not served any more')
  t.equal((await app.inject({ url: `/v1/roles/${target}`, headers: { accept: 'application/ld+json' } })).statusCode, 404)
  const after = await allTags(app, roleIds.filter((id) => id !== target))
  t.same(changedRoles(before, after, 'json').filter((id) => id !== target), neighbours, 'exactly the roles that linked to it')
  const moves = (await app.inject(`/v1/roles/${neighbours[0]}/progression`)).json<RoleDocument['progression']>()
  t.notOk([...moves.leads_to, ...moves.comes_from].some(({ role }) => role.id === target))
})

t.test('a place whose last figure goes loses its JSON-LD variant', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const url = '/v1/roles/therapeutic-services-assistant?location=US-CA'
  const californian = await app.inject({ url, headers: { accept: 'application/ld+json' } })
  t.ok(californian.json<{ estimatedSalary?: unknown[] }>().estimatedSalary)
  const data = structuredClone(seed)
  for (const facts of data.documents.flatMap((document) => document.roles)) {
    for (const salary of facts.salaries ?? []) {
      salary.country = null
      salary.subdivision = null
    }
  }
  seedDatabase(app.db, data, settings)
  const after = await app.inject({ url, headers: { accept: 'application/ld+json' } })
  t.equal(after.statusCode, 200)
  t.equal(after.json<{ estimatedSalary?: unknown[] }>().estimatedSalary, undefined, 'no figure is Californian any more')
  t.equal(after.headers.etag, (await app.inject({ url: url.replace('US-CA', 'FR'), headers: { accept: 'application/ld+json' } })).headers.etag,
    'served the document for places without figures')
})
