import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { linkHeader, notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { NotFoundError, problemResponses } from '../http/problem.js'
import { positionAfter, splitPage } from '../http/pagination.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { findSchool, listSchools, roleSchools, schoolRoleLinksFor } from './queries.js'
import { buildRoleSchool, buildSchools } from './documents.js'
import { ListSchoolsQuery, RoleSchoolList, School, SchoolList, SchoolParams } from './schemas.js'
import { roleSchoolListExample, schoolExample, schoolListExample } from './examples.js'

const SORT = 'name'

const schoolRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/schools', {
    schema: {
      operationId: 'listSchools',
      summary: 'List schools',
      description: 'Schools the sources list for roles, by name, each with its figures exactly as its source gives them ' +
        '(null where the source says N/A) and the roles it is listed for.',
      tags: ['schools'],
      querystring: ListSchoolsQuery,
      response: { 200: okResponse(SchoolList, 'A page of schools.', schoolListExample, linkHeader), 304: notModifiedResponse(), ...problemResponses() }
    }
  }, async (request, reply) => {
    const { limit, cursor } = request.query
    const rows = listSchools(app.db, limit, positionAfter(cursor, SORT))
    const { page, next } = splitPage(request, reply, rows, limit, SORT, (last) => [last.name, last.id])
    return { data: buildSchools(page, schoolRoleLinksFor(app.db, page.map((row) => row.id))), next }
  })

  app.get('/schools/:id', {
    schema: {
      operationId: 'getSchool',
      summary: 'Get a school',
      description: 'One school with its figures as its source gives them and the roles a source lists it for.',
      tags: ['schools'],
      params: SchoolParams,
      response: { 200: okResponse(School, 'The school.', schoolExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const row = findSchool(app.db, request.params.id)
    if (row === undefined) throw new NotFoundError('school', request.params.id)
    const [school] = buildSchools([row], schoolRoleLinksFor(app.db, [row.id]))
    return school!
  })

  app.get('/roles/:id/schools', {
    schema: {
      operationId: 'listRoleSchools',
      summary: 'List a role\'s schools',
      description: 'The schools the sources list for a role, in source order, under the heading each source lists them.',
      tags: ['roles', 'schools'],
      params: RoleParams,
      response: { 200: okResponse(RoleSchoolList, 'The role\'s schools.', roleSchoolListExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    return { role: toRoleRef(role), data: roleSchools(app.db, role.id).map(buildRoleSchool) }
  })
}

export default schoolRoutes
