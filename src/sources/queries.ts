import { asc, eq, gt, sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { inJsonArray, preparedFor } from '../db/prepared.js'

export function listSources (db: Db, limit: number, afterId?: string): t.SourceRow[] {
  return db.select().from(t.sources).where(afterId === undefined ? undefined : gt(t.sources.id, afterId))
    .orderBy(asc(t.sources.id)).limit(limit + 1).all()
}

const sourceById = preparedFor((db) => db.select().from(t.sources).where(eq(t.sources.id, sql.placeholder('id'))).prepare())

export function findSource (db: Db, id: string): t.SourceRow | undefined {
  return sourceById(db).get({ id })
}

const rolesOfSources = preparedFor((db) => db.select({
    sourceId: t.roleSources.sourceId,
    coverage: t.roleSources.coverage,
    role: { id: t.roles.id, title: t.roles.title, detail: t.roles.detail }
  }).from(t.roleSources).innerJoin(t.roles, eq(t.roles.id, t.roleSources.roleId))
    .where(inJsonArray(t.roleSources.sourceId, 'ids'))
    .orderBy(asc(t.roleSources.coverage), asc(t.roles.title)).prepare())

export function sourceRolesFor (db: Db, sourceIds: string[]) {
  return rolesOfSources(db).all({ ids: JSON.stringify(sourceIds) })
}
