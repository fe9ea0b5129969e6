// npm run bench: throughput and latency of the main read paths. The compiled server runs in
// a child process on a freshly seeded database file, so autocannon does not share its event
// loop; each path is loaded for BENCH_SECONDS with BENCH_CONNECTIONS connections.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)

const paths = [
  '/health',
  '/v1/roles?limit=20',
  '/v1/roles?q=therap&education_max=bachelor',
  '/v1/roles/therapeutic-assistant',
  '/v1/roles/therapy-specialist/progression',
  '/v1/skills?limit=100',
  '/v1/search?q=crisis'
]

async function freePort () {
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address()
  probe.close()
  return port
}

async function waitUntilReady (url) {
  for (;;) {
    try {
      if ((await fetch(`${url}/ready`)).ok) return
    } catch {}
    await sleep(100)
  }
}

const folder = mkdtempSync(join(tmpdir(), 'roleatlas-bench-'))
const port = await freePort()
// Request logging off (warn), as a loaded production instance would run.
const server = spawn(process.execPath, [join(import.meta.dirname, '..', 'dist', 'server.js')], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_PATH: join(folder, 'bench.db') },
  stdio: 'inherit'
})
const url = `http://127.0.0.1:${port}`
await waitUntilReady(url)

const rows = []
for (const path of paths) {
  const result = await autocannon({ url: url + path, connections: CONNECTIONS, duration: DURATION_SECONDS })
  rows.push({
    path,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'KiB/req': Math.round(result.throughput.average / result.requests.average / 1024 * 10) / 10,
    non2xx: result.non2xx,
    errors: result.errors
  })
}
// Peak and current resident memory of the server process, from Linux's /proc.
const memory = existsSync(`/proc/${server.pid}/status`)
  ? Object.fromEntries([...readFileSync(`/proc/${server.pid}/status`, 'utf8').matchAll(/^(VmHWM|VmRSS):\s+(\d+) kB/gm)]
    .map(([, name, kib]) => [name, `${Math.round(Number(kib) / 1024)} MiB`]))
  : {}
server.kill('SIGTERM')
await once(server, 'exit')
rmSync(folder, { recursive: true, force: true })

console.log(`autocannon, ${CONNECTIONS} connections, ${DURATION_SECONDS}s per path, Node ${process.version}`)
console.table(rows)
console.log(`server memory: peak ${memory.VmHWM ?? 'unknown'}, at the end ${memory.VmRSS ?? 'unknown'}`)
