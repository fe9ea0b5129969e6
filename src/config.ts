import { resolve } from 'node:path'
import { envSchema } from 'env-schema'
import { Type, type Static } from 'typebox'

export const DEFAULT_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400'
export const DEFAULT_DOCUMENT_CACHE_MB = 16
export const DEFAULT_RESPONSE_CACHE_MB = 8
const MIB = 1024 * 1024

const EnvironmentSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/roleatlas.db' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  // Honour X-Forwarded-* from a proxy in front, so that links carry the public URL it forwards.
  TRUST_PROXY: Type.Boolean({ default: false }),
  // The public origin (and path prefix, if any) of the API, for absolute links; without it links are relative.
  PUBLIC_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s?#]+$' })),
  // Comma-separated origins allowed to read the API from a browser; `*` allows any.
  CORS_ORIGINS: Type.String({ minLength: 1, default: '*' }),
  CACHE_CONTROL: Type.String({ minLength: 1, default: DEFAULT_CACHE_CONTROL }),
  // Memory each process gives encoded role documents, and encoded list and search responses, in MiB.
  DOCUMENT_CACHE_MB: Type.Integer({ minimum: 0, maximum: 65536, default: DEFAULT_DOCUMENT_CACHE_MB }),
  RESPONSE_CACHE_MB: Type.Integer({ minimum: 0, maximum: 65536, default: DEFAULT_RESPONSE_CACHE_MB })
})

export interface Config {
  port: number
  host: string
  databasePath: string
  logLevel: string
  trustProxy: boolean
  publicBaseUrl: string | null
  corsOrigins: '*' | string[]
  cacheControl: string
  documentCacheBytes: number
  responseCacheBytes: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads and validates the configuration; the only place that looks at the environment. */
export function readConfig (environment: NodeJS.ProcessEnv = process.env): Config {
  let values: Static<typeof EnvironmentSchema>
  try {
    values = envSchema<Static<typeof EnvironmentSchema>>({ schema: EnvironmentSchema, data: environment, dotenv: false })
  } catch (error) {
    // env-schema reports "env/PORT must be <= 65535": name the variable plainly.
    const message = (error as Error).message.replaceAll('env/', '')
    throw new ConfigError(`Invalid configuration: ${message}`)
  }
  const origins = values.CORS_ORIGINS.split(',').map((origin) => origin.trim())
  const badOrigin = origins.find((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin))
  if (badOrigin !== undefined) {
    throw new ConfigError(`Invalid configuration: CORS_ORIGINS must list origins such as https://careers.example.com or *, not "${badOrigin}"`)
  }
  return {
    port: values.PORT,
    host: values.HOST,
    databasePath: values.DATABASE_PATH === ':memory:' ? ':memory:' : resolve(values.DATABASE_PATH),
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    publicBaseUrl: values.PUBLIC_BASE_URL === undefined ? null : values.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    corsOrigins: origins.includes('*') ? '*' : origins,
    cacheControl: values.CACHE_CONTROL,
    documentCacheBytes: values.DOCUMENT_CACHE_MB * MIB,
    responseCacheBytes: values.RESPONSE_CACHE_MB * MIB
  }
}
