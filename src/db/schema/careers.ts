import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { entity } from './columns.js'
import { edgeKinds, educationLevels, salaryKinds, salaryPeriods } from './enums.js'
import { roles, sources } from './roles.js'
import { fieldsOfStudy } from './competencies.js'

// Salary figures and the ways into and out of a role.
export const salaries = sqliteTable('salaries', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  position: integer('position').notNull(),
  kind: text('kind', { enum: salaryKinds }).notNull(),
  currency: text('currency').notNull(),
  period: text('period', { enum: salaryPeriods }).notNull(),
  min: real('min'),
  max: real('max'),
  median: real('median'),
  average: real('average'),
  p10: real('p10'),
  p25: real('p25'),
  p75: real('p75'),
  p90: real('p90'),
  country: text('country'),
  subdivision: text('subdivision'),
  referenceYear: integer('reference_year'),
  publisher: text('publisher'),
  quote: text('quote').notNull(),
  notes: text('notes'),
  ...entity
}, (t) => [
  index('salaries_role_id_idx').on(t.roleId, t.sourceId, t.position),
  index('salaries_period_currency_idx').on(t.period, t.currency),
  check('salary_range_order', sql`${t.min} IS NULL OR ${t.max} IS NULL OR ${t.min} <= ${t.max}`)
])

export const progressionEdges = sqliteTable('progression_edges', {
  id: text('id').primaryKey(),
  fromRoleId: text('from_role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  toRoleId: text('to_role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: edgeKinds }).notNull(),
  condition: text('condition'),
  sourceId: text('source_id').notNull().references(() => sources.id),
  section: text('section').notNull(),
  position: integer('position').notNull(),
  quote: text('quote').notNull(),
  ...entity
}, (t) => [
  uniqueIndex('progression_edges_from_to_kind_source_idx').on(t.fromRoleId, t.toRoleId, t.kind, t.sourceId),
  index('progression_edges_to_role_id_idx').on(t.toRoleId),
  check('progression_edges_no_self_loop', sql`${t.fromRoleId} <> ${t.toRoleId}`)
])

// A background a source names as a way into a role ("Recent graduate with a degree in Psychology,
// Social Work, or a related field"): not a role of its own, so not a progression edge.
export const entryRoutes = sqliteTable('entry_routes', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  section: text('section').notNull(),
  position: integer('position').notNull(),
  background: text('background').notNull(),
  // Null where the source names a degree without its level.
  educationLevel: text('education_level', { enum: educationLevels }),
  relatedFields: text('related_fields'),
  quote: text('quote').notNull(),
  ...entity
}, (t) => [index('entry_routes_role_id_idx').on(t.roleId, t.sourceId, t.position)])

export const entryRouteFields = sqliteTable('entry_route_fields', {
  entryRouteId: text('entry_route_id').notNull().references(() => entryRoutes.id, { onDelete: 'cascade' }),
  fieldOfStudyId: text('field_of_study_id').notNull().references(() => fieldsOfStudy.id),
  position: integer('position').notNull()
}, (t) => [primaryKey({ columns: [t.entryRouteId, t.fieldOfStudyId] })])
