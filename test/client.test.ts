import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import t from 'tap'
import openapiTS, { astToString } from 'openapi-typescript'
import { build } from './helper.js'

// A client generated from the committed contract compiles against the consumer code in
// test/fixtures/client/usage.ts, and that code gets real, correctly typed data from the API.

const root = join(import.meta.dirname, '..')
const specFile = join(root, 'openapi', 'openapi.json')
const fixtureFile = join(import.meta.dirname, 'fixtures', 'client', 'usage.ts')
const tscFile = join(root, 'node_modules', 'typescript', 'bin', 'tsc')

// What the compiled fixture returns; mirrors UsageResult in usage.ts.
interface UsageResult {
  californiaRoles: { firstTitle: string, titles: string[], next: string | null }
  role: { title: string, detail: string, salaryCount: number, embedsSkills: boolean, embedsProgression: boolean }
  jsonLd: { type: string, name: string, identifier: string }
  californiaMedian: { amount: number | null, period: string, currency: string, subdivision: string | null | undefined } | undefined
  progression: { advancement: string[], lateral: string[], comesFrom: string[] }
  search: { query: string, roleTitles: string[], skillNames: string[], certificationAbbreviations: Array<{ name: string, source_id: string }> }
  notFound: { status: number, contentType: string | null, problem: { type: string, status: number, detail: string, request_id: string } | undefined }
}

function runTsc (cwd: string, args: string[]): Promise<{ code: number, output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tscFile, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
      resolve({ code, output: `${stdout}${stderr}` })
    })
  })
}

t.test('a client generated from openapi/openapi.json works against the running API', async (t) => {
  // Under the project's node_modules, so that the compiled code resolves openapi-fetch from it.
  const folder = join(root, 'node_modules', '.cache', 'roleatlas-client-test', randomUUID())
  await mkdir(folder, { recursive: true })
  t.after(() => rm(folder, { recursive: true, force: true }))

  const schemaFile = join(folder, 'schema.d.ts')
  t.test('openapi-typescript generates named types', async (t) => {
    const ast = await openapiTS(JSON.parse(await readFile(specFile, 'utf8')) as Parameters<typeof openapiTS>[0], { silent: true })
    const source = astToString(ast)
    await writeFile(schemaFile, source)
    t.match(source, /export interface paths \{/, 'a paths interface')
    for (const name of ['Role', 'RoleSummary', 'Salary', 'SalaryLocation', 'SearchHit', 'Problem', 'InvalidParameter', 'OccupationJsonLd']) {
      t.match(source, new RegExp(`^\\s+${name}: \\{|^\\s+${name}: components`, 'm'), `components.schemas has a ${name} type`)
    }
    t.notMatch(source, /def-\d/, 'no anonymous def-<n> types')
    t.match(source, /"\/v1\/roles\/\{id\}\/salaries": \{/, 'the salaries path is typed')
  })

  t.test('the consumer code compiles with --strict', async (t) => {
    // A package.json with "type": "module": under node_modules there is no enclosing package
    // scope, and both tsc (NodeNext) and Node would otherwise treat usage.js as CommonJS.
    await writeFile(join(folder, 'package.json'), JSON.stringify({ type: 'module', private: true }))
    await copyFile(fixtureFile, join(folder, 'usage.ts'))
    const { code, output } = await runTsc(folder, [
      '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck',
      '--types', 'node', '--outDir', join(folder, 'out'), join(folder, 'usage.ts')
    ])
    t.equal(code, 0, `tsc compiles usage.ts against the generated types:\n${output}`)
  })

  t.test('the compiled client reads real values from the API', async (t) => {
    const app = await build(t)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

    // tsc emits even when type checking fails, so the run is checked either way.
    const usage = await import(pathToFileURL(join(folder, 'out', 'usage.js')).href) as { run: (baseUrl: string) => Promise<UsageResult> }
    const result = await usage.run(baseUrl)

    t.same(result.californiaRoles, { firstTitle: 'Therapeutic Services Assistant', titles: ['Therapeutic Services Assistant'], next: null },
      'listRoles filtered by location')
    t.same(result.role, { title: 'Therapeutic Services Assistant', detail: 'full', salaryCount: 3, embedsSkills: false, embedsProgression: true },
      'getRole embeds only the included parts')
    t.same(result.jsonLd, { type: 'Occupation', name: 'Therapeutic Services Assistant', identifier: 'therapeutic-services-assistant' },
      'getRole as JSON-LD, narrowed from the union of both representations')
    t.same(result.californiaMedian, { amount: 35130, period: 'year', currency: 'USD', subdivision: 'US-CA' },
      'the yearly median in California')
    t.same(result.progression.advancement.slice(0, 3), ['Lead Therapeutic Assistant', 'Behavioral Health Team Lead', 'Case Manager'])
    t.ok(result.progression.lateral.includes('Community Health Worker'), 'a lateral move')
    t.ok(result.progression.comesFrom.includes('Certified Nursing Assistant'), 'an entry point')
    t.equal(result.search.query, 'crisis')
    t.same(result.search.skillNames, ['Crisis Intervention'])
    const source000 = '000_4694b98c1c2a5003'
    t.same(result.search.certificationAbbreviations, [{ name: 'CPI', source_id: source000 }, { name: 'MANDT', source_id: source000 }], 'each with its source')
    t.ok(result.search.roleTitles.includes('Therapeutic Assistant'), 'role hits are narrowed by type')
    t.equal(result.notFound.status, 404)
    t.equal(result.notFound.contentType, 'application/problem+json; charset=utf-8')
    t.match(result.notFound.problem, {
      type: 'urn:roleatlas:problem:not-found',
      status: 404,
      detail: 'No role has the id "no-such-role".',
      request_id: String
    }, 'the 404 is a typed problem document')
  })
})
