import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { chromium } from 'playwright-core'
import { buildApp } from '../src/app.js'

// A careers page on one origin reads a role from the API on another, in a real browser: the
// fetch passes CORS, the page reads the ETag, and revalidating with it gets a 304.

const CHROMIUM = '/usr/bin/chromium'

// The page a careers site would serve; it reports what it saw in window.result.
const page = (api: string): string => `<!doctype html>
<html><body><script type="module">
  const url = '${api}/v1/roles/therapeutic-assistant'
  const first = await fetch(url)
  const role = await first.json()
  const etag = first.headers.get('ETag')
  // A script-set If-None-Match bypasses the browser cache, so the server's answer is seen as sent.
  const second = await fetch(url, { headers: { 'If-None-Match': etag } })
  const ld = await fetch(url, { headers: { Accept: 'application/ld+json' } })
  window.result = {
    status: first.status, title: role.title, etag, lastModified: first.headers.get('Last-Modified'),
    revalidated: second.status, jsonLdType: (await ld.json())['@type']
  }
</script></body></html>`

async function listen (server: Server): Promise<number> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return (server.address() as AddressInfo).port
}

t.test('a page on another origin fetches a role, reads its ETag and revalidates to a 304', {
  // CI installs Chromium (.ci/run); elsewhere, say why nothing ran instead of failing.
  skip: !existsSync(CHROMIUM) && process.env['CI'] === undefined ? `${CHROMIUM} is not installed (apt-get install -y chromium)` : false
}, async (t) => {
  const app = await buildApp({ databasePath: ':memory:' })
  t.teardown(() => app.close())
  await app.listen({ port: 0, host: '127.0.0.1' })
  const api = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

  // The careers site: localhost is another origin than 127.0.0.1 to the browser.
  const site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(api))
  })
  const sitePort = await listen(site)
  t.teardown(() => site.close())

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  })
  t.teardown(() => browser.close())
  const tab = await browser.newPage()
  const errors: string[] = []
  tab.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()) })
  await tab.goto(`http://localhost:${sitePort}/`)
  await tab.waitForFunction(() => (globalThis as unknown as { result?: unknown }).result !== undefined, undefined, { timeout: 15_000 })
  const result = await tab.evaluate(() => (globalThis as unknown as { result: Record<string, unknown> }).result)

  t.same(errors, [], 'no CORS or script errors in the console')
  t.equal(result['status'], 200)
  t.equal(result['title'], 'Therapeutic Assistant')
  t.match(result['etag'], /^"[A-Za-z0-9_-]{22}(-br|-gzip)?"$/, 'the ETag is readable from script')
  t.ok(result['lastModified'], 'so is Last-Modified')
  t.equal(result['revalidated'], 304, 'revalidation answers 304')
  t.equal(result['jsonLdType'], 'Occupation')
})
