import t, { type Test } from 'tap'
import type { LightMyRequestResponse } from 'fastify'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import { build } from './helper.js'
import { buildValidator, committed, COMPONENT_REF, formatErrors, operationsOf, type Operation, type Parameter } from './openapi-document.js'

// Every real response, through every documented operation, matches the status, media type,
// schema and headers the committed OpenAPI document declares for it.

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

  const note = (operation: Operation | undefined, status: number): void => {
    if (operation?.operationId !== undefined) {
      exercised.set(operation.operationId, (exercised.get(operation.operationId) ?? new Set()).add(status))
    }
  }

  /**
   * Requests `url`, checks the status, validates the body against the declared schema and checks
   * that the headers every read promises are sent. A 200 under /v1 is then revalidated with its
   * ETag, which must give the declared 304 with no body.
   */
  const check = async (t: Test, url: string, expectedStatus = 200, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> => {
    const res = await app.inject({ url, headers })
    const path = url.split('?')[0] ?? url
    const operation = operationFor(path)
    const id = operation?.operationId ?? '?'
    t.ok(operation, `${url} is a documented operation`)
    t.equal(res.statusCode, expectedStatus, `${url} answers ${expectedStatus}`)
    const declared = operation?.responses[String(res.statusCode)]
    t.ok(declared, `${id} documents status ${res.statusCode}`)
    const mediaType = String(res.headers['content-type']).split(';')[0] ?? ''
    const ref = declared?.content?.[mediaType]?.schema?.$ref
    t.ok(ref, `${id} ${res.statusCode} documents the media type ${mediaType}`)
    const validate: ValidateFunction | undefined = ref === undefined ? undefined : ajv.getSchema(ref)
    t.ok(validate?.(res.json()), `${url}: ${res.statusCode} body matches ${ref ?? 'its schema'}`, { errors: formatErrors(validate?.errors) })
    note(operation, res.statusCode)

    if (res.statusCode === 200) {
      for (const header of ['x-request-id', 'cache-control', ...(path.startsWith('/v1/') ? ['etag'] : [])]) {
        t.ok(declared?.headers?.[header], `${id}: 200 declares ${header}`)
        t.type(res.headers[header], 'string', `${url} sends ${header}`)
      }
      const next = path.startsWith('/v1/') ? (res.json() as { next?: unknown }).next : undefined
      if (typeof next === 'string') t.equal(res.headers.link, `<${next}>; rel="next"`, `${url} sends Link for its next page`)
      if (declared?.headers?.['last-modified'] !== undefined) t.type(res.headers['last-modified'], 'string', `${url} sends last-modified`)
    }
    if (res.statusCode === 200 && path.startsWith('/v1/')) {
      const revalidated = await app.inject({ url, headers: { ...headers, 'if-none-match': String(res.headers.etag) } })
      t.equal(revalidated.statusCode, 304, `${url} revalidates with its ETag`)
      t.ok(operation?.responses['304'], `${id} documents 304`)
      t.equal(operation?.responses['304']?.content, undefined, `${id}: 304 declares no content`)
      t.equal(revalidated.body, '', `${url}: the 304 has no body`)
      t.equal(revalidated.headers.etag, res.headers.etag, `${url}: the 304 names the same ETag`)
      note(operation, revalidated.statusCode)
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
      // `next` is relative to the API's origin.
      next = body.next === null ? null : ((url) => `${url.pathname}${url.search}`)(new URL(body.next, 'http://localhost'))
    }
    return items
  }

  // A validator that accepted everything would make the rest of this test pass vacuously.
  t.test('the validator follows $refs and rejects bodies that break the schema', async (t) => {
    const roleList = ajv.getSchema(`${COMPONENT_REF}RoleList`)
    t.ok(roleList?.({ data: [], next: null }), 'an empty page is valid')
    t.ok(roleList?.({ data: [], next: '/v1/roles?cursor=abc' }), 'a relative next link is a uri-reference')
    t.notOk(roleList?.({ data: [{ id: 'therapeutic-assistant' }], next: null }), 'a role summary missing its members fails (through RoleSummary)')
    t.notOk(roleList?.({ data: [], next: 'not a uri' }), 'formats are checked')
    t.notOk(roleList?.({ data: [], next: 5 }), 'a union type refuses what neither member allows')
    t.notOk(roleList?.({ data: [], next: null, extra: 1 }), 'additional properties are refused')
    const searchResults = ajv.getSchema(`${COMPONENT_REF}SearchResults`)
    t.notOk(searchResults?.({ query: 'x', data: [{ type: 'role', id: 'x', name: 'X', kind: 'hard', score: 1 }] }),
      'a role hit shaped like a skill hit fails (through the SearchHit union)')
  })

  t.test('operations probes', async (t) => {
    await check(t, '/health')
    await check(t, '/ready', 503)
    await app.warmUp()
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
      await check(t, `/v1/roles/${id}`, 200, { accept: 'application/ld+json' })
      for (const part of ['skills', 'certifications', 'education', 'salaries', 'progression', 'outlook', 'schools', 'resources']) await check(t, `/v1/roles/${id}/${part}`)
    }
    for (const query of ['kind=hotspot', 'location=US', 'location=US-CA&kind=growth']) await check(t, `/v1/roles/therapeutic-services-assistant/outlook?${query}`)
    for (const include of ['none', 'skills,salaries', 'progression&include=education', 'outlook,schools,resources']) {
      await check(t, `/v1/roles/therapeutic-services-assistant?include=${include}`)
    }
    await check(t, '/v1/roles/therapeutic-services-assistant?location=US-CA', 200, { accept: 'application/ld+json' })
  })

  for (const [resource, sample] of [['skills', 'crisis-intervention'], ['certifications', 'cpi'], ['sources', '000_4694b98c1c2a5003'],
    ['schools', 'ivy-tech-community-college'], ['resources', 'cdph']] as const) {
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
    for (const kind of ['agency', 'journal']) await check(t, `/v1/resources?kind=${kind}`)
  })

  t.test('search', async (t) => {
    const res = await check(t, '/v1/search?q=crisis')
    t.ok(res.json<{ data: unknown[] }>().data.length > 0, 'crisis has hits')
    for (const query of ['q=therap&type=role', 'q=crisis&type=skill,certification', 'q=lic&limit=50', 'q=zzzzzz', 'q=ivy', 'q=cdph&type=resource,school']) await check(t, `/v1/search?${query}`)
  })

  t.test('error responses', async (t) => {
    await check(t, '/v1/roles/no-such-role', 404)
    await check(t, '/v1/roles/no-such-role/salaries', 404)
    await check(t, '/v1/skills/no-such-skill', 404)
    await check(t, '/v1/schools/no-such-school', 404)
    await check(t, '/v1/resources/no-such-resource', 404)
    await check(t, '/v1/roles/no-such-role/outlook', 404)
    await check(t, '/v1/roles/therapeutic-services-assistant/outlook?kind=weather', 400)
    await check(t, '/v1/roles?limit=0', 400)
    await check(t, '/v1/roles?pad=1', 400)
    await check(t, '/v1/roles/Bad_Id', 400)
    await check(t, '/v1/search', 400)
    await check(t, `/v1/roles/${'a'.repeat(101)}`, 414)
    await check(t, '/v1/roles/therapy-specialist', 406, { accept: 'text/html' })
  })

  // The document says which parameters a request must carry: leaving one out must be refused.
  t.test('a request without a required parameter is refused with 400', async (t) => {
    const sampleIds: Record<string, string> = {
      roles: 'therapeutic-services-assistant', skills: 'crisis-intervention', certifications: 'cpi', sources: '000_4694b98c1c2a5003',
      schools: 'ivy-tech-community-college', resources: 'cdph'
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

  t.test('every documented operation was exercised with a 200, and every read with a 304', async (t) => {
    for (const { path, operation } of operations) {
      const statuses = exercised.get(operation.operationId ?? '')
      t.ok(statuses?.has(200), `${operation.operationId ?? '?'} answered 200 at least once`)
      if (path.startsWith('/v1/')) t.ok(statuses?.has(304), `${operation.operationId ?? '?'} answered 304 at least once`)
    }
  })
})
