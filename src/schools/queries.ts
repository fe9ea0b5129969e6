import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { afterPosition, orderBy } from '../db/keyset.js'
import { inJsonArray, preparedFor } from '../db/prepared.js'

export function listSchools (db: Db, limit: number, after?: { value: string, id: string }): t.SchoolRow[] {
  const conditions: SQL[] = []
  if (after !== undefined) conditions.push(afterPosition(t.schools.name, t.schools.id, 'asc', after.value, after.id))
  return db.select().from(t.schools).where(and(...conditions))
    .orderBy(...orderBy(t.schools.name, t.schools.id, 'asc')).limit(limit + 1).all()
}

const schoolById = preparedFor((db) => db.select().from(t.schools).where(eq(t.schools.id, sql.placeholder('id'))).prepare())

export function findSchool (db: Db, id: string): t.SchoolRow | undefined {
  return schoolById(db).get({ id })
}

const roleLinksOfSchools = preparedFor((db) => db.select({
    schoolId: t.roleSchools.schoolId,
    section: t.roleSchools.section,
    sourceId: t.roleSchools.sourceId,
    role: { id: t.roles.id, title: t.roles.title, detail: t.roles.detail }
  }).from(t.roleSchools).innerJoin(t.roles, eq(t.roles.id, t.roleSchools.roleId))
    .where(inJsonArray(t.roleSchools.schoolId, 'ids'))
    .orderBy(asc(t.roles.title), asc(t.roleSchools.sourceId), asc(t.roleSchools.position)).prepare())

export function schoolRoleLinksFor (db: Db, schoolIds: string[]) {
  return roleLinksOfSchools(db).all({ ids: JSON.stringify(schoolIds) })
}

const schoolsOfRole = preparedFor((db) => db.select({
    section: t.roleSchools.section,
    sourceId: t.roleSchools.sourceId,
    school: getTableColumns(t.schools)
  }).from(t.roleSchools).innerJoin(t.schools, eq(t.schools.id, t.roleSchools.schoolId))
    .where(eq(t.roleSchools.roleId, sql.placeholder('roleId')))
    .orderBy(asc(t.roleSchools.sourceId), asc(t.roleSchools.position)).prepare())

/** The schools the sources list for one role, in source order. */
export function roleSchools (db: Db, roleId: string) {
  return schoolsOfRole(db).all({ roleId })
}
