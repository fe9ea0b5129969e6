import t from 'tap'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { once } from 'node:events'
import { createInterface } from 'node:readline'

const serverFile = join(import.meta.dirname, '..', 'src', 'server.ts')

interface RunningServer {
  child: ChildProcessWithoutNullStreams
  url: string
  logs: Array<Record<string, unknown>>
  exited: Promise<number | null>
}

// Children run the TypeScript source with tap's own loader flags, so coverage follows them.
const childArguments = [...process.execArgv, serverFile]
const childEnvironment = process.env

/** Starts src/server.ts as `npm start` would, in a process of its own. */
async function startServer (environment: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, childArguments, {
    env: { ...childEnvironment, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...environment }
  })
  const logs: Array<Record<string, unknown>> = []
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>
      logs.push(entry)
      const listening = /^Server listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(String(entry['msg']))
      if (listening !== null) resolve(listening[1]!)
    })
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening`)))
  })
  return { child, url, logs, exited }
}

t.test('the server seeds an empty database, serves, and shuts down cleanly on SIGTERM', async (t) => {
  const folder = t.testdir()
  // The folder for the database does not exist yet: the server creates it.
  const databasePath = join(folder, 'nested', 'roleatlas.db')
  const server = await startServer({ DATABASE_PATH: databasePath })
  t.ok(existsSync(databasePath), 'database file created')
  t.ok(server.logs.some((entry) => entry['msg'] === 'seeded an empty database'))

  const response = await fetch(`${server.url}/v1/roles/therapeutic-assistant`, { headers: { 'x-request-id': 'trace-123' } })
  t.equal(response.status, 200)
  t.equal(response.headers.get('x-request-id'), 'trace-123')
  t.equal(((await response.json()) as { title: string }).title, 'Therapeutic Assistant')
  t.ok(server.logs.some((entry) => entry['reqId'] === 'trace-123'), 'logs carry the request id')

  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0, 'exits 0')
  t.ok(server.logs.some((entry) => entry['msg'] === 'shutting down' && entry['signal'] === 'SIGTERM'))

  // A second start on the same file keeps the data and does not seed again.
  const again = await startServer({ DATABASE_PATH: databasePath })
  t.notOk(again.logs.some((entry) => entry['msg'] === 'seeded an empty database'))
  t.equal((await fetch(`${again.url}/ready`)).status, 200)
  again.child.kill('SIGINT')
  t.equal(await again.exited, 0, 'SIGINT also exits 0')
})

t.test('an invalid setting stops the server with a message naming the variable', async (t) => {
  const child = spawn(process.execPath, childArguments, {
    env: { ...childEnvironment, PORT: 'eighty', DATABASE_PATH: join(t.testdir(), 'db.sqlite') }
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const [code] = await once(child, 'exit')
  t.equal(code, 1)
  t.match(stderr, /Invalid configuration: PORT must be integer/)
})
