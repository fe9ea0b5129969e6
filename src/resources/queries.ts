import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { afterPosition, orderBy } from '../db/keyset.js'
import { inJsonArray, preparedFor } from '../db/prepared.js'

export function listResources (db: Db, kind: t.ResourceRow['kind'] | undefined, limit: number, after?: { value: string, id: string }): t.ResourceRow[] {
  const conditions: SQL[] = []
  if (kind !== undefined) conditions.push(eq(t.resources.kind, kind))
  if (after !== undefined) conditions.push(afterPosition(t.resources.name, t.resources.id, 'asc', after.value, after.id))
  return db.select().from(t.resources).where(and(...conditions))
    .orderBy(...orderBy(t.resources.name, t.resources.id, 'asc')).limit(limit + 1).all()
}

const resourceById = preparedFor((db) => db.select().from(t.resources).where(eq(t.resources.id, sql.placeholder('id'))).prepare())

export function findResource (db: Db, id: string): t.ResourceRow | undefined {
  return resourceById(db).get({ id })
}

const roleLinksOfResources = preparedFor((db) => db.select({
    resourceId: t.roleResources.resourceId,
    section: t.roleResources.section,
    sourceId: t.roleResources.sourceId,
    role: { id: t.roles.id, title: t.roles.title, detail: t.roles.detail }
  }).from(t.roleResources).innerJoin(t.roles, eq(t.roles.id, t.roleResources.roleId))
    .where(inJsonArray(t.roleResources.resourceId, 'ids'))
    .orderBy(asc(t.roles.title), asc(t.roleResources.sourceId), asc(t.roleResources.position)).prepare())

export function resourceRoleLinksFor (db: Db, resourceIds: string[]) {
  return roleLinksOfResources(db).all({ ids: JSON.stringify(resourceIds) })
}

const resourcesOfRole = preparedFor((db) => db.select({
    section: t.roleResources.section,
    sourceId: t.roleResources.sourceId,
    resource: getTableColumns(t.resources)
  }).from(t.roleResources).innerJoin(t.resources, eq(t.resources.id, t.roleResources.resourceId))
    .where(eq(t.roleResources.roleId, sql.placeholder('roleId')))
    .orderBy(asc(t.roleResources.sourceId), asc(t.roleResources.position)).prepare())

/** The resources the sources recommend for one role, in source order. */
export function roleResources (db: Db, roleId: string) {
  return resourcesOfRole(db).all({ roleId })
}
