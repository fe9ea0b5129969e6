// The Drizzle schema, one file per group of tables; drizzle-kit reads it from here.
export * from './schema/enums.js'
export * from './schema/roles.js'
export * from './schema/competencies.js'
export * from './schema/careers.js'
export * from './schema/market.js'
export * from './schema/read-model.js'
import type { nameKinds } from './schema/enums.js'
import type { roles, responsibilities, sources } from './schema/roles.js'
import type { certifications, educationRequirements, experienceRequirements, roleCertifications, roleSkills, skills, trainingPrograms } from './schema/competencies.js'
import type { entryRoutes, progressionEdges, salaries } from './schema/careers.js'
import type { outlookStatements, resources, schools } from './schema/market.js'
import type { roleDocuments } from './schema/read-model.js'

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
