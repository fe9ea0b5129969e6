import { and, asc, eq, inArray, type SQL } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { afterPosition, orderBy } from '../db/keyset.js'

export function listSkills (db: Db, kind: t.SkillRow['kind'] | undefined, limit: number, after?: { value: string, id: string }): t.SkillRow[] {
  const conditions: SQL[] = []
  if (kind !== undefined) conditions.push(eq(t.skills.kind, kind))
  if (after !== undefined) conditions.push(afterPosition(t.skills.name, t.skills.id, 'asc', after.value, after.id))
  return db.select().from(t.skills).where(and(...conditions))
    .orderBy(...orderBy(t.skills.name, t.skills.id, 'asc')).limit(limit + 1).all()
}

export function findSkill (db: Db, id: string): t.SkillRow | undefined {
  return db.select().from(t.skills).where(eq(t.skills.id, id)).get()
}

export function skillAliasesFor (db: Db, skillIds: string[]) {
  return db.select().from(t.skillAliases).where(inArray(t.skillAliases.skillId, skillIds))
    .orderBy(asc(t.skillAliases.alias)).all()
}

export function skillRoleLinksFor (db: Db, skillIds: string[]) {
  return db.select({
    skillId: t.roleSkills.skillId,
    importance: t.roleSkills.importance,
    wording: t.roleSkills.wording,
    sourceId: t.roleSkills.sourceId,
    role: { id: t.roles.id, title: t.roles.title, detail: t.roles.detail }
  }).from(t.roleSkills).innerJoin(t.roles, eq(t.roles.id, t.roleSkills.roleId))
    .where(inArray(t.roleSkills.skillId, skillIds))
    .orderBy(asc(t.roles.title), asc(t.roleSkills.sourceId), asc(t.roleSkills.position)).all()
}

/** The skills one role needs, in the order each source lists them. */
export function roleSkills (db: Db, roleId: string) {
  return db.select({
    link: t.roleSkills,
    skill: { id: t.skills.id, name: t.skills.name, kind: t.skills.kind, category: t.skills.category }
  }).from(t.roleSkills).innerJoin(t.skills, eq(t.skills.id, t.roleSkills.skillId))
    .where(eq(t.roleSkills.roleId, roleId))
    .orderBy(asc(t.roleSkills.sourceId), asc(t.roleSkills.position)).all()
}
