import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import ajvFormats from 'ajv-formats'
import type { Plugin } from 'ajv'
import allowedMethods from './plugins/allowed-methods.js'
import cors from './plugins/cors.js'
import database from './plugins/database.js'
import finiteNumbers from './plugins/finite-numbers.js'
import httpCaching from './plugins/http-caching.js'
import openapi from './plugins/openapi.js'
import problemDetails, { handleClientError, handleFrameworkError } from './plugins/problem-details.js'
import publicLinks from './plugins/public-links.js'
import readModel from './plugins/read-model.js'
import readiness from './plugins/readiness.js'
import requestId, { generateRequestId } from './plugins/request-id.js'
import strictQuery from './plugins/strict-query.js'
import { DEFAULT_CACHE_CONTROL, DEFAULT_DOCUMENT_CACHE_MB, DEFAULT_RESPONSE_CACHE_MB } from './config.js'
import { InvalidParameter, Problem } from './http/problem.js'
import { buildSharedSerializers } from './http/serializers.js'
import { createRequestLogger } from './http/request-logger.js'
import healthRoutes, { healthSchemas } from './health/routes.js'
import roleRoutes from './roles/routes.js'
import { roleSchemas, RoleRef } from './roles/schemas.js'
import { jsonLdSchemas } from './roles/json-ld-schemas.js'
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
import outlookRoutes from './outlook/routes.js'
import { outlookSchemas } from './outlook/schemas.js'
import schoolRoutes from './schools/routes.js'
import { schoolSchemas } from './schools/schemas.js'
import resourceRoutes from './resources/routes.js'
import { resourceSchemas } from './resources/schemas.js'
import searchRoutes from './search/routes.js'
import { searchSchemas } from './search/schemas.js'

export interface AppOptions {
  /** A file path, or ':memory:' for a private in-memory database. */
  databasePath: string
  logger?: FastifyServerOptions['logger']
  trustProxy?: boolean
  /** The API's public origin, for absolute links; without it, links are relative. */
  publicBaseUrl?: string | null
  /** Origins allowed to read the API from a browser: `*` (the default) or a list. */
  corsOrigins?: '*' | string[]
  /** Cache-Control of successful public reads. */
  cacheControl?: string
  /** Memory for encoded role documents, in bytes. */
  documentCacheBytes?: number
  /** Memory for encoded responses to lists, searches and catalogue reads, in bytes. */
  responseCacheBytes?: number
}


const DOCS_PREFIX = '/docs'

// Shared schemas become named OpenAPI components; routes refer to them by $id.
const sharedSchemas = [
  Problem, InvalidParameter, RoleRef, ...healthSchemas, ...roleSchemas, ...skillSchemas, ...certificationSchemas,
  ...educationSchemas, ...salarySchemas, ...progressionSchemas, ...sourceSchemas, ...outlookSchemas, ...schoolSchemas,
  ...resourceSchemas, ...searchSchemas, ...jsonLdSchemas
]

/** Builds the application, ready to serve (or to `inject`), without listening. */
export async function buildApp (options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: generateRequestId,
    childLoggerFactory: createRequestLogger,
    trustProxy: options.trustProxy ?? false,
    // Shutdown answers 503 through the problem-details plugin instead of Fastify's plain JSON.
    return503OnClosing: false,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
    schemaController: { compilersFactory: { buildSerializer: buildSharedSerializers() } },
    ajv: {
      // Refuse unknown parameters and fields instead of dropping them (Fastify's default removes them).
      customOptions: { removeAdditional: false },
      // Validate `format`s (uri, date-time) with the same Ajv that Fastify compiles schemas with.
      plugins: [ajvFormats as unknown as Plugin<unknown>]
    }
  }).withTypeProvider<TypeBoxTypeProvider>()
  const publicBaseUrl = options.publicBaseUrl ?? null

  for (const schema of sharedSchemas) app.addSchema(schema)

  await app.register(requestId)
  await app.register(allowedMethods)
  await app.register(cors, { origins: options.corsOrigins ?? '*' })
  await app.register(problemDetails)
  await app.register(strictQuery, { exempt: [DOCS_PREFIX] })
  await app.register(finiteNumbers)
  await app.register(publicLinks, { publicBaseUrl, trustProxy: options.trustProxy ?? false })
  await app.register(database, { path: options.databasePath, readModel: { publicBaseUrl } })
  await app.register(readModel, { cacheBytes: options.documentCacheBytes ?? DEFAULT_DOCUMENT_CACHE_MB * 1024 * 1024 })
  await app.register(httpCaching, {
    cacheControl: options.cacheControl ?? DEFAULT_CACHE_CONTROL,
    responseCacheBytes: options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_MB * 1024 * 1024
  })
  await app.register(readiness)
  await app.register(openapi, { docsPrefix: DOCS_PREFIX })

  await app.register(healthRoutes)
  await app.register(async (v1) => {
    await v1.register(roleRoutes)
    await v1.register(skillRoutes)
    await v1.register(certificationRoutes)
    await v1.register(educationRoutes)
    await v1.register(salaryRoutes)
    await v1.register(progressionRoutes)
    await v1.register(sourceRoutes)
    await v1.register(outlookRoutes)
    await v1.register(schoolRoutes)
    await v1.register(resourceRoutes)
    await v1.register(searchRoutes)
  }, { prefix: '/v1' })

  await app.ready()
  return app
}
