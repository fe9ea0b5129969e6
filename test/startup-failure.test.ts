import { createServer, type AddressInfo } from 'node:net'
import { once } from 'node:events'
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { describeStartupFailure } from '../src/startup-failure.js'

// The line an operator reads when the server cannot start, for the real errors each mistake raises.

async function startError (databasePath: string, host = '127.0.0.1', port = 0): Promise<NodeJS.ErrnoException> {
  let app
  try {
    app = await buildApp({ databasePath })
    await app.listen({ host, port })
  } catch (error) {
    return error as NodeJS.ErrnoException
  } finally {
    await app?.close()
  }
  throw new Error('the start did not fail')
}

t.test('each mistake gets a line that names what to change', async (t) => {
  const folder = t.testdir({ 'a-file': 'not a folder', 'not-a-database.db': 'these bytes are not SQLite' })
  const describe = async (databasePath: string, host = '127.0.0.1', port = 0) =>
    describeStartupFailure(await startError(databasePath, host, port), { host, port, databasePath })

  const busy = createServer().listen(0, '127.0.0.1')
  await once(busy, 'listening')
  t.teardown(() => busy.close())
  const busyPort = (busy.address() as AddressInfo).port
  t.equal(await describe(join(folder, 'busy.db'), '127.0.0.1', busyPort),
    `Cannot listen on 127.0.0.1:${busyPort}: the port is already in use (set PORT to another).`)
  t.equal(await describe(join(folder, 'address.db'), '192.0.2.1'),
    'Cannot listen on 192.0.2.1:0: no such address on this machine (check HOST).')
  t.equal(await describe(join(folder, 'a-file', 'roleatlas.db')),
    `Cannot open the database at ${join(folder, 'a-file', 'roleatlas.db')} (EEXIST): DATABASE_PATH must name a file in a folder this process can write to.`)
  t.equal(await describe(folder),
    `Cannot open the database at ${folder} (SQLITE_CANTOPEN): DATABASE_PATH must name a file in a folder this process can write to.`)
  t.equal(await describe(join(folder, 'not-a-database.db')),
    `Cannot use the database at ${join(folder, 'not-a-database.db')} (SQLITE_NOTADB): file is not a database`)
  t.match(await describe(join(folder, 'host.db'), 'no-such-host.invalid'), /^Failed to start: getaddrinfo (ENOTFOUND|EAI_AGAIN) no-such-host\.invalid$/)
})
