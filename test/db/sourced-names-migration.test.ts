import { join } from 'node:path'
import t from 'tap'
import { sql } from 'drizzle-orm'
import { buildApp } from '../../src/app.js'
import { openDatabase } from '../../src/db/connection.js'
import { readSeedFiles } from '../../src/seed/files.js'
import { seedDatabase } from '../../src/seed/load.js'
import { undoSourcedNames } from './previous-schema.js'

// A database written before names had sources: the migration keeps the titles that had one,
// drops the names that had none, and the seed then loads every name with its document.

t.test('a database with unsourced names is migrated in place, and the seed restores names with their sources', async (t) => {
  const path = join(t.testdir(), 'names.db')
  await (await buildApp({ databasePath: path })).close()
  const old = openDatabase(path)
  old.sqlite.exec(undoSourcedNames)
  old.sqlite.exec(`
    INSERT INTO role_alternate_titles VALUES ('case-manager', 'CM', NULL);
    INSERT INTO skill_aliases VALUES ('meditech', 'MEDITECH software');
    UPDATE certifications SET abbreviation = 'CPI' WHERE id = 'cpi';`)
  old.sqlite.close()

  const app = await buildApp({ databasePath: path })
  t.teardown(() => app.close())
  const titles = app.db.all(sql`SELECT role_id, title, source_id FROM role_alternate_titles
    WHERE role_id IN ('case-manager', 'therapeutic-support-staff') ORDER BY role_id`)
  t.same(titles, [{ role_id: 'therapeutic-support-staff', title: 'TSS', source_id: '001_b5bbebad356a4f28' }], 'the sourced title is kept, the other dropped')
  t.equal(app.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM skill_aliases`).n, 0, 'aliases without a source are dropped')

  seedDatabase(app.db, readSeedFiles(), { publicBaseUrl: null })
  const meditech = (await app.inject('/v1/skills/meditech')).json<{ names: unknown[] }>()
  t.same(meditech.names, [{ name: 'MEDITECH software', kind: 'alias', source_id: '003_22ade88f96834ac8' }])
  const cpi = (await app.inject('/v1/certifications/cpi')).json<{ names: unknown[] }>()
  t.same(cpi.names, [{ name: 'CPI', kind: 'abbreviation', source_id: '000_4694b98c1c2a5003' }])
  const source = (await app.inject('/v1/sources/002_c01dfacc0499c815')).json<{ publisher_basis: string, published_on_basis: string }>()
  t.same([source.publisher_basis, source.published_on_basis], ['inferred_from_author_bio', 'last_updated'], 'and the bases of the sources')
})
