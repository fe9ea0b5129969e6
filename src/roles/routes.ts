import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { okResponse } from '../http/schema-builders.js'
import { NotFoundError, problemResponses } from '../http/problem.js'
import { positionAfter, splitPage } from '../http/pagination.js'
import { splitCommaSeparated } from '../http/query-lists.js'
import type { Db } from '../db/connection.js'
import type { RoleRow } from '../db/schema.js'
import { roleSkills } from '../skills/queries.js'
import { buildRoleSkill } from '../skills/documents.js'
import { roleCertifications } from '../certifications/queries.js'
import { buildRoleCertification } from '../certifications/documents.js'
import { roleEducation } from '../education/queries.js'
import { buildEducationRequirements } from '../education/documents.js'
import { roleSalaries } from '../salaries/queries.js'
import { buildSalary } from '../salaries/documents.js'
import { roleProgression } from '../progression/queries.js'
import { buildProgression } from '../progression/documents.js'
import { findRole, listRoles, loadRoleCardParts, loadRoleDetails, roleSortKey } from './queries.js'
import { buildRoleDocument, buildRoleSummary } from './documents.js'
import { GetRoleQuery, ListRolesQuery, Role, RoleList, RoleParams, roleIncludes, type RoleInclude } from './schemas.js'
import type { RoleRef } from './role-ref.js'
import { roleExample, roleListExample } from './examples.js'

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
      response: { 200: okResponse(RoleList, 'A page of roles.', roleListExample), ...problemResponses() }
    }
  }, async (request) => {
    const { q, tag, skill, certification, education_max: educationMax, salary_min: salaryMin, salary_period: salaryPeriod,
      salary_currency: salaryCurrency, location, detail, sort, limit, cursor } = request.query
    const rows = listRoles(app.db, {
      q, tag, skill, certification, educationMax, salaryMin, salaryPeriod, salaryCurrency, location, detail
    }, sort, limit, positionAfter(cursor, sort))
    const { column } = roleSortKey(sort)
    const { page, next } = splitPage(request, rows, limit, sort, (last) => [column === 'title' ? last.title : last.updatedAt, last.id])
    const parts = loadRoleCardParts(app.db, page)
    return { data: page.map((row) => buildRoleSummary(row, parts)), next }
  })

  app.get('/roles/:id', {
    preValidation: splitCommaSeparated('include'),
    schema: {
      operationId: 'getRole',
      summary: 'Get a role',
      description: 'The full role document: definition, responsibilities, work settings, experience, benefits, reporting line ' +
        'and sources, plus the parts named by `include` (by default all of skills, certifications, education, salaries and progression), ' +
        'so that a careers page needs one call.',
      tags: ['roles'],
      params: RoleParams,
      querystring: GetRoleQuery,
      response: { 200: okResponse(Role, 'The role document.', roleExample), ...problemResponses(404) }
    }
  }, async (request) => {
    const row = requireRole(app.db, request.params.id)
    const requested = request.query.include ?? [...roleIncludes]
    const wants = (part: RoleInclude): boolean => requested.includes(part)
    const db = app.db
    return buildRoleDocument(row, loadRoleCardParts(db, [row]), loadRoleDetails(db, row.id), {
      ...(wants('skills') ? { skills: roleSkills(db, row.id).map(buildRoleSkill) } : {}),
      ...(wants('certifications') ? { certifications: roleCertifications(db, row.id).map(buildRoleCertification) } : {}),
      ...(wants('education') ? { education: buildEducationRequirements(roleEducation(db, row.id)) } : {}),
      ...(wants('salaries') ? { salaries: roleSalaries(db, row.id).map(buildSalary) } : {}),
      ...(wants('progression') ? { progression: buildProgression(toRoleRef(row), roleProgression(db, row.id)) } : {})
    })
  })
}

export default roleRoutes
