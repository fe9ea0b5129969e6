import t from 'tap'
import { resolve } from 'node:path'
import { ConfigError, readConfig } from '../src/config.js'

const MIB = 1024 * 1024

t.test('defaults', async (t) => {
  t.same(readConfig({}), {
    port: 3000,
    host: '0.0.0.0',
    databasePath: resolve('data/roleatlas.db'),
    logLevel: 'info',
    trustProxy: false,
    publicBaseUrl: null,
    corsOrigins: '*',
    cacheControl: 'public, max-age=300, stale-while-revalidate=86400',
    documentCacheBytes: 16 * MIB,
    responseCacheBytes: 8 * MIB
  })
})

t.test('reads every variable', async (t) => {
  t.same(readConfig({
    PORT: '8080',
    HOST: '127.0.0.1',
    DATABASE_PATH: ':memory:',
    LOG_LEVEL: 'debug',
    TRUST_PROXY: 'true',
    PUBLIC_BASE_URL: 'https://api.example.com/roleatlas',
    CORS_ORIGINS: 'https://careers.example.com, http://localhost:5173',
    CACHE_CONTROL: 'public, max-age=60',
    DOCUMENT_CACHE_MB: '8',
    RESPONSE_CACHE_MB: '0'
  }), {
    port: 8080,
    host: '127.0.0.1',
    databasePath: ':memory:',
    logLevel: 'debug',
    trustProxy: true,
    publicBaseUrl: 'https://api.example.com/roleatlas',
    corsOrigins: ['https://careers.example.com', 'http://localhost:5173'],
    cacheControl: 'public, max-age=60',
    documentCacheBytes: 8 * MIB,
    responseCacheBytes: 0
  })
})

t.test('PUBLIC_BASE_URL loses its trailing slashes, so that links do not get two', async (t) => {
  t.equal(readConfig({ PUBLIC_BASE_URL: 'https://api.example.com/' }).publicBaseUrl, 'https://api.example.com')
  t.equal(readConfig({ PUBLIC_BASE_URL: 'http://api.example.com/v//' }).publicBaseUrl, 'http://api.example.com/v')
})

t.test('a * anywhere in CORS_ORIGINS allows any origin', async (t) => {
  t.equal(readConfig({ CORS_ORIGINS: 'https://a.example, *' }).corsOrigins, '*')
  t.same(readConfig({ CORS_ORIGINS: 'https://a.example' }).corsOrigins, ['https://a.example'])
})

t.test('a bad value is an error naming the variable', async (t) => {
  t.throws(() => readConfig({ PORT: '70000' }), new ConfigError('Invalid configuration: PORT must be <= 65535'))
  t.throws(() => readConfig({ PORT: 'abc' }), { name: 'ConfigError', message: /PORT must be integer/ })
  t.throws(() => readConfig({ LOG_LEVEL: 'loud' }), { message: /LOG_LEVEL must be equal to one of the allowed values/ })
  t.throws(() => readConfig({ TRUST_PROXY: 'maybe' }), { message: /TRUST_PROXY must be boolean/ })
  t.throws(() => readConfig({ DATABASE_PATH: '' }), { message: /DATABASE_PATH/ })
  for (const url of ['ftp://api.example.com', 'api.example.com', 'https://api.example.com/?x=1', 'https://api.example.com/#top', 'https://api example.com']) {
    t.throws(() => readConfig({ PUBLIC_BASE_URL: url }), { name: 'ConfigError', message: /PUBLIC_BASE_URL must match pattern/ }, url)
  }
  t.throws(() => readConfig({ CACHE_CONTROL: '' }), { message: /CACHE_CONTROL/ })
  t.throws(() => readConfig({ DOCUMENT_CACHE_MB: '-1' }), { message: /DOCUMENT_CACHE_MB must be >= 0/ })
  t.throws(() => readConfig({ RESPONSE_CACHE_MB: 'lots' }), { message: /RESPONSE_CACHE_MB must be integer/ })
})

t.test('CORS_ORIGINS must list origins, each validated', async (t) => {
  for (const bad of ['careers.example.com', 'https://careers.example.com/jobs', 'https://a.example,', 'ftp://a.example']) {
    const badOrigin = bad === 'https://a.example,' ? '' : bad
    t.throws(() => readConfig({ CORS_ORIGINS: bad }), new ConfigError(
      `Invalid configuration: CORS_ORIGINS must list origins such as https://careers.example.com or *, not "${badOrigin}"`), bad)
  }
})
