import { createHash } from 'node:crypto'
import { and, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Db } from './connection.js'
import * as t from './schema.js'
import type { SeedData } from './seed-files.js'
import type { SeedDocument } from './seed-format.js'
import { deleteEntitiesNotIn, replaceLinks, upsertEntities } from './writes.js'
import { rebuildSearchIndex } from '../search/indexer.js'

/**
 * Ids of facts are derived from what identifies them (role, source and wording), so the same
 * seed gives the same ids on every instance and every run.
 */
export function stableId (prefix: string, ...parts: Array<string | number | null>): string {
  const digest = createHash('sha256').update(parts.map((part) => String(part)).join('\u001f')).digest('hex')
  return `${prefix}_${digest.slice(0, 16)}`
}

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

type Rows<T extends { $inferInsert: unknown }> = Array<T['$inferInsert']>

function buildRows (data: SeedData) {
  const rows = {
    sources: [] as Rows<typeof t.sources>,
    roles: [] as Rows<typeof t.roles>,
    alternateTitles: new Map<string, typeof t.roleAlternateTitles.$inferInsert>(),
    tags: new Map<string, typeof t.roleTags.$inferInsert>(),
    roleSources: new Map<string, typeof t.roleSources.$inferInsert>(),
    descriptions: [] as Rows<typeof t.roleDescriptions>,
    codes: [] as Rows<typeof t.roleCodes>,
    employmentTypes: [] as Rows<typeof t.roleEmploymentTypes>,
    reportingLines: [] as Rows<typeof t.roleReportingLines>,
    benefits: [] as Rows<typeof t.roleBenefits>,
    requirements: [] as Rows<typeof t.roleRequirements>,
    responsibilities: [] as Rows<typeof t.responsibilities>,
    workSettings: [] as Rows<typeof t.workSettings>,
    roleWorkSettings: [] as Rows<typeof t.roleWorkSettings>,
    skills: [] as Rows<typeof t.skills>,
    skillAliases: [] as Rows<typeof t.skillAliases>,
    roleSkills: [] as Rows<typeof t.roleSkills>,
    certifications: [] as Rows<typeof t.certifications>,
    roleCertifications: [] as Rows<typeof t.roleCertifications>,
    fieldsOfStudy: [] as Rows<typeof t.fieldsOfStudy>,
    trainingPrograms: [] as Rows<typeof t.trainingPrograms>,
    education: [] as Rows<typeof t.educationRequirements>,
    educationFields: [] as Rows<typeof t.educationRequirementFields>,
    educationPrograms: [] as Rows<typeof t.educationRequirementPrograms>,
    experience: [] as Rows<typeof t.experienceRequirements>,
    salaries: [] as Rows<typeof t.salaries>,
    edges: [] as Rows<typeof t.progressionEdges>
  }

  for (const role of data.roles) {
    rows.roles.push({ id: role.id, title: role.title, detail: role.detail, broaderRoleId: role.broader })
    for (const title of role.alternate_titles) rows.alternateTitles.set(`${role.id}\u001f${title}`, { roleId: role.id, title, sourceId: null })
    for (const tag of role.tags) rows.tags.set(`${role.id}\u001f${tag}`, { roleId: role.id, tag, sourceId: null })
    for (const code of role.codes) {
      rows.codes.push({ id: stableId('cod', role.id, code.scheme, code.code), roleId: role.id, ...code })
    }
  }
  for (const skill of data.skills) {
    rows.skills.push({ id: skill.id, name: skill.name, kind: skill.kind, category: skill.category, description: skill.description })
    for (const alias of skill.aliases) rows.skillAliases.push({ skillId: skill.id, alias })
  }
  for (const certification of data.certifications) {
    rows.certifications.push({
      id: certification.id,
      name: certification.name,
      abbreviation: certification.abbreviation,
      kind: certification.kind,
      issuingBody: certification.issuing_body,
      description: certification.description
    })
  }
  rows.fieldsOfStudy.push(...data.fieldsOfStudy)
  rows.workSettings.push(...data.workSettings)
  for (const program of data.trainingPrograms) {
    rows.trainingPrograms.push({ id: program.id, name: program.name, description: program.description, sourceId: program.source })
  }
  for (const document of data.documents) addDocumentRows(rows, document)
  return rows
}

function addDocumentRows (rows: ReturnType<typeof buildRows>, document: SeedDocument): void {
  const sourceId = document.source.id
  const { id, title, publisher, author, published_on: publishedOn, description } = document.source
  rows.sources.push({ id, title, publisher, author, publishedOn, description })

  const mention = (roleId: string): void => {
    const key = `${roleId}\u001f${sourceId}`
    if (!rows.roleSources.has(key)) rows.roleSources.set(key, { roleId, sourceId, coverage: 'mentions' })
  }

  for (const facts of document.roles) {
    const roleId = facts.role
    rows.roleSources.set(`${roleId}\u001f${sourceId}`, { roleId, sourceId, coverage: 'describes' })
    if (facts.summary !== undefined) {
      rows.descriptions.push({ id: stableId('dsc', roleId, sourceId), roleId, sourceId, text: facts.summary })
    }
    for (const title of facts.alternate_titles ?? []) rows.alternateTitles.set(`${roleId}\u001f${title}`, { roleId, title, sourceId })
    for (const tag of facts.tags ?? []) rows.tags.set(`${roleId}\u001f${tag}`, { roleId, tag, sourceId })
    for (const employmentType of facts.employment_types ?? []) rows.employmentTypes.push({ roleId, employmentType, sourceId })
    for (const reportsToRoleId of facts.reports_to ?? []) {
      rows.reportingLines.push({ roleId, reportsToRoleId, sourceId })
      mention(reportsToRoleId)
    }
    for (const workSettingId of facts.work_settings ?? []) rows.roleWorkSettings.push({ roleId, workSettingId, sourceId })
    ;(facts.benefits ?? []).forEach((text, position) => {
      rows.benefits.push({ id: stableId('ben', roleId, sourceId, text), roleId, sourceId, position, text })
    })
    ;(facts.requirements ?? []).forEach((text, position) => {
      rows.requirements.push({ id: stableId('req', roleId, sourceId, text), roleId, sourceId, position, text })
    })
    ;(facts.responsibilities ?? []).forEach(({ kind, section, text }, position) => {
      rows.responsibilities.push({ id: stableId('rsp', roleId, sourceId, text), roleId, sourceId, kind, section, position, text })
    })
    ;(facts.skills ?? []).forEach(({ skill, importance, section, wording }, position) => {
      rows.roleSkills.push({
        id: stableId('rsk', roleId, skill, sourceId, wording), roleId, skillId: skill, sourceId, importance, section, position, wording
      })
    })
    ;(facts.certifications ?? []).forEach((link, position) => {
      rows.roleCertifications.push({
        id: stableId('rce', roleId, link.certification, sourceId),
        roleId,
        certificationId: link.certification,
        sourceId,
        importance: link.importance,
        alternativeGroup: link.alternative_group,
        section: link.section,
        position,
        wording: link.wording
      })
    })
    if (facts.education !== undefined) {
      const education = facts.education
      const requirementId = stableId('edu', roleId, sourceId)
      rows.education.push({
        id: requirementId,
        roleId,
        sourceId,
        minimumLevel: education.minimum_level,
        minimumLevelRank: education.minimum_level === null ? null : t.educationLevels.indexOf(education.minimum_level),
        minimumText: education.minimum_text,
        preferredLevels: education.preferred_levels,
        preferredText: education.preferred_text,
        notes: education.notes
      })
      education.fields_of_study.forEach((fieldOfStudyId, position) => rows.educationFields.push({ requirementId, fieldOfStudyId, position }))
      education.training_programs.forEach((trainingProgramId, position) => rows.educationPrograms.push({ requirementId, trainingProgramId, position }))
    }
    ;(facts.experience ?? []).forEach((experience, position) => {
      rows.experience.push({
        id: stableId('exp', roleId, sourceId, experience.text),
        roleId,
        sourceId,
        position,
        label: experience.label,
        minYears: experience.min_years,
        maxYears: experience.max_years,
        text: experience.text,
        preferredPopulations: experience.preferred_populations,
        preferredSettings: experience.preferred_settings
      })
    })
    ;(facts.salaries ?? []).forEach((salary, position) => {
      const { reference_year: referenceYear, ...figure } = salary
      rows.salaries.push({
        id: stableId('sal', roleId, sourceId, salary.kind, salary.period, salary.country, salary.subdivision, referenceYear, salary.quote),
        roleId,
        sourceId,
        position,
        ...figure,
        referenceYear
      })
    })
  }
  document.progression.forEach((edge, position) => {
    rows.edges.push({
      id: stableId('edg', edge.from, edge.to, edge.kind, sourceId),
      fromRoleId: edge.from,
      toRoleId: edge.to,
      kind: edge.kind,
      condition: edge.condition,
      sourceId,
      section: edge.section,
      position,
      quote: edge.quote
    })
    mention(edge.from)
    mention(edge.to)
  })
}

/**
 * Loads the seed into the database in one transaction: entities are upserted (a changed row
 * gets a new version), facts of the seeded documents that the seed no longer states are
 * deleted, and the search index is rebuilt. Running it twice changes nothing.
 */
export function seedDatabase (db: Db, data: SeedData): SeedSummary {
  const rows = buildRows(data)
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
