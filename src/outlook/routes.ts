import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { problemResponses } from '../http/problem.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { roleOutlook } from './queries.js'
import { buildOutlookStatement, isAbout } from './documents.js'
import { RoleOutlook, RoleOutlookQuery } from './schemas.js'
import { roleOutlookExample } from './examples.js'

const outlookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/roles/:id/outlook', {
    schema: {
      operationId: 'getRoleOutlook',
      summary: 'Get a role\'s job outlook and work environment',
      description: 'What each source says of the role\'s job market (demand, growth, trends, hotspots) and of its work environment, ' +
        'verbatim and in source order, each statement with the region it is about and whom the source credits.',
      tags: ['roles', 'outlook'],
      params: RoleParams,
      querystring: RoleOutlookQuery,
      response: { 200: okResponse(RoleOutlook, 'The role\'s outlook statements.', roleOutlookExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    const { kind, location } = request.query
    const data = roleOutlook(app.db, role.id).map(buildOutlookStatement)
      .filter((statement) => (kind === undefined || statement.kind === kind) && (location === undefined || isAbout(statement, location)))
    return { role: toRoleRef(role), data }
  })
}

export default outlookRoutes
