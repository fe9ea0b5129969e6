import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { afterPosition, orderBy } from '../db/keyset.js'
import { inJsonArray, preparedFor } from '../db/prepared.js'
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
  kind?: typeof t.roleKinds[number]
}

const sortColumns = { title: t.roles.title, updated: t.roles.updatedAt } as const

export function roleSortKey (sort: RoleSort): { column: keyof typeof sortColumns, direction: 'asc' | 'desc' } {
  const descending = sort.startsWith('-')
  return { column: (descending ? sort.slice(1) : sort) as keyof typeof sortColumns, direction: descending ? 'desc' : 'asc' }
}

/**
 * Each filter is `roles.id IN (<the roles that match it>)`: a subquery SQLite runs once, rather
 * than a correlated EXISTS per role, which at 10,000 roles let the planner pick an index on the
 * filter's columns and scan the whole table for every role (seconds instead of milliseconds).
 */
function filterConditions (filters: RoleFilters): SQL[] {
  const conditions: SQL[] = []
  const roleIdIn = (subquery: SQL): SQL => sql`${t.roles.id} IN (${subquery})`
  if (filters.q !== undefined) {
    const match = toMatchExpression(filters.q)
    conditions.push(match === null
      ? sql`0`
      : roleIdIn(sql`SELECT entity_id FROM search_index WHERE search_index MATCH ${match} AND entity_type = 'role'`))
  }
  if (filters.tag !== undefined) {
    conditions.push(roleIdIn(sql`SELECT ${t.roleTags.roleId} FROM ${t.roleTags} WHERE lower(${t.roleTags.tag}) = lower(${filters.tag})`))
  }
  if (filters.skill !== undefined) {
    conditions.push(roleIdIn(sql`SELECT ${t.roleSkills.roleId} FROM ${t.roleSkills} WHERE ${t.roleSkills.skillId} = ${filters.skill}`))
  }
  if (filters.certification !== undefined) {
    conditions.push(roleIdIn(sql`SELECT ${t.roleCertifications.roleId} FROM ${t.roleCertifications} WHERE ${t.roleCertifications.certificationId} = ${filters.certification}`))
  }
  if (filters.educationMax !== undefined) {
    const rank = t.educationLevels.indexOf(filters.educationMax)
    conditions.push(roleIdIn(sql`SELECT ${t.educationRequirements.roleId} FROM ${t.educationRequirements} WHERE ${t.educationRequirements.minimumLevelRank} <= ${rank}`))
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
    // One figure must meet every salary condition at once.
    conditions.push(roleIdIn(sql`SELECT ${t.salaries.roleId} FROM ${t.salaries} WHERE ${sql.join(salary, sql` AND `)}`))
  }
  if (filters.detail !== undefined) conditions.push(eq(t.roles.detail, filters.detail))
  if (filters.kind !== undefined) conditions.push(eq(t.roles.kind, filters.kind))
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

const roleById = preparedFor((db) => db.select().from(t.roles).where(eq(t.roles.id, sql.placeholder('id'))).prepare())

export function findRole (db: Db, id: string): t.RoleRow | undefined {
  return roleById(db).get({ id })
}

const roleRefs = preparedFor((db) => db.select({ id: t.roles.id, title: t.roles.title, detail: t.roles.detail })
  .from(t.roles).where(inJsonArray(t.roles.id, 'ids')).prepare())

function roleRefsByIds (db: Db, ids: string[]): Map<string, RoleRef> {
  return new Map(roleRefs(db).all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]))
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
  alternateTitles: Map<string, Array<{ title: string, sourceId: string }>>
  tags: Map<string, Array<{ tag: string, sourceId: string | null }>>
  summaries: Map<string, string>
  broader: Map<string, RoleRef>
}

const cardQueries = preparedFor((db) => ({
  alternateTitles: db.select().from(t.roleAlternateTitles)
    .where(inJsonArray(t.roleAlternateTitles.roleId, 'ids')).orderBy(asc(t.roleAlternateTitles.title), asc(t.roleAlternateTitles.sourceId)).prepare(),
  tags: db.select().from(t.roleTags)
    .where(inJsonArray(t.roleTags.roleId, 'ids')).orderBy(asc(t.roleTags.tag)).prepare(),
  // The summary is the description from the role's first source document by id: read in
  // descending order, so that the Map built from it keeps the first one.
  descriptions: db.select({ roleId: t.roleDescriptions.roleId, text: t.roleDescriptions.text })
    .from(t.roleDescriptions).where(inJsonArray(t.roleDescriptions.roleId, 'ids'))
    .orderBy(desc(t.roleDescriptions.sourceId)).prepare()
}))

export function loadRoleCardParts (db: Db, rows: t.RoleRow[]): RoleCardParts {
  const ids = JSON.stringify(rows.map((row) => row.id))
  const queries = cardQueries(db)
  const broaderIds = rows.flatMap((row) => (row.broaderRoleId === null ? [] : [row.broaderRoleId]))
  return {
    alternateTitles: groupBy(queries.alternateTitles.all({ ids }), (row) => row.roleId),
    tags: groupBy(queries.tags.all({ ids }), (row) => row.roleId),
    summaries: new Map(queries.descriptions.all({ ids }).map((row) => [row.roleId, row.text])),
    broader: roleRefsByIds(db, broaderIds)
  }
}

const roleId = sql.placeholder('roleId')

const detailQueries = preparedFor((db) => ({
  narrower: db.select({ id: t.roles.id, title: t.roles.title, detail: t.roles.detail })
    .from(t.roles).where(eq(t.roles.broaderRoleId, roleId)).orderBy(asc(t.roles.title)).prepare(),
  descriptions: db.select().from(t.roleDescriptions).where(eq(t.roleDescriptions.roleId, roleId))
    .orderBy(asc(t.roleDescriptions.sourceId)).prepare(),
  responsibilities: db.select().from(t.responsibilities).where(eq(t.responsibilities.roleId, roleId))
    .orderBy(asc(t.responsibilities.sourceId), asc(t.responsibilities.position)).prepare(),
  workSettings: db.select({ id: t.workSettings.id, name: t.workSettings.name, sourceId: t.roleWorkSettings.sourceId })
    .from(t.roleWorkSettings).innerJoin(t.workSettings, eq(t.workSettings.id, t.roleWorkSettings.workSettingId))
    .where(eq(t.roleWorkSettings.roleId, roleId)).orderBy(asc(t.roleWorkSettings.sourceId), asc(t.workSettings.name)).prepare(),
  employmentTypes: db.select().from(t.roleEmploymentTypes).where(eq(t.roleEmploymentTypes.roleId, roleId)).prepare(),
  reportingLines: db.select({ id: t.roles.id, title: t.roles.title, detail: t.roles.detail, sourceId: t.roleReportingLines.sourceId })
    .from(t.roleReportingLines).innerJoin(t.roles, eq(t.roles.id, t.roleReportingLines.reportsToRoleId))
    .where(eq(t.roleReportingLines.roleId, roleId)).orderBy(asc(t.roles.title)).prepare(),
  experience: db.select().from(t.experienceRequirements).where(eq(t.experienceRequirements.roleId, roleId))
    .orderBy(asc(t.experienceRequirements.sourceId), asc(t.experienceRequirements.position)).prepare(),
  benefits: db.select().from(t.roleBenefits).where(eq(t.roleBenefits.roleId, roleId))
    .orderBy(asc(t.roleBenefits.sourceId), asc(t.roleBenefits.position)).prepare(),
  requirements: db.select().from(t.roleRequirements).where(eq(t.roleRequirements.roleId, roleId))
    .orderBy(asc(t.roleRequirements.sourceId), asc(t.roleRequirements.position)).prepare(),
  codes: db.select().from(t.roleCodes).where(eq(t.roleCodes.roleId, roleId))
    .orderBy(asc(t.roleCodes.scheme), asc(t.roleCodes.code)).prepare(),
  sources: db.select({
    id: t.sources.id, title: t.sources.title, publisher: t.sources.publisher, publisher_basis: t.sources.publisherBasis, coverage: t.roleSources.coverage
  })
    .from(t.roleSources).innerJoin(t.sources, eq(t.sources.id, t.roleSources.sourceId))
    .where(eq(t.roleSources.roleId, roleId)).orderBy(asc(t.sources.id)).prepare()
}))

/** Everything in the role document that is not an optional include. */
export function loadRoleDetails (db: Db, id: string) {
  const queries = detailQueries(db)
  const params = { roleId: id }
  return {
    narrower: queries.narrower.all(params),
    descriptions: queries.descriptions.all(params),
    responsibilities: queries.responsibilities.all(params),
    workSettings: queries.workSettings.all(params),
    employmentTypes: queries.employmentTypes.all(params),
    reportingLines: queries.reportingLines.all(params),
    experience: queries.experience.all(params),
    benefits: queries.benefits.all(params),
    requirements: queries.requirements.all(params),
    codes: queries.codes.all(params),
    sources: queries.sources.all(params)
  }
}
export type RoleDetails = ReturnType<typeof loadRoleDetails>
