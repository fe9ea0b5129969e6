import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { entity } from './columns.js'
import { type EducationLevel, alternativeKinds, certificationKinds, certificationRelationKinds, educationLevels, importances, linkBases, nameKinds, qualifiers, skillKinds } from './enums.js'
import { roles, sources } from './roles.js'

// Skills, credentials, education and experience, and how each source links them to roles.
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
