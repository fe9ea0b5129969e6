import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { problemResponses } from '../http/problem.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { roleProgression } from './queries.js'
import { buildProgression } from './documents.js'
import { Progression } from './schemas.js'
import { progressionExample } from './examples.js'

const progressionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/roles/:id/progression', {
    schema: {
      operationId: 'getRoleProgression',
      summary: 'Get a role\'s career moves',
      description: 'Both directions of the career graph around a role: `leads_to` (advancement and lateral moves out of it) ' +
        'and `comes_from` (entry points into it), each with the neighbouring role, the condition and the source\'s wording.',
      tags: ['roles', 'progression'],
      params: RoleParams,
      response: { 200: okResponse(Progression, 'The role\'s career moves in both directions.', progressionExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    return buildProgression(toRoleRef(role), roleProgression(app.db, role.id))
  })
}

export default progressionRoutes
