import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { readSeedFiles } from '../../src/seed/files.js'
import { seedDatabase } from '../../src/seed/load.js'

// Validators, revalidation and content codings (RFC 9110 §8.8, §13), on stored documents and on
// responses built per request.

const DOCUMENT = '/v1/roles/therapeutic-assistant'
const STRONG_TAG = /^"[A-Za-z0-9_-]{22}(-br|-gzip)?"$/

t.test('a role document: strong ETag, Last-Modified and caching headers', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const response = await app.inject(DOCUMENT)
  t.equal(response.statusCode, 200)
  t.match(response.headers.etag, STRONG_TAG)
  t.notMatch(response.headers.etag, /-(br|gzip)"$/, 'the identity tag has no coding suffix')
  t.ok(!Number.isNaN(Date.parse(String(response.headers['last-modified']))), 'Last-Modified is an HTTP date')
  t.equal(response.headers['cache-control'], 'public, max-age=300, stale-while-revalidate=86400')
  t.equal(response.headers.vary, 'Accept, Accept-Encoding')
  t.equal(response.headers['content-encoding'], undefined)
  t.equal(Number(response.headers['content-length']), response.rawPayload.length)
})

t.test('If-None-Match: 304 when any listed tag matches, weakly compared; `*` matches', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const etag = String((await app.inject(DOCUMENT)).headers.etag)
  const revalidate = async (ifNoneMatch: string) => app.inject({ url: DOCUMENT, headers: { 'if-none-match': ifNoneMatch } })

  const notModified = await revalidate(etag)
  t.equal(notModified.statusCode, 304)
  t.equal(notModified.rawPayload.length, 0, 'no body')
  t.equal(notModified.headers.etag, etag, 'the tag is repeated')
  t.equal(notModified.headers['cache-control'], 'public, max-age=300, stale-while-revalidate=86400')
  t.equal(notModified.headers.vary, 'Accept, Accept-Encoding')
  t.ok(notModified.headers['last-modified'])
  t.equal(notModified.headers['content-length'], undefined, 'no Content-Length for a body that is not sent')
  t.equal(notModified.headers['content-type'], undefined)

  t.equal((await revalidate(`"other", ${etag}`)).statusCode, 304, 'a list')
  t.equal((await revalidate(`W/${etag}`)).statusCode, 304, 'a weak tag matches weakly')
  t.equal((await revalidate('*')).statusCode, 304, '* matches any current representation')
  t.equal((await revalidate('"other"')).statusCode, 200)
  t.equal((await revalidate(etag.replace('"', '"x'))).statusCode, 200)
  const brTag = etag.replace(/"$/, '-br"')
  t.equal((await revalidate(brTag)).statusCode, 200, 'the br coding\'s tag does not validate the identity coding')
})

t.test('If-Modified-Since, used only without If-None-Match', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const first = await app.inject(DOCUMENT)
  const lastModified = String(first.headers['last-modified'])
  const ask = async (headers: Record<string, string>) => (await app.inject({ url: DOCUMENT, headers })).statusCode
  t.equal(await ask({ 'if-modified-since': lastModified }), 304)
  t.equal(await ask({ 'if-modified-since': new Date(Date.parse(lastModified) + 3600_000).toUTCString() }), 304, 'a later date')
  t.equal(await ask({ 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() }), 200, 'an earlier date')
  t.equal(await ask({ 'if-modified-since': 'not a date' }), 200, 'an invalid date is ignored')
  t.equal(await ask({ 'if-modified-since': lastModified, 'if-none-match': '"other"' }), 200, 'If-None-Match takes precedence')
})

t.test('content codings: precompressed br and gzip, each with its own tag', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const identity = await app.inject(DOCUMENT)
  const br = await app.inject({ url: DOCUMENT, headers: { 'accept-encoding': 'gzip, deflate, br' } })
  const gzip = await app.inject({ url: DOCUMENT, headers: { 'accept-encoding': 'gzip' } })
  t.equal(br.headers['content-encoding'], 'br', 'br preferred')
  t.equal(gzip.headers['content-encoding'], 'gzip')
  t.same(brotliDecompressSync(br.rawPayload), identity.rawPayload)
  t.same(gunzipSync(gzip.rawPayload), identity.rawPayload)
  t.ok(br.rawPayload.length < identity.rawPayload.length / 3, `${br.rawPayload.length} bytes of ${identity.rawPayload.length}`)
  t.equal(br.headers.etag, String(identity.headers.etag).replace(/"$/, '-br"'))
  t.equal(gzip.headers.etag, String(identity.headers.etag).replace(/"$/, '-gzip"'))
  t.equal((await app.inject({ url: DOCUMENT, headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } })).statusCode, 304)
  t.equal((await app.inject({ url: DOCUMENT, headers: { 'accept-encoding': 'identity' } })).headers['content-encoding'], undefined)
  t.equal((await app.inject({ url: DOCUMENT, headers: { 'accept-encoding': 'gzip;q=1, br;q=0.5' } })).headers['content-encoding'], 'gzip', 'q-values count')
  t.equal((await app.inject({ url: DOCUMENT, headers: { 'accept-encoding': '*' } })).headers['content-encoding'], 'br')
  t.equal((await app.inject({ url: DOCUMENT, headers: { 'accept-encoding': 'deflate' } })).headers['content-encoding'], undefined,
    'a coding the server does not offer gets the identity coding')
})

t.test('HEAD answers with the GET headers and no body', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  for (const url of [DOCUMENT, '/v1/roles?limit=5', '/v1/search?q=crisis', '/health']) {
    const get = await app.inject({ url, headers: { 'accept-encoding': 'br' } })
    const head = await app.inject({ method: 'HEAD', url, headers: { 'accept-encoding': 'br' } })
    t.equal(head.statusCode, 200, url)
    t.equal(head.rawPayload.length, 0, `${url}: no body`)
    for (const name of ['etag', 'content-type', 'content-encoding', 'cache-control', 'vary', 'content-length', 'last-modified']) {
      t.equal(head.headers[name], get.headers[name], `${url}: ${name}`)
    }
  }
})

t.test('lists, search and catalogues: tagged, revalidated, compressed and cached until data changes', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  for (const url of ['/v1/roles?limit=50', '/v1/search?q=crisis', '/v1/skills', '/v1/certifications', '/v1/sources', '/v1/roles/therapy-specialist/salaries', '/openapi.json']) {
    const plain = await app.inject(url)
    t.equal(plain.statusCode, 200, url)
    t.match(plain.headers.etag, STRONG_TAG, `${url}: strong tag`)
    t.equal(plain.headers['cache-control'], 'public, max-age=300, stale-while-revalidate=86400')
    t.equal((await app.inject({ url, headers: { 'if-none-match': String(plain.headers.etag) } })).statusCode, 304, `${url}: 304`)
    const compressed = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    if (plain.rawPayload.length >= 1024) {
      t.equal(compressed.headers['content-encoding'], 'gzip', `${url}: compressed`)
      t.same(gunzipSync(compressed.rawPayload), plain.rawPayload)
      t.equal(compressed.headers.etag, String(plain.headers.etag).replace(/"$/, '-gzip"'))
      t.equal(plain.headers.vary, 'Accept-Encoding')
    } else {
      t.equal(compressed.headers['content-encoding'], undefined, `${url}: under 1 KiB, sent as it is`)
      t.equal(compressed.headers.vary, undefined)
    }
    const again = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    t.same(again.rawPayload, compressed.rawPayload, `${url}: the same bytes again`)
  }
  const small = await app.inject('/v1/roles/counseling-aide/salaries')
  t.ok(small.rawPayload.length < 1024, 'a small response')
  t.equal(small.headers['content-encoding'], undefined)

  // A change: cached responses are not served any longer.
  const before = await app.inject('/v1/roles?limit=50')
  const tagsBefore = new Map([['/v1/roles/therapy-specialist/salaries', String((await app.inject('/v1/roles/therapy-specialist/salaries')).headers.etag)]])
  const data = structuredClone(readSeedFiles())
  data.roles.find((role) => role.id === 'case-manager')!.title = 'Case Manager (renamed)'
  seedDatabase(app.db, data, { publicBaseUrl: null })
  const after = await app.inject('/v1/roles?limit=50')
  t.not(after.headers.etag, before.headers.etag)
  t.ok(after.json<{ data: Array<{ title: string }> }>().data.some((role) => role.title === 'Case Manager (renamed)'))
  t.equal((await app.inject({ url: '/v1/roles?limit=50', headers: { 'if-none-match': String(before.headers.etag) } })).statusCode, 200,
    'the old tag no longer validates')
  // A response the change did not touch is built again after the write, and its old tag still validates it.
  const salaries = '/v1/roles/therapy-specialist/salaries'
  t.equal((await app.inject({ url: salaries, headers: { 'if-none-match': tagsBefore.get(salaries)! } })).statusCode, 304)
})

t.test('Cache-Control is configurable; errors and probes are not stored', async (t) => {
  const app = await buildApp({ databasePath: ':memory:', cacheControl: 'public, max-age=60' })
  t.teardown(() => app.close())
  t.equal((await app.inject(DOCUMENT)).headers['cache-control'], 'public, max-age=60')
  t.equal((await app.inject('/v1/roles')).headers['cache-control'], 'public, max-age=60')
  t.equal((await app.inject('/v1/roles/no-such-role')).headers['cache-control'], 'no-store')
  t.equal((await app.inject('/v1/roles?limit=0')).headers['cache-control'], 'no-store')
  const health = await app.inject('/health')
  t.equal(health.headers['cache-control'], 'no-store')
  t.equal(health.headers.etag, undefined)
})

t.test('content negotiation between JSON and JSON-LD', async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  const typeFor = async (accept: string) => {
    const response = await app.inject({ url: DOCUMENT, headers: { accept } })
    return response.statusCode === 200 ? String(response.headers['content-type']) : response.statusCode
  }
  t.equal(await typeFor('application/ld+json'), 'application/ld+json; charset=utf-8')
  t.equal(await typeFor('application/json'), 'application/json; charset=utf-8')
  t.equal(await typeFor('*/*'), 'application/json; charset=utf-8')
  t.equal(await typeFor('text/html,application/xhtml+xml,*/*;q=0.8'), 'application/json; charset=utf-8', 'a browser gets JSON')
  t.equal(await typeFor('application/json;q=0.5, application/ld+json'), 'application/ld+json; charset=utf-8')
  const refused = await app.inject({ url: DOCUMENT, headers: { accept: 'text/html' } })
  t.equal(refused.statusCode, 406)
  t.match(refused.json(), { type: 'urn:roleatlas:problem:not-acceptable', status: 406 })
  const json = await app.inject(DOCUMENT)
  const ld = await app.inject({ url: DOCUMENT, headers: { accept: 'application/ld+json' } })
  t.not(ld.headers.etag, json.headers.etag, 'each representation has its own tag')
  t.equal((await app.inject({ url: DOCUMENT, headers: { accept: 'application/ld+json', 'if-none-match': String(json.headers.etag) } })).statusCode, 200)
})
