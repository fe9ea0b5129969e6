import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  HttpProblem,
  InvalidParametersError,
  PROBLEM_CONTENT_TYPE,
  problemTypes,
  type Problem
} from '../http/problem.js'
import { REQUEST_ID_HEADER } from './request-id.js'

// Longer URLs are refused with 414 before routing; Node itself refuses request heads over 16 KiB.
const MAX_URL_LENGTH = 8192

const parameterLocations = { querystring: 'query', params: 'path', headers: 'header', body: 'body' } as const

interface AjvError {
  instancePath: string
  message?: string
  params: Record<string, unknown>
}

function invalidParameters (error: FastifyError): InvalidParametersError {
  const location = parameterLocations[error.validationContext as keyof typeof parameterLocations]
  // Ajv runs with allErrors off, as Fastify recommends for speed: it reports the first invalid
  // parameter it meets.
  const errors = (error.validation as AjvError[]).map((issue) => {
    // The parameter is the missing property, or the first step of the path to the bad value
    // (`/include/1` is the parameter `include`).
    const missing = issue.params['missingProperty']
    const unknown = issue.params['additionalProperty']
    if (typeof unknown === 'string') return { in: location, name: unknown, reason: 'is not a parameter of this operation' }
    const name = typeof missing === 'string' ? missing : issue.instancePath.slice(1).split('/')[0]!
    const allowed = issue.params['allowedValues']
    const reason = Array.isArray(allowed)
      ? `must be one of: ${allowed.join(', ')}`
      : typeof missing === 'string' ? 'is required' : String(issue.message)
    return { in: location, name, reason }
  })
  return new InvalidParametersError(errors)
}

function toProblem (error: FastifyError | HttpProblem, request: FastifyRequest): Problem {
  let problem: HttpProblem
  if (error instanceof HttpProblem) {
    problem = error
  } else if (Array.isArray(error.validation)) {
    problem = invalidParameters(error)
  } else if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    // The framework's own 4xx errors (bad URL, body too large, unsupported media type, bad JSON)
    // carry a message fit for the caller.
    problem = new HttpProblem(error.statusCode, error.message)
  } else {
    problem = new HttpProblem(500, 'The server failed to answer this request. The request id identifies it in the logs.')
  }
  return {
    type: problem.type,
    title: problem.title,
    status: problem.statusCode,
    detail: problem.detail,
    instance: request.url,
    request_id: String(request.id),
    ...(problem.errors === undefined ? {} : { errors: problem.errors })
  }
}

function sendProblem (reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .header(REQUEST_ID_HEADER, problem.request_id)
    .send(problem)
}

function handleError (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(error, request)
  // A deliberate 5xx (shutting down, warming up) is expected; anything else is a fault to look into.
  if (problem.status >= 500 && !(error instanceof HttpProblem)) request.log.error({ err: error }, 'request failed')
  return sendProblem(reply, problem)
}

/** Fastify's `frameworkErrors` option: a malformed URL or an over-long path parameter. */
export function handleFrameworkError (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  handleError(error, request, reply)
}

/**
 * Fastify's `clientErrorHandler` option: errors Node raises before there is a request, such as
 * a request head over the size limit. Answered on the raw socket.
 */
export function handleClientError (this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
  const problem: Problem = {
    type: problemTypes[status],
    title: STATUS_CODES[status]!,
    status,
    detail: status === 431
      ? 'The request line and headers exceed the 16 KiB limit.'
      : status === 408 ? 'The request was not received in time.' : 'The request is not valid HTTP.',
    request_id: randomUUID()
  }
  this.log.debug({ err: error, requestId: problem.request_id }, 'client error')
  const body = JSON.stringify(problem)
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n${REQUEST_ID_HEADER}: ${problem.request_id}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy()
}

/** Turns every error, and every unknown route, into an RFC 9457 problem response. */
export default fp(async function problemDetails (app) {
  let closing = false
  app.addHook('preClose', async () => { closing = true })

  app.addHook('onRequest', (request, reply, done) => {
    if (closing) {
      // Tell the client (and a load balancer) to go elsewhere while in-flight requests finish.
      reply.header('connection', 'close')
      done(new HttpProblem(503, 'The server is shutting down; retry the request.'))
    } else if (request.url.length > MAX_URL_LENGTH) {
      done(new HttpProblem(414, `The URL is ${request.url.length} characters long; the limit is ${MAX_URL_LENGTH}.`))
    } else {
      done()
    }
  })

  app.setErrorHandler(handleError)

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?', 1)[0]!
    const allowed = app.allowedMethods(request.url)
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '))
      throw new HttpProblem(405, `${request.method} is not allowed on ${path}; it answers ${allowed.join(', ')}.`)
    }
    throw new HttpProblem(404, `No route matches ${request.method} ${path}.`, problemTypes[404], 'Not Found')
  })
}, { name: 'problem-details', dependencies: ['allowed-methods'] })
