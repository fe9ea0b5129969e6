import t from 'tap'
import Database from 'better-sqlite3'
import { withStatementCache } from '../../src/db/statement-cache.js'

t.test('keeps compiled statements by SQL text, the most recently used first', async (t) => {
  const sqlite = new Database(':memory:')
  t.after(() => sqlite.close())
  const cached = withStatementCache(sqlite, 2)
  const first = cached.prepare('SELECT 1 AS one')
  t.equal(cached.prepare('SELECT 1 AS one'), first, 'the same text gets the same statement')
  cached.prepare('SELECT 2 AS two')
  cached.prepare('SELECT 1 AS one')
  cached.prepare('SELECT 3 AS three')
  t.equal(cached.prepare('SELECT 1 AS one'), first, 'a recent statement outlives a third one')
  t.not(cached.prepare('SELECT 2 AS two'), cached.prepare('SELECT 3 AS three'))
  const again = cached.prepare('SELECT 2 AS two')
  cached.prepare('SELECT 3 AS three')
  cached.prepare('SELECT 1 AS one')
  t.not(cached.prepare('SELECT 2 AS two'), again, 'past the capacity, the least recently used is compiled anew')
})

t.test('a statement handed out again returns rows as objects, whatever its last user asked for', async (t) => {
  const sqlite = new Database(':memory:')
  t.after(() => sqlite.close())
  const cached = withStatementCache(sqlite)
  t.same(cached.prepare('SELECT 1 AS one').raw(true).get(), [1])
  t.same(cached.prepare('SELECT 1 AS one').get(), { one: 1 })
  cached.exec('CREATE TABLE t (x)')
  const insert = cached.prepare('INSERT INTO t VALUES (?)')
  t.equal(cached.prepare('INSERT INTO t VALUES (?)'), insert, 'a statement returning no rows is kept too')
})

t.test('everything else is the connection itself', async (t) => {
  const sqlite = new Database(':memory:')
  t.after(() => sqlite.close())
  const cached = withStatementCache(sqlite)
  t.equal(cached.open, true)
  t.equal(cached.memory, true)
  cached.exec('CREATE TABLE t (x)')
  cached.transaction(() => { cached.prepare('INSERT INTO t VALUES (1)').run() })()
  t.same(sqlite.prepare('SELECT count(*) AS n FROM t').get(), { n: 1 })
})
