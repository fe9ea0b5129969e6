import { asc, eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { preparedFor } from '../db/prepared.js'

const neighbour = alias(t.roles, 'neighbour')

type EndColumn = typeof t.progressionEdges.fromRoleId | typeof t.progressionEdges.toRoleId

function moves (db: Db, own: EndColumn, other: EndColumn) {
  return db.select({
    edge: t.progressionEdges,
    role: { id: neighbour.id, title: neighbour.title, detail: neighbour.detail }
  }).from(t.progressionEdges).innerJoin(neighbour, eq(neighbour.id, other))
    .where(eq(own, sql.placeholder('roleId')))
    .orderBy(asc(t.progressionEdges.sourceId), asc(t.progressionEdges.position)).prepare()
}

const movesOfRole = preparedFor((db) => ({
  out: moves(db, t.progressionEdges.fromRoleId, t.progressionEdges.toRoleId),
  in: moves(db, t.progressionEdges.toRoleId, t.progressionEdges.fromRoleId),
  entryRoutes: db.select().from(t.entryRoutes).where(eq(t.entryRoutes.roleId, sql.placeholder('roleId')))
    .orderBy(asc(t.entryRoutes.sourceId), asc(t.entryRoutes.position)).prepare(),
  entryRouteFields: db.select({ entryRouteId: t.entryRouteFields.entryRouteId, id: t.fieldsOfStudy.id, name: t.fieldsOfStudy.name })
    .from(t.entryRouteFields).innerJoin(t.fieldsOfStudy, eq(t.fieldsOfStudy.id, t.entryRouteFields.fieldOfStudyId))
    .where(sql`${t.entryRouteFields.entryRouteId} IN (SELECT ${t.entryRoutes.id} FROM ${t.entryRoutes} WHERE ${t.entryRoutes.roleId} = ${sql.placeholder('roleId')})`)
    .orderBy(asc(t.entryRouteFields.position)).prepare()
}))

/** Both directions of a role's career moves, each with the role at the other end, and the backgrounds that lead into it. */
export function roleProgression (db: Db, roleId: string) {
  const queries = movesOfRole(db)
  return {
    leadsTo: queries.out.all({ roleId }),
    comesFrom: queries.in.all({ roleId }),
    entryRoutes: queries.entryRoutes.all({ roleId }),
    entryRouteFields: queries.entryRouteFields.all({ roleId })
  }
}
