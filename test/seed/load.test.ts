import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { sql } from 'drizzle-orm'
import { openDatabase, type DatabaseConnection } from '../../src/db/connection.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { readSeedFiles, seedFolder, SeedError } from '../../src/seed/files.js'
import type { SeedData } from '../../src/seed/format.js'
import { isDatabaseEmpty, seedDatabase } from '../../src/seed/load.js'
import { stableId } from '../../src/seed/rows.js'
import { educationLevels } from '../../src/db/schema.js'

// The loader against real SQLite: counts, idempotence, versioning, deletion, stable ids, the
// search index and the single transaction.

const S0 = '000_4694b98c1c2a5003'
const S2 = '002_c01dfacc0499c815'
const S4 = '004_ceb25adb4d5f0a29'

const seed = readSeedFiles()
// The stored documents' absolute links are not what these tests are about.
const noBaseUrl = { publicBaseUrl: null }
/** A deep copy of the seed data to change without touching the files or other tests. */
const copy = (): SeedData => structuredClone(seed)

// Tables whose rows carry id, version and timestamps.
const entityTables = [
  'sources', 'roles', 'skills', 'certifications', 'fields_of_study', 'work_settings', 'training_programs', 'role_descriptions',
  'role_codes', 'role_benefits', 'role_requirements', 'responsibilities', 'role_skills', 'role_certifications',
  'education_requirements', 'experience_requirements', 'salaries', 'progression_edges', 'entry_routes', 'outlook_statements', 'schools', 'resources'
] as const
const linkTables = [
  'role_alternate_titles', 'role_tags', 'role_sources', 'role_employment_types', 'role_reporting_lines', 'role_work_settings',
  'skill_aliases', 'certification_names', 'education_requirement_fields', 'education_requirement_programs', 'entry_route_fields', 'certification_relations',
  'role_schools', 'role_resources'
] as const
const allTables = [...entityTables, ...linkTables, 'search_index'] as const

// A timestamp no write made: rows still carrying it after a run were not rewritten by it.
const BACKDATED = '2000-01-01T00:00:00.000Z'

function freshDatabase (t: Test): DatabaseConnection {
  const connection = openDatabase(':memory:')
  applyMigrations(connection.db)
  t.teardown(() => connection.sqlite.close())
  return connection
}

function seeded (t: Test): DatabaseConnection {
  const connection = freshDatabase(t)
  seedDatabase(connection.db, seed, noBaseUrl)
  return connection
}

function count ({ sqlite }: DatabaseConnection, table: string): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}

function counts (connection: DatabaseConnection): Record<string, number> {
  return Object.fromEntries(allTables.map((table) => [table, count(connection, table)]))
}

interface Stamp { version: number, created_at: string, updated_at: string }

/** Version and timestamps of every entity row, keyed "table/id". */
function stamps ({ sqlite }: DatabaseConnection): Map<string, Stamp> {
  const result = new Map<string, Stamp>()
  for (const table of entityTables) {
    for (const row of sqlite.prepare(`SELECT id, version, created_at, updated_at FROM ${table}`).all() as Array<Stamp & { id: string }>) {
      result.set(`${table}/${row.id}`, { version: row.version, created_at: row.created_at, updated_at: row.updated_at })
    }
  }
  return result
}

function backdate ({ sqlite }: DatabaseConnection): void {
  for (const table of entityTables) sqlite.prepare(`UPDATE ${table} SET created_at = ?, updated_at = ?`).run(BACKDATED, BACKDATED)
}

/** The keys of rows whose stamp differs between two snapshots (or that exist in only one). */
function changedRows (before: Map<string, Stamp>, after: Map<string, Stamp>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter((key) => JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key))).sort()
}

function searchTitles ({ db }: DatabaseConnection, match: string): string[] {
  return db.all<{ entity_id: string }>(sql`SELECT entity_id FROM search_index WHERE search_index MATCH ${match} ORDER BY entity_id`)
    .map((row) => row.entity_id)
}

/** What each entity table should hold after seeding `data` into an empty database. */
function expectedEntityCounts (data: SeedData): Record<string, number> {
  const facts = data.documents.flatMap((document) => document.roles)
  const sum = (length: (item: typeof facts[number]) => number): number => facts.reduce((total, item) => total + length(item), 0)
  return {
    sources: data.documents.length,
    roles: data.roles.length,
    skills: data.skills.length,
    certifications: data.certifications.length,
    fields_of_study: data.fieldsOfStudy.length,
    work_settings: data.workSettings.length,
    training_programs: data.trainingPrograms.length,
    role_descriptions: facts.filter((item) => item.summary !== undefined).length,
    role_codes: data.roles.reduce((total, role) => total + role.codes.length, 0),
    role_benefits: sum((item) => item.benefits?.length ?? 0),
    role_requirements: sum((item) => item.requirements?.length ?? 0),
    responsibilities: sum((item) => item.responsibilities?.length ?? 0),
    role_skills: sum((item) => item.skills?.length ?? 0),
    role_certifications: sum((item) => item.certifications?.length ?? 0),
    education_requirements: facts.filter((item) => item.education !== undefined).length,
    experience_requirements: sum((item) => item.experience?.length ?? 0),
    salaries: sum((item) => item.salaries?.length ?? 0),
    outlook_statements: sum((item) => item.outlook?.length ?? 0),
    schools: data.schools.length,
    resources: data.resources.length,
    progression_edges: data.documents.reduce((total, document) => total + document.progression.length, 0),
    entry_routes: sum((item) => item.entry_routes?.length ?? 0)
  }
}

t.test('seeding an empty database', async (t) => {
  const connection = freshDatabase(t)
  t.equal(isDatabaseEmpty(connection.db), true, 'empty after migrations')
  t.same(Object.values(counts(connection)), allTables.map(() => 0))

  const summary = seedDatabase(connection.db, seed, noBaseUrl)
  const expected = expectedEntityCounts(seed)
  t.same(summary, {
    sources: 5,
    roles: seed.roles.length,
    skills: seed.skills.length,
    certifications: seed.certifications.length,
    salaries: expected['salaries'],
    progressionEdges: expected['progression_edges'],
    rowsWritten: Object.values(expected).reduce((total, n) => total + n, 0),
    rowsDeleted: 0
  })
  for (const [table, n] of Object.entries(expected)) t.equal(count(connection, table), n, table)

  const facts = seed.documents.flatMap((document) => document.roles)
  t.equal(count(connection, 'skill_aliases'), seed.documents.reduce((total, document) => total + (document.names?.skills?.length ?? 0), 0), 'skill aliases')
  t.equal(count(connection, 'certification_names'), seed.documents.reduce((total, document) => total + (document.names?.certifications?.length ?? 0), 0), 'certification names')
  t.equal(count(connection, 'role_work_settings'), facts.reduce((total, item) => total + (item.work_settings?.length ?? 0), 0), 'work settings')
  t.equal(count(connection, 'role_reporting_lines'), facts.reduce((total, item) => total + (item.reports_to?.length ?? 0), 0), 'reporting lines')
  t.equal(count(connection, 'education_requirement_programs'), 5, 'the five programs of 003')
  t.equal(count(connection, 'entry_route_fields'), 2, 'psychology and social work, for 000\'s recent graduate')
  t.equal(count(connection, 'certification_relations'), 1, 'CPR and First Aid, related to CPR/First Aid & AED')
  t.equal(count(connection, 'role_schools'), 6, 'the six schools of 003')
  t.equal(count(connection, 'role_resources'), 13, 'the thirteen resources of 003')
  t.equal(count(connection, 'search_index'), seed.roles.length + seed.skills.length + seed.certifications.length + seed.schools.length + seed.resources.length,
    'one index row per role, skill, certification, school and resource')
  t.ok([...stamps(connection).values()].every((stamp) => stamp.version === 1), 'every row at version 1')
  t.equal(isDatabaseEmpty(connection.db), false)
})

t.test('a second run writes nothing and changes no version or timestamp', async (t) => {
  const connection = seeded(t)
  backdate(connection)
  const before = { counts: counts(connection), stamps: stamps(connection) }
  const summary = seedDatabase(connection.db, seed, noBaseUrl)
  t.equal(summary.rowsWritten, 0)
  t.equal(summary.rowsDeleted, 0)
  t.same(changedRows(before.stamps, stamps(connection)), [])
  t.same(counts(connection), before.counts, 'link rows and the search index are rebuilt to the same contents')
})

t.test('changing one fact bumps that row only', async (t) => {
  t.test('a salary maximum', async (t) => {
    const connection = seeded(t)
    backdate(connection)
    const before = stamps(connection)
    const data = copy()
    const salary = data.documents[0]!.roles[0]!.salaries![0]!
    salary.max = 60000
    const summary = seedDatabase(connection.db, data, noBaseUrl)
    t.match(summary, { rowsWritten: 1, rowsDeleted: 0 })

    // The id is derived from what identifies the figure, not from the amounts: an update, not a new row.
    const id = stableId('sal', 'therapeutic-assistant', S0, 'range', 'year', null, null, null, '$35,000 - $55,000')
    t.same(changedRows(before, stamps(connection)), [`salaries/${id}`])
    const row = connection.sqlite.prepare('SELECT max, version, created_at, updated_at FROM salaries WHERE id = ?').get(id) as Stamp & { max: number }
    t.match(row, { max: 60000, version: 2, created_at: BACKDATED })
    t.not(row.updated_at, BACKDATED)

    t.equal(seedDatabase(connection.db, data, noBaseUrl).rowsWritten, 0, 'the changed seed, loaded again, is a no-op')
    salary.max = 55000
    seedDatabase(connection.db, data, noBaseUrl)
    t.match(connection.sqlite.prepare('SELECT max, version FROM salaries WHERE id = ?').get(id), { max: 55000, version: 3 }, 'changing it back is another change')
  })

  t.test('a role title', async (t) => {
    const connection = seeded(t)
    backdate(connection)
    const before = stamps(connection)
    const data = copy()
    data.roles.find((role) => role.id === 'therapy-specialist')!.title = 'Licensed Therapy Specialist'
    t.match(seedDatabase(connection.db, data, noBaseUrl), { rowsWritten: 1, rowsDeleted: 0 })
    t.same(changedRows(before, stamps(connection)), ['roles/therapy-specialist'])
    const row = connection.sqlite.prepare('SELECT title, version, updated_at FROM roles WHERE id = ?').get('therapy-specialist') as Stamp & { title: string }
    t.match(row, { title: 'Licensed Therapy Specialist', version: 2 })
    t.not(row.updated_at, BACKDATED)
    const indexed = connection.sqlite.prepare('SELECT title FROM search_index WHERE entity_type = \'role\' AND entity_id = ?').get('therapy-specialist')
    t.match(indexed, { title: /^Licensed Therapy Specialist/ }, 'the search index has the new title')
  })
})

t.test('facts the seed no longer states are deleted', async (t) => {
  t.test('the last responsibility of a document', async (t) => {
    const connection = seeded(t)
    backdate(connection)
    const before = stamps(connection)
    const data = copy()
    const removed = data.documents[4]!.roles[0]!.responsibilities!.pop()!
    const id = stableId('rsp', 'therapy-specialist', S4, removed.text)
    t.ok(before.has(`responsibilities/${id}`), 'the row existed')
    t.match(seedDatabase(connection.db, data, noBaseUrl), { rowsWritten: 0, rowsDeleted: 1 })
    t.same(changedRows(before, stamps(connection)), [`responsibilities/${id}`], 'that row, and only it, is gone')
    t.equal(count(connection, 'responsibilities'), expectedEntityCounts(seed)['responsibilities']! - 1)
  })

  t.test('a responsibility in the middle: the later ones move up a position', async (t) => {
    const connection = seeded(t)
    backdate(connection)
    const data = copy()
    const list = data.documents[0]!.roles[0]!.responsibilities!
    const [removed] = list.splice(3, 1)
    const summary = seedDatabase(connection.db, data, noBaseUrl)
    t.equal(summary.rowsDeleted, 1)
    t.equal(summary.rowsWritten, list.length - 3, 'each later responsibility has a new position')
    const rows = connection.sqlite.prepare('SELECT text, position, version FROM responsibilities WHERE role_id = ? AND source_id = ? ORDER BY position')
      .all('therapeutic-assistant', S0) as Array<{ text: string, position: number, version: number }>
    t.same(rows.map((row) => row.text), list.map((item) => item.text))
    t.same(rows.map((row) => row.position), list.map((_, position) => position))
    t.same(rows.map((row) => row.version), list.map((_, position) => (position < 3 ? 1 : 2)))
    t.notOk(rows.some((row) => row.text === removed!.text))
  })

  t.test('salaries, edges, benefits and links', async (t) => {
    const connection = seeded(t)
    const before = counts(connection)
    const data = copy()
    const tss = data.documents[1]!.roles[0]!
    tss.salaries = []
    tss.benefits!.pop()
    tss.work_settings!.pop()
    data.documents[0]!.progression.pop()
    const names = data.documents[3]!.names!
    names.skills = names.skills!.filter(({ skill }) => skill !== 'meditech')
    t.match(seedDatabase(connection.db, data, noBaseUrl), { rowsWritten: 0, rowsDeleted: 3 })
    t.same(counts(connection), {
      ...before,
      salaries: before['salaries']! - 1,
      role_benefits: before['role_benefits']! - 1,
      progression_edges: before['progression_edges']! - 1,
      role_work_settings: before['role_work_settings']! - 1,
      skill_aliases: before['skill_aliases']! - 1,
      // The dropped edge was 000's only mention of the patient navigator.
      role_sources: before['role_sources']! - 1
    })
    t.same(connection.sqlite.prepare('SELECT source_id FROM role_sources WHERE role_id = ?').all('patient-navigator'), [])
  })
})

t.test('names a document no longer states are deleted, and so is the title of a role it only named', async (t) => {
  const connection = seeded(t)
  const before = counts(connection)
  const data = copy()
  // 002 names Communication and two certifications; 000 names the roles CNA, PCT, DSP and QMHP, and mentions them otherwise too.
  delete data.documents[2]!.names
  data.documents[0]!.names!.roles = data.documents[0]!.names!.roles!.filter(({ title }) => title !== 'QMHP')
  // A catalogue tag (no source) dropped too: link rows with a null column are matched with IS.
  const role = data.roles.find((item) => item.id === 'qualified-mental-health-professional')!
  role.tags = role.tags.filter((tag) => tag !== 'Licensed')
  seedDatabase(connection.db, data, noBaseUrl)
  t.same(counts(connection), {
    ...before,
    skill_aliases: before['skill_aliases']! - 1,
    certification_names: before['certification_names']! - 2,
    role_alternate_titles: before['role_alternate_titles']! - 1,
    role_tags: before['role_tags']! - 1
  })
  t.same(connection.sqlite.prepare('SELECT title FROM role_alternate_titles WHERE role_id = ?').all('qualified-mental-health-professional'), [])
  t.same(connection.sqlite.prepare('SELECT coverage FROM role_sources WHERE role_id = ?').all('qualified-mental-health-professional'), [{ coverage: 'mentions' }],
    'still mentioned by its career-path edge')
})

t.test('shapes the current seed does not use yet', async (t) => {
  const connection = seeded(t)
  const data = copy()
  const specialist = data.roles.find((role) => role.id === 'therapy-specialist')!
  specialist.codes.push({ scheme: 'SOC', code: '21-1018', label: 'Substance Abuse, Behavioral Disorder, and Mental Health Counselors' })
  const peer = data.documents[2]!.roles.find((facts) => facts.role === 'peer-support-specialist')!
  delete peer.summary
  const rehabilitation = data.documents[2]!.roles.find((facts) => facts.role === 'rehabilitation-specialist')!
  t.equal(rehabilitation.responsibilities!.length, 1)
  delete rehabilitation.responsibilities
  data.documents[2]!.roles[0]!.education!.minimum_level = null
  t.match(seedDatabase(connection.db, data, noBaseUrl), { rowsWritten: 2, rowsDeleted: 2 },
    'a code added and an education changed; a description and a responsibility deleted')

  t.match(connection.sqlite.prepare('SELECT * FROM role_codes').all(), [{
    id: stableId('cod', 'therapy-specialist', 'SOC', '21-1018'), role_id: 'therapy-specialist', scheme: 'SOC', code: '21-1018'
  }])
  t.equal(count(connection, 'role_codes'), 1)
  t.same(connection.sqlite.prepare('SELECT source_id FROM role_descriptions WHERE role_id = ?').all('peer-support-specialist'), [])
  t.same(connection.sqlite.prepare('SELECT id FROM responsibilities WHERE role_id = ?').all('rehabilitation-specialist'), [])
  const rank = (source: string): unknown => connection.sqlite
    .prepare('SELECT minimum_level, minimum_level_rank FROM education_requirements WHERE role_id = ? AND source_id = ?').get(source === S2 ? 'therapeutic-support-staff-family' : 'therapeutic-support-staff', source)
  t.same(rank(S2), { minimum_level: null, minimum_level_rank: null }, 'no minimum, no rank')
  t.same(rank('001_b5bbebad356a4f28'), { minimum_level: 'bachelor', minimum_level_rank: educationLevels.indexOf('bachelor') })

  specialist.codes = []
  t.match(seedDatabase(connection.db, data, noBaseUrl), { rowsWritten: 0, rowsDeleted: 1 }, 'a code the seed drops is deleted')
  t.equal(count(connection, 'role_codes'), 0)
})

t.test('stable ids', async (t) => {
  t.test('are derived from their parts only', async (t) => {
    const id = stableId('rsp', 'therapeutic-assistant', S0, 'text')
    t.match(id, /^rsp_[0-9a-f]{16}$/)
    t.equal(stableId('rsp', 'therapeutic-assistant', S0, 'text'), id, 'deterministic')
    t.not(stableId('rsp', 'therapeutic-assistant', S0, 'text.'), id)
    t.not(stableId('x', 'ab', 'c'), stableId('x', 'a', 'bc'), 'parts are separated, not concatenated')
  })

  t.test('name the facts the seed states', async (t) => {
    const connection = seeded(t)
    const first = seed.documents[0]!.roles[0]!.responsibilities![0]!
    const row = connection.sqlite.prepare('SELECT id FROM responsibilities WHERE text = ?').get(first.text)
    t.same(row, { id: stableId('rsp', 'therapeutic-assistant', S0, first.text) })
    const edge = connection.sqlite.prepare('SELECT id FROM progression_edges WHERE from_role_id = ? AND to_role_id = ?').get('case-manager', 'therapy-specialist')
    t.same(edge, { id: stableId('edg', 'case-manager', 'therapy-specialist', 'advancement', S4) })
  })

  t.test('are the same in two fresh databases', async (t) => {
    const ids = (connection: DatabaseConnection): string[] => [...stamps(connection).keys()].sort()
    const one = ids(seeded(t))
    t.equal(one.length, Object.values(expectedEntityCounts(seed)).reduce((total, n) => total + n, 0))
    t.same(ids(seeded(t)), one)
  })
})

t.test('the search index is rebuilt on every run', async (t) => {
  const connection = seeded(t)
  t.same(searchTitles(connection, 'title:qmhp'), ['qualified-mental-health-professional'], 'found by its alternate title')
  t.same(searchTitles(connection, 'title:tss'), ['therapeutic-support-staff'])
  const rows = count(connection, 'search_index')

  const data = copy()
  data.documents[2]!.roles.find((facts) => facts.role === 'counseling-aide')!.alternate_titles = ['Wellness Aide']
  seedDatabase(connection.db, data, noBaseUrl)
  t.same(searchTitles(connection, 'title:wellness'), ['counseling-aide'], 'a new alternate title is searchable')
  t.equal(count(connection, 'search_index'), rows, 'rebuilt, not appended to')
  seedDatabase(connection.db, seed, noBaseUrl)
  t.same(searchTitles(connection, 'title:wellness'), [], 'and gone once the seed drops it')
})

t.test('the whole load is one transaction', async (t) => {
  // readSeedFiles would reject these; seedDatabase is handed them directly to make it fail part-way.
  const badEdge = (): SeedData => {
    const data = copy()
    data.documents[4]!.progression.push({ ...data.documents[4]!.progression[0]!, to: 'no-such-role' })
    return data
  }

  t.test('a foreign key that fails at COMMIT leaves an empty database empty', async (t) => {
    const connection = freshDatabase(t)
    t.throws(() => seedDatabase(connection.db, badEdge(), noBaseUrl), /FOREIGN KEY constraint failed/)
    t.same(Object.values(counts(connection)), allTables.map(() => 0), 'nothing from the run was written')
    t.equal(isDatabaseEmpty(connection.db), true)
    t.equal(connection.sqlite.inTransaction, false, 'rolled back, not left open')
    t.equal(seedDatabase(connection.db, seed, noBaseUrl).rowsDeleted, 0, 'a valid seed then loads')
    t.equal(count(connection, 'roles'), seed.roles.length)
  })

  t.test('a failing run over a seeded database changes nothing', async (t) => {
    const connection = seeded(t)
    backdate(connection)
    const before = { counts: counts(connection), stamps: stamps(connection) }
    const data = badEdge()
    data.roles.find((role) => role.id === 'therapy-specialist')!.title = 'Changed'
    data.documents[0]!.roles[0]!.responsibilities!.splice(0, 1)
    t.throws(() => seedDatabase(connection.db, data, noBaseUrl), /FOREIGN KEY constraint failed/)
    t.same(counts(connection), before.counts)
    t.same(changedRows(before.stamps, stamps(connection)), [], 'the title change and the deletion were rolled back')
    t.same(searchTitles(connection, 'title:changed'), [], 'so was the search index rebuild')
  })

  t.test('a CHECK constraint that fails mid-way leaves nothing either', async (t) => {
    const connection = freshDatabase(t)
    const data = copy()
    // Salaries are written after sources, roles, responsibilities and skills.
    const salary = data.documents[3]!.roles[0]!.salaries![2]!
    salary.min = 90000
    t.throws(() => seedDatabase(connection.db, data, noBaseUrl), /CHECK constraint failed/)
    t.same(Object.values(counts(connection)), allTables.map(() => 0))
  })
})

t.test('a database file keeps its seed when reopened', async (t) => {
  const path = join(t.testdir(), 'nested', 'folder', 'roleatlas.db')
  const first = openDatabase(path)
  t.equal(first.sqlite.pragma('journal_mode', { simple: true }), 'wal', 'files use WAL')
  applyMigrations(first.db)
  seedDatabase(first.db, seed, noBaseUrl)
  first.sqlite.close()

  const second = openDatabase(path)
  t.teardown(() => second.sqlite.close())
  applyMigrations(second.db)
  t.equal(isDatabaseEmpty(second.db), false)
  t.match(seedDatabase(second.db, seed, noBaseUrl), { rowsWritten: 0, rowsDeleted: 0 })
})

t.test('a fact stated twice is rejected, or loaded so that a re-run changes nothing', async (t) => {
  // A document may name the same career move in two places. Both statements get the same stable
  // id (from, to, kind, source), so without a check the second overwrites the first and every
  // later run flips the row back and forth, bumping its version.
  const folder = t.testdir()
  cpSync(seedFolder, folder, { recursive: true })
  const file = join(folder, 'documents', `${S0}.json`)
  const document = JSON.parse(readFileSync(file, 'utf8'))
  document.progression.push({ ...document.progression[0], section: 'Elsewhere', quote: 'CNAs often move up to this role.' })
  writeFileSync(file, JSON.stringify(document))

  let data: SeedData
  try {
    data = readSeedFiles(folder)
  } catch (error) {
    t.type(error, SeedError)
    t.match((error as SeedError).problems.join('\n'), /certified-nursing-assistant/, 'the problem names the duplicated move')
    return
  }
  const connection = freshDatabase(t)
  const summary = seedDatabase(connection.db, data, noBaseUrl)
  t.equal(count(connection, 'progression_edges'), summary.progressionEdges, 'the summary counts the edges stored')
  t.match(seedDatabase(connection.db, data, noBaseUrl), { rowsWritten: 0 }, 'a second run is a no-op')
})
