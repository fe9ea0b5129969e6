import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { afterPosition, orderBy } from '../db/keyset.js'
import { inJsonArray, preparedFor } from '../db/prepared.js'

export function listSkills (db: Db, kind: t.SkillRow['kind'] | undefined, limit: number, after?: { value: string, id: string }): t.SkillRow[] {
  const conditions: SQL[] = []
  if (kind !== undefined) conditions.push(eq(t.skills.kind, kind))
  if (after !== undefined) conditions.push(afterPosition(t.skills.name, t.skills.id, 'asc', after.value, after.id))
  return db.select().from(t.skills).where(and(...conditions))
    .orderBy(...orderBy(t.skills.name, t.skills.id, 'asc')).limit(limit + 1).all()
}

const skillById = preparedFor((db) => db.select().from(t.skills).where(eq(t.skills.id, sql.placeholder('id'))).prepare())

export function findSkill (db: Db, id: string): t.SkillRow | undefined {
  return skillById(db).get({ id })
}

const aliasesOfSkills = preparedFor((db) => db.select().from(t.skillAliases)
  .where(inJsonArray(t.skillAliases.skillId, 'ids')).orderBy(asc(t.skillAliases.alias), asc(t.skillAliases.sourceId)).prepare())

export function skillAliasesFor (db: Db, skillIds: string[]) {
  return aliasesOfSkills(db).all({ ids: JSON.stringify(skillIds) })
}

const roleLinksOfSkills = preparedFor((db) => db.select({
    skillId: t.roleSkills.skillId,
    importance: t.roleSkills.importance,
    wording: t.roleSkills.wording,
    sourceId: t.roleSkills.sourceId,
    role: { id: t.roles.id, title: t.roles.title, detail: t.roles.detail }
  }).from(t.roleSkills).innerJoin(t.roles, eq(t.roles.id, t.roleSkills.roleId))
    .where(inJsonArray(t.roleSkills.skillId, 'ids'))
    .orderBy(asc(t.roles.title), asc(t.roleSkills.sourceId), asc(t.roleSkills.position)).prepare())

export function skillRoleLinksFor (db: Db, skillIds: string[]) {
  return roleLinksOfSkills(db).all({ ids: JSON.stringify(skillIds) })
}

const skillsOfRole = preparedFor((db) => db.select({
  link: t.roleSkills,
  skill: { id: t.skills.id, name: t.skills.name, kind: t.skills.kind, category: t.skills.category }
}).from(t.roleSkills).innerJoin(t.skills, eq(t.skills.id, t.roleSkills.skillId))
  .where(eq(t.roleSkills.roleId, sql.placeholder('roleId')))
  .orderBy(asc(t.roleSkills.sourceId), asc(t.roleSkills.position)).prepare())

/** The skills one role needs, in the order each source lists them. */
export function roleSkills (db: Db, roleId: string) {
  return skillsOfRole(db).all({ roleId })
}
