import t from 'tap'
import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'

// The production path, as the Dockerfile runs it: compile with `npm run build`, then run
// `node dist/server.js` with nothing but the runtime dependencies.
const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
// Without tap's coverage hooks: dist/ is compiled output, measured through src/ elsewhere.
const environment = Object.fromEntries(Object.entries(process.env)
  .filter(([name]) => name !== 'NODE_OPTIONS' && name !== 'NODE_V8_COVERAGE' && !name.startsWith('_TAPJS_PROCESSINFO')))

function javascriptFiles (folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? javascriptFiles(join(folder, entry.name)) : entry.name.endsWith('.js') ? [join(folder, entry.name)] : [])
}

t.before(async () => {
  await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: root, env: environment })
})

t.test('the compiled server imports only runtime dependencies', async (t) => {
  const runtime = new Set([...Object.keys(packageJson.dependencies), ...builtinModules])
  const packages = new Set<string>()
  for (const file of javascriptFiles(dist)) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)import [^'"]*['"]([^'"]+)['"]/g)) {
      if (specifier!.startsWith('.') || specifier!.startsWith('node:')) continue
      const name = specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!
      packages.add(name)
    }
  }
  t.ok(packages.size > 5, `imports ${[...packages].join(', ')}`)
  for (const name of packages) t.ok(runtime.has(name), `${name} is a runtime dependency`)
})

t.test('node dist/server.js serves the seeded API and stops on SIGTERM', async (t) => {
  const child = spawn(process.execPath, [join(dist, 'server.js')], {
    cwd: root,
    env: { ...environment, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(t.testdir(), 'data', 'roleatlas.db') }
  })
  const exited = once(child, 'exit')
  const url = await new Promise<string>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)
      if (match !== null) resolve(match[1]!)
    })
  })
  const roles = await fetch(`${url}/v1/roles?detail=full`)
  t.equal(roles.status, 200)
  t.equal(((await roles.json()) as { data: unknown[] }).data.length, 4)
  t.equal((await fetch(`${url}/docs/`)).status, 200, 'Swagger UI is served')
  child.kill('SIGTERM')
  const [code] = await exited
  t.equal(code, 0)
})
