import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t from 'tap'
import { sql } from 'drizzle-orm'
import { Ajv2020 } from 'ajv/dist/2020.js'
import ajvFormats from 'ajv-formats'
import { buildApp } from '../../src/app.js'
import { openDatabase } from '../../src/db/connection.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { readSeedFiles } from '../../src/seed/files.js'
import { seedDatabase } from '../../src/seed/load.js'
import { roleIncludes } from '../../src/roles/schemas.js'

// The read model itself: what is stored is what the contract promises, each coding decodes to
// the same bytes, any include set is the full document minus the parts left out, and the bytes
// in memory never outlive a change made by this or another process.

interface StoredRow { role_id: string, variant: string, media_type: string, hash: string, identity: Buffer, gzip: Buffer, br: Buffer }

const seed = readSeedFiles()

t.test('stored bytes match the published schemas, and every coding decodes to them', async (t) => {
  const app = await buildApp({ databasePath: ':memory:', publicBaseUrl: 'https://api.example.com' })
  t.teardown(() => app.close())
  const spec = app.swagger() as { components: { schemas: Record<string, object> } }
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
  ;(ajvFormats as unknown as (ajv: Ajv2020) => Ajv2020)(ajv)
  for (const [name, schema] of Object.entries(spec.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`)
  const validateRole = ajv.getSchema('#/components/schemas/Role')!
  const validateJsonLd = ajv.getSchema('#/components/schemas/OccupationJsonLd')!

  const rows = app.db.all<StoredRow>(sql`SELECT * FROM role_documents`)
  const variants = new Set(rows.map((row) => row.variant))
  t.ok(variants.has('json') && variants.has('ld') && variants.has('ld:other') && variants.has('ld:US-CA'), [...variants].join(', '))
  t.equal(rows.filter((row) => row.variant === 'json').length, seed.roles.length, 'one JSON document per role')
  for (const row of rows) {
    const document = JSON.parse(row.identity.toString('utf8')) as unknown
    const validate = row.variant === 'json' ? validateRole : validateJsonLd
    t.ok(validate(document), `${row.role_id} ${row.variant} matches its schema ${JSON.stringify(validate.errors?.slice(0, 2))}`)
    t.same(gunzipSync(row.gzip), row.identity, `${row.role_id} ${row.variant}: gzip decodes to the same bytes`)
    t.same(brotliDecompressSync(row.br), row.identity, `${row.role_id} ${row.variant}: br decodes to the same bytes`)
    t.equal(row.media_type, row.variant === 'json' ? 'application/json; charset=utf-8' : 'application/ld+json; charset=utf-8')
  }
  const served = await app.inject('/v1/roles/therapy-specialist')
  const stored = rows.find((row) => row.role_id === 'therapy-specialist' && row.variant === 'json')!
  t.same(served.rawPayload, stored.identity, 'the served bytes are the stored bytes')
  t.equal(served.headers.etag, `"${stored.hash}"`)
})

t.test('any include set is the full document without the parts left out', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const full = (await app.inject('/v1/roles/therapeutic-services-assistant')).json<Record<string, unknown>>()
  // Every subset of the five parts, `none` being the empty one.
  for (let mask = 0; mask < 2 ** roleIncludes.length; mask++) {
    const include = roleIncludes.filter((_, index) => (mask & (1 << index)) !== 0)
    const response = await app.inject(`/v1/roles/therapeutic-services-assistant?include=${include.length === 0 ? 'none' : include.join(',')}`)
    const expected = Object.fromEntries(Object.entries(full).filter(([key]) => !(roleIncludes as readonly string[]).includes(key) || include.includes(key as typeof include[number])))
    t.same(response.json(), expected, include.join(',') || 'none')
    t.strictSame(Object.keys(response.json()), Object.keys(expected), 'in the same key order')
  }
  const reordered = await app.inject('/v1/roles/therapeutic-services-assistant?include=salaries,skills')
  const ordered = await app.inject('/v1/roles/therapeutic-services-assistant?include=skills&include=salaries')
  t.equal(reordered.headers.etag, ordered.headers.etag, 'the order of include does not matter')
  t.not(ordered.headers.etag, (await app.inject('/v1/roles/therapeutic-services-assistant')).headers.etag, 'a subset has its own tag')
})

t.test('a write by another process is served from the next turn of the event loop; a cached copy is kept while nothing changes', async (t) => {
  const path = join(t.testdir(), 'shared.db')
  const app = await buildApp({ databasePath: path })
  t.teardown(() => app.close())
  const first = await app.inject('/v1/roles/therapy-specialist')
  t.equal((await app.inject('/v1/roles/therapy-specialist')).headers.etag, first.headers.etag, 'unchanged while nothing is written')
  const cached = app.roleDocuments.size.entries

  // Another process (another connection to the same file) corrects the role's title.
  const other = openDatabase(path)
  t.teardown(() => other.sqlite.close())
  applyMigrations(other.db)
  const data = structuredClone(seed)
  data.roles.find((role) => role.id === 'therapy-specialist')!.title = 'Therapy Specialist II'
  seedDatabase(other.db, data, { publicBaseUrl: null })
  // The server checks for other processes' commits once per turn of its event loop.
  await new Promise(setImmediate)

  const after = await app.inject('/v1/roles/therapy-specialist')
  t.not(after.headers.etag, first.headers.etag)
  t.equal(after.json<{ title: string }>().title, 'Therapy Specialist II')
  const list = await app.inject('/v1/roles?q=specialist')
  t.ok(list.json<{ data: Array<{ title: string }> }>().data.some((role) => role.title === 'Therapy Specialist II'), 'lists see it too')
  t.ok(cached > 0, 'documents were held in memory')
  // A document the write did not touch is still served from memory, after a check of its hash.
  const untouched = await app.inject('/v1/roles/peer-support-specialist')
  t.equal(untouched.statusCode, 200)
})

t.test('at start-up, documents missing or built with other settings are rebuilt', async (t) => {
  const path = join(t.testdir(), 'upgrade.db')
  const app = await buildApp({ databasePath: path })
  const before = (await app.inject({ url: '/v1/roles/therapy-specialist', headers: { accept: 'application/ld+json' } })).json<{ url?: string }>()
  t.equal(before.url, undefined, 'without a public base URL JSON-LD has no absolute url')
  await app.close()

  // As a database from before the read model existed: its documents are gone.
  const connection = openDatabase(path)
  connection.sqlite.exec('DELETE FROM role_documents WHERE role_id = \'therapy-specialist\'')
  connection.sqlite.close()
  const restarted = await buildApp({ databasePath: path, publicBaseUrl: 'https://api.example.com' })
  t.teardown(() => restarted.close())
  const after = (await restarted.inject({ url: '/v1/roles/therapy-specialist', headers: { accept: 'application/ld+json' } })).json<{ url?: string }>()
  t.equal(after.url, 'https://api.example.com/v1/roles/therapy-specialist', 'rebuilt with the new base URL')
  const other = (await restarted.inject({ url: '/v1/roles/case-manager', headers: { accept: 'application/ld+json' } })).json<{ url?: string }>()
  t.equal(other.url, 'https://api.example.com/v1/roles/case-manager', 'every document, not only the missing one')
})

t.test('a database from before the read model is migrated in place and gets its documents', async (t) => {
  const path = join(t.testdir(), 'v1.db')
  const app = await buildApp({ databasePath: path })
  const before = (await app.inject('/v1/roles/therapy-specialist?include=none')).json<{ title: string }>()
  await app.close()
  // Undo what the read-model migration and the ones after it did, as if the database had been
  // written by the release before the read model.
  const old = openDatabase(path)
  old.sqlite.exec(`
    DROP TABLE outlook_statements; DROP TABLE role_schools; DROP TABLE role_resources; DROP TABLE schools; DROP TABLE resources;
    DROP TABLE role_documents; DROP TABLE role_document_dependencies; DROP TABLE read_model_state;
    DROP INDEX role_tags_tag_lower_idx; CREATE INDEX role_tags_tag_idx ON role_tags (tag);
    DELETE FROM __drizzle_migrations WHERE created_at >= (SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1 OFFSET 1);`)
  old.sqlite.close()

  const upgraded = await buildApp({ databasePath: path })
  t.teardown(() => upgraded.close())
  const after = await upgraded.inject('/v1/roles/therapy-specialist?include=none')
  t.equal(after.statusCode, 200)
  t.equal(after.json<{ title: string }>().title, before.title)
  t.equal((await upgraded.inject('/v1/roles?tag=mental%20health&limit=100')).json<{ data: unknown[] }>().data.length > 0, true,
    'the tag filter works on the new index')
  const counts = upgraded.db.get<{ documents: number, roles: number }>(sql`SELECT (SELECT count(*) FROM role_documents WHERE variant = 'json') AS documents, (SELECT count(*) FROM roles) AS roles`)
  t.equal(counts.documents, counts.roles, 'every role has its documents')
})
