import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { linkHeader, notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { NotFoundError, problemResponses } from '../http/problem.js'
import { positionAfter, splitPage } from '../http/pagination.js'
import { RoleParams } from '../roles/schemas.js'
import { requireRole, toRoleRef } from '../roles/routes.js'
import { findSkill, listSkills, roleSkills, skillAliasesFor, skillRoleLinksFor } from './queries.js'
import { buildRoleSkill, buildSkills } from './documents.js'
import { ListSkillsQuery, RoleSkillList, Skill, SkillList, SkillParams } from './schemas.js'
import { roleSkillListExample, skillExample, skillListExample } from './examples.js'

const SORT = 'name'

const skillRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/skills', {
    schema: {
      operationId: 'listSkills',
      summary: 'List skills',
      description: 'The skills catalogue by name, each skill with its aliases and the roles that need it.',
      tags: ['skills'],
      querystring: ListSkillsQuery,
      response: { 200: okResponse(SkillList, 'A page of skills.', skillListExample, linkHeader), 304: notModifiedResponse(), ...problemResponses() }
    }
  }, async (request, reply) => {
    const { kind, limit, cursor } = request.query
    const rows = listSkills(app.db, kind, limit, positionAfter(cursor, SORT))
    const { page, next } = splitPage(request, reply, rows, limit, SORT, (last) => [last.name, last.id])
    const ids = page.map((row) => row.id)
    return { data: buildSkills(page, skillAliasesFor(app.db, ids), skillRoleLinksFor(app.db, ids)), next }
  })

  app.get('/skills/:id', {
    schema: {
      operationId: 'getSkill',
      summary: 'Get a skill',
      description: 'One skill with its aliases and every role that needs it, with each source\'s wording and importance.',
      tags: ['skills'],
      params: SkillParams,
      response: { 200: okResponse(Skill, 'The skill, with the roles that need it.', skillExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const row = findSkill(app.db, request.params.id)
    if (row === undefined) throw new NotFoundError('skill', request.params.id)
    const [skill] = buildSkills([row], skillAliasesFor(app.db, [row.id]), skillRoleLinksFor(app.db, [row.id]))
    return skill!
  })

  app.get('/roles/:id/skills', {
    schema: {
      operationId: 'listRoleSkills',
      summary: 'List a role\'s skills',
      description: 'The hard skills, soft skills and tools a role needs, as each source states them, in source order.',
      tags: ['roles', 'skills'],
      params: RoleParams,
      response: { 200: okResponse(RoleSkillList, 'The role\'s skills.', roleSkillListExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const role = requireRole(app.db, request.params.id)
    return { role: toRoleRef(role), data: roleSkills(app.db, role.id).map(buildRoleSkill) }
  })
}

export default skillRoutes
