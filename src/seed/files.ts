import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rootFolder } from '../paths.js'
import { Compile } from 'typebox/compile'
import { Type, type TSchema } from 'typebox'
import {
  SeedCertification,
  SeedDocument,
  SeedNamedEntity,
  SeedResource,
  SeedRole,
  SeedSchool,
  SeedSkill,
  SeedTrainingProgram,
  type SeedData
} from './format.js'
import { buildSeedRows, repeatedFacts } from './rows.js'

export const seedFolder = join(rootFolder, 'seed')

export class SeedError extends Error {
  constructor (readonly problems: string[]) {
    super(`The seed files are invalid:\n- ${problems.join('\n- ')}`)
    this.name = 'SeedError'
  }
}

function readValidated<T extends TSchema> (file: string, schema: T, problems: string[]): unknown {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`)
    return undefined
  }
  const validator = Compile(schema)
  if (!validator.Check(value)) {
    for (const error of validator.Errors(value).slice(0, 20)) {
      problems.push(`${file}${error.instancePath}: ${error.message}`)
    }
    return undefined
  }
  return value
}

/** Reads every seed file, validates its shape and checks that every reference resolves. */
export function readSeedFiles (folder = seedFolder): SeedData {
  const problems: string[] = []
  const catalog = <T extends TSchema>(name: string, item: T): any[] =>
    (readValidated(join(folder, 'catalog', name), Type.Array(item), problems) as any[] | undefined) ?? []
  // Catalogues added after the first seed format: a folder written before them still loads.
  const laterCatalog = <T extends TSchema>(name: string, item: T): any[] =>
    existsSync(join(folder, 'catalog', name)) ? catalog(name, item) : []

  const documentsFolder = join(folder, 'documents')
  const documents = readdirSync(documentsFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const document = readValidated(join(documentsFolder, name), SeedDocument, problems) as SeedDocument | undefined
      if (document !== undefined && `${document.source.id}.json` !== name) {
        problems.push(`${name}: source.id must match the file name (found ${document.source.id})`)
      }
      return document
    })
    .filter((document): document is SeedDocument => document !== undefined)

  const data: SeedData = {
    roles: catalog('roles.json', SeedRole),
    skills: catalog('skills.json', SeedSkill),
    certifications: catalog('certifications.json', SeedCertification),
    fieldsOfStudy: catalog('fields-of-study.json', SeedNamedEntity),
    workSettings: catalog('work-settings.json', SeedNamedEntity),
    trainingPrograms: catalog('training-programs.json', SeedTrainingProgram),
    schools: laterCatalog('schools.json', SeedSchool),
    resources: laterCatalog('resources.json', SeedResource),
    documents
  }
  if (problems.length === 0) problems.push(...crossReferenceProblems(data))
  if (problems.length === 0) problems.push(...repeatedFacts(buildSeedRows(data)))
  if (problems.length > 0) throw new SeedError(problems)
  return data
}

function idSet (items: Array<{ id: string }>, what: string, problems: string[]): Set<string> {
  const ids = new Set<string>()
  for (const { id } of items) {
    if (ids.has(id)) problems.push(`${what} "${id}" is defined twice`)
    ids.add(id)
  }
  return ids
}

function crossReferenceProblems (data: SeedData): string[] {
  const problems: string[] = []
  const roleIds = idSet(data.roles, 'role', problems)
  const skillIds = idSet(data.skills, 'skill', problems)
  const certificationIds = idSet(data.certifications, 'certification', problems)
  const fieldIds = idSet(data.fieldsOfStudy, 'field of study', problems)
  const settingIds = idSet(data.workSettings, 'work setting', problems)
  const programIds = idSet(data.trainingPrograms, 'training program', problems)
  const schoolIds = idSet(data.schools, 'school', problems)
  const resourceIds = idSet(data.resources, 'resource', problems)
  const sourceIds = idSet(data.documents.map((document) => document.source), 'source', problems)

  const expect = (ids: Set<string>, id: string, what: string, where: string): void => {
    if (!ids.has(id)) problems.push(`${where}: unknown ${what} "${id}"`)
  }
  const referencedRoles = new Set<string>()
  const describedRoles = new Set<string>()

  for (const role of data.roles) {
    if (role.broader !== null) expect(roleIds, role.broader, 'role', `role ${role.id} broader`)
  }
  for (const certification of data.certifications) {
    for (const id of certification.related ?? []) expect(certificationIds, id, 'certification', `certification ${certification.id} related`)
  }
  for (const program of data.trainingPrograms) {
    expect(sourceIds, program.source, 'source', `training program ${program.id}`)
  }
  for (const school of data.schools) expect(sourceIds, school.source, 'source', `school ${school.id}`)
  for (const resource of data.resources) expect(sourceIds, resource.source, 'source', `resource ${resource.id}`)
  for (const document of data.documents) {
    const where = document.source.id
    for (const facts of document.roles) {
      expect(roleIds, facts.role, 'role', where)
      describedRoles.add(facts.role)
      referencedRoles.add(facts.role)
      for (const id of facts.reports_to ?? []) {
        expect(roleIds, id, 'role', `${where} ${facts.role} reports_to`)
        referencedRoles.add(id)
      }
      for (const id of facts.work_settings ?? []) expect(settingIds, id, 'work setting', `${where} ${facts.role}`)
      for (const link of facts.skills ?? []) expect(skillIds, link.skill, 'skill', `${where} ${facts.role}`)
      for (const link of facts.certifications ?? []) {
        expect(certificationIds, link.certification, 'certification', `${where} ${facts.role}`)
      }
      problems.push(...alternativeProblems(`${where} ${facts.role}`, facts.certifications ?? []))
      for (const route of facts.entry_routes ?? []) {
        for (const id of route.fields_of_study) expect(fieldIds, id, 'field of study', `${where} ${facts.role} entry route`)
      }
      for (const id of facts.education?.fields_of_study ?? []) expect(fieldIds, id, 'field of study', `${where} ${facts.role}`)
      for (const id of facts.education?.training_programs ?? []) expect(programIds, id, 'training program', `${where} ${facts.role}`)
      for (const link of facts.schools ?? []) expect(schoolIds, link.school, 'school', `${where} ${facts.role}`)
      for (const link of facts.resources ?? []) expect(resourceIds, link.resource, 'resource', `${where} ${facts.role}`)
      for (const statement of facts.outlook ?? []) {
        if (statement.subdivision !== null && !statement.subdivision.startsWith(`${statement.country ?? ''}-`)) {
          problems.push(`${where} ${facts.role}: outlook subdivision ${statement.subdivision} is not in country ${statement.country}`)
        }
      }
      for (const salary of facts.salaries ?? []) {
        if (salary.min !== null && salary.max !== null && salary.min > salary.max) {
          problems.push(`${where} ${facts.role}: salary min ${salary.min} is above max ${salary.max}`)
        }
        if (salary.subdivision !== null && !salary.subdivision.startsWith(`${salary.country ?? ''}-`)) {
          problems.push(`${where} ${facts.role}: subdivision ${salary.subdivision} is not in country ${salary.country}`)
        }
      }
    }
    for (const { role } of document.names?.roles ?? []) {
      expect(roleIds, role, 'role', `${where} names`)
      referencedRoles.add(role)
    }
    for (const { skill } of document.names?.skills ?? []) expect(skillIds, skill, 'skill', `${where} names`)
    for (const { certification } of document.names?.certifications ?? []) {
      expect(certificationIds, certification, 'certification', `${where} names`)
    }
    const { publisher, publisher_basis: publisherBasis, published_on: publishedOn, published_on_basis: publishedOnBasis } = document.source
    if ((publisher === null) !== (publisherBasis === null)) problems.push(`${where}: publisher_basis must be given exactly when publisher is`)
    if ((publishedOn === null) !== (publishedOnBasis === null)) problems.push(`${where}: published_on_basis must be given exactly when published_on is`)
    for (const edge of document.progression) {
      expect(roleIds, edge.from, 'role', `${where} progression`)
      expect(roleIds, edge.to, 'role', `${where} progression`)
      if (edge.from === edge.to) problems.push(`${where} progression: ${edge.from} leads to itself`)
      referencedRoles.add(edge.from)
      referencedRoles.add(edge.to)
    }
  }
  for (const role of data.roles) {
    if (!referencedRoles.has(role.id)) problems.push(`role ${role.id} is named by no document`)
    if (role.detail !== 'mention' && !describedRoles.has(role.id)) {
      problems.push(`role ${role.id} has detail "${role.detail}" but no document describes it`)
    }
  }
  return problems
}

type CertificationLink = NonNullable<SeedDocument['roles'][number]['certifications']>[number]

/** A group of alternatives says once whether it is closed or open, and every link of it agrees. */
function alternativeProblems (where: string, links: CertificationLink[]): string[] {
  const problems: string[] = []
  const groups = new Map<string, CertificationLink>()
  for (const link of links) {
    if (link.alternative_group === null) {
      if (link.alternatives !== undefined || link.alternatives_label !== undefined) {
        problems.push(`${where} ${link.certification}: alternatives given without an alternative_group`)
      }
      continue
    }
    if (link.alternatives === undefined) problems.push(`${where} ${link.certification}: alternative_group needs alternatives (closed or open)`)
    const first = groups.get(link.alternative_group)
    if (first === undefined) groups.set(link.alternative_group, link)
    else if (first.alternatives !== link.alternatives || first.alternatives_label !== link.alternatives_label || first.importance !== link.importance) {
      problems.push(`${where} ${link.certification}: links of group ${link.alternative_group} disagree on importance, alternatives or label`)
    }
  }
  return problems
}
