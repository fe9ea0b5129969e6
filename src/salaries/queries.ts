import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'

/** One role's salary figures, grouped by source in the order each states them. */
export function roleSalaries (db: Db, roleId: string): t.SalaryRow[] {
  return db.select().from(t.salaries).where(eq(t.salaries.roleId, roleId))
    .orderBy(asc(t.salaries.sourceId), asc(t.salaries.position)).all()
}
