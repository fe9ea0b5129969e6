import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { preparedFor } from '../db/prepared.js'

const salariesOfRole = preparedFor((db) => db.select().from(t.salaries)
  .where(eq(t.salaries.roleId, sql.placeholder('roleId')))
  .orderBy(asc(t.salaries.sourceId), asc(t.salaries.position)).prepare())

/** One role's salary figures, grouped by source in the order each states them. */
export function roleSalaries (db: Db, roleId: string): t.SalaryRow[] {
  return salariesOfRole(db).all({ roleId })
}
