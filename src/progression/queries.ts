import { asc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'

const neighbour = alias(t.roles, 'neighbour')

function moves (db: Db, direction: 'out' | 'in', roleId: string) {
  const [own, other] = direction === 'out'
    ? [t.progressionEdges.fromRoleId, t.progressionEdges.toRoleId]
    : [t.progressionEdges.toRoleId, t.progressionEdges.fromRoleId]
  return db.select({
    edge: t.progressionEdges,
    role: { id: neighbour.id, title: neighbour.title, detail: neighbour.detail }
  }).from(t.progressionEdges).innerJoin(neighbour, eq(neighbour.id, other))
    .where(eq(own, roleId))
    .orderBy(asc(t.progressionEdges.sourceId), asc(t.progressionEdges.position)).all()
}

/** Both directions of a role's career moves, each with the role at the other end. */
export function roleProgression (db: Db, roleId: string) {
  return { leadsTo: moves(db, 'out', roleId), comesFrom: moves(db, 'in', roleId) }
}
