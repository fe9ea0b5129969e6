// Databases to benchmark: the repository's seed, or a generated catalogue of N roles, each
// loaded through the real seed path (`node dist/cli/seed.js --folder <dir>`). Generated files
// and loaded databases are cached by what produced them (generator source, --roles, compiled
// code and migrations), so a rerun only redoes what changed.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { countFacts, generateCatalogue, writeCatalogue } from './generate-data.js'

const root = join(import.meta.dirname, '..')

function filesUnder (folder) {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
}

// Paths are hashed relative to `base`, so that the same build in another folder hits the cache.
function hashFiles (base, files, extra = '') {
  const hash = createHash('sha256').update(extra)
  for (const file of files) hash.update(relative(base, file)).update(readFileSync(file))
  return hash.digest('hex').slice(0, 12)
}

// Drops older versions of one cache entry (say, databases built by yesterday's dist/).
function prune (cache, prefix, keep) {
  for (const name of readdirSync(cache)) {
    if (name.startsWith(prefix) && name !== keep) rmSync(join(cache, name), { recursive: true, force: true })
  }
}

async function loadThroughSeedPath ({ dist, folder, databasePath }) {
  const seedCli = join(dist, 'cli', 'seed.js')
  if (!existsSync(seedCli)) throw new Error(`${seedCli} is missing: run \`npm run build\` first (or pass --dist <folder>)`)
  rmSync(databasePath, { force: true })
  const started = performance.now()
  let stdout
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [seedCli, '--folder', folder], {
      env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' },
      maxBuffer: 64 * 1024 * 1024
    }))
  } catch (error) {
    throw new Error(`loading ${folder} through ${seedCli} failed:\n${error.stderr || error.message}`)
  }
  return { seconds: (performance.now() - started) / 1000, summary: JSON.parse(stdout.trim().split('\n').at(-1)) }
}

/**
 * Prepares `size` ('seed' or a number of roles) and returns where its files and database are.
 * The database handed out is a fresh copy in `workFolder`, so the cache stays as loaded.
 */
export async function prepareDataset ({ size, dist, cache, workFolder, log }) {
  mkdirSync(cache, { recursive: true })
  // The migrations the compiled server applies: beside its installation root, as src/paths.ts finds it.
  const migrations = existsSync(join(dist, '..', 'migrations')) ? join(dist, '..', 'migrations') : join(root, 'migrations')
  const distKey = hashFiles(dist, filesUnder(dist).filter((file) => file.endsWith('.js'))) + hashFiles(migrations, filesUnder(migrations))
  const info = { size, generateSeconds: null, seedSeconds: null, cached: { data: false, database: false } }
  let folder
  if (size === 'seed') {
    folder = join(root, 'seed')
    info.dataKey = hashFiles(folder, filesUnder(folder))
  } else {
    const roles = Number(size)
    info.dataKey = hashFiles(root, [join(root, 'bench', 'generate-data.js'), ...filesUnder(join(root, 'bench', 'data'))], `roles=${roles}`)
    folder = join(cache, `data-${roles}-${info.dataKey}`)
    if (existsSync(join(folder, 'counts.json'))) {
      info.cached.data = true
    } else {
      prune(cache, `data-${roles}-`, '')
      log(`generating ${roles} roles into ${folder}`)
      const started = performance.now()
      const data = generateCatalogue({ roles })
      writeCatalogue(data, folder)
      info.generateSeconds = (performance.now() - started) / 1000
      // Written last: its presence says the folder is complete.
      writeFileSync(join(folder, 'counts.json'), JSON.stringify(countFacts(data)))
    }
    info.counts = JSON.parse(readFileSync(join(folder, 'counts.json'), 'utf8'))
  }
  const databaseName = `db-${size}-${info.dataKey}-${distKey}.db`
  const cached = join(cache, databaseName)
  if (existsSync(`${cached}.json`)) {
    info.cached.database = true
    info.summary = JSON.parse(readFileSync(`${cached}.json`, 'utf8'))
  } else {
    prune(cache, `db-${size}-`, '')
    log(`loading ${size === 'seed' ? 'the seed' : `${size} roles`} through the seed path`)
    // Loaded under a temporary name in the cache folder, then renamed: never half a database.
    const loading = join(cache, `loading-${size}-${process.pid}.db`)
    const { seconds, summary } = await loadThroughSeedPath({ dist, folder, databasePath: loading })
    if (existsSync(`${loading}-wal`)) throw new Error(`${loading} was left with a write-ahead log; not caching it`)
    info.seedSeconds = seconds
    info.summary = summary
    renameSync(loading, cached)
    writeFileSync(`${cached}.json`, JSON.stringify(summary))
  }
  info.databaseMiB = Math.round(statSync(cached).size / 1024 / 1024 * 10) / 10
  const databasePath = join(workFolder, `bench-${size}.db`)
  copyFileSync(cached, databasePath)
  return { ...info, folder, databasePath }
}
