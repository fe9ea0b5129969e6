import t from 'tap'
import { resolve } from 'node:path'
import { ConfigError, readConfig } from '../src/config.js'

t.test('defaults', async (t) => {
  t.same(readConfig({}), {
    port: 3000,
    host: '0.0.0.0',
    databasePath: resolve('data/roleatlas.db'),
    logLevel: 'info',
    trustProxy: false
  })
})

t.test('reads every variable', async (t) => {
  t.same(readConfig({ PORT: '8080', HOST: '127.0.0.1', DATABASE_PATH: ':memory:', LOG_LEVEL: 'debug', TRUST_PROXY: 'true' }), {
    port: 8080,
    host: '127.0.0.1',
    databasePath: ':memory:',
    logLevel: 'debug',
    trustProxy: true
  })
})

t.test('a bad value is an error naming the variable', async (t) => {
  t.throws(() => readConfig({ PORT: '70000' }), new ConfigError('Invalid configuration: PORT must be <= 65535'))
  t.throws(() => readConfig({ PORT: 'abc' }), { name: 'ConfigError', message: /PORT must be integer/ })
  t.throws(() => readConfig({ LOG_LEVEL: 'loud' }), { message: /LOG_LEVEL must be equal to one of the allowed values/ })
  t.throws(() => readConfig({ TRUST_PROXY: 'maybe' }), { message: /TRUST_PROXY must be boolean/ })
  t.throws(() => readConfig({ DATABASE_PATH: '' }), { message: /DATABASE_PATH/ })
})
