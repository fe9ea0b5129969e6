import t from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

// The production path, as the Dockerfile runs it: bundle with `npm run build`, then run
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

// `npm test` bundles before it runs tap, so every test that needs dist/ finds it built once.
t.before(() => {
  if (!existsSync(join(dist, 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` (npm test does) first')
})

t.test('the bundles load only runtime dependencies from node_modules', async (t) => {
  const runtime = new Set([...Object.keys(packageJson.dependencies), ...builtinModules])
  const packages = new Set<string>()
  const files = javascriptFiles(dist)
  t.ok(files.some((file) => file.endsWith('server.js')) && files.some((file) => file.endsWith('seed.js')), 'server and CLI bundles')
  for (const file of files) {
    // Static and dynamic imports, and require() calls in bundled CommonJS code (not inside a string).
    const text = readFileSync(file, 'utf8')
    const specifiers = [
      ...text.matchAll(/(?:^|[;}\n])import[^'"]*?from\s*"([^"]+)"/g),
      ...text.matchAll(/\bimport\("([^"]+)"\)/g),
      ...text.matchAll(/(?<!['"`\w.$])require\("([^"]+)"\)/g)
    ].map((match) => match[1]!)
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue
      packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!)
    }
  }
  const external = [...packages].filter((name) => !builtinModules.includes(name)).sort()
  t.same(external, ['@fastify/swagger-ui', 'better-sqlite3'], 'only the native addon and the UI with its own files stay outside the bundles')
  for (const name of packages) t.ok(runtime.has(name), `${name} is a runtime dependency or built in`)
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
  t.equal(((await roles.json()) as { data: unknown[] }).data.length, 5)
  t.equal((await fetch(`${url}/docs/`)).status, 200, 'Swagger UI is served')
  child.kill('SIGTERM')
  const [code] = await exited
  t.equal(code, 0)
})
