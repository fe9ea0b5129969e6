import t from 'tap'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openDatabase } from '../../src/db/connection.js'
import { buildApp } from '../../src/app.js'

t.test('a file database gets its folder created, WAL and foreign keys', async (t) => {
  const path = join(t.testdir(), 'a', 'b', 'roleatlas.db')
  const { sqlite } = openDatabase(path)
  t.teardown(() => sqlite.close())
  t.ok(existsSync(path))
  t.equal(sqlite.pragma('journal_mode', { simple: true }), 'wal')
  t.equal(sqlite.pragma('foreign_keys', { simple: true }), 1)
})

t.test('an in-memory database enforces foreign keys too', async (t) => {
  const { sqlite } = openDatabase(':memory:')
  t.teardown(() => sqlite.close())
  t.equal(sqlite.pragma('foreign_keys', { simple: true }), 1)
  t.equal(sqlite.pragma('journal_mode', { simple: true }), 'memory')
})

t.test('the app refuses to start on a database its migrations cannot apply to, and closes it', async (t) => {
  const path = join(t.testdir(), 'foreign.db')
  const foreign = new Database(path)
  foreign.exec('CREATE TABLE roles (something_else TEXT)')
  foreign.close()
  await t.rejects(buildApp({ databasePath: path }), /roles/)
  // The handle was closed: the file can be opened and written again at once.
  const reopened = new Database(path)
  t.teardown(() => reopened.close())
  t.doesNotThrow(() => reopened.exec('INSERT INTO roles VALUES (\'x\')'))
})
