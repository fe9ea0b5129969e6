import type { Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.js'

/** A fresh app on its own seeded in-memory database, closed when the test ends. */
export async function build (t: Test): Promise<FastifyInstance> {
  const app = await buildApp({ databasePath: ':memory:' })
  t.after(() => app.close())
  return app
}
