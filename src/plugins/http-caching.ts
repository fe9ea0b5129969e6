import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  COMPRESSION_THRESHOLD, compress, contentHash, entityTag, isNotModified, negotiateCoding, type Coding
} from '../http/representation.js'
import { BoundedCache } from '../read-model/bounded-cache.js'
import type { Representation } from '../read-model/document-cache.js'

declare module 'fastify' {
  interface FastifyReply {
    /** Sends a stored representation as it is, or 304 when the client's copy is current. */
    sendRepresentation: (representation: Representation, vary: string) => FastifyReply
  }
  interface FastifyContextConfig {
    /**
     * `public` (the default): a cacheable read whose encoded response is kept until data changes.
     * `stored`: the handler sends stored representations itself. `no-store`: never cached (probes).
     */
    cache?: 'public' | 'stored' | 'no-store'
  }
}

export interface HttpCachingOptions {
  /** Cache-Control for successful public reads. */
  cacheControl: string
  /** Memory for encoded responses to public reads, in bytes. */
  responseCacheBytes: number
}

/** Adds a field to Vary without dropping what other plugins (CORS's `Origin`) put there. */
export function appendVary (reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary')
  if (current === undefined) {
    reply.header('vary', field)
  } else if (!String(current).toLowerCase().split(/\s*,\s*/).includes(field.toLowerCase())) {
    reply.header('vary', `${String(current)}, ${field}`)
  }
}

/** An encoded response to a public read, as sent, with the headers that describe it. */
interface CachedResponse {
  /** Bytes held: the body, the key and the headers, so that many small entries still count. */
  size: number
  body: Buffer
  etag: string
  coding: Coding
  contentType: string
  compressible: boolean
  link: string | undefined
}

const reads = new Set(['GET', 'HEAD'])
// Roughly what an entry's headers and bookkeeping take besides its body and key.
const ENTRY_OVERHEAD = 256

function sendCached (reply: FastifyReply, cached: CachedResponse, cacheControl: string): FastifyReply {
  if (cached.compressible) appendVary(reply, 'Accept-Encoding')
  if (cached.link !== undefined) reply.header('link', cached.link)
  reply.header('etag', cached.etag).header('cache-control', cacheControl)
  if (isNotModified(reply.request.headers, cached.etag)) return reply.code(304).send()
  if (cached.coding !== 'identity') reply.header('content-encoding', cached.coding)
  return reply.header('content-type', cached.contentType).send(cached.body)
}

/**
 * Conditional requests, content codings, Cache-Control and a response cache for every read.
 * Stored documents come with their tags and codings precomputed (`reply.sendRepresentation`).
 * Any other 200 is hashed and, above 1 KiB, compressed once, then kept by URL, coding and
 * link origin until the change clock moves, so that a repeated list or search costs a lookup.
 * Each coding has its own strong ETag (RFC 9110 §8.8.3.3).
 */
export default fp<HttpCachingOptions>(async function httpCaching (app, { cacheControl, responseCacheBytes }) {
  const responses = new BoundedCache<CachedResponse>(responseCacheBytes, (cached) => cached.size)
  let cachedGeneration = -1
  // The change clock when each request was looked up: a response computed while a commit landed is not kept.
  const lookedUpAt = new WeakMap<FastifyRequest, number>()
  const keyOf = (request: FastifyRequest, coding: Coding): string => `${request.linkTo('')}\u0000${request.url}\u0000${coding}`

  app.decorateReply('sendRepresentation', function sendRepresentation (this: FastifyReply, representation: Representation, vary: string) {
    appendVary(this, vary)
    this.header('etag', representation.etag)
    this.header('last-modified', representation.lastModifiedHeader)
    this.header('cache-control', cacheControl)
    if (isNotModified(this.request.headers, representation.etag, representation.lastModified)) {
      return this.code(304).send()
    }
    this.header('content-type', representation.mediaType)
    if (representation.coding !== 'identity') this.header('content-encoding', representation.coding)
    return this.send(representation.body)
  })

  // After validation, so that only valid requests are looked up (and a bad one still gets its 400).
  app.addHook('preHandler', (request, reply, done) => {
    if (!reads.has(request.method) || (request.routeOptions.config.cache ?? 'public') !== 'public') {
      done()
      return
    }
    const generation = app.changeClock.now()
    if (generation !== cachedGeneration) {
      // Any write may change any list or search: start afresh.
      responses.clear()
      cachedGeneration = generation
    }
    lookedUpAt.set(request, generation)
    const cached = responses.get(keyOf(request, negotiateCoding(request.headers['accept-encoding'])))
    if (cached === undefined) done()
    else sendCached(reply, cached, cacheControl)
  })

  app.addHook('onSend', (request, reply, payload, done) => {
    if (!reads.has(request.method)) {
      done(null, payload)
      return
    }
    const policy = request.routeOptions.config.cache ?? 'public'
    if (reply.statusCode >= 400 || policy === 'no-store') {
      reply.header('cache-control', 'no-store')
      done(null, payload)
      return
    }
    // Stored representations and cache hits (Buffers with their tag), and files streamed with their own validators, are sent as they are.
    if (reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('etag')) {
      done(null, payload)
      return
    }
    done(null, encodeResponse(request, reply, payload, policy))
  })

  /** Hashes, compresses, keeps and sends (or answers 304 for) a response built for this request. */
  function encodeResponse (request: FastifyRequest, reply: FastifyReply, payload: string, policy: string): Buffer | null {
    reply.header('cache-control', cacheControl)
    const identity = Buffer.from(payload)
    const compressible = identity.length >= COMPRESSION_THRESHOLD
    const coding: Coding = compressible ? negotiateCoding(request.headers['accept-encoding']) : 'identity'
    if (compressible) appendVary(reply, 'Accept-Encoding')
    const etag = entityTag(contentHash(identity), coding)
    const body = coding === 'identity' ? identity : compress(identity, coding)
    if (policy === 'public' && lookedUpAt.get(request) === app.changeClock.now()) {
      const link = reply.getHeader('link')
      const key = keyOf(request, coding)
      responses.set(key, {
        size: body.length + key.length + ENTRY_OVERHEAD,
        body,
        etag,
        coding,
        contentType: String(reply.getHeader('content-type')),
        compressible,
        link: link === undefined ? undefined : String(link)
      })
    }
    reply.header('etag', etag)
    if (isNotModified(request.headers, etag)) {
      // No body, so no Content-Length or Content-Type either (RFC 9110 §15.4.5).
      reply.code(304).removeHeader('content-type')
      return null
    }
    if (coding !== 'identity') reply.header('content-encoding', coding)
    return body
  }
}, { name: 'http-caching', dependencies: ['read-model', 'public-links'] })
