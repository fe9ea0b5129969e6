import t from 'tap'
import type Database from 'better-sqlite3'
import { build } from '../helper.js'

// The read paths a careers site and an ATS call most, with every filter a list takes.
const hotUrls = [
  '/v1/roles?limit=20', '/v1/roles?sort=updated&limit=20', '/v1/roles?detail=full&education_max=master&limit=20',
  '/v1/roles?q=therap&limit=20', '/v1/roles?skill=crisis-intervention', '/v1/roles?certification=cpr',
  '/v1/roles?tag=Mental%20Health', '/v1/roles?salary_min=30000&salary_period=year&salary_currency=USD&location=US',
  '/v1/search?q=crisis', '/v1/skills?limit=20', '/v1/skills/crisis-intervention', '/v1/certifications',
  '/v1/sources', '/v1/roles/therapy-specialist', '/v1/roles/therapy-specialist?include=skills',
  '/v1/roles/therapy-specialist/skills', '/v1/roles/therapy-specialist/progression', '/v1/roles/therapy-specialist/salaries',
  '/v1/schools', '/v1/schools/ivy-tech-community-college', '/v1/resources?kind=agency', '/v1/resources/cdph',
  '/v1/roles/therapeutic-services-assistant/outlook', '/v1/roles/therapeutic-services-assistant/schools',
  '/v1/roles/therapeutic-services-assistant/resources'
]

type Statement = Database.Statement & { source: string }

t.test('every statement the hot routes run reaches its rows through an index', async (t) => {
  // No response or document caches, so that every request reaches the database.
  const app = await build(t, { responseCacheBytes: 0, documentCacheBytes: 0 })
  const connection = (app.db as unknown as { $client: Database.Database }).$client

  // Records what runs (the connection keeps compiled statements, so not every run prepares).
  const executed = new Set<string>()
  const statementPrototype = Object.getPrototypeOf(connection.prepare('SELECT 1')) as Record<'all' | 'get' | 'iterate', (...args: unknown[]) => unknown>
  for (const method of ['all', 'get', 'iterate'] as const) {
    const original = statementPrototype[method]
    statementPrototype[method] = function (this: Statement, ...args: unknown[]) {
      executed.add(this.source)
      return original.apply(this, args)
    }
    t.teardown(() => { statementPrototype[method] = original })
  }
  for (const url of hotUrls) t.equal((await app.inject(url)).statusCode, 200, url)

  // Plan as for a large catalogue: statistics gathered on the 43-role seed rightly prefer
  // scanning tables that small, which says nothing about 10,000 roles.
  connection.exec('DELETE FROM sqlite_stat1; ANALYZE sqlite_schema')
  const tables = new Set((connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name))
  const reads = [...executed].filter((source) => /^\s*(select|with)\b/i.test(source))
  t.ok(reads.length >= 15, `${reads.length} distinct reads`)
  for (const source of reads) {
    const parameters = (source.match(/\?/g) ?? []).map(() => null)
    const plan = (connection.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...parameters) as Array<{ detail: string }>).map((step) => step.detail)
    // A whole-table read: a SCAN of a table without an index (an index walk serves ORDER BY ...
    // LIMIT; a full-text MATCH is the FTS index's own lookup).
    const fullScans = plan.filter((step) => /^SCAN /.test(step) && tables.has(step.split(' ')[1]!) && !/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(step))
    t.same(fullScans, [], source.replace(/\s+/g, ' ').slice(0, 120))
  }
})
