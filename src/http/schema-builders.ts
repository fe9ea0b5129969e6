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

/** A 200 response: a shared schema, what it is, and an example for the OpenAPI document. */
export function okResponse<T extends TSchema> (schema: T, description: string, example: Static<T>) {
  return { description, content: { 'application/json': { schema: ref(schema), example } } }
}

export function nullable<T extends TSchema> (schema: T) {
  return Type.Union([schema, Type.Null()])
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
 * OpenAPI document and generated clients say so) while handlers still see them filled in.
 */
export function querystring<T extends TObject> (schema: T): T {
  const required = (schema.required ?? []).filter((name) => (schema.properties[name] as { default?: unknown }).default === undefined)
  Object.assign(schema, { required })
  return schema
}
