import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import ajvFormats from 'ajv-formats'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { build } from './helper.js'

// The published contract: the committed document is what the app serves, it is complete
// enough to generate clients and docs from, and every real response matches it.

const committedFile = join(import.meta.dirname, '..', 'openapi', 'openapi.json')
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const COMPONENT_REF = '#/components/schemas/'

interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  example?: unknown
  examples?: Record<string, unknown>
  schema?: { default?: unknown, examples?: unknown[] }
}
interface MediaType { schema?: { $ref?: string }, example?: unknown, examples?: Record<string, { value?: unknown }> }
interface Response { description?: string, content?: Record<string, MediaType> }
interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: Parameter[]
  responses: Record<string, Response>
}
interface Document {
  openapi: string
  info: { title: string, version: string }
  tags?: Array<{ name: string, description?: string }>
  paths: Record<string, Partial<Record<typeof METHODS[number], Operation>>>
  components: { schemas: Record<string, Record<string, unknown>> }
}
interface OperationEntry { path: string, method: string, operation: Operation }

function operationsOf (doc: Document): OperationEntry[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] === undefined ? [] : [{ path, method, operation: item[method] }])))
}

/** Every `$ref` value anywhere in a JSON value. */
function refsIn (value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, found)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item)
      else refsIn(item, found)
    }
  }
  return found
}

/** The examples a media type declares, from `example` or `examples`. */
function mediaExamples (media: MediaType | undefined): unknown[] {
  if (media === undefined) return []
  return [
    ...('example' in media ? [media.example] : []),
    ...Object.values(media.examples ?? {}).map((example) => example.value)
  ]
}

function parameterHasExample (parameter: Parameter): boolean {
  return parameter.example !== undefined || Object.keys(parameter.examples ?? {}).length > 0 ||
    (parameter.schema?.examples?.length ?? 0) > 0
}

/** Ajv with every component registered under its `#/components/schemas/<Name>` ref. */
function buildValidator (doc: Document): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  ;(ajvFormats as unknown as (ajv: Ajv2020) => Ajv2020)(ajv)
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `${COMPONENT_REF}${name}`)
  return ajv
}

const formatErrors = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).slice(0, 10).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n')

const committed = JSON.parse(readFileSync(committedFile, 'utf8')) as Document

t.test('GET /openapi.json serves the committed openapi/openapi.json', async (t) => {
  const app = await build(t)
  const res = await app.inject('/openapi.json')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^application\/json/)
  t.same(res.json(), committed,
    'openapi/openapi.json is out of date with the routes and schemas: run `npm run openapi` and commit the result')
})

t.test('document structure', async (t) => {
  const doc = committed
  const operations = operationsOf(doc)

  t.match(doc.openapi, /^3\.1\.\d+$/, 'OpenAPI 3.1.x')
  t.ok(doc.info.title && doc.info.version, 'info has a title and version')
  t.ok(operations.length >= 16, 'every route is documented')

  t.test('no internal routes are published', async (t) => {
    for (const path of Object.keys(doc.paths)) t.notMatch(path, /^\/(docs|openapi\.json)/, `${path} is an API path`)
  })

  t.test('operation ids are present and unique', async (t) => {
    const ids = operations.map(({ operation }) => operation.operationId)
    for (const { path, method, operation } of operations) {
      t.match(operation.operationId, /^[a-z][A-Za-z]+$/, `${method.toUpperCase()} ${path} has an operationId`)
    }
    t.same(ids.filter((id, index) => ids.indexOf(id) !== index), [], 'no operationId is used twice')
  })

  t.test('every operation has a summary, a description and a declared tag', async (t) => {
    const declared = new Set((doc.tags ?? []).map((tag) => tag.name))
    t.ok(declared.size > 0, 'top-level tags are declared')
    for (const tag of doc.tags ?? []) t.ok(tag.description, `tag ${tag.name} has a description`)
    const used = new Set<string>()
    for (const { operation } of operations) {
      const id = operation.operationId ?? '?'
      t.ok(operation.summary?.trim(), `${id} has a summary`)
      t.ok(operation.description?.trim(), `${id} has a description`)
      t.ok((operation.tags?.length ?? 0) > 0, `${id} has a tag`)
      for (const tag of operation.tags ?? []) {
        t.ok(declared.has(tag), `${id}: tag "${tag}" is declared at the top level`)
        used.add(tag)
      }
    }
    t.same([...declared].filter((tag) => !used.has(tag)), [], 'every declared tag is used')
  })

  t.test('every parameter has a description', async (t) => {
    for (const { operation } of operations) {
      for (const parameter of operation.parameters ?? []) {
        t.ok(parameter.description?.trim(), `${operation.operationId ?? '?'}: ${parameter.in} parameter ${parameter.name} has a description`)
      }
    }
  })

  // A parameter the server defaults is one callers may leave out; a generated client must not
  // force it on them (test/client.test.ts shows the consequence).
  t.test('parameters with a default are optional', async (t) => {
    for (const { operation } of operations) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.schema?.default === undefined) continue
        t.not(parameter.required, true, `${operation.operationId ?? '?'}: ${parameter.name} has the default ${JSON.stringify(parameter.schema.default)}, so it is not required`)
      }
    }
  })

  t.test('path parameters are declared for every template variable', async (t) => {
    for (const { path, operation } of operations) {
      const variables = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
      const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)
      t.same(declared.sort(), variables.sort(), `${operation.operationId ?? '?'} declares its path parameters`)
    }
  })

  t.test('responses: 200, and problem documents for every error status', async (t) => {
    for (const { path, operation } of operations) {
      const id = operation.operationId ?? '?'
      const statuses = Object.keys(operation.responses)
      const required = ['200', '400', '414', '500', '503', ...(path.includes('{id}') ? ['404'] : [])]
      for (const status of required) t.ok(statuses.includes(status), `${id} documents ${status}`)

      const ok = operation.responses['200']
      t.ok(ok?.description, `${id}: 200 has a description`)
      t.same(Object.keys(ok?.content ?? {}), ['application/json'], `${id}: 200 is application/json`)
      t.match(ok?.content?.['application/json']?.schema?.$ref, /^#\/components\/schemas\/\w+$/, `${id}: 200 refers to a named component`)

      for (const status of statuses.filter((status) => Number(status) >= 400)) {
        const response = operation.responses[status]
        t.ok(response?.description, `${id}: ${status} has a description`)
        t.same(response?.content, { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          `${id}: ${status} is an application/problem+json Problem`)
      }
    }
  })

  t.test('components are named, and every $ref resolves', async (t) => {
    const names = Object.keys(doc.components.schemas)
    t.ok(names.length > 0, 'there are components')
    t.same(names.filter((name) => /^def-\d+$/.test(name)), [], 'no component is an anonymous def-<n>')
    for (const name of names) t.match(name, /^[A-Z][A-Za-z]+$/, `component ${name} has a type-like name`)

    const refs = refsIn(doc)
    t.ok(refs.length > 0, 'the document uses $refs')
    for (const ref of new Set(refs)) {
      t.ok(ref.startsWith(COMPONENT_REF) && names.includes(ref.slice(COMPONENT_REF.length)), `${ref} resolves to a component`)
    }
    // Every component is reachable from some operation (directly or through another component).
    const referenced = new Set(refs.map((ref) => ref.slice(COMPONENT_REF.length)))
    t.same(names.filter((name) => !referenced.has(name)), [], 'no component is unused')
  })

  t.test('every operation has an example', async (t) => {
    for (const { operation } of operations) {
      const hasParameterExample = (operation.parameters ?? []).some(parameterHasExample)
      const hasResponseExample = mediaExamples(operation.responses['200']?.content?.['application/json']).length > 0
      t.ok(hasParameterExample || hasResponseExample, `${operation.operationId ?? '?'} has a parameter or 200-response example`)
    }
  })

  t.test('every operation has a 200-response example', async (t) => {
    for (const { operation } of operations) {
      const examples = mediaExamples(operation.responses['200']?.content?.['application/json'])
      t.ok(examples.length > 0, `${operation.operationId ?? '?'} has an example on its 200 response`)
    }
  })

  t.test('examples match their schemas', async (t) => {
    const ajv = buildValidator(doc)
    for (const { operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [mediaType, media] of Object.entries(response.content ?? {})) {
          const validate = media.schema?.$ref === undefined ? undefined : ajv.getSchema(media.schema.$ref)
          for (const example of mediaExamples(media)) {
            t.ok(validate?.(example), `${operation.operationId ?? '?'} ${status} ${mediaType} example matches its schema`,
              { errors: formatErrors(validate?.errors) })
          }
        }
      }
    }
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      const validate = ajv.getSchema(`${COMPONENT_REF}${name}`)
      for (const example of (schema['examples'] as unknown[] | undefined) ?? []) {
        t.ok(validate?.(example), `component ${name}: example matches the schema`, { errors: formatErrors(validate?.errors) })
      }
    }
  })
})

t.test('every response matches the schema the document declares for it', async (t) => {
  const app = await build(t)
  const doc = committed
  const ajv = buildValidator(doc)
  const operations = operationsOf(doc)
  const exercised = new Map<string, Set<number>>()

  /** The documented operation a concrete path belongs to. */
  const operationFor = (path: string): Operation | undefined => {
    for (const entry of operations) {
      const pattern = new RegExp(`^${entry.path.replace(/\{\w+\}/g, '[^/]+')}$`)
      if (entry.method === 'get' && pattern.test(path)) return entry.operation
    }
    return undefined
  }

  /** Requests `url`, checks the status and validates the body against the declared schema. */
  const check = async (t: Test, url: string, expectedStatus = 200): Promise<LightMyRequestResponse> => {
    const res = await app.inject(url)
    const operation = operationFor(url.split('?')[0] ?? url)
    t.ok(operation, `${url} is a documented operation`)
    t.equal(res.statusCode, expectedStatus, `${url} answers ${expectedStatus}`)
    const declared = operation?.responses[String(res.statusCode)]
    t.ok(declared, `${operation?.operationId ?? '?'} documents status ${res.statusCode}`)
    const mediaType = String(res.headers['content-type']).split(';')[0] ?? ''
    const ref = declared?.content?.[mediaType]?.schema?.$ref
    t.ok(ref, `${operation?.operationId ?? '?'} ${res.statusCode} documents the media type ${mediaType}`)
    const validate: ValidateFunction | undefined = ref === undefined ? undefined : ajv.getSchema(ref)
    t.ok(validate?.(res.json()), `${url}: ${res.statusCode} body matches ${ref ?? 'its schema'}`, { errors: formatErrors(validate?.errors) })
    if (operation?.operationId !== undefined) {
      exercised.set(operation.operationId, (exercised.get(operation.operationId) ?? new Set()).add(res.statusCode))
    }
    return res
  }

  /** Every page of a list, following `next` links; returns all items. */
  const allPages = async <T>(t: Test, url: string): Promise<T[]> => {
    const items: T[] = []
    let next: string | null = url
    for (let page = 0; next !== null; page++) {
      t.ok(page < 100, 'pagination ends')
      if (page >= 100) break
      const res = await check(t, next)
      const body = res.json<{ data: T[], next: string | null }>()
      items.push(...body.data)
      next = body.next === null ? null : ((url) => `${url.pathname}${url.search}`)(new URL(body.next))
    }
    return items
  }

  // A validator that accepted everything would make the rest of this test pass vacuously.
  t.test('the validator follows $refs and rejects bodies that break the schema', async (t) => {
    const roleList = ajv.getSchema(`${COMPONENT_REF}RoleList`)
    t.ok(roleList?.({ data: [], next: null }), 'an empty page is valid')
    t.notOk(roleList?.({ data: [{ id: 'therapeutic-assistant' }], next: null }), 'a role summary missing its members fails (through RoleSummary)')
    t.notOk(roleList?.({ data: [], next: 'not a uri' }), 'formats are checked')
    t.notOk(roleList?.({ data: [], next: null, extra: 1 }), 'additional properties are refused')
    const searchResults = ajv.getSchema(`${COMPONENT_REF}SearchResults`)
    t.notOk(searchResults?.({ query: 'x', data: [{ type: 'role', id: 'x', name: 'X', kind: 'hard', score: 1 }] }),
      'a role hit shaped like a skill hit fails (through the SearchHit union)')
  })

  t.test('operations probes', async (t) => {
    await check(t, '/health')
    await check(t, '/ready')
  })

  const seedRoles = ['therapeutic-assistant', 'therapy-specialist', 'therapeutic-services-assistant', 'therapeutic-support-staff', 'case-manager']
  let roleIds: string[] = []
  t.test('roles', async (t) => {
    const roles = await allPages<{ id: string }>(t, '/v1/roles?limit=7')
    roleIds = roles.map((role) => role.id)
    for (const id of seedRoles) t.ok(roleIds.includes(id), `the seed has role ${id}`)
    for (const query of ['sort=-title', 'sort=updated&limit=100', 'sort=-updated', 'location=US-CA', 'salary_min=30000&salary_period=year',
      'q=therap', 'tag=Mental%20Health', 'detail=full', 'skill=crisis-intervention', 'education_max=high_school', 'certification=cpi']) {
      await check(t, `/v1/roles?${query}`)
    }
    for (const id of roleIds) {
      await check(t, `/v1/roles/${id}`)
      for (const part of ['skills', 'certifications', 'education', 'salaries', 'progression']) await check(t, `/v1/roles/${id}/${part}`)
    }
    for (const include of ['none', 'skills,salaries', 'progression&include=education']) {
      await check(t, `/v1/roles/therapeutic-services-assistant?include=${include}`)
    }
  })

  for (const [resource, sample] of [['skills', 'crisis-intervention'], ['certifications', 'cpi'], ['sources', '000_4694b98c1c2a5003']] as const) {
    t.test(resource, async (t) => {
      const items = await allPages<{ id: string }>(t, `/v1/${resource}?limit=25`)
      t.ok(items.length > 0, `there are ${resource}`)
      t.ok(items.some((item) => item.id === sample), `the seed has ${sample}`)
      for (const { id } of items) await check(t, `/v1/${resource}/${id}`)
    })
  }
  t.test('list filters', async (t) => {
    for (const kind of ['hard', 'soft', 'tool']) await check(t, `/v1/skills?kind=${kind}`)
    for (const kind of ['certification', 'license']) await check(t, `/v1/certifications?kind=${kind}`)
  })

  t.test('search', async (t) => {
    const res = await check(t, '/v1/search?q=crisis')
    t.ok(res.json<{ data: unknown[] }>().data.length > 0, 'crisis has hits')
    for (const query of ['q=therap&type=role', 'q=crisis&type=skill,certification', 'q=lic&limit=50', 'q=zzzzzz']) await check(t, `/v1/search?${query}`)
  })

  t.test('error responses', async (t) => {
    await check(t, '/v1/roles/no-such-role', 404)
    await check(t, '/v1/roles/no-such-role/salaries', 404)
    await check(t, '/v1/skills/no-such-skill', 404)
    await check(t, '/v1/roles?limit=0', 400)
    await check(t, '/v1/roles/Bad_Id', 400)
    await check(t, '/v1/search', 400)
    await check(t, `/v1/roles/${'a'.repeat(101)}`, 414)
  })

  // The document says which parameters a request must carry: leaving one out must be refused.
  t.test('a request without a required parameter is refused with 400', async (t) => {
    const sampleIds: Record<string, string> = {
      roles: 'therapeutic-services-assistant', skills: 'crisis-intervention', certifications: 'cpi', sources: '000_4694b98c1c2a5003'
    }
    const sampleValue = (parameter: Parameter): string => String(parameter.schema?.default ?? parameter.example ?? 'crisis')
    for (const { path, operation } of operations) {
      const required = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query' && parameter.required === true)
      const pathname = path.replace('{id}', sampleIds[path.split('/')[2] ?? ''] ?? '')
      for (const omitted of required) {
        const query = new URLSearchParams(required.filter((parameter) => parameter !== omitted).map((parameter): [string, string] => [parameter.name, sampleValue(parameter)]))
        const url = query.toString() === '' ? pathname : `${pathname}?${query.toString()}`
        const res = await app.inject(url)
        t.equal(res.statusCode, 400, `${operation.operationId ?? '?'} documents ${omitted.name} as required, so ${url} (without it) must be refused`)
        if (res.statusCode === 400) await check(t, url, 400)
      }
    }
  })

  t.test('every documented operation was exercised with a 200', async (t) => {
    for (const { operation } of operations) {
      t.ok(exercised.get(operation.operationId ?? '')?.has(200), `${operation.operationId ?? '?'} answered 200 at least once`)
    }
  })
})

t.test('Swagger UI', async (t) => {
  const app = await build(t)

  /** GET, following redirects. */
  const get = async (app: FastifyInstance, url: string): Promise<LightMyRequestResponse & { finalUrl: string }> => {
    let current = new URL(url, 'http://localhost')
    for (let hops = 0; hops < 5; hops++) {
      const res = await app.inject(`${current.pathname}${current.search}`)
      const location = res.headers.location
      if (res.statusCode < 300 || res.statusCode >= 400 || typeof location !== 'string') return Object.assign(res, { finalUrl: current.href })
      current = new URL(location, current)
    }
    throw new Error(`too many redirects from ${url}`)
  }

  const page = await get(app, '/docs')
  t.equal(page.statusCode, 200, '/docs answers')
  t.match(page.headers['content-type'], /^text\/html/, '/docs is HTML')
  t.match(page.body, /swagger-ui-bundle\.js/, 'the page loads the Swagger UI bundle')
  t.match(page.body, /<div id="swagger-ui">/, 'the page has the UI mount point')

  const scripts = [...page.body.matchAll(/<script src="([^"]+)"/g)].map((match) => new URL(match[1] ?? '', page.finalUrl))
  const initializerUrl = scripts.find((url) => url.pathname.endsWith('/swagger-initializer.js'))
  t.ok(initializerUrl, 'the page runs an initializer script')
  for (const script of scripts) {
    const res = await app.inject(script.pathname)
    t.equal(res.statusCode, 200, `${script.pathname} is served`)
    t.match(res.headers['content-type'], /javascript/, `${script.pathname} is JavaScript`)
  }

  // The initializer resolves the document URL against the page's directory (with a trailing slash).
  const initializer = await app.inject(initializerUrl?.pathname ?? '/docs/static/swagger-initializer.js')
  const documentRef = /url:\s*resolveUrl\('([^']+)'\)/.exec(initializer.body)?.[1]
  t.ok(documentRef, 'the initializer names the document URL')
  const pageDirectory = page.finalUrl.endsWith('/') ? page.finalUrl : `${page.finalUrl}/`
  const documentUrl = new URL(documentRef ?? '', pageDirectory)
  t.equal(documentUrl.pathname, '/docs/json')

  const res = await app.inject(documentUrl.pathname)
  t.equal(res.statusCode, 200)
  t.same(res.json(), committed, 'Swagger UI shows the published document')
})
