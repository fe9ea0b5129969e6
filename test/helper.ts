import type { Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildApp, type AppOptions } from '../src/app.js'

/**
 * A fresh app on its own seeded in-memory database, closed when the test ends. `options`
 * overrides the app's options (trustProxy, publicBaseUrl, a file database, ...).
 */
export async function build (t: Test, options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ databasePath: ':memory:', ...options })
  t.after(() => app.close())
  return app
}
