import net, { type AddressInfo } from 'node:net'
import { once } from 'node:events'
import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build } from './helper.js'
import { PROBLEM_CONTENT_TYPE, UUID, type ProblemBody } from './problem-assertions.js'

// Errors on the connection itself, before or around a request: answered on a real socket.

/** Starts the app on an ephemeral port and returns the port. */
async function listen (app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return (app.server.address() as AddressInfo).port
}

interface RawResponse {
  status: number
  statusText: string
  headers: Record<string, string>
  body: string
}

/** Splits raw HTTP/1.1 bytes into responses; bodies are delimited by content-length. */
function parseResponses (raw: string): RawResponse[] {
  const responses: RawResponse[] = []
  let rest = raw
  while (rest.length > 0) {
    const headEnd = rest.indexOf('\r\n\r\n')
    if (headEnd === -1) throw new Error(`incomplete response head: ${JSON.stringify(rest)}`)
    const [statusLine = '', ...headerLines] = rest.slice(0, headEnd).split('\r\n')
    const match = /^HTTP\/1\.1 (\d{3}) (.*)$/.exec(statusLine)
    if (match === null) throw new Error(`not a status line: ${JSON.stringify(statusLine)}`)
    const headers: Record<string, string> = {}
    for (const line of headerLines) {
      const colon = line.indexOf(':')
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
    const length = Number(headers['content-length'] ?? 0)
    const bodyStart = headEnd + 4
    responses.push({ status: Number(match[1]), statusText: match[2] ?? '', headers, body: rest.slice(bodyStart, bodyStart + length) })
    rest = rest.slice(bodyStart + length)
  }
  return responses
}

/** Writes raw bytes on a fresh connection and collects everything until the server closes it. */
async function rawExchange (port: number, data: string): Promise<string> {
  const socket = net.connect(port, '127.0.0.1')
  socket.setEncoding('utf8')
  let received = ''
  socket.on('data', (chunk: string) => { received += chunk })
  // The server may reset the connection after answering, while we are still writing: what
  // arrived before the reset is the answer.
  socket.on('error', () => {})
  await once(socket, 'connect')
  socket.write(data)
  await once(socket, 'close')
  return received
}

t.test('requests that arrive while the server is closing answer 503', async (t) => {
  const app = await build(t)
  const port = await listen(app)
  const socket = net.connect(port, '127.0.0.1')
  socket.setEncoding('utf8')
  let received = ''
  socket.on('data', (chunk: string) => { received += chunk })
  await once(socket, 'connect')

  // A request whose body is still arriving keeps the connection active, so close() cannot
  // reap it as idle; a second request pipelined behind it then arrives during shutdown.
  const arrived = once(app.server, 'request')
  socket.write('POST /v1/roles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{')
  await arrived
  // Its onRequest hooks are promise chains: let them finish before shutdown starts.
  await new Promise((resolve) => setImmediate(resolve))

  // Fastify calls server.close() right after the preClose hooks, where the plugin sets its flag.
  const preCloseDone = new Promise<void>((resolve) => {
    const server = app.server
    const close = server.close.bind(server)
    server.close = ((callback?: (error?: Error) => void) => {
      resolve()
      return close(callback)
    }) as typeof server.close
  })
  const closed = app.close()
  await preCloseDone

  socket.write('}GET /v1/roles?limit=1 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: during-shutdown\r\n\r\n')
  await once(socket, 'close')
  await closed

  const responses = parseResponses(received)
  t.equal(responses.length, 2, 'both requests are answered')
  t.equal(responses[0]?.status, 405, 'the request that arrived before shutdown is answered as usual (POST is not allowed)')
  const res = responses[1]
  t.equal(res?.status, 503)
  t.equal(res?.headers['connection'], 'close', 'connection: close sends the client elsewhere')
  t.equal(res?.headers['content-type'], PROBLEM_CONTENT_TYPE)
  t.equal(res?.headers['x-request-id'], 'during-shutdown')
  t.same(JSON.parse(res?.body ?? 'null'), {
    type: 'urn:roleatlas:problem:service-unavailable',
    title: 'Service Unavailable',
    status: 503,
    detail: 'The server is shutting down; retry the request.',
    instance: '/v1/roles?limit=1',
    request_id: 'during-shutdown'
  })
})

t.test('client errors Node raises before a request exists', async (t) => {
  const app = await build(t)
  const port = await listen(app)

  const assertRawProblem = (t: Test, raw: string, status: number, statusText: string, type: string, detail: string): void => {
    const responses = parseResponses(raw)
    t.equal(responses.length, 1, 'one response, then the connection closes')
    const res = responses[0]
    t.equal(res?.status, status)
    t.equal(res?.statusText, statusText)
    t.equal(res?.headers['content-type'], 'application/problem+json')
    t.equal(res?.headers['connection'], 'close')
    const body = JSON.parse(res?.body ?? 'null') as ProblemBody
    t.same(body, { type, title: statusText, status, detail, request_id: body.request_id }, 'a problem document without instance')
    t.match(body.request_id, UUID, 'request_id is a fresh UUID')
    t.equal(res?.headers['x-request-id'], body.request_id, 'x-request-id header equals request_id')
  }

  t.test('a request head over 16 KiB answers 431', async (t) => {
    const raw = await rawExchange(port, `GET /v1/roles HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(17 * 1024)}\r\n\r\n`)
    assertRawProblem(t, raw, 431, 'Request Header Fields Too Large', 'urn:roleatlas:problem:request-header-fields-too-large',
      'The request line and headers exceed the 16 KiB limit.')
  })

  t.test('bytes that are not HTTP answer 400', async (t) => {
    const raw = await rawExchange(port, 'this is not HTTP at all\r\n\r\n')
    assertRawProblem(t, raw, 400, 'Bad Request', 'urn:roleatlas:problem:bad-request', 'The request is not valid HTTP.')
  })

  // Node raises these two from timers and from the network, not from bytes a client can send
  // on cue (the request timeout is 5 minutes), so the test raises the same 'clientError'
  // Node would, on a real connection's server-side socket.
  const clientErrorOnOpenConnection = async (code: string, prepare?: (server: net.Socket) => void) => {
    const serverSide = once(app.server, 'connection') as Promise<[net.Socket]>
    const socket = net.connect(port, '127.0.0.1')
    socket.setEncoding('utf8')
    let received = ''
    socket.on('data', (chunk: string) => { received += chunk })
    const closed = once(socket, 'close')
    const [server] = await serverSide
    prepare?.(server)
    app.server.emit('clientError', Object.assign(new Error(code), { code }), server)
    return { socket, server, closed, received: () => received }
  }

  t.test('a request not received in time answers 408', async (t) => {
    const { closed, received } = await clientErrorOnOpenConnection('ERR_HTTP_REQUEST_TIMEOUT')
    await closed
    assertRawProblem(t, received(), 408, 'Request Timeout', 'urn:roleatlas:problem:request-timeout', 'The request was not received in time.')
  })

  t.test('a connection the client reset gets no answer', async (t) => {
    const { socket, server, closed, received } = await clientErrorOnOpenConnection('ECONNRESET')
    t.notOk(server.destroyed, 'the handler leaves the socket to Node')
    socket.end()
    await closed
    t.equal(received(), '', 'nothing is written to a reset connection')
  })

  // Node can report an error on a socket that is already half-closed or gone; the handler
  // must then answer nothing rather than write to it.
  t.test('a socket that can no longer be written to gets no answer, and is closed', async (t) => {
    const { server, closed, received } = await clientErrorOnOpenConnection('HPE_INVALID_METHOD', (server) => { server.end() })
    await closed
    t.ok(server.destroyed, 'the handler destroys the socket')
    t.equal(received(), '', 'nothing is written after the server ended its side')
  })

  t.test('a socket already destroyed is left alone', async (t) => {
    const { closed, received } = await clientErrorOnOpenConnection('HPE_INVALID_METHOD', (server) => { server.destroy() })
    await closed
    t.equal(received(), '', 'nothing is written')
  })

  t.test('the server keeps serving after client errors', async (t) => {
    const raw = await rawExchange(port, 'GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
    const [res] = parseResponses(raw)
    t.equal(res?.status, 200)
    t.same(JSON.parse(res?.body ?? 'null'), { status: 'ok' })
  })
})
