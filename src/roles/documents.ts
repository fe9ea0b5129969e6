import type { RoleRow } from '../db/schema.js'
import type { RoleCardParts, RoleDetails } from './queries.js'
import type { Role, RoleSummary } from './schemas.js'

function rowsOf<T> (groups: Map<string, T[]>, roleId: string): T[] {
  return groups.get(roleId) ?? []
}

export function buildRoleSummary (row: RoleRow, parts: RoleCardParts): RoleSummary {
  return {
    id: row.id,
    title: row.title,
    detail: row.detail,
    kind: row.kind,
    summary: parts.summaries.get(row.id) ?? null,
    alternate_titles: rowsOf(parts.alternateTitles, row.id).map(({ title, sourceId }) => ({ title, source_id: sourceId })),
    tags: rowsOf(parts.tags, row.id).map(({ tag, sourceId }) => ({ name: tag, source_id: sourceId })),
    // The foreign key on broader_role_id guarantees the broader role exists.
    broader: row.broaderRoleId === null ? null : parts.broader.get(row.broaderRoleId)!,
    version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt
  }
}

type Included = Pick<Role, 'skills' | 'certifications' | 'education' | 'salaries' | 'progression' | 'outlook' | 'schools' | 'resources'>

/** The full role document: the card, every fact the sources state, and the chosen includes. */
export function buildRoleDocument (row: RoleRow, card: RoleCardParts, details: RoleDetails, included: Included): Role {
  const text = ({ id, text, sourceId }: { id: string, text: string, sourceId: string }) => ({ id, text, source_id: sourceId })
  const responsibility = ({ id, text, section, sourceId }: RoleDetails['responsibilities'][number]) => ({ id, text, section, source_id: sourceId })
  const settings = new Map<string, Role['work_settings'][number]>()
  for (const { id, name, sourceId } of details.workSettings) {
    const setting = settings.get(id) ?? { id, name, source_ids: [] }
    setting.source_ids.push(sourceId)
    settings.set(id, setting)
  }
  return {
    ...buildRoleSummary(row, card),
    narrower: details.narrower,
    descriptions: details.descriptions.map(text),
    responsibilities: {
      primary: details.responsibilities.filter((item) => item.kind === 'primary').map(responsibility),
      secondary: details.responsibilities.filter((item) => item.kind === 'secondary').map(responsibility)
    },
    work_settings: [...settings.values()],
    employment_types: details.employmentTypes.map(({ employmentType, sourceId }) => ({ type: employmentType, source_id: sourceId })),
    reports_to: details.reportingLines.map(({ sourceId, ...role }) => ({ role, source_id: sourceId })),
    experience: details.experience.map((item) => ({
      id: item.id,
      label: item.label,
      min_years: item.minYears,
      min_years_exclusive: item.minYearsExclusive,
      max_years: item.maxYears,
      text: item.text,
      preferred_populations: item.preferredPopulations,
      preferred_settings: item.preferredSettings,
      source_id: item.sourceId
    })),
    benefits: details.benefits.map(text),
    other_requirements: details.requirements.map(text),
    codes: details.codes.map(({ scheme, code, label }) => ({ scheme, code, label })),
    sources: details.sources,
    ...included
  }
}
