import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { readConfig, type Config } from './config.js'
import { describeStartupFailure } from './startup-failure.js'

// Time allowed for in-flight requests to finish after SIGTERM or SIGINT before exiting anyway.
const SHUTDOWN_GRACE_MS = 10_000

async function startServer (config: Config): Promise<FastifyInstance> {
  const app = await buildApp({
    databasePath: config.databasePath,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    publicBaseUrl: config.publicBaseUrl,
    corsOrigins: config.corsOrigins,
    cacheControl: config.cacheControl,
    documentCacheBytes: config.documentCacheBytes,
    responseCacheBytes: config.responseCacheBytes
  })
  try {
    await app.listen({ port: config.port, host: config.host })
  } catch (error) {
    await app.close()
    throw error
  }
  return app
}

async function main (): Promise<void> {
  let config: Config
  try {
    config = readConfig()
  } catch (error) {
    // readConfig reports every problem as an Error whose message names the variable.
    console.error((error as Error).message)
    process.exitCode = 1
    return
  }
  let app: FastifyInstance
  try {
    app = await startServer(config)
  } catch (error) {
    console.error(describeStartupFailure(error as NodeJS.ErrnoException, config))
    // The stack helps only someone debugging roleatlas itself.
    if (config.logLevel === 'debug' || config.logLevel === 'trace') console.error(error)
    process.exitCode = 1
    return
  }
  // On a signal: stop accepting connections, let in-flight requests finish, close the
  // database, then exit 0. A second signal, or the grace period running out, exits 1.
  closeWithGrace({ delay: SHUTDOWN_GRACE_MS, logger: app.log }, async ({ signal, err }) => {
    /* c8 ignore next 2 -- an uncaught exception, which no request can cause, is the only way here */
    if (err !== undefined) app.log.error({ err }, 'shutting down after an uncaught error')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
  })
  // Listening first lets probes see the process; /ready answers 200 once this is done.
  await app.warmUp()
}

await main()
