import type { Db } from '../db/connection.js'
import { BoundedCache } from './bounded-cache.js'
import type { ChangeClock } from './change-clock.js'
import { compress, contentHash, entityTag, type Coding } from '../http/representation.js'
import { roleIncludes, type RoleInclude } from '../roles/schemas.js'
import { findStoredBody, findStoredHash } from './queries.js'
import {
  JSON_LD_ELSEWHERE_VARIANT, JSON_LD_VARIANT, JSON_VARIANT, jsonLdLocationVariant, spliceRoleDocument, type PartRanges
} from './role-representations.js'

/** One coding of one role document, ready to send. */
export interface Representation {
  body: Buffer
  etag: string
  lastModified: Date
  /** Last-Modified as an HTTP date, formatted once. */
  lastModifiedHeader: string
  mediaType: string
  coding: Coding
}

interface Entry {
  representation: Representation
  /** The stored variant the bytes come from, and its hash when they were read. */
  variant: string
  hash: string
  /** The cache generation in which the entry was last known to be current. */
  generation: number
}

const allIncludes: readonly RoleInclude[] = roleIncludes

/**
 * The encoded bytes of role documents, kept in memory and served without touching their tables
 * while nothing has been written. Every lookup first asks the change clock whether any commit
 * happened since; if so, each cached entry is checked against its stored hash (a point lookup
 * without the bytes) before it is served again. Least recently used entries go beyond `maxBytes`.
 */
export class RoleDocumentCache {
  readonly #db: Db
  readonly #clock: ChangeClock
  readonly #entries: BoundedCache<Entry>

  constructor (db: Db, clock: ChangeClock, maxBytes: number) {
    this.#db = db
    this.#clock = clock
    this.#entries = new BoundedCache(maxBytes, (entry) => entry.representation.body.length)
  }

  /** The JSON document with the given parts embedded, or undefined when the role does not exist. */
  json (roleId: string, include: readonly RoleInclude[], coding: Coding): Representation | undefined {
    // In the document's own order, so that `a,b` and `b,a` share an entry.
    const parts = allIncludes.filter((part) => include.includes(part))
    const everything = parts.length === allIncludes.length
    const key = everything ? JSON_VARIANT : `${JSON_VARIANT}:${parts.join(',')}`
    return this.#lookup(roleId, key, coding, [JSON_VARIANT], (variant) =>
      everything ? this.#readStored(roleId, variant, coding) : this.#splice(roleId, parts, coding))
  }

  /** The JSON-LD document, for every place or for one (`location`), or undefined when the role does not exist. */
  jsonLd (roleId: string, location: string | null, coding: Coding): Representation | undefined {
    // A place with no figures of the role's is served the document without salaries.
    const variants = location === null ? [JSON_LD_VARIANT] : [jsonLdLocationVariant(location), JSON_LD_ELSEWHERE_VARIANT]
    return this.#lookup(roleId, variants[0]!, coding, variants, (variant) => this.#readStored(roleId, variant, coding))
  }

  #lookup (
    roleId: string, key: string, coding: Coding, variants: string[],
    load: (variant: string) => { representation: Representation, hash: string } | undefined
  ): Representation | undefined {
    const generation = this.#clock.now()
    const cacheKey = `${roleId}\u0000${key}\u0000${coding}`
    const entry = this.#entries.get(cacheKey)
    if (entry !== undefined) {
      if (entry.generation === generation || this.#stillCurrent(roleId, entry, variants)) {
        entry.generation = generation
        return entry.representation
      }
      this.#entries.delete(cacheKey)
    }
    for (const variant of variants) {
      const loaded = load(variant)
      if (loaded === undefined) continue
      this.#entries.set(cacheKey, { ...loaded, variant, generation })
      return loaded.representation
    }
    return undefined
  }

  /** Whether the stored variant an entry was read from is still the one to serve, with the same bytes. */
  #stillCurrent (roleId: string, entry: Entry, variants: string[]): boolean {
    for (const variant of variants) {
      const hash = findStoredHash(this.#db, roleId, variant)
      if (hash !== undefined) return variant === entry.variant && hash === entry.hash
    }
    return false
  }

  #readStored (roleId: string, variant: string, coding: Coding): { representation: Representation, hash: string } | undefined {
    const stored = findStoredBody(this.#db, roleId, variant, coding)
    if (stored === undefined) return undefined
    return { representation: representationOf(stored.body, entityTag(stored.hash, coding), stored.lastModified, stored.mediaType, coding), hash: stored.hash }
  }

  /** Cuts a document with fewer parts out of the stored full one; its tag is the hash of its own bytes. */
  #splice (roleId: string, include: readonly RoleInclude[], coding: Coding): { representation: Representation, hash: string } | undefined {
    const stored = findStoredBody(this.#db, roleId, JSON_VARIANT, 'identity')
    if (stored === undefined) return undefined
    const identity = spliceRoleDocument(stored.body, stored.parts as PartRanges, include)
    const body = coding === 'identity' ? identity : compress(identity, coding)
    const etag = entityTag(contentHash(identity), coding)
    return { representation: representationOf(body, etag, stored.lastModified, stored.mediaType, coding), hash: stored.hash }
  }

  /** Bytes held, for tests. */
  get size (): { entries: number, bytes: number } {
    return this.#entries.size
  }
}

function representationOf (body: Buffer, etag: string, lastModified: string, mediaType: string, coding: Coding): Representation {
  const date = new Date(lastModified)
  return { body, etag, lastModified: date, lastModifiedHeader: date.toUTCString(), mediaType, coding }
}
