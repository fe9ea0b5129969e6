import t from 'tap'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openDatabase } from '../../src/db/connection.js'
import { buildApp } from '../../src/app.js'

// A WAL database keeps its -wal and -shm files while any connection to it is open, and SQLite
// removes them when the last one closes: whether they exist tells whether a handle was left open.
const walFiles = (path: string): boolean[] => [existsSync(`${path}-wal`), existsSync(`${path}-shm`)]

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

t.test('the app closes its database when it closes', async (t) => {
  const path = join(t.testdir(), 'roleatlas.db')
  const app = await buildApp({ databasePath: path })
  t.same(walFiles(path), [true, true], 'an open app holds the database in WAL mode')
  await app.close()
  t.same(walFiles(path), [false, false], 'closing removed the -wal and -shm files')
})

t.test('the app refuses to start on a database its migrations cannot apply to, and closes it', async (t) => {
  const path = join(t.testdir(), 'foreign.db')
  const foreign = new Database(path)
  foreign.exec('CREATE TABLE roles (something_else TEXT)')
  foreign.close()
  await t.rejects(buildApp({ databasePath: path }), /roles/)
  t.same(walFiles(path), [false, false], 'no connection is left open')
  // Leaving WAL mode needs the database to itself: it fails while another connection is open.
  const reopened = new Database(path)
  t.teardown(() => reopened.close())
  t.equal(reopened.pragma('journal_mode = DELETE', { simple: true }), 'delete')
  t.doesNotThrow(() => reopened.exec('INSERT INTO roles VALUES (\'x\')'))
})
