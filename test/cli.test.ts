import t from 'tap'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const seedCli = join(import.meta.dirname, '..', 'src', 'cli', 'seed.ts')
// As in server.test.ts: tap's loader for TypeScript, without its coverage hooks.
const loaderFlags = process.execArgv.filter((flag) => !flag.includes('processinfo'))
const environment = Object.fromEntries(Object.entries(process.env)
  .filter(([name]) => name !== 'NODE_OPTIONS' && name !== 'NODE_V8_COVERAGE' && !name.startsWith('_TAPJS_PROCESSINFO')))

t.test('npm run seed loads the seed into DATABASE_PATH, and a second run changes nothing', async (t) => {
  const databasePath = join(t.testdir(), 'seeded.db')
  const seed = async () => {
    const { stdout } = await run(process.execPath, [...loaderFlags, seedCli], { env: { ...environment, DATABASE_PATH: databasePath } })
    return JSON.parse(stdout)
  }
  const first = await seed()
  t.match(first, { databasePath, sources: 5, roles: Number, rowsDeleted: 0 })
  t.ok(first.rowsWritten > 300, `${first.rowsWritten} rows written`)
  const second = await seed()
  t.match(second, { rowsWritten: 0, rowsDeleted: 0, roles: first.roles })
})
