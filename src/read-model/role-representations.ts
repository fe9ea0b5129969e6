import type { Db } from '../db/connection.js'
import type { DependencyKind, RoleRow } from '../db/schema.js'
import { loadRoleCardParts, loadRoleDetails } from '../roles/queries.js'
import { buildRoleDocument } from '../roles/documents.js'
import { buildOccupationJsonLd, jsonLdLocations } from '../roles/json-ld.js'
import { roleIncludes, type Role, type RoleInclude } from '../roles/schemas.js'
import { roleSkills } from '../skills/queries.js'
import { buildRoleSkill } from '../skills/documents.js'
import { roleCertifications } from '../certifications/queries.js'
import { buildRoleCertification } from '../certifications/documents.js'
import { roleEducation } from '../education/queries.js'
import { buildEducationRequirements } from '../education/documents.js'
import { roleSalaries } from '../salaries/queries.js'
import { buildSalary } from '../salaries/documents.js'
import { roleProgression } from '../progression/queries.js'
import { buildProgression } from '../progression/documents.js'
import { roleOutlook } from '../outlook/queries.js'
import { buildOutlookStatement } from '../outlook/documents.js'
import { roleSchools } from '../schools/queries.js'
import { buildRoleSchool } from '../schools/documents.js'
import { roleResources } from '../resources/queries.js'
import { buildRoleResource } from '../resources/documents.js'

/** What the stored documents depend on besides the data: the same settings give the same bytes. */
export interface ReadModelSettings {
  /** The public origin of the API, for the absolute URLs in JSON-LD; null leaves them out. */
  publicBaseUrl: string | null
}

export const JSON_MEDIA_TYPE = 'application/json; charset=utf-8'
export const JSON_LD_MEDIA_TYPE = 'application/ld+json; charset=utf-8'

/** Stored variants: the JSON document with every part, and JSON-LD for all places, each place and none. */
export const JSON_VARIANT = 'json'
export const JSON_LD_VARIANT = 'ld'
export const JSON_LD_ELSEWHERE_VARIANT = 'ld:other'
export const jsonLdLocationVariant = (location: string): string => `ld:${location}`

/** Byte ranges in the JSON document: `base` (without its closing brace) and each optional part. */
export type PartRanges = Partial<Record<'base' | RoleInclude, [start: number, end: number]>>

export interface BuiltRepresentation {
  variant: string
  mediaType: string
  identity: Buffer
  parts: PartRanges | null
}

/** A role document with every optional part embedded. */
export type FullRole = Role & Required<Pick<Role, RoleInclude>>

/** The full role document, every optional part embedded, as GET /v1/roles/{id} serves it. */
export function loadRoleDocument (db: Db, row: RoleRow): FullRole {
  const ref = { id: row.id, title: row.title, detail: row.detail }
  const parts = {
    skills: roleSkills(db, row.id).map(buildRoleSkill),
    certifications: roleCertifications(db, row.id).map(buildRoleCertification),
    education: buildEducationRequirements(roleEducation(db, row.id)),
    salaries: roleSalaries(db, row.id).map(buildSalary),
    progression: buildProgression(ref, roleProgression(db, row.id)),
    outlook: roleOutlook(db, row.id).map(buildOutlookStatement),
    schools: roleSchools(db, row.id).map(buildRoleSchool),
    resources: roleResources(db, row.id).map(buildRoleResource)
  }
  // The builder embeds the parts; spreading them again tells the type checker they are there.
  return { ...buildRoleDocument(row, loadRoleCardParts(db, [row]), loadRoleDetails(db, row.id), parts), ...parts }
}

/**
 * The JSON bytes with the optional parts last, each preceded by its comma, so that the document
 * for any `include` set is the base, the chosen parts and a closing brace, spliced without
 * serializing anything again.
 */
export function serializeRoleDocument (role: FullRole): { identity: Buffer, parts: PartRanges } {
  const included = new Set<string>(roleIncludes)
  const base = Object.fromEntries(Object.entries(role).filter(([key]) => !included.has(key)))
  const chunks = [Buffer.from(JSON.stringify(base).slice(0, -1))]
  const parts: PartRanges = { base: [0, chunks[0]!.length] }
  let offset = chunks[0]!.length
  for (const key of roleIncludes) {
    const chunk = Buffer.from(`,${JSON.stringify(key)}:${JSON.stringify(role[key])}`)
    parts[key] = [offset, offset + chunk.length]
    offset += chunk.length
    chunks.push(chunk)
  }
  chunks.push(CLOSING_BRACE)
  return { identity: Buffer.concat(chunks), parts }
}

const CLOSING_BRACE = Buffer.from('}')

/** The JSON document with only the `include`d parts, cut from the stored full document. */
export function spliceRoleDocument (identity: Buffer, parts: PartRanges, include: readonly RoleInclude[]): Buffer {
  const ranges = [parts.base!, ...roleIncludes.filter((key) => include.includes(key)).map((key) => parts[key]!)]
  return Buffer.concat([...ranges.map(([start, end]) => identity.subarray(start, end)), CLOSING_BRACE])
}

/** Every stored representation of one role. */
export function buildRoleRepresentations (role: FullRole, settings: ReadModelSettings): BuiltRepresentation[] {
  const baseUrl = settings.publicBaseUrl
  const jsonLd = (variant: string, document: Role, location: string | null): BuiltRepresentation => ({
    variant,
    mediaType: JSON_LD_MEDIA_TYPE,
    identity: Buffer.from(JSON.stringify(buildOccupationJsonLd(document, { baseUrl, location }))),
    parts: null
  })
  const { identity, parts } = serializeRoleDocument(role)
  return [
    { variant: JSON_VARIANT, mediaType: JSON_MEDIA_TYPE, identity, parts },
    jsonLd(JSON_LD_VARIANT, role, null),
    ...jsonLdLocations(role).map((location) => jsonLd(jsonLdLocationVariant(location), role, location)),
    jsonLd(JSON_LD_ELSEWHERE_VARIANT, { ...role, salaries: [] }, null)
  ]
}

/** The entities a role document shows something of (a name, a title), by kind. */
export function documentDependencies (role: FullRole): Array<{ kind: DependencyKind, id: string }> {
  const found = new Map<string, { kind: DependencyKind, id: string }>()
  const add = (kind: DependencyKind, id: string): void => { found.set(`${kind}\u001f${id}`, { kind, id }) }
  if (role.broader !== null) add('role', role.broader.id)
  for (const { id } of role.narrower) add('role', id)
  for (const { role: { id } } of role.reports_to) add('role', id)
  for (const move of [...role.progression.leads_to, ...role.progression.comes_from]) add('role', move.role.id)
  for (const { skill } of role.skills) add('skill', skill.id)
  for (const { certification } of role.certifications) add('certification', certification.id)
  for (const { id } of role.sources) add('source', id)
  for (const { id } of role.work_settings) add('work_setting', id)
  for (const { school } of role.schools) add('school', school.id)
  for (const { resource } of role.resources) add('resource', resource.id)
  for (const requirement of role.education) {
    for (const { id } of requirement.fields_of_study) add('field_of_study', id)
    for (const { id } of requirement.training_programs) add('training_program', id)
  }
  return [...found.values()]
}
