import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { problemResponses } from '../http/problem.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { roleEducation } from './queries.js'
import { buildEducationRequirements } from './documents.js'
import { RoleEducationList } from './schemas.js'
import { roleEducationListExample } from './examples.js'

const educationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/roles/:id/education', {
    schema: {
      operationId: 'listRoleEducation',
      summary: 'List a role\'s education requirements',
      description: 'One requirement per source: minimum and preferred levels, fields of study, training programs and notes. ' +
        'Sources that disagree are kept apart, never merged.',
      tags: ['roles', 'education'],
      params: RoleParams,
      response: { 200: okResponse(RoleEducationList, 'The role\'s education requirements, one per source.', roleEducationListExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    return { role: toRoleRef(role), data: buildEducationRequirements(roleEducation(app.db, role.id)) }
  })
}

export default educationRoutes
