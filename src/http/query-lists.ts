import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * A preValidation hook that accepts list parameters both as `a,b` and as `x=a&x=b`, by
 * splitting comma-separated values before the schema validates them as arrays.
 */
export function splitCommaSeparated (...names: string[]) {
  return function splitLists (request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
    const query = request.query as Record<string, unknown>
    for (const name of names) {
      const value = query[name]
      if (value === undefined) continue
      query[name] = [value].flat().flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter((item) => item !== '')
    }
    done()
  }
}
