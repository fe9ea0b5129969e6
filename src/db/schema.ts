import { sql } from 'drizzle-orm'
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

// Every table with its own `id` is an entity: it carries a version and timestamps so that
// writes can be made conditional (If-Match) and synced incrementally (updated_since).
// Timestamps are ISO-8601 UTC strings with milliseconds, so they sort as text.
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

const entity = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now)
}

export const educationLevels = [
  'none',
  'high_school',
  'postsecondary_certificate',
  'associate',
  'bachelor',
  'master',
  'doctorate'
] as const
export type EducationLevel = typeof educationLevels[number]

export const roleDetails = ['full', 'brief', 'mention'] as const
// occupation: a job or occupation; family: a group of roles that a source describes as a whole
// ("types of therapeutic support staff"), whose statements hold for some of its members.
export const roleKinds = ['occupation', 'family'] as const
export const skillKinds = ['hard', 'soft', 'tool'] as const
export const certificationKinds = ['certification', 'license'] as const
// required: the source says the role needs it; preferred: the source prefers or recommends it for
// the role's holders; listed: the source names it with the role (as used in the work, or as
// something to train in) without saying whether an employer requires or prefers it.
export const importances = ['required', 'preferred', 'listed'] as const
// none: stated for the role without qualification; often: "often required"; some_positions:
// "some positions may require".
export const qualifiers = ['none', 'often', 'some_positions'] as const
// closed: exactly one of the linked credentials; open: any credential of the kind the label names,
// of which the linked ones are the source's examples ("e.g.", "such as").
export const alternativeKinds = ['closed', 'open'] as const
// stated: the source links them; matched_by_name: the source names a credential for a family of
// roles and the credential's name names this member role (Certified Peer Specialist, Peer Support Specialist).
export const linkBases = ['stated', 'matched_by_name'] as const
export const certificationRelationKinds = ['related'] as const
export const responsibilityKinds = ['primary', 'secondary'] as const
export const edgeKinds = ['advancement', 'lateral'] as const
export const salaryKinds = ['range', 'average', 'median'] as const
export const salaryPeriods = ['hour', 'year'] as const
export const employmentTypes = ['full_time', 'part_time', 'contract', 'temporary', 'internship', 'per_diem'] as const
export const codeSchemes = ['SOC', 'ONET_SOC', 'ISCO_08', 'ESCO'] as const
export const sourceCoverages = ['describes', 'mentions'] as const
// How a source's date or publisher is known: `stated` by the document as its publication date or
// publisher; `last_updated`, the date the document gives as its last update; inferred from the
// document's title (a year in it) or from the author's bio (the organisation the author founded).
export const publishedOnBases = ['stated', 'last_updated', 'inferred_from_title'] as const
export const publisherBases = ['stated', 'inferred_from_author_bio'] as const
// An alias is another name or wording for the entity; an abbreviation is its initials or short form.
export const nameKinds = ['alias', 'abbreviation'] as const

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

export const skills = sqliteTable('skills', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: skillKinds }).notNull(),
  category: text('category'),
  description: text('description'),
  ...entity
}, (t) => [index('skills_name_idx').on(t.name, t.id), index('skills_kind_idx').on(t.kind)])

export const skillAliases = sqliteTable('skill_aliases', {
  skillId: text('skill_id').notNull().references(() => skills.id, { onDelete: 'cascade' }),
  alias: text('alias').notNull(),
  kind: text('kind', { enum: nameKinds }).notNull(),
  sourceId: text('source_id').notNull().references(() => sources.id)
}, (t) => [primaryKey({ columns: [t.skillId, t.alias, t.sourceId] }), index('skill_aliases_source_id_idx').on(t.sourceId)])

export const roleSkills = sqliteTable('role_skills', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  skillId: text('skill_id').notNull().references(() => skills.id),
  sourceId: text('source_id').notNull().references(() => sources.id),
  importance: text('importance', { enum: importances }).notNull(),
  section: text('section').notNull(),
  position: integer('position').notNull(),
  wording: text('wording').notNull(),
  ...entity
}, (t) => [
  uniqueIndex('role_skills_role_skill_source_idx').on(t.roleId, t.skillId, t.sourceId, t.wording),
  index('role_skills_skill_id_idx').on(t.skillId)
])

export const certifications = sqliteTable('certifications', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: certificationKinds }).notNull(),
  issuingBody: text('issuing_body'),
  description: text('description'),
  ...entity
}, (t) => [index('certifications_name_idx').on(t.name, t.id)])

// Abbreviations and other names of a certification, each as one document states it.
export const certificationNames = sqliteTable('certification_names', {
  certificationId: text('certification_id').notNull().references(() => certifications.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  kind: text('kind', { enum: nameKinds }).notNull(),
  sourceId: text('source_id').notNull().references(() => sources.id)
}, (t) => [primaryKey({ columns: [t.certificationId, t.name, t.sourceId] }), index('certification_names_source_id_idx').on(t.sourceId)])

export const roleCertifications = sqliteTable('role_certifications', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  certificationId: text('certification_id').notNull().references(() => certifications.id),
  sourceId: text('source_id').notNull().references(() => sources.id),
  importance: text('importance', { enum: importances }).notNull(),
  // Links of one role sharing a group are alternatives: any one of them meets the requirement.
  alternativeGroup: text('alternative_group'),
  alternatives: text('alternatives', { enum: alternativeKinds }),
  alternativesLabel: text('alternatives_label'),
  qualifier: text('qualifier', { enum: qualifiers }).notNull().default('none'),
  basis: text('basis', { enum: linkBases }).notNull().default('stated'),
  section: text('section').notNull(),
  position: integer('position').notNull(),
  wording: text('wording').notNull(),
  ...entity
}, (t) => [
  uniqueIndex('role_certifications_role_cert_source_idx').on(t.roleId, t.certificationId, t.sourceId),
  index('role_certifications_certification_id_idx').on(t.certificationId)
])

// Credentials that two sources name differently are kept apart and related, not merged.
// The relation is roleatlas's curation, not a source's statement; each pair is stored once.
export const certificationRelations = sqliteTable('certification_relations', {
  certificationId: text('certification_id').notNull().references(() => certifications.id, { onDelete: 'cascade' }),
  relatedCertificationId: text('related_certification_id').notNull().references(() => certifications.id, { onDelete: 'cascade' }),
  relation: text('relation', { enum: certificationRelationKinds }).notNull()
}, (t) => [
  primaryKey({ columns: [t.certificationId, t.relatedCertificationId] }),
  index('certification_relations_related_idx').on(t.relatedCertificationId),
  check('certification_relations_no_self', sql`${t.certificationId} <> ${t.relatedCertificationId}`)
])

export const fieldsOfStudy = sqliteTable('fields_of_study', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  ...entity
})

export const trainingPrograms = sqliteTable('training_programs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  sourceId: text('source_id').notNull().references(() => sources.id),
  ...entity
})

export const educationRequirements = sqliteTable('education_requirements', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  minimumLevel: text('minimum_level', { enum: educationLevels }),
  // Rank of minimum_level in educationLevels, so that "at or below" is a plain comparison.
  minimumLevelRank: integer('minimum_level_rank'),
  minimumText: text('minimum_text'),
  preferredLevels: text('preferred_levels', { mode: 'json' }).$type<EducationLevel[]>().notNull(),
  preferredText: text('preferred_text'),
  // Fields beyond the list that the source also accepts, in its words ("a related human services field").
  relatedFields: text('related_fields'),
  notes: text('notes'),
  ...entity
}, (t) => [
  uniqueIndex('education_requirements_role_source_idx').on(t.roleId, t.sourceId),
  index('education_requirements_rank_idx').on(t.minimumLevelRank)
])

export const educationRequirementFields = sqliteTable('education_requirement_fields', {
  requirementId: text('requirement_id').notNull().references(() => educationRequirements.id, { onDelete: 'cascade' }),
  fieldOfStudyId: text('field_of_study_id').notNull().references(() => fieldsOfStudy.id),
  position: integer('position').notNull()
}, (t) => [primaryKey({ columns: [t.requirementId, t.fieldOfStudyId] })])

export const educationRequirementPrograms = sqliteTable('education_requirement_programs', {
  requirementId: text('requirement_id').notNull().references(() => educationRequirements.id, { onDelete: 'cascade' }),
  trainingProgramId: text('training_program_id').notNull().references(() => trainingPrograms.id),
  position: integer('position').notNull()
}, (t) => [primaryKey({ columns: [t.requirementId, t.trainingProgramId] })])

export const experienceRequirements = sqliteTable('experience_requirements', {
  id: text('id').primaryKey(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id),
  position: integer('position').notNull(),
  label: text('label'),
  minYears: real('min_years'),
  // "More than 5 years": the bound itself is not included.
  minYearsExclusive: integer('min_years_exclusive', { mode: 'boolean' }).notNull().default(false),
  maxYears: real('max_years'),
  text: text('text').notNull(),
  preferredPopulations: text('preferred_populations', { mode: 'json' }).$type<string[]>().notNull(),
  preferredSettings: text('preferred_settings', { mode: 'json' }).$type<string[]>().notNull(),
  ...entity
}, (t) => [
  index('experience_requirements_role_id_idx').on(t.roleId, t.sourceId, t.position),
  check('experience_years_order', sql`${t.minYears} IS NULL OR ${t.maxYears} IS NULL OR ${t.minYears} <= ${t.maxYears}`)
])

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

// The read model: every representation of every role document, built in the transaction
// that changed the data and served as stored bytes. It lives in the database (not only in a
// process's memory) so that every process sharing the database serves the same bytes.
export const roleDocuments = sqliteTable('role_documents', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  // `json` (every part embedded), `ld` (schema.org JSON-LD), `ld:<location>` (JSON-LD with one
  // place's salary figures) and `ld:other` (JSON-LD for a place with no figures).
  variant: text('variant').notNull(),
  mediaType: text('media_type').notNull(),
  // A hash of the identity bytes; each content coding's ETag derives from it.
  hash: text('hash').notNull(),
  // When these bytes last changed (not when they were last rebuilt).
  lastModified: text('last_modified').notNull(),
  identity: blob('identity', { mode: 'buffer' }).$type<Buffer>().notNull(),
  gzip: blob('gzip', { mode: 'buffer' }).$type<Buffer>().notNull(),
  br: blob('br', { mode: 'buffer' }).$type<Buffer>().notNull(),
  // Byte ranges of the optional parts in `identity`, so that any `include` set is a splice.
  parts: text('parts', { mode: 'json' }).$type<Record<string, [number, number]> | null>()
}, (t) => [primaryKey({ columns: [t.roleId, t.variant] })])

export const dependencyKinds = ['role', 'skill', 'certification', 'source', 'work_setting', 'field_of_study', 'training_program', 'school', 'resource'] as const
export type DependencyKind = typeof dependencyKinds[number]

// What each role document embeds from other entities (a skill's name, a related role's title),
// so that a change to one of them rebuilds exactly the documents that show it.
export const roleDocumentDependencies = sqliteTable('role_document_dependencies', {
  entityType: text('entity_type', { enum: dependencyKinds }).notNull(),
  entityId: text('entity_id').notNull(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' })
}, (t) => [
  primaryKey({ columns: [t.entityType, t.entityId, t.roleId] }),
  index('role_document_dependencies_role_id_idx').on(t.roleId)
])

// Settings the stored documents were built with (format version, public base URL): when they
// differ from the running code's, every document is rebuilt at start-up.
export const readModelState = sqliteTable('read_model_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})

export type NameKind = typeof nameKinds[number]
export type SourceRow = typeof sources.$inferSelect
export type RoleRow = typeof roles.$inferSelect
export type ResponsibilityRow = typeof responsibilities.$inferSelect
export type SkillRow = typeof skills.$inferSelect
export type RoleSkillRow = typeof roleSkills.$inferSelect
export type CertificationRow = typeof certifications.$inferSelect
export type RoleCertificationRow = typeof roleCertifications.$inferSelect
export type EducationRequirementRow = typeof educationRequirements.$inferSelect
export type ExperienceRequirementRow = typeof experienceRequirements.$inferSelect
export type SalaryRow = typeof salaries.$inferSelect
export type ProgressionEdgeRow = typeof progressionEdges.$inferSelect
export type EntryRouteRow = typeof entryRoutes.$inferSelect
export type TrainingProgramRow = typeof trainingPrograms.$inferSelect
export type RoleDocumentRow = typeof roleDocuments.$inferSelect
export type OutlookStatementRow = typeof outlookStatements.$inferSelect
export type SchoolRow = typeof schools.$inferSelect
export type ResourceRow = typeof resources.$inferSelect
