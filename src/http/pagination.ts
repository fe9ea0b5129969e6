import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type, type TSchema } from 'typebox'
import { InvalidParametersError } from './problem.js'
import { nullable } from './schema-builders.js'

const MAX_PAGE_SIZE = 100

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20, description: 'Items per page, 1 to 100.' }),
  cursor: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 1024,
    description: 'Opaque cursor from a previous page\'s `next` link. Keep the other parameters unchanged.'
  }))
}

/** A page of items with the absolute URL of the next page, or null on the last page. */
export function Page<T extends TSchema> (item: T, id: string, description: string) {
  return Type.Object({
    data: Type.Array(item),
    next: nullable(Type.String({ format: 'uri-reference' }), {
      description: 'The next page, or null on the last page: an absolute URL when the server knows its public address ' +
        '(PUBLIC_BASE_URL, or a trusted proxy), otherwise a path relative to the API\'s origin. Also sent as `Link: <…>; rel="next"`.'
    })
  }, { $id: id, description, additionalProperties: false })
}

/** A cursor is the sort position of the last item served: the sort name, its value and the id. */
export type CursorPosition = [sort: string, value: string, id: string]

function encodeCursor (position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

function isCursorPosition (value: unknown): value is CursorPosition {
  return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string')
}

function decodeCursor (cursor: string, sort: string): CursorPosition {
  let position: unknown
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    position = undefined
  }
  if (!isCursorPosition(position)) {
    throw new InvalidParametersError([{ in: 'query', name: 'cursor', reason: 'is not a cursor issued by this API' }])
  }
  if (position[0] !== sort) {
    throw new InvalidParametersError([{ in: 'query', name: 'cursor', reason: `was issued for sort "${position[0]}", not "${sort}"` }])
  }
  return position
}

/** The request's own URL with `cursor` replaced: the link to the next page. */
function nextPageUrl (request: FastifyRequest, cursor: string | null): string | null {
  if (cursor === null) return null
  // Only the path and query are taken from the request; the origin comes from request.linkTo.
  const url = new URL(request.url, 'http://localhost')
  url.searchParams.set('cursor', cursor)
  return request.linkTo(url.pathname + url.search)
}

/** The position a `cursor` parameter points after, if one was given. */
export function positionAfter (cursor: string | undefined, sort: string): { value: string, id: string } | undefined {
  if (cursor === undefined) return undefined
  const [, value, id] = decodeCursor(cursor, sort)
  return { value, id }
}

/**
 * Splits the `limit + 1` rows a list query returned into the page to serve and the link to
 * the next one, which exists only when the extra row does; the link also goes in `Link`.
 */
export function splitPage<T> (
  request: FastifyRequest,
  reply: FastifyReply,
  rows: T[],
  limit: number,
  sort: string,
  position: (last: T) => [value: string, id: string]
): { page: T[], next: string | null } {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  const cursor = rows.length > limit && last !== undefined ? encodeCursor([sort, ...position(last)]) : null
  const next = nextPageUrl(request, cursor)
  if (next !== null) reply.header('link', `<${next}>; rel="next"`)
  return { page, next }
}
