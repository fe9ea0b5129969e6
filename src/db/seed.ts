import { and, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Db } from './connection.js'
import * as t from './schema.js'
import type { SeedData } from './seed-files.js'
import { buildSeedRows } from './seed-rows.js'
import { deleteEntitiesNotIn, replaceLinks, upsertEntities } from './writes.js'
import { rebuildSearchIndex } from '../search/indexer.js'

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
  rowsWritten: number
  rowsDeleted: number
}

/**
 * Loads the seed into the database in one transaction: entities are upserted (a changed row
 * gets a new version), facts of the seeded documents that the seed no longer states are
 * deleted, and the search index is rebuilt. Running it twice changes nothing.
 */
export function seedDatabase (db: Db, data: SeedData): SeedSummary {
  const rows = buildSeedRows(data)
  const sourceIds = rows.sources.map((source) => source.id)
  const roleIds = rows.roles.map((role) => role.id)
  const skillIds = rows.skills.map((skill) => skill.id)
  let written = 0
  let deleted = 0

  db.transaction((tx) => {
    // Roles refer to each other (broader roles, edges); check the keys once, at commit.
    tx.run(sql`PRAGMA defer_foreign_keys = ON`)
    written += upsertEntities(tx, t.sources, rows.sources)
    written += upsertEntities(tx, t.roles, rows.roles)
    written += upsertEntities(tx, t.skills, rows.skills)
    written += upsertEntities(tx, t.certifications, rows.certifications)
    written += upsertEntities(tx, t.fieldsOfStudy, rows.fieldsOfStudy)
    written += upsertEntities(tx, t.workSettings, rows.workSettings)
    written += upsertEntities(tx, t.trainingPrograms, rows.trainingPrograms)

    const facts = [
      [t.roleDescriptions, rows.descriptions],
      [t.roleBenefits, rows.benefits],
      [t.roleRequirements, rows.requirements],
      [t.responsibilities, rows.responsibilities],
      [t.roleSkills, rows.roleSkills],
      [t.roleCertifications, rows.roleCertifications],
      [t.educationRequirements, rows.education],
      [t.experienceRequirements, rows.experience],
      [t.salaries, rows.salaries],
      [t.progressionEdges, rows.edges]
    ] as const
    for (const [table, tableRows] of facts) {
      deleted += deleteEntitiesNotIn(tx, table, inArray(table.sourceId, sourceIds), tableRows.map((row) => row.id))
      written += upsertEntities(tx, table, tableRows as any)
    }
    deleted += deleteEntitiesNotIn(tx, t.roleCodes, inArray(t.roleCodes.roleId, roleIds), rows.codes.map((row) => row.id))
    written += upsertEntities(tx, t.roleCodes, rows.codes)

    const fromSeed = <T extends { sourceId: any, roleId: any }>(table: T) =>
      or(inArray(table.sourceId, sourceIds), and(isNull(table.sourceId), inArray(table.roleId, roleIds)))!
    replaceLinks(tx, t.roleAlternateTitles, fromSeed(t.roleAlternateTitles), [...rows.alternateTitles.values()])
    replaceLinks(tx, t.roleTags, fromSeed(t.roleTags), [...rows.tags.values()])
    replaceLinks(tx, t.roleSources, inArray(t.roleSources.sourceId, sourceIds), [...rows.roleSources.values()])
    replaceLinks(tx, t.roleEmploymentTypes, inArray(t.roleEmploymentTypes.sourceId, sourceIds), rows.employmentTypes)
    replaceLinks(tx, t.roleReportingLines, inArray(t.roleReportingLines.sourceId, sourceIds), rows.reportingLines)
    replaceLinks(tx, t.roleWorkSettings, inArray(t.roleWorkSettings.sourceId, sourceIds), rows.roleWorkSettings)
    replaceLinks(tx, t.skillAliases, inArray(t.skillAliases.skillId, skillIds), rows.skillAliases)
    const requirementIds = rows.education.map((row) => row.id)
    replaceLinks(tx, t.educationRequirementFields, inArray(t.educationRequirementFields.requirementId, requirementIds), rows.educationFields)
    replaceLinks(tx, t.educationRequirementPrograms, inArray(t.educationRequirementPrograms.requirementId, requirementIds), rows.educationPrograms)

    rebuildSearchIndex(tx)
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
