import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { afterPosition, orderBy } from '../db/keyset.js'
import { toMatchExpression } from '../search/queries.js'
import type { RoleRef } from './role-ref.js'
import type { RoleSort } from './schemas.js'

export interface RoleFilters {
  q?: string
  tag?: string
  skill?: string
  certification?: string
  educationMax?: t.EducationLevel
  salaryMin?: number
  salaryPeriod: 'hour' | 'year'
  salaryCurrency: string
  location?: string
  detail?: typeof t.roleDetails[number]
}

const sortColumns = { title: t.roles.title, updated: t.roles.updatedAt } as const

export function roleSortKey (sort: RoleSort): { column: keyof typeof sortColumns, direction: 'asc' | 'desc' } {
  const descending = sort.startsWith('-')
  return { column: (descending ? sort.slice(1) : sort) as keyof typeof sortColumns, direction: descending ? 'desc' : 'asc' }
}

function filterConditions (filters: RoleFilters): SQL[] {
  const conditions: SQL[] = []
  if (filters.q !== undefined) {
    const match = toMatchExpression(filters.q)
    conditions.push(match === null
      ? sql`0`
      : sql`${t.roles.id} IN (SELECT entity_id FROM search_index WHERE search_index MATCH ${match} AND entity_type = 'role')`)
  }
  if (filters.tag !== undefined) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${t.roleTags} WHERE ${t.roleTags.roleId} = ${t.roles.id} AND ${t.roleTags.tag} = ${filters.tag} COLLATE NOCASE)`)
  }
  if (filters.skill !== undefined) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${t.roleSkills} WHERE ${t.roleSkills.roleId} = ${t.roles.id} AND ${t.roleSkills.skillId} = ${filters.skill})`)
  }
  if (filters.certification !== undefined) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${t.roleCertifications} WHERE ${t.roleCertifications.roleId} = ${t.roles.id} AND ${t.roleCertifications.certificationId} = ${filters.certification})`)
  }
  if (filters.educationMax !== undefined) {
    const rank = t.educationLevels.indexOf(filters.educationMax)
    conditions.push(sql`EXISTS (SELECT 1 FROM ${t.educationRequirements} WHERE ${t.educationRequirements.roleId} = ${t.roles.id} AND ${t.educationRequirements.minimumLevelRank} <= ${rank})`)
  }
  const salary: SQL[] = []
  if (filters.salaryMin !== undefined) {
    const s = t.salaries
    salary.push(
      sql`${s.period} = ${filters.salaryPeriod}`,
      sql`${s.currency} = ${filters.salaryCurrency}`,
      sql`coalesce(${s.max}, ${s.p90}, ${s.p75}, ${s.median}, ${s.average}, ${s.p25}, ${s.p10}, ${s.min}) >= ${filters.salaryMin}`
    )
  }
  if (filters.location !== undefined) {
    salary.push(filters.location.includes('-')
      ? sql`${t.salaries.subdivision} = ${filters.location}`
      : sql`${t.salaries.country} = ${filters.location}`)
  }
  if (salary.length > 0) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${t.salaries} WHERE ${t.salaries.roleId} = ${t.roles.id} AND ${sql.join(salary, sql` AND `)})`)
  }
  if (filters.detail !== undefined) conditions.push(eq(t.roles.detail, filters.detail))
  return conditions
}

/** One page of roles plus one row more, which tells the caller whether a next page exists. */
export function listRoles (db: Db, filters: RoleFilters, sort: RoleSort, limit: number, after?: { value: string, id: string }): t.RoleRow[] {
  const { column, direction } = roleSortKey(sort)
  const conditions = filterConditions(filters)
  if (after !== undefined) conditions.push(afterPosition(sortColumns[column], t.roles.id, direction, after.value, after.id))
  return db.select().from(t.roles)
    .where(and(...conditions))
    .orderBy(...orderBy(sortColumns[column], t.roles.id, direction))
    .limit(limit + 1)
    .all()
}

export function findRole (db: Db, id: string): t.RoleRow | undefined {
  return db.select().from(t.roles).where(eq(t.roles.id, id)).get()
}

export function roleRefsByIds (db: Db, ids: string[]): Map<string, RoleRef> {
  if (ids.length === 0) return new Map()
  const rows = db.select({ id: t.roles.id, title: t.roles.title, detail: t.roles.detail })
    .from(t.roles).where(inArray(t.roles.id, ids)).all()
  return new Map(rows.map((row) => [row.id, row]))
}

function groupBy<T> (rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group === undefined) groups.set(key(row), [row])
    else group.push(row)
  }
  return groups
}

/** What a role card shows besides the role row: loaded for a whole page in four queries. */
export interface RoleCardParts {
  alternateTitles: Map<string, Array<{ title: string, sourceId: string | null }>>
  tags: Map<string, Array<{ tag: string, sourceId: string | null }>>
  summaries: Map<string, string>
  broader: Map<string, RoleRef>
}

export function loadRoleCardParts (db: Db, rows: t.RoleRow[]): RoleCardParts {
  const ids = rows.map((row) => row.id)
  const alternateTitles = db.select().from(t.roleAlternateTitles)
    .where(inArray(t.roleAlternateTitles.roleId, ids)).orderBy(asc(t.roleAlternateTitles.title)).all()
  const tags = db.select().from(t.roleTags)
    .where(inArray(t.roleTags.roleId, ids)).orderBy(asc(t.roleTags.tag)).all()
  // The summary is the description from the role's first source document by id: read in
  // descending order, so that the Map below keeps the first one.
  const descriptions = db.select({ roleId: t.roleDescriptions.roleId, text: t.roleDescriptions.text })
    .from(t.roleDescriptions).where(inArray(t.roleDescriptions.roleId, ids))
    .orderBy(desc(t.roleDescriptions.sourceId)).all()
  const broaderIds = rows.flatMap((row) => (row.broaderRoleId === null ? [] : [row.broaderRoleId]))
  return {
    alternateTitles: groupBy(alternateTitles, (row) => row.roleId),
    tags: groupBy(tags, (row) => row.roleId),
    summaries: new Map(descriptions.map((row) => [row.roleId, row.text])),
    broader: roleRefsByIds(db, broaderIds)
  }
}

/** Everything in the role document that is not an optional include. */
export function loadRoleDetails (db: Db, roleId: string) {
  const byRole = <T extends { roleId: any }>(table: T) => eq(table.roleId, roleId)
  return {
    narrower: db.select({ id: t.roles.id, title: t.roles.title, detail: t.roles.detail })
      .from(t.roles).where(eq(t.roles.broaderRoleId, roleId)).orderBy(asc(t.roles.title)).all(),
    descriptions: db.select().from(t.roleDescriptions).where(byRole(t.roleDescriptions))
      .orderBy(asc(t.roleDescriptions.sourceId)).all(),
    responsibilities: db.select().from(t.responsibilities).where(byRole(t.responsibilities))
      .orderBy(asc(t.responsibilities.sourceId), asc(t.responsibilities.position)).all(),
    workSettings: db.select({ id: t.workSettings.id, name: t.workSettings.name, sourceId: t.roleWorkSettings.sourceId })
      .from(t.roleWorkSettings).innerJoin(t.workSettings, eq(t.workSettings.id, t.roleWorkSettings.workSettingId))
      .where(byRole(t.roleWorkSettings)).orderBy(asc(t.roleWorkSettings.sourceId), asc(t.workSettings.name)).all(),
    employmentTypes: db.select().from(t.roleEmploymentTypes).where(byRole(t.roleEmploymentTypes)).all(),
    reportingLines: db.select({ id: t.roles.id, title: t.roles.title, detail: t.roles.detail, sourceId: t.roleReportingLines.sourceId })
      .from(t.roleReportingLines).innerJoin(t.roles, eq(t.roles.id, t.roleReportingLines.reportsToRoleId))
      .where(eq(t.roleReportingLines.roleId, roleId)).orderBy(asc(t.roles.title)).all(),
    experience: db.select().from(t.experienceRequirements).where(byRole(t.experienceRequirements))
      .orderBy(asc(t.experienceRequirements.sourceId), asc(t.experienceRequirements.position)).all(),
    benefits: db.select().from(t.roleBenefits).where(byRole(t.roleBenefits))
      .orderBy(asc(t.roleBenefits.sourceId), asc(t.roleBenefits.position)).all(),
    requirements: db.select().from(t.roleRequirements).where(byRole(t.roleRequirements))
      .orderBy(asc(t.roleRequirements.sourceId), asc(t.roleRequirements.position)).all(),
    codes: db.select().from(t.roleCodes).where(byRole(t.roleCodes))
      .orderBy(asc(t.roleCodes.scheme), asc(t.roleCodes.code)).all(),
    sources: db.select({ id: t.sources.id, title: t.sources.title, publisher: t.sources.publisher, coverage: t.roleSources.coverage })
      .from(t.roleSources).innerJoin(t.sources, eq(t.sources.id, t.roleSources.sourceId))
      .where(eq(t.roleSources.roleId, roleId)).orderBy(asc(t.sources.id)).all()
  }
}
export type RoleDetails = ReturnType<typeof loadRoleDetails>
