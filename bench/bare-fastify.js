// The limit: a bare Fastify that answers each benchmarked request with the very bytes roleatlas
// sent for it (same status, body, content-type, content-encoding, ETag), from a Buffer in
// memory. Whatever roleatlas spends beyond this is its own work, not the framework's.
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'
import { responseKey } from './probe.js'

process.once('message', async ({ indexFile, bodiesFile }) => {
  try {
    const bodies = readFileSync(bodiesFile)
    // Keyed by URL and the request headers that select a representation, as roleatlas is.
    const responses = new Map(JSON.parse(readFileSync(indexFile, 'utf8')).map(({ key, status, headers, offset, length }) =>
      [key, { status, headers, body: status === 304 ? undefined : bodies.subarray(offset, offset + length) }]))
    const app = Fastify({ logger: false })
    app.get('/*', (request, reply) => {
      const found = responses.get(responseKey({ path: request.url, headers: request.headers }))
      if (found === undefined) return reply.code(404).send()
      reply.code(found.status).headers(found.headers).send(found.body)
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    process.send({ port: app.server.address().port })
  } catch (error) {
    process.send({ error: error.message })
  }
})

