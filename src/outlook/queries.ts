import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { preparedFor } from '../db/prepared.js'

const outlookOfRole = preparedFor((db) => db.select().from(t.outlookStatements)
  .where(eq(t.outlookStatements.roleId, sql.placeholder('roleId')))
  .orderBy(asc(t.outlookStatements.sourceId), asc(t.outlookStatements.position)).prepare())

/** What the sources say of one role's job market and working conditions, in source order. */
export function roleOutlook (db: Db, roleId: string): t.OutlookStatementRow[] {
  return outlookOfRole(db).all({ roleId })
}
