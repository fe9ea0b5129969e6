// npm run bench: how close roleatlas gets to the framework's own limit, at seed size and at
// generated sizes. For each size the compiled server runs in a child process on a database
// loaded through the real seed path; each scenario is loaded with autocannon against roleatlas,
// against a bare Fastify serving roleatlas's own bytes from memory, and (the role document)
// against json-server. Writes bench/results/<label>.md, .json and .png.
//
//   node bench/run.js [--sizes seed,100,1000,10000 | --roles 10000] [--rounds 3] [--seconds 5]
//     [--warmup 2] [--connections 50] [--rotate 10000] [--rotate-queries 5000]
//     [--server-env NAME=value,...] [--label latest] [--out bench/results] [--dist dist]
//     [--cache <dir>] [--ready-timeout 600] [--smoke]
// Every option also reads BENCH_<NAME> from the environment (BENCH_SMOKE=1, BENCH_OUT=...).
import { cpus, tmpdir, totalmem } from 'node:os'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { prepareDataset } from './datasets.js'
import { buildScenarios } from './scenarios.js'
import { measureSize } from './measure-size.js'
import { closeProbes } from './probe.js'
import { markdownReport } from './report.js'
import { chartSvg, renderPng } from './chart.js'

const root = join(import.meta.dirname, '..')
const resultsFolder = join(root, 'bench', 'results')

function readSettings () {
  const names = ['sizes', 'roles', 'rounds', 'seconds', 'warmup', 'connections', 'rotate', 'rotate-queries', 'server-env', 'label', 'out', 'dist', 'cache', 'ready-timeout']
  const { values } = parseArgs({ options: { ...Object.fromEntries(names.map((name) => [name, { type: 'string' }])), smoke: { type: 'boolean' } } })
  const option = (name) => values[name] ?? process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`]
  const smoke = values.smoke === true || ['1', 'true'].includes(process.env.BENCH_SMOKE ?? '')
  // A smoke run proves the harness works end to end in seconds: two tiny sizes, short rounds.
  const defaults = smoke
    ? { sizes: 'seed,100', rounds: 1, seconds: 0.2, warmup: 0, connections: 4, rotate: 50, 'rotate-queries': 50, 'ready-timeout': 600 }
    : { sizes: 'seed,100,1000,10000', rounds: 3, seconds: 5, warmup: 2, connections: 50, rotate: 10000, 'rotate-queries': 5000, 'ready-timeout': 600 }
  const number = (name) => {
    const value = Number(option(name) ?? defaults[name])
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`)
    return value
  }
  // --roles N is short for --sizes seed,N.
  const sizes = String(option('sizes') ?? (option('roles') === undefined ? defaults.sizes : `seed,${option('roles')}`)).split(',').map((size) => size.trim())
  for (const size of sizes) if (size !== 'seed' && !/^\d+$/.test(size)) throw new Error(`--sizes takes "seed" and role counts, not "${size}"`)
  const out = option('out') === undefined ? (smoke ? mkdtempSync(join(tmpdir(), 'roleatlas-bench-smoke-')) : resultsFolder) : resolve(option('out'))
  if (smoke && out === resultsFolder) throw new Error('a smoke run never writes into bench/results/: pass --out <temporary folder>')
  return {
    smoke,
    sizes,
    rounds: Math.max(1, Math.round(number('rounds'))),
    seconds: number('seconds'),
    warmup: number('warmup'),
    connections: Math.max(1, Math.round(number('connections'))),
    rotate: Math.max(1, Math.round(number('rotate'))),
    rotateQueries: Math.max(1, Math.round(number('rotate-queries'))),
    serverEnv: parseServerEnv(option('server-env')),
    readyTimeout: number('ready-timeout'),
    label: option('label') ?? 'latest',
    out,
    dist: resolve(option('dist') ?? join(root, 'dist')),
    cache: resolve(option('cache') ?? join(tmpdir(), 'roleatlas-bench-cache'))
  }
}

// --server-env RESPONSE_CACHE_MB=0,DOCUMENT_CACHE_MB=0: extra environment for roleatlas, e.g.
// to price what its caches save. PORT, HOST, DATABASE_PATH and LOG_LEVEL stay the harness's.
function parseServerEnv (text) {
  if (text === undefined || text === '') return {}
  return Object.fromEntries(text.split(',').map((pair) => {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair.trim())
    if (match === null) throw new Error(`--server-env takes NAME=value pairs separated by commas, not "${pair}"`)
    return [match[1], match[2]]
  }))
}

const log = (line) => console.error(line)

async function main () {
  const settings = readSettings()
  if (!/^[\w.-]+$/.test(settings.label)) throw new Error('--label may hold letters, digits, "_", "." and "-" only')
  for (const file of ['server.js', join('cli', 'seed.js')]) {
    if (!existsSync(join(settings.dist, file))) throw new Error(`${join(settings.dist, file)} is missing: run \`npm run build\` first (or pass --dist <folder>)`)
  }
  const work = mkdtempSync(join(tmpdir(), 'roleatlas-bench-'))
  process.on('exit', () => rmSync(work, { recursive: true, force: true }))
  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30 * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`
  }
  const largest = Math.max(0, ...settings.sizes.filter((size) => size !== 'seed').map(Number))
  const datasets = []
  const results = []
  for (const size of settings.sizes) {
    const dataset = await prepareDataset({ size, dist: settings.dist, cache: settings.cache, workFolder: work, log })
    datasets.push(dataset)
    // Role documents and the comparisons at seed size and the largest size; list and search
    // (for cost growth) at every size.
    const full = size === 'seed' || Number(size) === largest
    // A smoke run prices logging once (each extra server start costs seconds).
    const logCost = full && (!settings.smoke || datasets.length === 1)
    const { featured, scenarios } = buildScenarios({ folder: dataset.folder, full, rotate: settings.rotate, rotateQueries: settings.rotateQueries, logCost })
    log(`${size === 'seed' ? 'seed' : `${size} roles`}: ${scenarios.length} scenarios${full ? `, featured role ${featured}` : ''}` +
      `${dataset.seedSeconds === null ? '' : `, loaded in ${dataset.seedSeconds.toFixed(1)} s`}`)
    results.push(...await measureSize({ dataset, featured, scenarios, settings, work, log }))
    rmSync(dataset.databasePath, { force: true })
  }
  closeProbes()

  const report = {
    label: settings.label,
    date: new Date().toISOString(),
    machine,
    settings: { ...settings, logLevel: 'warn', out: undefined, cache: undefined },
    datasets: datasets.map(({ databasePath, folder, ...dataset }) => dataset),
    results
  }
  const markdown = markdownReport(report)
  mkdirSync(settings.out, { recursive: true })
  const base = join(settings.out, settings.label)
  writeFileSync(`${base}.json`, JSON.stringify(report, null, 2) + '\n')
  writeFileSync(`${base}.md`, markdown)
  writeFileSync(`${base}.png`, renderPng(chartSvg(report)))
  console.log(markdown)
  log(`wrote ${base}.md, ${base}.json and ${base}.png`)
}

main().catch((error) => {
  console.error(`bench: ${error.message}`)
  process.exit(1)
})
