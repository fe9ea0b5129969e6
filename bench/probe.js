// One request with exactly the scenario's headers, keeping the raw bytes. fetch() would add
// its own Accept-Encoding and decode br, which is what the plain and br scenarios must not do.
import { Agent, request } from 'node:http'
import { brotliDecompressSync } from 'node:zlib'

const agent = new Agent({ keepAlive: true, maxSockets: 8 })

export function probe (origin, { path, headers = {} }, retried = false) {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const outgoing = request(`${origin}${path}`, { agent, headers }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({
        status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks), ms: performance.now() - started
      }))
      response.on('error', reject)
    })
    outgoing.on('error', (error) => {
      // A kept-alive socket the server closed just as it was reused: retry once on a new one
      // (Node's documented pattern for idempotent requests).
      if (!retried && outgoing.reusedSocket && error.code === 'ECONNRESET') resolve(probe(origin, { path, headers }, true))
      else reject(new Error(`GET ${origin}${path}: ${error.message}`))
    })
    outgoing.end()
  })
}

/** Probes many requests (the rotations), a few at a time; with concurrency 1 each `ms` is that URL's own cost. */
export async function probeAll (origin, requests, concurrency = 8) {
  const results = new Array(requests.length)
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const index = next++
      results[index] = await probe(origin, requests[index])
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return results
}

/** What is wrong with a response, given what the scenario expects; [] when nothing is. */
export function responseProblems (response, expect) {
  const problems = []
  const type = String(response.headers['content-type'] ?? '').split(';')[0]
  const encoding = response.headers['content-encoding'] ?? null
  if (response.status !== expect.status) problems.push(`status ${response.status}, not ${expect.status}`)
  if (expect.status === 304) return problems
  if (response.status === 304) return problems
  if (type !== expect.type) problems.push(`type ${type || 'none'}, not ${expect.type}`)
  if (encoding !== expect.encoding) problems.push(`encoding ${encoding ?? 'none'}, not ${expect.encoding ?? 'none'}`)
  if (response.status === 200 && problems.length === 0) {
    try {
      JSON.parse(encoding === 'br' ? brotliDecompressSync(response.body) : response.body)
    } catch {
      problems.push('body is not JSON')
    }
  }
  return problems
}

/** The headers a static server replays: everything but per-connection and per-request ones. */
export function replayableHeaders (headers) {
  const skip = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'x-request-id'])
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !skip.has(name)))
}

/** The key under which bare Fastify keeps a response: the URL plus the negotiating headers. */
export function responseKey ({ path, headers = {} }) {
  return `${path}\n${headers.accept ?? ''}\n${headers['accept-encoding'] ?? ''}\n${headers['if-none-match'] ?? ''}`
}

/**
 * Waits until the server answers /health promptly twice in a row: requests of a finished load
 * that the server still works through would otherwise slow the next measurement. Returns the
 * seconds waited.
 */
export async function waitUntilIdle (origin, maxSeconds = 300) {
  const started = performance.now()
  let prompt = 0
  while (prompt < 2 && performance.now() - started < maxSeconds * 1000) {
    const { ms } = await probe(origin, { path: '/health' })
    prompt = ms < 50 ? prompt + 1 : 0
  }
  return (performance.now() - started) / 1000
}

export function closeProbes () {
  agent.destroy()
}
