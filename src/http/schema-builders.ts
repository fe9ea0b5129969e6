import { Type, type Static, type TObject, type TSchema, type TUnsafe } from 'typebox'

/**
 * A `$ref` to a shared schema (registered with `app.addSchema`) that keeps the referenced
 * schema's static type, so handlers stay type-checked while the OpenAPI document gets a
 * named component instead of an inline copy.
 */
export function ref<T extends TSchema> (schema: T): TUnsafe<Static<T>> {
  const id = (schema as { $id?: unknown }).$id
  if (typeof id !== 'string') throw new TypeError('ref() needs a schema with an $id')
  return Type.Unsafe<Static<T>>(Type.Ref(id))
}

const header = (description: string) => Type.String({ description })

/** Headers every successful read carries. */
export const readHeaders = {
  'x-request-id': header('The request id: the caller\'s own `x-request-id` when it sent a plain token, otherwise a new one.'),
  etag: header('The strong entity tag of this representation; each content coding has its own. Send it in `If-None-Match` to revalidate.'),
  'cache-control': header('How long caches may keep the response: by default `public, max-age=300, stale-while-revalidate=86400` (`CACHE_CONTROL`).'),
  vary: header('The request headers the response depends on: `Accept-Encoding` when it can be compressed, `Accept` where JSON-LD is offered, `Origin` with a CORS allow-list.'),
  'content-encoding': header('`br` or `gzip` when the response is compressed (above 1 KiB, as `Accept-Encoding` allows).')
}

/** The header of a paginated list. */
export const linkHeader = { link: header('`<next page>; rel="next"` (RFC 8288) while there is a next page, as `next` in the body.') }

/** A 200 response: a shared schema, what it is, and an example for the OpenAPI document. */
export function okResponse<T extends TSchema> (schema: T, description: string, example: Static<T>, headers: Record<string, TSchema> = {}) {
  return { description, headers: { ...readHeaders, ...headers }, content: { 'application/json': { schema: ref(schema), example } } }
}

/** 304: the client's copy (named by If-None-Match, or dated by If-Modified-Since) is current. */
export function notModifiedResponse (headers: Record<string, TSchema> = {}) {
  const { 'content-encoding': _encoding, ...kept } = readHeaders
  return {
    description: 'Not Modified: the representation the client holds (If-None-Match, or If-Modified-Since where offered) is current. No body.',
    type: 'null',
    headers: { ...kept, ...headers }
  }
}

const primitiveTypes = new Set(['string', 'number', 'integer', 'boolean'])

/**
 * The schema or null. A primitive becomes `type: [<type>, "null"]` rather than an `anyOf`: the
 * serializer writes it directly, where an `anyOf` costs a validation per value.
 */
export function nullable<T extends TSchema> (schema: T, options: { description?: string } = {}): TUnsafe<Static<T> | null> {
  const type = (schema as { type?: unknown }).type
  if (typeof type === 'string' && primitiveTypes.has(type)) return Type.Unsafe<Static<T> | null>({ ...schema, ...options, type: [type, 'null'] })
  return Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()], options))
}

/** Bookkeeping every entity carries, for optimistic concurrency and incremental sync. */
export const entityProperties = {
  version: Type.Integer({ minimum: 1, description: 'Starts at 1 and goes up by one on every change.', examples: [1] }),
  created_at: Type.String({ format: 'date-time', description: 'When the entity was created (UTC).' }),
  updated_at: Type.String({ format: 'date-time', description: 'When the entity last changed (UTC).' })
}

export const sourceIdProperty = Type.String({
  description: 'The document this fact is taken from; see `GET /v1/sources/{id}`.',
  examples: ['000_4694b98c1c2a5003']
})

export const Slug = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 100,
  description: 'A stable, lower-case, hyphenated id.'
})

/**
 * A querystring schema in which parameters that have a default are optional to callers (the
 * OpenAPI document and generated clients say so) while handlers still see them filled in, and
 * any other parameter is refused: a misspelt or unsupported filter must not silently match all.
 */
export function querystring<T extends TObject> (schema: T): T {
  const required = (schema.required ?? []).filter((name) => (schema.properties[name] as { default?: unknown }).default === undefined)
  Object.assign(schema, { required, additionalProperties: false })
  return schema
}

/** The querystring of an operation that takes no parameters. */
export const NoQuery = Type.Object({}, { additionalProperties: false })
