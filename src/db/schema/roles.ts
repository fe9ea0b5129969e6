import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { entity } from './columns.js'
import { codeSchemes, employmentTypes, publishedOnBases, publisherBases, responsibilityKinds, roleDetails, roleKinds, sourceCoverages } from './enums.js'

// Sources, roles and what documents state of a role besides its competencies.
export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  publisher: text('publisher'),
  author: text('author'),
  publishedOn: text('published_on'),
  // Null exactly when the value it qualifies is null.
  publishedOnBasis: text('published_on_basis', { enum: publishedOnBases }),
  publisherBasis: text('publisher_basis', { enum: publisherBases }),
  description: text('description').notNull(),
  ...entity
})

export const roles = sqliteTable('roles', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  detail: text('detail', { enum: roleDetails }).notNull(),
  kind: text('kind', { enum: roleKinds }).notNull().default('occupation'),
  broaderRoleId: text('broader_role_id').references((): any => roles.id),
  ...entity
}, (t) => [
  index('roles_title_idx').on(t.title, t.id),
  index('roles_updated_at_idx').on(t.updatedAt, t.id),
  index('roles_broader_role_id_idx').on(t.broaderRoleId)
])

export const roleAlternateTitles = sqliteTable('role_alternate_titles', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  // A title two documents use is stated twice, once by each.
  sourceId: text('source_id').notNull().references(() => sources.id)
}, (t) => [primaryKey({ columns: [t.roleId, t.title, t.sourceId] }), index('role_alternate_titles_source_id_idx').on(t.sourceId)])

export const roleTags = sqliteTable('role_tags', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  tag: text('tag').notNull(),
  // Null when the tag is roleatlas's own classification rather than a document's.
  sourceId: text('source_id').references(() => sources.id)
}, (t) => [
  primaryKey({ columns: [t.roleId, t.tag] }),
  // Tags are matched case-insensitively: lower() on both sides lets that be an index seek.
  index('role_tags_tag_lower_idx').on(sql`lower(${t.tag})`)
])

export const roleSources = sqliteTable('role_sources', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  coverage: text('coverage', { enum: sourceCoverages }).notNull()
}, (t) => [primaryKey({ columns: [t.roleId, t.sourceId] }), index('role_sources_source_id_idx').on(t.sourceId)])

export const roleDescriptions = sqliteTable('role_descriptions', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  text: text('text').notNull(),
  ...entity
}, (t) => [index('role_descriptions_role_id_idx').on(t.roleId, t.sourceId)])

export const roleCodes = sqliteTable('role_codes', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  scheme: text('scheme', { enum: codeSchemes }).notNull(),
  code: text('code').notNull(),
  label: text('label').notNull(),
  ...entity
}, (t) => [uniqueIndex('role_codes_role_scheme_code_idx').on(t.roleId, t.scheme, t.code)])

export const roleEmploymentTypes = sqliteTable('role_employment_types', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  employmentType: text('employment_type', { enum: employmentTypes }).notNull(),
  sourceId: text('source_id').notNull().references(() => sources.id)
}, (t) => [primaryKey({ columns: [t.roleId, t.employmentType, t.sourceId] })])

export const roleReportingLines = sqliteTable('role_reporting_lines', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  reportsToRoleId: text('reports_to_role_id').notNull().references(() => roles.id),
  sourceId: text('source_id').notNull().references(() => sources.id)
}, (t) => [primaryKey({ columns: [t.roleId, t.reportsToRoleId, t.sourceId] })])

export const roleBenefits = sqliteTable('role_benefits', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  ...entity
}, (t) => [index('role_benefits_role_id_idx').on(t.roleId, t.sourceId, t.position)])

// Requirements that are neither education, experience, skills nor credentials,
// such as passing a background check.
export const roleRequirements = sqliteTable('role_requirements', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  ...entity
}, (t) => [index('role_requirements_role_id_idx').on(t.roleId, t.sourceId, t.position)])

export const responsibilities = sqliteTable('responsibilities', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  kind: text('kind', { enum: responsibilityKinds }).notNull(),
  section: text('section').notNull(),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  ...entity
}, (t) => [index('responsibilities_role_id_idx').on(t.roleId, t.sourceId, t.position)])

export const workSettings = sqliteTable('work_settings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  ...entity
})

export const roleWorkSettings = sqliteTable('role_work_settings', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  workSettingId: text('work_setting_id').notNull().references(() => workSettings.id),
  sourceId: text('source_id').notNull().references(() => sources.id)
}, (t) => [primaryKey({ columns: [t.roleId, t.workSettingId, t.sourceId] })])
