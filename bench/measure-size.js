// Everything measured on one database: start roleatlas, fetch and check what each scenario
// returns, hand identical bytes to bare Fastify (and the role document to json-server), then
// load every scenario against every target in turns.
import { isDeepStrictEqual } from 'node:util'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { probeAll, replayableHeaders, responseKey, responseProblems, waitUntilIdle } from './probe.js'
import { memoryOf, startHelper, startRoleatlas } from './processes.js'
import { loadOnce, loadProblems, measureTargets } from './load.js'

// "3/100: status 404, not 200" for a rotation; the plain problem for a single URL.
function tally (problemLists) {
  const counts = new Map()
  for (const problems of problemLists) for (const problem of problems) counts.set(problem, (counts.get(problem) ?? 0) + 1)
  return [...counts].map(([problem, count]) => problemLists.length > 1 ? `${count}/${problemLists.length}: ${problem}` : problem)
}

function differences (ours, theirs) {
  const header = (response, name) => response.headers[name] ?? null
  const problems = []
  if (ours.status !== theirs.status) problems.push('status')
  for (const name of ['content-type', 'content-encoding', 'etag']) if (header(ours, name) !== header(theirs, name)) problems.push(name)
  if (!ours.body.equals(theirs.body)) problems.push('body')
  return problems.length === 0 ? [] : [`bare Fastify differs in ${problems.join(', ')}`]
}

function writeBareResponses (work, scenarios, probes) {
  const index = []
  const bodies = []
  let offset = 0
  for (const scenario of scenarios.filter((item) => item.compare.includes('bare'))) {
    scenario.requests.forEach((request, i) => {
      const response = probes.get(scenario.name)[i]
      index.push({ key: responseKey(request), status: response.status, headers: replayableHeaders(response.headers), offset, length: response.body.length })
      bodies.push(response.body)
      offset += response.body.length
    })
  }
  const files = { indexFile: join(work, 'bare-index.json'), bodiesFile: join(work, 'bare-bodies.bin') }
  writeFileSync(files.indexFile, JSON.stringify(index))
  writeFileSync(files.bodiesFile, Buffer.concat(bodies))
  return files
}

// What roleatlas answers to every scenario, and what is wrong with it.
async function probeScenarios (roleatlas, scenarios) {
  const probes = new Map()
  const problems = new Map()
  for (const scenario of scenarios) {
    if (scenario.name === 'role-304') {
      // Revalidate with the ETag the server itself gave for the role document.
      const etag = probes.get('role')?.[0].headers.etag
      if (etag === undefined) delete scenario.requests[0].headers['if-none-match']
      else scenario.requests[0].headers['if-none-match'] = etag
    }
    // Query rotations one URL at a time, so that each `ms` is that URL's own cost: the first
    // request for a URL, which no response cache has seen yet.
    const timedAlone = scenario.requests.length > 1 && !scenario.name.startsWith('role')
    const responses = await probeAll(roleatlas.origin, scenario.requests, timedAlone ? 1 : 8)
    probes.set(scenario.name, responses)
    const found = tally(responses.map((response) => responseProblems(response, scenario.expect)))
    if (scenario.name === 'role-304' && scenario.requests[0].headers['if-none-match'] === undefined) found.unshift('no ETag on the role document')
    if (scenario.name === 'role-br' && responses[0].headers['content-encoding'] === 'br' && probes.has('role') &&
      !brotliDecompressSync(responses[0].body).equals(probes.get('role')[0].body)) found.push('br does not decode to the plain document')
    problems.set(scenario.name, found)
  }
  return { probes, problems }
}

// Probes `server` with each scenario that compares against `name`, noting any difference.
async function compareAnswers (server, name, scenarios, probes, problems, differ) {
  for (const scenario of scenarios.filter((item) => item.compare.includes(name))) {
    const theirs = await probeAll(server.origin, scenario.requests)
    problems.get(scenario.name).push(...tally(theirs.map((response, i) => differ(probes.get(scenario.name)[i], response))))
  }
}

function median (values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

function resultRow ({ dataset, scenario, responses, measured, memory, check }) {
  const slowest = responses.reduce((worst, response, i) => response.ms > worst.ms ? { path: scenario.requests[i].path, ms: Math.round(response.ms) } : worst, { path: null, ms: -1 })
  const ratio = (name) => measured[name] === undefined || measured[name].rps === 0 ? null : measured.roleatlas.rps / measured[name].rps
  return {
    size: dataset.size,
    roles: dataset.summary.roles,
    scenario: scenario.name,
    title: scenario.title,
    path: scenario.requests[0].path,
    headers: scenario.requests[0].headers ?? {},
    urls: scenario.requests.length,
    status: responses[0].status,
    contentType: responses[0].headers['content-type'] ?? null,
    contentEncoding: responses[0].headers['content-encoding'] ?? null,
    bodyBytes: Math.round(responses.reduce((sum, response) => sum + response.body.length, 0) / responses.length),
    check: check.length === 0 ? 'ok' : check.join('; '),
    // What the worst and the median URL of a rotation cost when first asked for, on an idle
    // server: a load far faster than the median allows was mostly served from a cache.
    slowest: scenario.requests.length > 1 ? slowest : null,
    medianFirstMs: scenario.requests.length > 1 ? Math.round(median(responses.map((response) => response.ms)) * 10) / 10 : null,
    roleatlas: { ...measured.roleatlas, ...memory },
    bare: measured.bare ?? null,
    jsonServer: measured['json-server'] ?? null,
    info: measured.info ?? null,
    vsBare: ratio('bare'),
    vsJsonServer: ratio('json-server'),
    infoVsWarn: measured.info === undefined ? null : measured.info.rps / measured.roleatlas.rps
  }
}

export async function measureSize ({ dataset, featured, scenarios, settings, work, log }) {
  const started = []
  const start = async (promise) => {
    const server = await promise
    started.push(server)
    return server
  }
  const wants = (name) => scenarios.some((scenario) => scenario.compare.includes(name))
  const startServer = (logLevel) => startRoleatlas({
    dist: settings.dist, databasePath: dataset.databasePath, logLevel, readyTimeoutSeconds: settings.readyTimeout, env: settings.serverEnv
  })
  try {
    const roleatlas = await start(startServer('warn'))
    const info = wants('info') ? await start(startServer('info')) : null
    const { probes, problems } = await probeScenarios(roleatlas, scenarios)
    log(`  ${roleatlas.name} at ${roleatlas.origin}: ${scenarios.length} scenarios checked`)

    const bare = wants('bare') ? await start(startHelper('bare-fastify.js', 'bare Fastify', writeBareResponses(work, scenarios, probes))) : null
    if (bare !== null) await compareAnswers(bare, 'bare', scenarios, probes, problems, differences)
    // The info-level server is probed too: same answers, and warm before it is measured.
    if (info !== null) {
      await compareAnswers(info, 'info', scenarios, probes, problems, (ours, theirs) =>
        theirs.body.equals(ours.body) ? [] : ['the LOG_LEVEL=info server answers differently'])
    }
    let jsonServer = null
    const jsonServerRequest = [{ path: `/roles/${featured}` }]
    const roleProbe = probes.get('role')?.[0]
    if (wants('json-server') && roleProbe?.status === 200) {
      const document = JSON.parse(roleProbe.body)
      jsonServer = await start(startHelper('json-server.js', 'json-server', { document, folder: work }))
      const [answer] = await probeAll(jsonServer.origin, jsonServerRequest)
      if (answer.status !== 200 || !isDeepStrictEqual(JSON.parse(answer.body), document)) problems.get('role').push('json-server serves another document')
    }

    // Every code path warm before anything is measured: otherwise the first scenario alone
    // would pay for V8's optimising compiler and a cold SQLite page cache.
    if (settings.warmup > 0) {
      for (const scenario of scenarios) {
        await loadOnce({ origin: roleatlas.origin, requests: scenario.requests, connections: settings.connections, seconds: settings.warmup })
        await waitUntilIdle(roleatlas.origin)
      }
    }
    const settle = (server) => () => waitUntilIdle(server.origin)
    const rows = []
    for (const scenario of scenarios) {
      const targets = [{ name: 'roleatlas', origin: roleatlas.origin, requests: scenario.requests, settle: settle(roleatlas) }]
      if (bare !== null && scenario.compare.includes('bare')) targets.push({ name: 'bare', origin: bare.origin, requests: scenario.requests })
      if (jsonServer !== null && scenario.compare.includes('json-server')) targets.push({ name: 'json-server', origin: jsonServer.origin, requests: jsonServerRequest })
      if (info !== null && scenario.compare.includes('info')) targets.push({ name: 'info', origin: info.origin, requests: scenario.requests, settle: settle(info) })
      let memory
      const measured = await measureTargets({
        targets,
        rounds: settings.rounds,
        seconds: settings.seconds,
        warmup: settings.warmup,
        connections: settings.connections,
        afterRun: (target) => { if (target.name === 'roleatlas') memory = memoryOf(roleatlas.pid) }
      })
      const responses = probes.get(scenario.name)
      const check = [...problems.get(scenario.name), ...loadProblems(measured.roleatlas, scenario.expect.status)]
      const row = resultRow({ dataset, scenario, responses, measured, memory, check })
      rows.push(row)
      log(`  ${scenario.name.padEnd(16)} ${String(Math.round(row.roleatlas.rps)).padStart(6)} req/s` +
        `${row.vsBare === null ? '' : `  ×bare ${row.vsBare.toFixed(2)}`}  ${row.check}`)
    }
    return rows
  } finally {
    for (const server of started.reverse()) await server.stop()
  }
}
