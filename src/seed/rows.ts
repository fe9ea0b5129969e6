import { createHash } from 'node:crypto'
import * as t from '../db/schema.js'
import type { SeedData, SeedDocument } from './format.js'

// Turns the seed files into the rows of each table. Kept apart from the writer so that
// reading the seed can check the rows (for repeated facts) before anything is written.

/**
 * Ids of facts are derived from what identifies them (role, source and wording), so the same
 * seed gives the same ids on every instance and every run.
 */
export function stableId (prefix: string, ...parts: Array<string | number | null>): string {
  const digest = createHash('sha256').update(parts.map((part) => String(part)).join('\u001f')).digest('hex')
  return `${prefix}_${digest.slice(0, 16)}`
}

type Rows<T extends { $inferInsert: unknown }> = Array<T['$inferInsert']>

export function buildSeedRows (data: SeedData) {
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
    certificationRelations: [] as Rows<typeof t.certificationRelations>,
    certificationNames: [] as Rows<typeof t.certificationNames>,
    roleCertifications: [] as Rows<typeof t.roleCertifications>,
    fieldsOfStudy: [] as Rows<typeof t.fieldsOfStudy>,
    trainingPrograms: [] as Rows<typeof t.trainingPrograms>,
    education: [] as Rows<typeof t.educationRequirements>,
    educationFields: [] as Rows<typeof t.educationRequirementFields>,
    educationPrograms: [] as Rows<typeof t.educationRequirementPrograms>,
    experience: [] as Rows<typeof t.experienceRequirements>,
    entryRoutes: [] as Rows<typeof t.entryRoutes>,
    entryRouteFields: [] as Rows<typeof t.entryRouteFields>,
    salaries: [] as Rows<typeof t.salaries>,
    edges: [] as Rows<typeof t.progressionEdges>,
    outlook: [] as Rows<typeof t.outlookStatements>,
    schools: [] as Rows<typeof t.schools>,
    roleSchools: [] as Rows<typeof t.roleSchools>,
    resources: [] as Rows<typeof t.resources>,
    roleResources: [] as Rows<typeof t.roleResources>
  }

  for (const role of data.roles) {
    rows.roles.push({ id: role.id, title: role.title, detail: role.detail, kind: role.kind ?? 'occupation', broaderRoleId: role.broader })
    for (const tag of role.tags) rows.tags.set(`${role.id}\u001f${tag}`, { roleId: role.id, tag, sourceId: null })
    for (const code of role.codes) {
      rows.codes.push({ id: stableId('cod', role.id, code.scheme, code.code), roleId: role.id, ...code })
    }
  }
  for (const skill of data.skills) {
    rows.skills.push({ id: skill.id, name: skill.name, kind: skill.kind, category: skill.category, description: skill.description })
  }
  for (const certification of data.certifications) {
    rows.certifications.push({
      id: certification.id,
      name: certification.name,
      kind: certification.kind,
      issuingBody: certification.issuing_body,
      description: certification.description
    })
    for (const relatedCertificationId of certification.related ?? []) {
      rows.certificationRelations.push({ certificationId: certification.id, relatedCertificationId, relation: 'related' })
    }
  }
  rows.fieldsOfStudy.push(...data.fieldsOfStudy)
  rows.workSettings.push(...data.workSettings)
  for (const program of data.trainingPrograms) {
    rows.trainingPrograms.push({ id: program.id, name: program.name, description: program.description, sourceId: program.source })
  }
  for (const { source, in_state_tuition: inStateTuition, out_of_state_tuition: outOfStateTuition, tuition_currency: tuitionCurrency,
    admission_rate_percent: admissionRatePercent, graduation_rate_percent: graduationRatePercent, ...school } of data.schools) {
    rows.schools.push({ ...school, sourceId: source, tuitionCurrency, inStateTuition, outOfStateTuition, admissionRatePercent, graduationRatePercent })
  }
  for (const { source, ...resource } of data.resources) rows.resources.push({ ...resource, sourceId: source })
  for (const document of data.documents) addDocumentRows(rows, document)
  return rows
}
export type SeedRows = ReturnType<typeof buildSeedRows>

function addDocumentRows (rows: SeedRows, document: SeedDocument): void {
  const sourceId = document.source.id
  const { id, title, publisher, author, published_on: publishedOn, description } = document.source
  const { published_on_basis: publishedOnBasis, publisher_basis: publisherBasis } = document.source
  rows.sources.push({ id, title, publisher, publisherBasis, author, publishedOn, publishedOnBasis, description })

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
    for (const title of facts.alternate_titles ?? []) addAlternateTitle(rows, roleId, title, sourceId)
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
        alternatives: link.alternatives ?? null,
        alternativesLabel: link.alternatives_label ?? null,
        qualifier: link.qualifier ?? 'none',
        basis: link.basis ?? 'stated',
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
        relatedFields: education.related_fields ?? null,
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
        minYearsExclusive: experience.min_years_exclusive ?? false,
        maxYears: experience.max_years,
        text: experience.text,
        preferredPopulations: experience.preferred_populations,
        preferredSettings: experience.preferred_settings
      })
    })
    ;(facts.entry_routes ?? []).forEach((route, position) => {
      const entryRouteId = stableId('ent', roleId, sourceId, route.quote, route.background)
      rows.entryRoutes.push({
        id: entryRouteId,
        roleId,
        sourceId,
        section: route.section,
        position,
        background: route.background,
        educationLevel: route.education_level,
        relatedFields: route.related_fields,
        quote: route.quote
      })
      route.fields_of_study.forEach((fieldOfStudyId, fieldPosition) => rows.entryRouteFields.push({ entryRouteId, fieldOfStudyId, position: fieldPosition }))
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
    ;(facts.outlook ?? []).forEach((statement, position) => {
      rows.outlook.push({ id: stableId('out', roleId, sourceId, statement.kind, statement.text), roleId, sourceId, position, ...statement })
    })
    ;(facts.schools ?? []).forEach(({ school, section }, position) => {
      rows.roleSchools.push({ roleId, schoolId: school, sourceId, section, position })
    })
    ;(facts.resources ?? []).forEach(({ resource, section }, position) => {
      rows.roleResources.push({ roleId, resourceId: resource, sourceId, section, position })
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
  addNameRows(rows, document, mention)
}

function addAlternateTitle (rows: SeedRows, roleId: string, title: string, sourceId: string): void {
  rows.alternateTitles.set(`${roleId}\u001f${title}\u001f${sourceId}`, { roleId, title, sourceId })
}

/** The names section: a title given to a role the document does not describe only mentions it. */
function addNameRows (rows: SeedRows, document: SeedDocument, mention: (roleId: string) => void): void {
  const sourceId = document.source.id
  const names = document.names ?? {}
  for (const { role, title } of names.roles ?? []) {
    addAlternateTitle(rows, role, title, sourceId)
    mention(role)
  }
  for (const { skill, name, kind } of names.skills ?? []) rows.skillAliases.push({ skillId: skill, alias: name, kind, sourceId })
  for (const { certification, name, kind } of names.certifications ?? []) {
    rows.certificationNames.push({ certificationId: certification, name, kind, sourceId })
  }
}


/**
 * Facts stated twice by one document (the same move, or the same credential for a role) would
 * share an id, so that the second overwrote the first on every run: they are seed errors.
 */
export function repeatedFacts (rows: SeedRows): string[] {
  const problems: string[] = []
  for (const [name, tableRows] of Object.entries(rows)) {
    if (!Array.isArray(tableRows)) continue
    const seen = new Set<string>()
    for (const row of tableRows as Array<{ id?: string, sourceId?: string, roleId?: string, fromRoleId?: string, toRoleId?: string }>) {
      if (row.id === undefined) continue
      if (seen.has(row.id)) {
        const subject = row.roleId ?? `${row.fromRoleId} -> ${row.toRoleId}`
        problems.push(`${row.sourceId}: ${name} of ${subject} states the same fact twice`)
      }
      seen.add(row.id)
    }
  }
  return problems
}
