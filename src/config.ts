import { resolve } from 'node:path'
import { envSchema } from 'env-schema'
import { Type, type Static } from 'typebox'

const EnvironmentSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/roleatlas.db' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  // Honour X-Forwarded-* from a proxy in front, so that pagination links carry the public URL.
  TRUST_PROXY: Type.Boolean({ default: false })
})

export interface Config {
  port: number
  host: string
  databasePath: string
  logLevel: string
  trustProxy: boolean
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
  return {
    port: values.PORT,
    host: values.HOST,
    databasePath: values.DATABASE_PATH === ':memory:' ? ':memory:' : resolve(values.DATABASE_PATH),
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY
  }
}
