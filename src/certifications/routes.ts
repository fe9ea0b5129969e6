import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { linkHeader, notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { NotFoundError, problemResponses } from '../http/problem.js'
import { positionAfter, splitPage } from '../http/pagination.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { certificationDetailsFor, findCertification, listCertifications, roleCertifications } from './queries.js'
import { buildCertifications, buildRoleCertification } from './documents.js'
import { Certification, CertificationList, CertificationParams, ListCertificationsQuery, RoleCertificationList } from './schemas.js'
import { certificationExample, certificationListExample, roleCertificationListExample } from './examples.js'

const SORT = 'name'

const certificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/certifications', {
    schema: {
      operationId: 'listCertifications',
      summary: 'List certifications and licenses',
      description: 'The certifications and licenses catalogue by name, each with the roles that require or prefer it.',
      tags: ['certifications'],
      querystring: ListCertificationsQuery,
      response: { 200: okResponse(CertificationList, 'A page of certifications and licenses.', certificationListExample, linkHeader), 304: notModifiedResponse(), ...problemResponses() }
    }
  }, async (request, reply) => {
    const { kind, limit, cursor } = request.query
    const rows = listCertifications(app.db, kind, limit, positionAfter(cursor, SORT))
    const { page, next } = splitPage(request, reply, rows, limit, SORT, (last) => [last.name, last.id])
    return { data: buildCertifications(page, certificationDetailsFor(app.db, page.map((row) => row.id))), next }
  })

  app.get('/certifications/:id', {
    schema: {
      operationId: 'getCertification',
      summary: 'Get a certification or license',
      description: 'One certification or license with every role that requires or prefers it, as each source states it.',
      tags: ['certifications'],
      params: CertificationParams,
      response: { 200: okResponse(Certification, 'The certification or license, with the roles that ask for it.', certificationExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const row = findCertification(app.db, request.params.id)
    if (row === undefined) throw new NotFoundError('certification', request.params.id)
    const [certification] = buildCertifications([row], certificationDetailsFor(app.db, [row.id]))
    return certification!
  })

  app.get('/roles/:id/certifications', {
    schema: {
      operationId: 'listRoleCertifications',
      summary: 'List a role\'s certifications and licenses',
      description: 'What a role requires or prefers, in source order. Links sharing an `alternative_group` are alternatives.',
      tags: ['roles', 'certifications'],
      params: RoleParams,
      response: { 200: okResponse(RoleCertificationList, 'The role\'s certifications and licenses.', roleCertificationListExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    return { role: toRoleRef(role), data: roleCertifications(app.db, role.id).map(buildRoleCertification) }
  })
}

export default certificationRoutes
