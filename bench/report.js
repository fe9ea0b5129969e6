// The markdown report: the same tables are printed to the terminal and written to
// bench/results/<label>.md.

const integer = (value) => value === null || value === undefined ? '–' : Math.round(value).toLocaleString('en-US')
const ms = (value) => value === null || value === undefined ? '–' : String(Math.round(value))
const ratio = (value) => value === null || value === undefined ? '–' : `${value.toFixed(2)}×`
const seconds = (value) => value === null || value === undefined ? 'cached' : `${value.toFixed(1)} s`

export const sizeName = (size, roles) => size === 'seed' ? `seed (${roles} roles)` : `${integer(Number(size))} roles`

function table (header, rows) {
  const escape = (cell) => String(cell).replaceAll('|', '\\|')
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)
  ].join('\n')
}

function requestLine (row) {
  const headers = Object.entries(row.headers).map(([name, value]) => ` ${name}: ${value}`).join(',')
  return row.urls > 1 ? `${row.urls} URLs, e.g. \`${row.path}\`` : `\`GET ${row.path}\`${headers === '' ? '' : ` (${headers.trim()})`}`
}

const pass = (ok) => ok ? 'met' : '**missed**'

// The targets the service is held to, each computed from this run's own figures. A 304 and the
// role document are both measured against bare Fastify sending the full document.
function targetsSection (results, sizes) {
  const find = (size, scenario) => results.find((row) => row.size === size && row.scenario === scenario)
  const rows = []
  for (const size of sizes) {
    const role = find(size, 'role')
    const notModified = find(size, 'role-304')
    const limit = role?.bare?.rps
    if (role === undefined || notModified === undefined || !limit) continue
    const name = sizeName(size, role.roles)
    const documentRatio = role.roleatlas.rps / limit
    const notModifiedRatio = notModified.roleatlas.rps / limit
    rows.push([name, 'role document ≥ 0.80× bare', ratio(documentRatio), pass(documentRatio >= 0.8)])
    rows.push([name, '304 ≥ 1.00× bare (on the document)', ratio(notModifiedRatio), pass(notModifiedRatio >= 1)])
  }
  const largest = sizes.at(-1)
  for (const scenario of ['list', 'list-q', 'search']) {
    const row = find(largest, scenario)
    if (row === undefined) continue
    rows.push([sizeName(largest, row.roles), `${scenario} p99 < 10 ms`, `${ms(row.roleatlas.p99)} ms (bare Fastify: ${ms(row.bare?.p99)} ms)`, pass(row.roleatlas.p99 < 10)])
  }
  const atLargest = results.filter((row) => row.size === largest && row.roleatlas.peakMiB !== null)
  if (atLargest.length > 0) {
    const peak = Math.max(...atLargest.map((row) => row.roleatlas.peakMiB))
    rows.push([sizeName(largest, atLargest[0].roles), 'server RSS < 150 MiB under load', `${integer(peak)} MiB peak`, pass(peak < 150)])
  }
  if (rows.length === 0) return []
  return ['## Targets', '', table(['size', 'target', 'measured', ''], rows), '']
}

export function markdownReport ({ label, date, machine, settings, datasets, results }) {
  const out = []
  out.push(`# roleatlas benchmark: ${label}`, '')
  out.push(`${date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.platform}`, '')
  out.push(`autocannon on loopback, ${settings.connections} connections, warm-up ${settings.warmup} s, then ${settings.rounds} × ${settings.seconds} s ` +
    'per target in turns; every figure is the median round. roleatlas runs `node dist/server.js` with LOG_LEVEL=warn (no per-request log) ' +
    `in its own process; bare Fastify and json-server each in theirs. The load generator shares the machine.` +
    `${Object.keys(settings.serverEnv ?? {}).length === 0 ? '' : ` roleatlas environment: ${Object.entries(settings.serverEnv).map(([name, value]) => `${name}=${value}`).join(', ')}.`}` +
    `${settings.smoke ? ' **Smoke run: the numbers mean nothing.**' : ''}`, '')

  out.push('## Data', '')
  out.push(table(['size', 'roles (full/brief/mention)', 'sources', 'skills', 'role–skill links', 'progression edges', 'salaries', 'generated', 'loaded (seed path)', 'database'],
    datasets.map((dataset) => [
      sizeName(dataset.size, dataset.summary.roles),
      dataset.counts === undefined ? integer(dataset.summary.roles) : `${integer(dataset.counts.roles)} (${integer(dataset.counts.full)}/${integer(dataset.counts.brief)}/${integer(dataset.counts.mention)})`,
      integer(dataset.summary.sources),
      integer(dataset.summary.skills),
      dataset.counts === undefined ? '–' : integer(dataset.counts.roleSkills),
      integer(dataset.summary.progressionEdges),
      integer(dataset.summary.salaries),
      dataset.size === 'seed' ? '–' : seconds(dataset.generateSeconds),
      seconds(dataset.seedSeconds),
      `${dataset.databaseMiB} MiB`
    ])), '')

  const sizes = [...new Set(results.map((row) => row.size))]
  for (const size of sizes) {
    const rows = results.filter((row) => row.size === size && row.vsBare !== null)
    if (rows.length === 0) continue
    out.push(`## ${sizeName(size, rows[0].roles)}`, '')
    out.push(table(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'body B', 'wire B', 'bare Fastify req/s', '× bare', 'json-server req/s', '× json-server', 'RSS MiB', 'peak MiB', 'check'],
      rows.map((row) => [row.scenario, integer(row.roleatlas.rps), ms(row.roleatlas.p50), ms(row.roleatlas.p99), integer(row.bodyBytes),
        integer(row.roleatlas.wireBytes), integer(row.bare?.rps), ratio(row.vsBare), integer(row.jsonServer?.rps), ratio(row.vsJsonServer),
        integer(row.roleatlas.rssMiB), integer(row.roleatlas.peakMiB), row.check])), '')
    out.push(...rows.map((row) => `- **${row.scenario}**: ${requestLine(row)} → ${[row.status, row.contentType, row.contentEncoding].filter((part) => part !== null).join(', ')}`), '')
  }

  out.push(...targetsSection(results, sizes))

  const growth = results.filter((row) => ['list', 'list-q', 'search', 'list-rotating', 'search-rotating'].includes(row.scenario))
  if (growth.length > 0) {
    out.push('## Cost growth: p50 / p99 ms (req/s)', '')
    const header = sizes.map((size) => sizeName(size, results.find((row) => row.size === size).roles))
    const names = [...new Set(growth.map((row) => row.scenario))]
    out.push(table(['scenario', ...header], names.map((name) => [name, ...sizes.map((size) => {
      const row = growth.find((item) => item.size === size && item.scenario === name)
      return row === undefined ? '–' : `${ms(row.roleatlas.p50)} / ${ms(row.roleatlas.p99)} (${integer(row.roleatlas.rps)})`
    })])), '')
  }

  const rotating = results.filter((row) => row.slowest !== null)
  if (rotating.length > 0) {
    out.push('## Rotating scenarios: what a first request costs, and how long the server stayed busy after a load', '')
    out.push('Times are each URL\'s first request (before any load, so no response cache has it), on the idle server: lists and ' +
      'searches one at a time, role documents 8 at a time. One core doing nothing but misses manages about 1000 ÷ median ms req/s; ' +
      'a load well above that was mostly served from a cache (the rotation fits in it).', '')
    out.push(table(['size', 'scenario', 'URLs', 'median ms', 'slowest ms', 'slowest URL', 'load req/s', 'busy after load'], rotating.map((row) => [
      sizeName(row.size, row.roles), row.scenario, integer(row.urls), row.medianFirstMs ?? '–', integer(row.slowest.ms), `\`${row.slowest.path}\``,
      integer(row.roleatlas.rps), `${row.roleatlas.busyAfterSeconds} s`
    ])), '')
  }

  const logging = results.filter((row) => row.info !== null)
  if (logging.length > 0) {
    out.push('## What per-request logging costs (role document, LOG_LEVEL=info to /dev/null vs warn)', '')
    out.push(table(['size', 'warn req/s', 'info req/s', 'info / warn', 'warn p50 / p99 ms', 'info p50 / p99 ms'], logging.map((row) => [
      sizeName(row.size, row.roles), integer(row.roleatlas.rps), integer(row.info.rps), ratio(row.infoVsWarn),
      `${ms(row.roleatlas.p50)} / ${ms(row.roleatlas.p99)}`, `${ms(row.info.p50)} / ${ms(row.info.p99)}`
    ])), '')
  }
  out.push('`× bare` is roleatlas req/s over bare Fastify req/s serving the identical bytes from memory (1.00× is the framework\'s limit on this machine); ' +
    '`× json-server` the same over json-server 0.17 serving the role document from db.json. `check` is `ok` when every probed response had the expected ' +
    'status, content-type and content-encoding, bare Fastify sent identical bytes, and the load saw only the expected status. ' +
    'autocannon records latency in whole milliseconds; with many connections p50 is mostly queueing (connections ÷ req/s). ' +
    '"Busy after load" is how long the server kept answering requests of a load that had ended; the next run waits for it.', '')
  return out.join('\n')
}
