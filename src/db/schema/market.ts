import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { entity } from './columns.js'
import { roles, sources } from './roles.js'

// What a document says of a role's job market and working conditions, verbatim: each statement
// with its kind, the region it is about and, for a hotspot, the place it names.
export const outlookKinds = ['demand', 'growth', 'trend', 'hotspot', 'work_environment'] as const

export const outlookStatements = sqliteTable('outlook_statements', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  kind: text('kind', { enum: outlookKinds }).notNull(),
  section: text('section').notNull(),
  position: integer('position').notNull(),
  // The item's lead-in as the document words it ("Growth Potential"), where it has one.
  label: text('label'),
  text: text('text').notNull(),
  // Whom the document credits with the statement ("Bureau of Labor Statistics").
  attribution: text('attribution'),
  place: text('place'),
  country: text('country'),
  subdivision: text('subdivision'),
  ...entity
}, (t) => [index('outlook_statements_role_id_idx').on(t.roleId, t.sourceId, t.position)])

// Schools as one document lists them, with its figures exactly as given (null where it says N/A).
export const schools = sqliteTable('schools', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  city: text('city'),
  state: text('state'),
  sourceId: text('source_id').notNull().references(() => sources.id),
  section: text('section').notNull(),
  tuitionCurrency: text('tuition_currency').notNull(),
  inStateTuition: real('in_state_tuition'),
  outOfStateTuition: real('out_of_state_tuition'),
  admissionRatePercent: real('admission_rate_percent'),
  graduationRatePercent: real('graduation_rate_percent'),
  enrollment: integer('enrollment'),
  ...entity
}, (t) => [index('schools_name_idx').on(t.name, t.id)])

export const roleSchools = sqliteTable('role_schools', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  schoolId: text('school_id').notNull().references(() => schools.id),
  sourceId: text('source_id').notNull().references(() => sources.id),
  section: text('section').notNull(),
  position: integer('position').notNull()
}, (t) => [primaryKey({ columns: [t.roleId, t.schoolId, t.sourceId] }), index('role_schools_school_id_idx').on(t.schoolId)])

export const resourceKinds = ['agency', 'association', 'foundation', 'licensing_board', 'course_provider', 'journal', 'networking'] as const

// Organisations, sites and publications a document points readers to; website and description
// as the document gives them (null where it gives none).
export const resources = sqliteTable('resources', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  abbreviation: text('abbreviation'),
  kind: text('kind', { enum: resourceKinds }).notNull(),
  website: text('website'),
  description: text('description'),
  sourceId: text('source_id').notNull().references(() => sources.id),
  section: text('section').notNull(),
  ...entity
}, (t) => [index('resources_name_idx').on(t.name, t.id), index('resources_kind_idx').on(t.kind, t.name, t.id)])

export const roleResources = sqliteTable('role_resources', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  resourceId: text('resource_id').notNull().references(() => resources.id),
  sourceId: text('source_id').notNull().references(() => sources.id),
  section: text('section').notNull(),
  position: integer('position').notNull()
}, (t) => [primaryKey({ columns: [t.roleId, t.resourceId, t.sourceId] }), index('role_resources_resource_id_idx').on(t.resourceId)])
