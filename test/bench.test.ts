import t from 'tap'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

// A smoke run of `npm run bench`: the seed and 100 generated roles, one short round per
// scenario. It proves the harness works end to end; its numbers mean nothing.
const root = join(import.meta.dirname, '..')
const run = promisify(execFile)
// bench/ is left out of coverage (package.json): the harness is a tool, proven working by this run.

const scenarios = ['role', 'role-br', 'role-304', 'role-jsonld', 'list', 'list-q', 'search', 'role-rotating', 'list-rotating', 'search-rotating']
// These depend on nothing but the API as it stands, so anything other than "ok" is a failure.
const mustPass = new Set(['role', 'list', 'list-q', 'search', 'role-rotating', 'list-rotating', 'search-rotating'])

interface Measured { rps: number, p50: number, p99: number, rssMiB: number | null, peakMiB: number | null }
interface Row {
  size: string
  scenario: string
  status: number
  contentType: string | null
  check: string
  roleatlas: Measured
  bare: Measured | null
  jsonServer: Measured | null
  info: Measured | null
  vsBare: number | null
  vsJsonServer: number | null
  infoVsWarn: number | null
}

t.test('the benchmark smoke run measures every scenario against bare Fastify and json-server', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'roleatlas-bench-test-'))
  t.teardown(() => rmSync(folder, { recursive: true, force: true }))
  // Built in a private copy of the checkout (links to everything but dist/), so that a build
  // running in another test never rewrites dist/ under this one's feet. Only the bundling half of
  // `npm run build`: its type-check half is what `npm test` runs first, and takes 20 s.
  for (const name of readdirSync(root)) {
    if (!['dist', '.git', '.tap', 'coverage'].includes(name)) symlinkSync(join(root, name), join(folder, name))
  }
  await run(process.execPath, [join('scripts', 'build.mjs')], { cwd: folder, env: process.env })

  const out = join(folder, 'results')
  const { stdout } = await run(process.execPath, [join(root, 'bench', 'run.js'), '--smoke', '--label', 'smoke',
    '--dist', join(folder, 'dist'), '--out', out, '--cache', join(folder, 'cache')], { cwd: root, env: process.env, maxBuffer: 16 * 1024 * 1024 })

  const report = JSON.parse(readFileSync(join(out, 'smoke.json'), 'utf8')) as { settings: { smoke: boolean }, results: Row[] }
  t.equal(report.settings.smoke, true)
  for (const size of ['seed', '100']) {
    const rows = report.results.filter((row) => row.size === size)
    t.same(rows.map((row) => row.scenario), scenarios, `every scenario ran at size ${size}`)
    for (const row of rows) {
      const name = `${size} ${row.scenario}`
      t.ok(row.roleatlas.rps > 0, `${name}: roleatlas answered (${Math.round(row.roleatlas.rps)} req/s)`)
      t.ok((row.bare?.rps ?? 0) > 0, `${name}: bare Fastify answered`)
      t.ok((row.vsBare ?? 0) > 0, `${name}: ratio to bare Fastify`)
      t.type(row.status, 'number', `${name}: status recorded`)
      t.ok(row.check.length > 0, `${name}: check recorded (${row.check})`)
      t.ok(row.roleatlas.peakMiB === null || row.roleatlas.peakMiB > 0, `${name}: memory read`)
      if (mustPass.has(row.scenario)) t.equal(row.check, 'ok', `${name}: ${row.check}`)
    }
    const role = rows.find((row) => row.scenario === 'role')
    t.ok((role?.jsonServer?.rps ?? 0) > 0 && (role?.vsJsonServer ?? 0) > 0, `${size}: json-server measured and compared`)
  }
  const seedRole = report.results.find((row) => row.size === 'seed' && row.scenario === 'role')
  t.ok((seedRole?.info?.rps ?? 0) > 0 && (seedRole?.infoVsWarn ?? 0) > 0, 'the LOG_LEVEL=info server was measured')

  const markdown = readFileSync(join(out, 'smoke.md'), 'utf8')
  for (const text of [stdout, markdown]) {
    t.match(text, '| scenario | req/s | p50 ms | p99 ms | body B | wire B | bare Fastify req/s | × bare | json-server req/s | × json-server |')
    t.match(text, '## Cost growth')
    t.match(text, '## What per-request logging costs')
  }
  const png = readFileSync(join(out, 'smoke.png'))
  t.same([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the chart is a PNG')
  t.ok(png.length > 10_000, `the chart has content (${png.length} bytes)`)
})
