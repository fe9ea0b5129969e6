import t from 'tap'
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const seedCli = join(import.meta.dirname, '..', 'src', 'cli', 'seed.ts')
// tap's own loader flags, so that the TypeScript runs and coverage follows it.
const loaderFlags = process.execArgv
const environment = process.env

const runSeed = (databasePath: string, args: string[] = []) =>
  run(process.execPath, [...loaderFlags, seedCli, ...args], { env: { ...environment, DATABASE_PATH: databasePath } })

t.test('npm run seed loads the seed into DATABASE_PATH, and a second run changes nothing', async (t) => {
  const databasePath = join(t.testdir(), 'seeded.db')
  const seed = async () => JSON.parse((await runSeed(databasePath)).stdout)
  const first = await seed()
  t.match(first, { databasePath, sources: 5, roles: Number, rowsDeleted: 0 })
  t.ok(first.rowsWritten > 300, `${first.rowsWritten} rows written`)
  const second = await seed()
  t.match(second, { rowsWritten: 0, rowsDeleted: 0, roles: first.roles })
})

t.test('--folder loads another folder in the seed layout', async (t) => {
  const folder = t.testdir()
  const writeJson = (path: string, value: unknown) => writeFileSync(join(folder, path), JSON.stringify(value))
  mkdirSync(join(folder, 'catalog'))
  mkdirSync(join(folder, 'documents'))
  writeJson('catalog/roles.json', [
    { id: 'night-porter', title: 'Night Porter', detail: 'full', tags: [], broader: null, codes: [] }
  ])
  for (const name of ['skills', 'certifications', 'fields-of-study', 'work-settings', 'training-programs']) {
    writeJson(`catalog/${name}.json`, [])
  }
  writeJson('documents/porters.json', {
    format_version: 4,
    source: { id: 'porters', title: 'Porters', publisher: null, publisher_basis: null, author: null, published_on: null, published_on_basis: null, description: 'A guide.' },
    roles: [{ role: 'night-porter', summary: 'Keeps the door at night.' }],
    progression: []
  })
  const databasePath = join(folder, 'other.db')
  const { stdout } = await runSeed(databasePath, ['--folder', folder])
  t.match(JSON.parse(stdout), { databasePath, sources: 1, roles: 1, skills: 0, progressionEdges: 0, rowsDeleted: 0 })
})

t.test('an unknown argument prints one line to stderr and exits 1', async (t) => {
  // In parallel: each run of the TypeScript CLI spends seconds starting up.
  await Promise.all([['--nope'], ['seed'], ['--folder']].map(async (args) => {
    const failure = await runSeed(join(t.testdir(), 'untouched.db'), args).then(() => undefined, (error) => error)
    t.equal(failure?.code, 1, `${args.join(' ')} exits 1`)
    t.equal(failure?.stdout, '', `${args.join(' ')} prints no summary`)
    t.match(failure?.stderr, /^seed: .+ \(usage: seed \[--folder <dir>\]\)\n$/, `${args.join(' ')} says why in one line`)
  }))
})
