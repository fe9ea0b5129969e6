import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'

type SerializerFactory = ReturnType<typeof SerializerSelector>

/** Every `$ref` in a schema, as the $id it names. */
function refsIn (value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, found)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.add(item)
      else refsIn(item, found)
    }
  }
  return found
}

/** The shared schemas a schema refers to, directly or through one another. */
function referencedSchemas (schema: unknown, shared: Record<string, unknown>): Record<string, unknown> {
  const closure: Record<string, unknown> = {}
  const pending = [...refsIn(schema, new Set())]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id in closure || !(id in shared)) continue
    closure[id] = shared[id]
    pending.push(...refsIn(shared[id], new Set()))
  }
  return closure
}

/**
 * Fastify's serializer factory, made cheaper to start: each distinct response schema is compiled
 * once (every route repeats the problem schemas for its error statuses, and every GET route has a
 * HEAD twin with the same schemas), and with only the shared schemas it refers to, since the
 * compiler checks every shared schema it is given on every compilation.
 */
export function buildSharedSerializers (): SerializerFactory {
  const buildSerializers = SerializerSelector()
  return (externalSchemas, options) => {
    // Fastify passes every schema added with addSchema, keyed by $id.
    const shared = externalSchemas as Record<string, unknown>
    const compiled = new Map<string, ReturnType<ReturnType<SerializerFactory>>>()
    return (route) => {
      const key = JSON.stringify(route.schema)
      let serialize = compiled.get(key)
      if (serialize === undefined) {
        serialize = buildSerializers(referencedSchemas(route.schema, shared), options)(route)
        compiled.set(key, serialize)
      }
      return serialize
    }
  }
}
