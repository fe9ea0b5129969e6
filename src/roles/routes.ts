import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Negotiator from 'negotiator'
import { Type } from 'typebox'
import { linkHeader, notModifiedResponse, okResponse, ref } from '../http/schema-builders.js'
import { HttpProblem, InvalidParametersError, NotFoundError, problemResponses } from '../http/problem.js'
import { positionAfter, splitPage } from '../http/pagination.js'
import { splitCommaSeparated } from '../http/query-lists.js'
import { negotiateCoding } from '../http/representation.js'
import type { Db } from '../db/connection.js'
import type { RoleRow } from '../db/schema.js'
import { findRole, listRoles, loadRoleCardParts, roleSortKey } from './queries.js'
import { buildRoleSummary } from './documents.js'
import { GetRoleQuery, ListRolesQuery, Role, RoleList, RoleParams, roleIncludes, type RoleInclude } from './schemas.js'
import { OccupationJsonLd } from './json-ld-schemas.js'
import type { RoleRef } from './role-ref.js'
import { roleExample, roleListExample } from './examples.js'

const JSON_TYPE = 'application/json'
const JSON_LD_TYPE = 'application/ld+json'
const roleMediaTypes = [JSON_TYPE, JSON_LD_TYPE]

/** The media type to answer with: JSON unless the client prefers JSON-LD; null when it accepts neither. */
function negotiateRoleMediaType (accept: string | undefined): string | null {
  // The common cases, without parsing.
  if (accept === undefined || accept === '*/*' || accept === JSON_TYPE) return JSON_TYPE
  return new Negotiator({ headers: { accept } }).mediaType(roleMediaTypes) ?? null
}

/** The role with this id, or a 404 problem. Sub-resources of a role start here. */
export function requireRole (db: Db, id: string): RoleRow {
  const role = findRole(db, id)
  if (role === undefined) throw new NotFoundError('role', id)
  return role
}

export function toRoleRef ({ id, title, detail }: RoleRow): RoleRef {
  return { id, title, detail }
}

const roleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/roles', {
    schema: {
      operationId: 'listRoles',
      summary: 'List roles',
      description: 'Lists roles with cursor pagination. Filters combine with AND. Salary filters (`salary_min`, `location`) ' +
        'match roles that have at least one salary figure meeting all of them.',
      tags: ['roles'],
      querystring: ListRolesQuery,
      response: { 200: okResponse(RoleList, 'A page of roles.', roleListExample, linkHeader), 304: notModifiedResponse(), ...problemResponses() }
    }
  }, async (request, reply) => {
    const { q, tag, skill, certification, education_max: educationMax, salary_min: salaryMin, salary_period: salaryPeriod,
      salary_currency: salaryCurrency, location, detail, kind, sort, limit, cursor } = request.query
    const rows = listRoles(app.db, {
      q, tag, skill, certification, educationMax, salaryMin, salaryPeriod, salaryCurrency, location, detail, kind
    }, sort, limit, positionAfter(cursor, sort))
    const { column } = roleSortKey(sort)
    const { page, next } = splitPage(request, reply, rows, limit, sort, (last) => [column === 'title' ? last.title : last.updatedAt, last.id])
    const parts = loadRoleCardParts(app.db, page)
    return { data: page.map((row) => buildRoleSummary(row, parts)), next }
  })

  app.get('/roles/:id', {
    preValidation: splitCommaSeparated('include'),
    // Served from the stored representations, which carry their own validators.
    config: { cache: 'stored' },
    // Documents are sent as stored bytes and never serialized here; only problem documents are,
    // so the large document schemas need not be compiled into serializers at start-up.
    serializerCompiler: () => (data) => JSON.stringify(data),
    schema: {
      operationId: 'getRole',
      summary: 'Get a role',
      description: 'The full role document: definition, responsibilities, work settings, experience, benefits, reporting line ' +
        'and sources, plus the parts named by `include` (by default all of skills, certifications, education, salaries, progression, ' +
        'outlook, schools and resources), ' +
        'so that a careers page needs one call.\n\n' +
        'With `Accept: application/ld+json` it is a schema.org `Occupation` to embed in a page as ' +
        '`<script type="application/ld+json">`; `location` then keeps one place\'s salary figures.\n\n' +
        'Documents are built when data changes and served as stored bytes, compressed ahead of time, with a strong `ETag` per ' +
        'representation and coding and a `Last-Modified`: revalidate with `If-None-Match` (or `If-Modified-Since`) to get a 304.',
      tags: ['roles'],
      params: RoleParams,
      querystring: GetRoleQuery,
      response: {
        200: {
          ...okResponse(Role, 'The role document, as JSON or as schema.org JSON-LD.', roleExample, {
            'last-modified': Type.String({ description: 'When this representation last changed.' })
          }),
          content: {
            [JSON_TYPE]: { schema: ref(Role), example: roleExample },
            [JSON_LD_TYPE]: { schema: ref(OccupationJsonLd), example: (OccupationJsonLd as unknown as { examples: unknown[] }).examples[0] }
          }
        },
        304: notModifiedResponse({ 'last-modified': Type.String({ description: 'When this representation last changed.' }) }),
        ...problemResponses(404, 406)
      }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const { include, location } = request.query
    const mediaType = negotiateRoleMediaType(request.headers.accept)
    if (mediaType === null) {
      throw new HttpProblem(406, `This operation produces ${roleMediaTypes.join(' or ')}; the Accept header allows neither.`)
    }
    if (mediaType === JSON_TYPE && location !== undefined) {
      throw new InvalidParametersError([{ in: 'query', name: 'location', reason: `applies to ${JSON_LD_TYPE} only; JSON lists every figure with its location` }])
    }
    if (mediaType === JSON_LD_TYPE && include !== undefined) {
      throw new InvalidParametersError([{ in: 'query', name: 'include', reason: `applies to ${JSON_TYPE} only; JSON-LD always describes the whole role` }])
    }
    const coding = negotiateCoding(request.headers['accept-encoding'])
    const representation = mediaType === JSON_TYPE
      ? app.roleDocuments.json(id, include === undefined ? roleIncludes : include.filter((part): part is RoleInclude => part !== 'none'), coding)
      : app.roleDocuments.jsonLd(id, location ?? null, coding)
    if (representation === undefined) throw new NotFoundError('role', id)
    return reply.sendRepresentation(representation, 'Accept, Accept-Encoding')
  })
}

export default roleRoutes
