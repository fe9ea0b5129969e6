import t from 'tap'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { build } from './helper.js'
import {
  buildValidator, committed, COMPONENT_REF, formatErrors, mediaExamples, okMediaTypes, operationsOf, parameterHasExample, refsIn
} from './openapi-document.js'

// The published contract: the committed document is what the app serves, and it is complete
// enough to generate clients and docs from. test/openapi-responses.test.ts checks that every
// real response matches it.

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
      t.same(Object.keys(ok?.content ?? {}), okMediaTypes(operation.operationId), `${id}: 200 is ${okMediaTypes(operation.operationId).join(' or ')}`)
      for (const [mediaType, media] of Object.entries(ok?.content ?? {})) {
        t.match(media.schema?.$ref, /^#\/components\/schemas\/\w+$/, `${id}: 200 ${mediaType} refers to a named component`)
      }

      for (const status of statuses.filter((status) => Number(status) >= 400)) {
        const response = operation.responses[status]
        t.ok(response?.description, `${id}: ${status} has a description`)
        t.same(response?.content, { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          `${id}: ${status} is an application/problem+json Problem`)
      }
      t.same(statuses.filter((status) => !['200', '304'].includes(status) && Number(status) < 400), [], `${id}: no other status`)
    }
  })

  t.test('getRole offers its document as JSON and as schema.org JSON-LD', async (t) => {
    const content = doc.paths['/v1/roles/{id}']?.get?.responses['200']?.content
    t.same(content?.['application/json']?.schema, { $ref: '#/components/schemas/Role' })
    t.same(content?.['application/ld+json']?.schema, { $ref: '#/components/schemas/OccupationJsonLd' })
    t.ok(doc.paths['/v1/roles/{id}']?.get?.responses['406'], 'and declares 406 for an Accept it cannot meet')
  })

  // Every read under /v1 is cacheable and revalidated; a client generated from the document
  // must know that a 304 with no body can come back, and which headers say so.
  t.test('every GET under /v1 declares 304 without content, and caching headers', async (t) => {
    const reads = operations.filter(({ path, method }) => method === 'get' && path.startsWith('/v1/'))
    t.equal(reads.length, 21, 'every read of the API')
    for (const { path, operation } of reads) {
      const id = operation.operationId ?? '?'
      const ok = operation.responses['200']
      const notModified = operation.responses['304']
      t.ok(notModified?.description, `${id} declares 304`)
      t.equal(notModified?.content, undefined, `${id}: a 304 has no content`)
      for (const header of ['x-request-id', 'etag', 'cache-control', 'vary']) {
        t.ok(ok?.headers?.[header]?.description, `${id}: 200 declares ${header}`)
        t.ok(notModified?.headers?.[header]?.description, `${id}: 304 declares ${header}`)
      }
      t.ok(ok?.headers?.['content-encoding'], `${id}: 200 declares content-encoding`)
      t.notOk(notModified?.headers?.['content-encoding'], `${id}: a 304 has no body to encode`)
      const paginated = (operation.parameters ?? []).some((parameter) => parameter.in === 'query' && parameter.name === 'cursor')
      t.equal(ok?.headers?.['link'] !== undefined, paginated, `${id}: 200 declares link ${paginated ? '(a list)' : 'only on lists'}`)
      const dated = path === '/v1/roles/{id}'
      t.equal(ok?.headers?.['last-modified'] !== undefined, dated, `${id}: last-modified only on the stored role document`)
      t.equal(notModified?.headers?.['last-modified'] !== undefined, dated, `${id}: and on its 304`)
    }
  })

  t.test('probes are never cached: no 304, and they say so', async (t) => {
    for (const path of ['/health', '/ready']) {
      const operation = doc.paths[path]?.get
      t.notOk(operation?.responses['304'], `${path} has no 304`)
      t.same(Object.keys(operation?.responses['200']?.headers ?? {}).sort(), ['cache-control', 'x-request-id'], `${path}: 200 headers`)
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

  t.test('every operation has a 200-response example, for each media type', async (t) => {
    for (const { operation } of operations) {
      for (const mediaType of okMediaTypes(operation.operationId)) {
        const examples = mediaExamples(operation.responses['200']?.content?.[mediaType])
        t.ok(examples.length > 0, `${operation.operationId ?? '?'} has an example on its 200 ${mediaType} response`)
      }
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
