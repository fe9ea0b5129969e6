// Child processes of the benchmark: roleatlas, bare Fastify and json-server each run in their
// own process, so that none shares an event loop with autocannon. Every child is registered
// here and killed when the harness exits, fails or is interrupted.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const children = new Set()

function killAll () {
  for (const child of children) {
    child.stopping = true
    child.kill('SIGKILL')
  }
}
process.on('exit', killAll)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll()
    process.exit(130)
  })
}

/** A port that was free a moment ago (roleatlas takes PORT from its environment). */
export async function freePort () {
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function track (child, name) {
  children.add(child)
  child.name = name
  // Keep the last lines of output, to say why a child died.
  child.output = ''
  const keep = (chunk) => { child.output = (child.output + chunk).slice(-4000) }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.exited = once(child, 'exit').then(([code, signal]) => {
    children.delete(child)
    // Said at once: the load that follows would only report resets and refusals.
    if (!child.stopping) console.error(`${name} exited unexpectedly (${signal ?? `code ${code}`}):\n${child.output}`)
    return { code, signal }
  })
  return child
}

async function stop (child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.stopping = true
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await child.exited
  clearTimeout(timer)
}

/** `node <dist>/server.js` on a prepared database; resolves once GET /ready answers 200. */
export async function startRoleatlas ({ dist, databasePath, logLevel = 'warn', readyTimeoutSeconds = 600, env = {} }) {
  const server = join(dist, 'server.js')
  if (!existsSync(server)) throw new Error(`${server} is missing: run \`npm run build\` first (or pass --dist <folder>)`)
  const port = await freePort()
  // At info level every request logs a line: send it to /dev/null so that only the logger's own
  // cost is measured, not a terminal's or a pipe reader's.
  const stdout = logLevel === 'info' ? openSync('/dev/null', 'w') : 'pipe'
  const child = track(spawn(process.execPath, [server], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: logLevel },
    stdio: ['ignore', stdout, 'pipe']
  }), `roleatlas (LOG_LEVEL=${logLevel})`)
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + readyTimeoutSeconds * 1000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${child.name} exited with ${child.exitCode} before it was ready:\n${child.output}`)
    try {
      if ((await fetch(`${origin}/ready`)).status === 200) break
    } catch {}
    if (Date.now() > deadline) throw new Error(`${child.name} was not ready after ${readyTimeoutSeconds} s:\n${child.output}`)
    await sleep(100)
  }
  return { name: child.name, origin, pid: child.pid, stop: () => stop(child) }
}

/** One of the bench/*.js servers; it gets its work over IPC and answers with its port. */
export async function startHelper (script, name, message) {
  const child = track(spawn(process.execPath, [join(import.meta.dirname, script)], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }), name)
  child.send(message)
  const reply = await Promise.race([
    once(child, 'message').then(([reply]) => reply),
    child.exited.then(({ code }) => { throw new Error(`${name} exited with ${code}:\n${child.output}`) })
  ])
  if (reply.error !== undefined) throw new Error(`${name}: ${reply.error}`)
  return { name, origin: `http://127.0.0.1:${reply.port}`, pid: child.pid, stop: () => stop(child) }
}

/** Peak (VmHWM) and current (VmRSS) resident memory in MiB, from Linux's /proc. */
export function memoryOf (pid) {
  const file = `/proc/${pid}/status`
  if (!existsSync(file)) return { rssMiB: null, peakMiB: null }
  const status = readFileSync(file, 'utf8')
  const mib = (name) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)
    return match === null ? null : Math.round(Number(match[1]) / 1024)
  }
  return { rssMiB: mib('VmRSS'), peakMiB: mib('VmHWM') }
}
