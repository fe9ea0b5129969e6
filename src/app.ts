import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import ajvFormats from 'ajv-formats'
import type { Plugin } from 'ajv'
import database from './plugins/database.js'
import finiteNumbers from './plugins/finite-numbers.js'
import openapi from './plugins/openapi.js'
import problemDetails, { handleClientError, handleFrameworkError } from './plugins/problem-details.js'
import requestId, { generateRequestId } from './plugins/request-id.js'
import { InvalidParameter, Problem } from './http/problem.js'
import healthRoutes, { healthSchemas } from './health/routes.js'
import roleRoutes from './roles/routes.js'
import { roleSchemas, RoleRef } from './roles/schemas.js'
import skillRoutes from './skills/routes.js'
import { skillSchemas } from './skills/schemas.js'
import certificationRoutes from './certifications/routes.js'
import { certificationSchemas } from './certifications/schemas.js'
import educationRoutes from './education/routes.js'
import { educationSchemas } from './education/schemas.js'
import salaryRoutes from './salaries/routes.js'
import { salarySchemas } from './salaries/schemas.js'
import progressionRoutes from './progression/routes.js'
import { progressionSchemas } from './progression/schemas.js'
import sourceRoutes from './sources/routes.js'
import { sourceSchemas } from './sources/schemas.js'
import searchRoutes from './search/routes.js'
import { searchSchemas } from './search/schemas.js'

export interface AppOptions {
  /** A file path, or ':memory:' for a private in-memory database. */
  databasePath: string
  logger?: FastifyServerOptions['logger']
  trustProxy?: boolean
}

// Shared schemas become named OpenAPI components; routes refer to them by $id.
const sharedSchemas = [
  Problem, InvalidParameter, RoleRef, ...healthSchemas, ...roleSchemas, ...skillSchemas, ...certificationSchemas,
  ...educationSchemas, ...salarySchemas, ...progressionSchemas, ...sourceSchemas, ...searchSchemas
]

/** Builds the application, ready to serve (or to `inject`), without listening. */
export async function buildApp (options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: generateRequestId,
    trustProxy: options.trustProxy ?? false,
    // Shutdown answers 503 through the problem-details plugin instead of Fastify's plain JSON.
    return503OnClosing: false,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
    // Validate `format`s (uri, date-time) with the same Ajv that Fastify compiles schemas with.
    ajv: { plugins: [ajvFormats as unknown as Plugin<unknown>] }
  }).withTypeProvider<TypeBoxTypeProvider>()

  for (const schema of sharedSchemas) app.addSchema(schema)

  await app.register(requestId)
  await app.register(problemDetails)
  await app.register(finiteNumbers)
  await app.register(database, { path: options.databasePath })
  await app.register(openapi)

  await app.register(healthRoutes)
  await app.register(async (v1) => {
    await v1.register(roleRoutes)
    await v1.register(skillRoutes)
    await v1.register(certificationRoutes)
    await v1.register(educationRoutes)
    await v1.register(salaryRoutes)
    await v1.register(progressionRoutes)
    await v1.register(sourceRoutes)
    await v1.register(searchRoutes)
  }, { prefix: '/v1' })

  await app.ready()
  return app
}
