import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { problemResponses } from '../http/problem.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { roleSalaries } from './queries.js'
import { buildSalary } from './documents.js'
import { RoleSalaryList } from './schemas.js'
import { roleSalaryListExample } from './examples.js'

const salaryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/roles/:id/salaries', {
    schema: {
      operationId: 'listRoleSalaries',
      summary: 'List a role\'s salary figures',
      description: 'Every salary figure for the role with its period, location, year, publisher, quote and source document. ' +
        'Figures from different sources are listed side by side, never merged.',
      tags: ['roles', 'salaries'],
      params: RoleParams,
      response: { 200: okResponse(RoleSalaryList, 'The role\'s salary figures.', roleSalaryListExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    return { role: toRoleRef(role), data: roleSalaries(app.db, role.id).map(buildSalary) }
  })
}

export default salaryRoutes
