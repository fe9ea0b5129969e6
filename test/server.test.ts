import t from 'tap'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { createServer as createNetServer, type AddressInfo } from 'node:net'

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
  // 'close', not 'exit': by then every line the server wrote has been read.
  const exited = once(child, 'close').then(([code]) => code as number | null)
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

  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0, 'exits 0')
  t.ok(server.logs.some((entry) => entry['reqId'] === 'trace-123'), 'logs carry the request id')
  t.ok(server.logs.some((entry) => entry['msg'] === 'shutting down' && entry['signal'] === 'SIGTERM'))

  // A second start on the same file keeps the data and does not seed again.
  const again = await startServer({ DATABASE_PATH: databasePath })
  t.notOk(again.logs.some((entry) => entry['msg'] === 'seeded an empty database'))
  t.equal(await readyStatus(again.url), 200, '/ready answers 200 once the hot routes are warm')
  again.child.kill('SIGINT')
  t.equal(await again.exited, 0, 'SIGINT also exits 0')
})

/** Polls /ready until it answers 200 (it is 503 while the server warms up), for up to 10 s. */
async function readyStatus (url: string): Promise<number> {
  let status = 0
  for (let attempt = 0; attempt < 200 && status !== 200; attempt++) {
    status = (await fetch(`${url}/ready`)).status
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return status
}

/** Runs the server until it exits and returns its exit code and what it wrote to stderr. */
async function failedStart (environment: Record<string, string>): Promise<{ code: number | null, stderr: string }> {
  const child = spawn(process.execPath, childArguments, { env: { ...childEnvironment, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...environment } })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const [code] = await once(child, 'exit') as [number | null]
  return { code, stderr }
}

t.test('a failed start prints one line saying what to fix and exits 1; the stack only at LOG_LEVEL=debug', async (t) => {
  const busy = createNetServer().listen(0, '127.0.0.1')
  await once(busy, 'listening')
  t.teardown(() => busy.close())
  const port = String((busy.address() as AddressInfo).port)
  const folder = t.testdir()
  // In parallel: each start of the TypeScript server takes seconds.
  const [quiet, verbose, badConfig] = await Promise.all([
    failedStart({ PORT: port, DATABASE_PATH: join(folder, 'a.db') }),
    failedStart({ PORT: port, DATABASE_PATH: join(folder, 'b.db'), LOG_LEVEL: 'debug' }),
    failedStart({ PORT: 'eighty', DATABASE_PATH: join(folder, 'c.db') })
  ])
  t.equal(quiet.code, 1)
  t.equal(quiet.stderr, `Cannot listen on 127.0.0.1:${port}: the port is already in use (set PORT to another).\n`)
  t.equal(verbose.code, 1)
  t.match(verbose.stderr, /^Cannot listen on .*\n.*EADDRINUSE[\s\S]*\n\s+at /, 'the stack follows the line')
  t.equal(badConfig.code, 1)
  t.equal(badConfig.stderr, 'Invalid configuration: PORT must be integer\n')
})
