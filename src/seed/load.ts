import { and, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import type { SeedData } from './format.js'
import { buildSeedRows } from './rows.js'
import { deleteEntitiesNotIn, syncLinks, upsertEntities } from '../db/writes.js'
import { writeTransaction } from '../changes/write-transaction.js'
import type { ReadModelSettings } from '../read-model/role-representations.js'

export function isDatabaseEmpty (db: Db): boolean {
  return db.select({ id: t.roles.id }).from(t.roles).limit(1).all().length === 0
}

export interface SeedSummary {
  sources: number
  roles: number
  skills: number
  certifications: number
  salaries: number
  progressionEdges: number
  /** Entity and fact rows inserted or changed (link rows are not counted). */
  rowsWritten: number
  rowsDeleted: number
}

/**
 * Loads the seed into the database in one write transaction: entities are upserted (a changed
 * row gets a new version), facts of the seeded documents that the seed no longer states are
 * deleted, and every change is recorded so that the search index and exactly the role documents
 * that show it are rebuilt. Running it twice changes nothing.
 */
export function seedDatabase (db: Db, data: SeedData, settings: ReadModelSettings): SeedSummary {
  const rows = buildSeedRows(data)
  const sourceIds = rows.sources.map((source) => source.id)
  const roleIds = rows.roles.map((role) => role.id)
  const requirementRoles = new Map(rows.education.map((row) => [row.id, row.roleId]))
  let written = 0
  let deleted = 0

  writeTransaction(db, settings, (tx, changes) => {
    // Roles refer to each other (broader roles, edges); check the keys once, at commit.
    tx.run(sql`PRAGMA defer_foreign_keys = ON`)
    const roleFacts = ({ roleId }: { roleId: string }): void => changes.roleFacts(roleId)
    written += upsertEntities(tx, t.sources, rows.sources, ({ id }) => changes.entity('source', id))
    written += upsertEntities(tx, t.roles, rows.roles, ({ id }) => changes.role(id))
    written += upsertEntities(tx, t.skills, rows.skills, ({ id }) => changes.entity('skill', id))
    written += upsertEntities(tx, t.certifications, rows.certifications, ({ id }) => changes.entity('certification', id))
    written += upsertEntities(tx, t.fieldsOfStudy, rows.fieldsOfStudy, ({ id }) => changes.entity('field_of_study', id))
    written += upsertEntities(tx, t.workSettings, rows.workSettings, ({ id }) => changes.entity('work_setting', id))
    written += upsertEntities(tx, t.trainingPrograms, rows.trainingPrograms, ({ id }) => changes.entity('training_program', id))
    written += upsertEntities(tx, t.schools, rows.schools, ({ id }) => changes.entity('school', id))
    written += upsertEntities(tx, t.resources, rows.resources, ({ id }) => changes.entity('resource', id))

    const facts = [
      [t.roleDescriptions, rows.descriptions],
      [t.roleBenefits, rows.benefits],
      [t.roleRequirements, rows.requirements],
      [t.responsibilities, rows.responsibilities],
      [t.roleSkills, rows.roleSkills],
      [t.roleCertifications, rows.roleCertifications],
      [t.educationRequirements, rows.education],
      [t.experienceRequirements, rows.experience],
      [t.entryRoutes, rows.entryRoutes],
      [t.salaries, rows.salaries],
      [t.outlookStatements, rows.outlook]
    ] as const
    for (const [table, tableRows] of facts) {
      deleted += deleteEntitiesNotIn(tx, table, inArray(table.sourceId, sourceIds), tableRows.map((row) => row.id), roleFacts)
      written += upsertEntities(tx, table, tableRows as any, roleFacts)
    }
    // A career move is a fact of both the roles it joins.
    const move = ({ fromRoleId, toRoleId }: { fromRoleId: string, toRoleId: string }): void => {
      changes.roleFacts(fromRoleId)
      changes.roleFacts(toRoleId)
    }
    deleted += deleteEntitiesNotIn(tx, t.progressionEdges, inArray(t.progressionEdges.sourceId, sourceIds), rows.edges.map((row) => row.id), move)
    written += upsertEntities(tx, t.progressionEdges, rows.edges, move)
    deleted += deleteEntitiesNotIn(tx, t.roleCodes, inArray(t.roleCodes.roleId, roleIds), rows.codes.map((row) => row.id), roleFacts)
    written += upsertEntities(tx, t.roleCodes, rows.codes, roleFacts)

    syncLinks(tx, t.roleAlternateTitles, inArray(t.roleAlternateTitles.sourceId, sourceIds), [...rows.alternateTitles.values()], roleFacts)
    syncLinks(tx, t.roleTags, or(inArray(t.roleTags.sourceId, sourceIds), and(isNull(t.roleTags.sourceId), inArray(t.roleTags.roleId, roleIds)))!,
      [...rows.tags.values()], roleFacts)
    syncLinks(tx, t.roleSources, inArray(t.roleSources.sourceId, sourceIds), [...rows.roleSources.values()], roleFacts)
    syncLinks(tx, t.roleEmploymentTypes, inArray(t.roleEmploymentTypes.sourceId, sourceIds), rows.employmentTypes, roleFacts)
    syncLinks(tx, t.roleReportingLines, inArray(t.roleReportingLines.sourceId, sourceIds), rows.reportingLines, roleFacts)
    syncLinks(tx, t.roleWorkSettings, inArray(t.roleWorkSettings.sourceId, sourceIds), rows.roleWorkSettings, roleFacts)
    syncLinks(tx, t.roleSchools, inArray(t.roleSchools.sourceId, sourceIds), rows.roleSchools, roleFacts)
    syncLinks(tx, t.roleResources, inArray(t.roleResources.sourceId, sourceIds), rows.roleResources, roleFacts)
    // A name is part of its skill or certification: documents that show it are checked again.
    syncLinks(tx, t.skillAliases, inArray(t.skillAliases.sourceId, sourceIds), rows.skillAliases, ({ skillId }) => changes.entity('skill', skillId))
    syncLinks(tx, t.certificationNames, inArray(t.certificationNames.sourceId, sourceIds), rows.certificationNames,
      ({ certificationId }) => changes.entity('certification', certificationId))
    const requirementIds = [...requirementRoles.keys()]
    const requirementFacts = ({ requirementId }: { requirementId: string }): void => changes.roleFacts(requirementRoles.get(requirementId)!)
    syncLinks(tx, t.educationRequirementFields, inArray(t.educationRequirementFields.requirementId, requirementIds), rows.educationFields, requirementFacts)
    syncLinks(tx, t.educationRequirementPrograms, inArray(t.educationRequirementPrograms.requirementId, requirementIds), rows.educationPrograms, requirementFacts)
    const routeRoles = new Map(rows.entryRoutes.map((row) => [row.id, row.roleId]))
    syncLinks(tx, t.entryRouteFields, inArray(t.entryRouteFields.entryRouteId, [...routeRoles.keys()]), rows.entryRouteFields,
      ({ entryRouteId }) => changes.roleFacts(routeRoles.get(entryRouteId)!))
    const certificationIds = rows.certifications.map((row) => row.id)
    syncLinks(tx, t.certificationRelations, inArray(t.certificationRelations.certificationId, certificationIds), rows.certificationRelations,
      ({ certificationId }) => changes.entity('certification', certificationId))
  })

  return {
    sources: rows.sources.length,
    roles: rows.roles.length,
    skills: rows.skills.length,
    certifications: rows.certifications.length,
    salaries: rows.salaries.length,
    progressionEdges: rows.edges.length,
    rowsWritten: written,
    rowsDeleted: deleted
  }
}
