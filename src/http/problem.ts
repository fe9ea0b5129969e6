import { STATUS_CODES } from 'node:http'
import { Type, type Static } from 'typebox'
import { ref } from './schema-builders.js'

// Every error response is an RFC 9457 problem document. Types are URNs: stable identifiers
// that clients can switch on, documented in the README and in this schema.
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export const problemTypes = {
  400: 'urn:roleatlas:problem:bad-request',
  404: 'urn:roleatlas:problem:not-found',
  405: 'urn:roleatlas:problem:method-not-allowed',
  406: 'urn:roleatlas:problem:not-acceptable',
  408: 'urn:roleatlas:problem:request-timeout',
  413: 'urn:roleatlas:problem:payload-too-large',
  414: 'urn:roleatlas:problem:uri-too-long',
  415: 'urn:roleatlas:problem:unsupported-media-type',
  431: 'urn:roleatlas:problem:request-header-fields-too-large',
  500: 'urn:roleatlas:problem:internal-error',
  503: 'urn:roleatlas:problem:service-unavailable'
} as const
const VALIDATION_PROBLEM_TYPE = 'urn:roleatlas:problem:invalid-parameters'

export const InvalidParameter = Type.Object({
  in: Type.Enum(['path', 'query', 'header', 'body'], { description: 'Where the parameter was sent.' }),
  name: Type.String({ description: 'The parameter, or a JSON pointer into the body.' }),
  reason: Type.String({ description: 'What is wrong with it.' })
}, { $id: 'InvalidParameter', additionalProperties: false })

export const Problem = Type.Object({
  type: Type.String({ description: 'Identifies the kind of problem.', examples: [problemTypes[404]] }),
  title: Type.String({ description: 'A short summary of the kind of problem.' }),
  status: Type.Integer({ minimum: 400, maximum: 599, description: 'The HTTP status code.' }),
  detail: Type.String({ description: 'What went wrong with this request.' }),
  instance: Type.Optional(Type.String({ description: 'The path and query of the request that failed.' })),
  request_id: Type.String({ description: 'The request id, also in the `x-request-id` response header; quote it in support requests.' }),
  errors: Type.Optional(Type.Array(ref(InvalidParameter), { description: 'Each invalid parameter, for a validation problem.' }))
}, {
  $id: 'Problem',
  description: 'An RFC 9457 problem document.',
  additionalProperties: false,
  examples: [{
    type: VALIDATION_PROBLEM_TYPE,
    title: 'Invalid parameters',
    status: 400,
    detail: 'query parameter "limit" must be <= 100',
    instance: '/v1/roles?limit=500',
    request_id: 'req-1',
    errors: [{ in: 'query', name: 'limit', reason: 'must be <= 100' }]
  }]
})
export type Problem = Static<typeof Problem>

/** An error that becomes a problem response with its own status and detail. */
export class HttpProblem extends Error {
  constructor (
    readonly statusCode: number,
    readonly detail: string,
    // RFC 9457's about:blank: a status with no meaning beyond its HTTP semantics.
    readonly type: string = problemTypes[statusCode as keyof typeof problemTypes] ?? 'about:blank',
    readonly title: string = STATUS_CODES[statusCode] ?? 'Error',
    readonly errors?: Problem['errors']
  ) {
    super(detail)
    this.name = 'HttpProblem'
  }
}

export class NotFoundError extends HttpProblem {
  constructor (resource: string, id: string) {
    super(404, `No ${resource} has the id "${id}".`)
  }
}

export class InvalidParametersError extends HttpProblem {
  constructor (errors: NonNullable<Problem['errors']>) {
    const detail = errors.map((error) => `${error.in === 'query' ? 'query parameter' : `${error.in} parameter`} "${error.name}" ${error.reason}`).join('; ')
    super(400, detail, VALIDATION_PROBLEM_TYPE, 'Invalid parameters', errors)
  }
}

const descriptions: Record<number, string> = {
  400: 'A parameter is invalid; `errors` names each one.',
  404: 'No resource has that id.',
  405: 'What any other method on this path gets (POST, PUT, PATCH, DELETE…): the path answers only GET, HEAD and OPTIONS, as `Allow` says.',
  406: 'The Accept header names no media type this operation can produce.',
  414: 'The URL or a path parameter is too long.',
  500: 'An unexpected error; the request id identifies it in the logs.',
  503: 'The service is shutting down or overloaded; retry on another instance.'
}

const allowHeader = { allow: Type.String({ description: 'The methods the path answers: `GET, HEAD, OPTIONS`.' }) }

/**
 * Problem responses for a route's `response` map: 400, 414, 500 and 503 can answer any
 * request (a malformed URL, an over-long one, a fault, a shutdown), and 405 any other method on
 * the same path; pass 404 for routes that look something up, 406 for those that negotiate.
 */
export function problemResponses (...extra: Array<404 | 406>) {
  return Object.fromEntries([400, ...extra, 405, 414, 500, 503].map((status) => [status, {
    description: descriptions[status],
    ...(status === 405 ? { headers: allowHeader } : {}),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ref(Problem) } }
  }])) as Record<number, { description: string, headers?: typeof allowHeader, content: Record<string, { schema: ReturnType<typeof ref<typeof Problem>> }> }>
}
