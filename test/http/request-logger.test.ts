import { test } from 'tap'
import { Writable } from 'node:stream'
import pino from 'pino'
import Fastify from 'fastify'
import { build } from '../helper.js'
import { createRequestLogger } from '../../src/http/request-logger.js'

/** Logger options at `level` whose lines are collected, parsed, in `lines`. */
function capturingLogger (level: string): { logger: { level: string, stream: Writable }, lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = []
  const stream = new Writable({
    write (chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    }
  })
  return { logger: { level, stream }, lines }
}

const flush = async (): Promise<void> => await new Promise(setImmediate)

test('request logs carry the request id at the levels that are enabled', async (t) => {
  const { logger, lines } = capturingLogger('info')
  const app = await build(t, { logger })
  const response = await app.inject({ url: '/v1/roles/therapeutic-assistant', headers: { 'x-request-id': 'trace-me' } })
  t.equal(response.statusCode, 200)
  await flush()
  const requestLines = lines.filter((line) => line.reqId === 'trace-me')
  t.same(requestLines.map((line) => line.msg), ['incoming request', 'request completed'])
})

test('at warn, a request that logs nothing writes nothing', async (t) => {
  const { logger, lines } = capturingLogger('warn')
  const app = await build(t, { logger })
  t.equal((await app.inject({ url: '/v1/roles/therapeutic-assistant' })).statusCode, 200)
  await flush()
  t.same(lines, [])
})

test('a request logger behaves as a pino child', async (t) => {
  const { logger, lines } = capturingLogger('info')
  const parent = pino({ level: logger.level }, logger.stream)
  const log = createRequestLogger.call(null as never, parent, { reqId: 'r1' }, {}, null as never)

  t.equal(log.level, 'info', 'its level is the parent\'s until it has one of its own')
  log.debug('hidden')
  log.info('shown')
  log.trace('hidden'); log.fatal('f'); log.error('e'); log.warn('w')
  log.silent('nothing')
  t.equal(log.level, 'info')

  log.level = 'debug'
  t.equal(log.level, 'debug', 'the level set on the request logger is its own')
  log.debug('now shown')
  log.child({ step: 'inner' }).info('from a child')
  await flush()

  t.same(lines.map((line) => [line.reqId, line.msg]), [
    ['r1', 'shown'], ['r1', 'f'], ['r1', 'e'], ['r1', 'w'], ['r1', 'now shown'], ['r1', 'from a child']
  ])
  t.equal(lines.at(-1)?.step, 'inner')
  t.equal(parent.level, 'info', "the parent's level is untouched")
})

test('with logging off, the request logger is the null logger', async (t) => {
  const app = Fastify({ childLoggerFactory: createRequestLogger })
  t.after(() => app.close())
  app.get('/log-probe', async (request) => {
    request.log.error('nothing listens')
    return { ok: true }
  })
  t.equal((await app.inject('/log-probe')).statusCode, 200)
})
