import { asc, eq, gt, inArray } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'

export function listSources (db: Db, limit: number, afterId?: string): t.SourceRow[] {
  return db.select().from(t.sources).where(afterId === undefined ? undefined : gt(t.sources.id, afterId))
    .orderBy(asc(t.sources.id)).limit(limit + 1).all()
}

export function findSource (db: Db, id: string): t.SourceRow | undefined {
  return db.select().from(t.sources).where(eq(t.sources.id, id)).get()
}

export function sourceRolesFor (db: Db, sourceIds: string[]) {
  return db.select({
    sourceId: t.roleSources.sourceId,
    coverage: t.roleSources.coverage,
    role: { id: t.roles.id, title: t.roles.title, detail: t.roles.detail }
  }).from(t.roleSources).innerJoin(t.roles, eq(t.roles.id, t.roleSources.roleId))
    .where(inArray(t.roleSources.sourceId, sourceIds))
    .orderBy(asc(t.roleSources.coverage), asc(t.roles.title)).all()
}
