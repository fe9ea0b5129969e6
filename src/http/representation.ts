import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { Negotiator } from '@fastify/accept-negotiator'

// Representations, content codings and conditional requests (RFC 9110 §8.4, §8.8, §13),
// shared by the stored role documents and by responses built per request.

export const codings = ['br', 'gzip', 'identity'] as const
export type Coding = typeof codings[number]

/** Responses smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024

// Quality 5 is within 5% of brotli's best size on a role document at a fiftieth of the time
// of quality 11, which matters when a bulk load builds thousands of documents.
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }
const GZIP_OPTIONS = { level: 9 }

// In order of preference, so that a client accepting both gets br, and `*` means br. No
// result cache: headers are client-controlled, and parsing one costs less than a map would.
const encodingNegotiator = new Negotiator<Coding>({ supportedValues: [...codings] })

/** The content coding to send for an Accept-Encoding header (identity when absent or unmatched). */
export function negotiateCoding (acceptEncoding: string | undefined): Coding {
  if (acceptEncoding === undefined) return 'identity'
  return encodingNegotiator.negotiate(acceptEncoding.toLowerCase()) ?? 'identity'
}

/** A hash of a representation's bytes: 128 bits of SHA-256, base64url. */
export function contentHash (bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 22)
}

/**
 * The strong entity tag of one content coding of a representation. Codings of the same content
 * get distinct tags (RFC 9110 §8.8.3.3), derived from the hash of the identity bytes.
 */
export function entityTag (hash: string, coding: Coding): string {
  return coding === 'identity' ? `"${hash}"` : `"${hash}-${coding}"`
}

export function compress (identity: Buffer, coding: Exclude<Coding, 'identity'>): Buffer {
  return coding === 'br' ? brotliCompressSync(identity, BROTLI_OPTIONS) : gzipSync(identity, GZIP_OPTIONS)
}

/**
 * If-None-Match (RFC 9110 §13.1.2): true when the header lists the current tag (weak comparison)
 * or is `*`, that is when the client's copy is current.
 */
export function ifNoneMatchHolds (header: string, etag: string): boolean {
  // What a cache revalidating its one copy sends, answered without parsing.
  if (header === etag) return true
  if (header.trim() === '*') return true
  for (const candidate of header.split(',')) {
    const tag = candidate.trim()
    if (tag === etag || tag === `W/${etag}`) return true
  }
  return false
}

/**
 * If-Modified-Since (RFC 9110 §13.1.3), evaluated only without If-None-Match: true when the
 * representation has not changed since the given date (HTTP dates have whole seconds).
 */
export function notModifiedSince (header: string, lastModified: Date): boolean {
  const since = Date.parse(header)
  if (Number.isNaN(since)) return false
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
}

/** Whether a GET or HEAD may answer 304 Not Modified for this representation (RFC 9110 §13.2.2). */
export function isNotModified (headers: { 'if-none-match'?: string, 'if-modified-since'?: string }, etag: string, lastModified?: Date): boolean {
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch !== undefined) return ifNoneMatchHolds(ifNoneMatch, etag)
  const ifModifiedSince = headers['if-modified-since']
  return ifModifiedSince !== undefined && lastModified !== undefined && notModifiedSince(ifModifiedSince, lastModified)
}
