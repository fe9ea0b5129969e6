import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { linkHeader, notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { NotFoundError, problemResponses } from '../http/problem.js'
import { positionAfter, splitPage } from '../http/pagination.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { findResource, listResources, roleResources, resourceRoleLinksFor } from './queries.js'
import { buildRoleResource, buildResources } from './documents.js'
import { ListResourcesQuery, RoleResourceList, Resource, ResourceList, ResourceParams } from './schemas.js'
import { roleResourceListExample, resourceExample, resourceListExample } from './examples.js'

const SORT = 'name'

const resourceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/resources', {
    schema: {
      operationId: 'listResources',
      summary: 'List resources',
      description: 'Agencies, associations, licensing boards, course providers, journals and other resources the sources point ' +
        'readers to, by name, each with its website and purpose as its source gives them (null where it gives none) and the roles it is recommended for.',
      tags: ['resources'],
      querystring: ListResourcesQuery,
      response: { 200: okResponse(ResourceList, 'A page of resources.', resourceListExample, linkHeader), 304: notModifiedResponse(), ...problemResponses() }
    }
  }, async (request, reply) => {
    const { kind, limit, cursor } = request.query
    const rows = listResources(app.db, kind, limit, positionAfter(cursor, SORT))
    const { page, next } = splitPage(request, reply, rows, limit, SORT, (last) => [last.name, last.id])
    return { data: buildResources(page, resourceRoleLinksFor(app.db, page.map((row) => row.id))), next }
  })

  app.get('/resources/:id', {
    schema: {
      operationId: 'getResource',
      summary: 'Get a resource',
      description: 'One resource with its website and purpose as its source gives them and the roles a source recommends it for.',
      tags: ['resources'],
      params: ResourceParams,
      response: { 200: okResponse(Resource, 'The resource.', resourceExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const row = findResource(app.db, request.params.id)
    if (row === undefined) throw new NotFoundError('resource', request.params.id)
    const [resource] = buildResources([row], resourceRoleLinksFor(app.db, [row.id]))
    return resource!
  })

  app.get('/roles/:id/resources', {
    schema: {
      operationId: 'listRoleResources',
      summary: 'List a role\'s resources',
      description: 'The resources the sources recommend for a role, in source order, under the heading each source lists them.',
      tags: ['roles', 'resources'],
      params: RoleParams,
      response: { 200: okResponse(RoleResourceList, 'The role\'s resources.', roleResourceListExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    return { role: toRoleRef(role), data: roleResources(app.db, role.id).map(buildRoleResource) }
  })
}

export default resourceRoutes
