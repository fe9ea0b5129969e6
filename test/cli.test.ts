import t from 'tap'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const seedCli = join(import.meta.dirname, '..', 'src', 'cli', 'seed.ts')
// tap's own loader flags, so that the TypeScript runs and coverage follows it.
const loaderFlags = process.execArgv
const environment = process.env

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
