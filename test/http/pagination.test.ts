import t, { type Test } from 'tap'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { build } from '../helper.js'

// Cursor pagination through the real lists: what a cursor may hold, where the last page ends,
// and which origin the `next` link names.

interface Page { data: Array<{ id: string }>, next: string | null }

const cursorOf = (position: unknown): string => Buffer.from(JSON.stringify(position)).toString('base64url')
const pathAndQuery = (link: string): string => {
  const url = new URL(link, 'http://localhost')
  return url.pathname + url.search
}

/** Follows `next` from `url` to the last page; returns the size of every page and every id. */
async function walk (t: Test, app: FastifyInstance, url: string): Promise<{ sizes: number[], ids: string[] }> {
  const sizes: number[] = []
  const ids: string[] = []
  let next: string | null = url
  while (next !== null && sizes.length < 100) {
    const response: LightMyRequestResponse = await app.inject(next)
    t.equal(response.statusCode, 200, next)
    const page: Page = response.json()
    sizes.push(page.data.length)
    ids.push(...page.data.map((item) => item.id))
    next = page.next === null ? null : pathAndQuery(page.next)
  }
  return { sizes, ids }
}

t.test('a cursor must decode to [sort, value, id], all strings', async (t) => {
  const app = await build(t)

  t.test('a well-formed cursor made by hand is the position it names', async (t) => {
    const response = await app.inject(`/v1/roles?limit=2&cursor=${cursorOf(['title', 'Case Manager', 'case-manager'])}`)
    t.equal(response.statusCode, 200)
    t.same(response.json<Page>().data.map((role) => role.id), ['certified-nursing-assistant', 'clinic-manager'], 'the roles after Case Manager')
  })

  // Valid base64url JSON of the right length, but with a value that is not a string: SQLite
  // would be handed an object (a fault) or compare a number with text (page 1 again).
  const malformed: Array<[string, unknown]> = [
    ['an object value', ['title', {}, 'x']],
    ['a number value', ['title', 5, 'x']],
    ['a null id', ['title', 'Case Manager', null]],
    ['a number id', ['title', 'Case Manager', 7]],
    ['a sort that is not a string', [['title'], 'Case Manager', 'case-manager']],
    ['four parts', ['title', 'Case Manager', 'case-manager', 'x']],
    ['an object', { sort: 'title', value: 'Case Manager', id: 'case-manager' }],
    ['a string', 'title'],
    ['null', null]
  ]
  for (const [what, position] of malformed) {
    t.test(what, async (t) => {
      const response = await app.inject(`/v1/roles?limit=2&cursor=${cursorOf(position)}`)
      t.equal(response.statusCode, 400)
      t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
      t.same(response.json().errors, [{ in: 'query', name: 'cursor', reason: 'is not a cursor issued by this API' }])
    })
  }

  t.test('the check guards every list', async (t) => {
    for (const list of ['skills', 'certifications', 'sources']) {
      const response = await app.inject(`/v1/${list}?cursor=${cursorOf(['name', 5, 'x'])}`)
      t.equal(response.statusCode, 400, list)
      t.match(response.json(), { errors: [{ in: 'query', name: 'cursor' }] }, list)
    }
  })
})

t.test('a page that ends at the last item has next: null, and no empty page follows', async (t) => {
  const app = await build(t)
  // Each list with its size in the seed and a page size that divides it exactly.
  const lists = [
    { url: '/v1/roles', total: 45, divisor: 1 },
    { url: '/v1/roles?detail=full', total: 5, divisor: 5 },
    { url: '/v1/skills', total: 54, divisor: 9 },
    { url: '/v1/certifications', total: 20, divisor: 5 },
    { url: '/v1/sources', total: 5, divisor: 5 }
  ]
  for (const { url, total, divisor } of lists) {
    t.test(url, async (t) => {
      const join = url.includes('?') ? '&' : '?'
      const whole = await app.inject(`${url}${join}limit=${total}`)
      t.equal(whole.statusCode, 200)
      const page = whole.json<Page>()
      t.equal(page.data.length, total, `${total} items`)
      t.equal(page.next, null, `limit=${total} is the whole list in one page`)
      t.notOk('link' in whole.headers, 'and has no Link header')

      const { sizes, ids } = await walk(t, app, `${url}${join}limit=${divisor}`)
      t.same(sizes, Array(total / divisor).fill(divisor), `${total / divisor} full pages of ${divisor}, and no more`)
      t.same(ids, page.data.map((item) => item.id), 'the same items in the same order')
    })
  }

  t.test('one item more than a page leaves exactly one on the last page', async (t) => {
    t.same((await walk(t, app, '/v1/sources?limit=4')).sizes, [4, 1])
  })
})

t.test('the origin of next links', async (t) => {
  const forwarded = { 'x-forwarded-host': 'api.example.com', 'x-forwarded-proto': 'https' }
  const evilHost = { host: 'evil.example' }

  /** The next link of a first page, checked against the Link header; the Host header must never leak. */
  const nextOf = async (t: Test, app: FastifyInstance, headers: Record<string, string>, url = '/v1/roles?limit=2'): Promise<string> => {
    const response = await app.inject({ url, headers })
    t.equal(response.statusCode, 200)
    const next = response.json<Page>().next
    t.type(next, 'string')
    t.equal(response.headers.link, `<${next}>; rel="next"`, 'Link names the same page')
    t.notMatch(response.body + String(response.headers.link), /evil\.example/, 'the Host header is never used')
    return next!
  }
  const relative = /^\/v1\/roles\?limit=2&cursor=[\w-]+$/

  t.test('by default links are relative, whatever the request says', async (t) => {
    const app = await build(t)
    t.match(await nextOf(t, app, {}), relative)
    t.match(await nextOf(t, app, evilHost), relative, 'Host')
    t.match(await nextOf(t, app, { ...forwarded, ...evilHost }), relative, 'forwarded headers from an untrusted client')
  })

  t.test('behind a trusted proxy, links take the forwarded protocol and host', async (t) => {
    const app = await build(t, { trustProxy: true })
    const next = await nextOf(t, app, { ...forwarded, ...evilHost })
    t.match(next, /^https:\/\/api\.example\.com\/v1\/roles\?limit=2&cursor=[\w-]+$/)
    const followed = await app.inject({ url: pathAndQuery(next), headers: forwarded })
    t.equal(followed.statusCode, 200, 'the link leads to the next page')
    t.match(await nextOf(t, app, { 'x-forwarded-host': 'api.example.com' }), /^http:\/\/api\.example\.com\/v1\/roles\?/,
      'without X-Forwarded-Proto the connection\'s protocol')
    // The response cache keeps a response per origin: a proxied request's links are not served to others.
    t.match(await nextOf(t, app, { 'x-forwarded-host': 'other.example.com', 'x-forwarded-proto': 'https' }),
      /^https:\/\/other\.example\.com\/v1\/roles\?/)
    t.match(await nextOf(t, app, evilHost), relative, 'the Host header alone is not a proxy\'s')
    t.match(await nextOf(t, app, {}), relative)
  })

  t.test('a configured public base URL wins over forwarded headers', async (t) => {
    const app = await build(t, { trustProxy: true, publicBaseUrl: 'https://public.example.org/atlas' })
    const expected = /^https:\/\/public\.example\.org\/atlas\/v1\/roles\?limit=2&cursor=[\w-]+$/
    t.match(await nextOf(t, app, { ...forwarded, ...evilHost }), expected)
    t.match(await nextOf(t, app, {}), expected)
  })

  t.test('every list links the same way', async (t) => {
    const app = await build(t, { trustProxy: true })
    for (const list of ['skills', 'certifications', 'sources']) {
      t.match(await nextOf(t, app, forwarded, `/v1/${list}?limit=2`), new RegExp(`^https://api\\.example\\.com/v1/${list}\\?limit=2&cursor=`), list)
    }
  })
})
