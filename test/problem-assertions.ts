import type { Test } from 'tap'
import type { LightMyRequestResponse } from 'fastify'

// The envelope every problem response shares (RFC 9457), asserted whole, for the error tests.

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'instance', 'request_id', 'errors']

export interface InvalidParameter { in: string, name: string, reason: string }
export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  request_id: string
  errors?: InvalidParameter[]
}

export interface ExpectedProblem {
  status: number
  type: string
  title: string
  detail?: string | RegExp
  /** Defaults to the request URL. */
  instance?: string
}

/** Asserts the envelope every problem response shares, and returns the body for more checks. */
export function assertProblem (t: Test, res: LightMyRequestResponse, url: string, expected: ExpectedProblem): ProblemBody {
  t.equal(res.statusCode, expected.status, 'status code')
  t.equal(res.headers['content-type'], PROBLEM_CONTENT_TYPE, 'problem+json content type')
  const body = res.json<ProblemBody>()
  t.equal(body.status, expected.status, 'status in the body matches the status code')
  t.equal(body.type, expected.type, 'type')
  t.equal(body.title, expected.title, 'title')
  t.type(body.detail, 'string', 'detail')
  t.ok(body.detail.length > 0, 'detail is not empty')
  if (expected.detail !== undefined) t.match(body.detail, expected.detail, 'detail')
  t.equal(body.instance, expected.instance ?? url, 'instance is the request path and query')
  t.type(body.request_id, 'string', 'request_id')
  t.ok(body.request_id.length > 0, 'request_id is not empty')
  t.equal(res.headers['x-request-id'], body.request_id, 'x-request-id header equals request_id')
  t.same(Object.keys(body).filter((key) => !PROBLEM_KEYS.includes(key)), [], 'no members beyond the Problem schema')
  return body
}

/** A 400 validation problem: names every invalid parameter in `errors`. */
export function assertInvalidParameters (
  t: Test,
  res: LightMyRequestResponse,
  url: string,
  expected: { in: string, name: string, reason?: string | RegExp }
): ProblemBody {
  const body = assertProblem(t, res, url, {
    status: 400,
    type: 'urn:roleatlas:problem:invalid-parameters',
    title: 'Invalid parameters'
  })
  t.ok(Array.isArray(body.errors) && body.errors.length > 0, 'errors lists the invalid parameters')
  const error = body.errors?.find((item) => item.name === expected.name)
  t.ok(error, `errors names "${expected.name}"`)
  t.equal(error?.in, expected.in, `"${expected.name}" is a ${expected.in} parameter`)
  t.type(error?.reason, 'string', 'each error has a reason')
  if (expected.reason !== undefined) t.match(error?.reason, expected.reason, 'reason')
  for (const item of body.errors ?? []) t.same(Object.keys(item).sort(), ['in', 'name', 'reason'], 'errors[] items are {in, name, reason}')
  t.match(body.detail, `"${expected.name}"`, 'detail names the parameter')
  return body
}
