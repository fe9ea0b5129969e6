import type { Static } from 'typebox'
import type { ResourceRow } from '../db/schema.js'
import type { resourceRoleLinksFor, roleResources } from './queries.js'
import type { Resource, ResourceSummary, RoleResource } from './schemas.js'

function buildResourceSummary (row: ResourceRow): Static<typeof ResourceSummary> {
  return {
    id: row.id,
    name: row.name,
    abbreviation: row.abbreviation,
    kind: row.kind,
    website: row.website,
    description: row.description,
    section: row.section,
    source_id: row.sourceId
  }
}

export function buildRoleResource ({ resource, section, sourceId }: ReturnType<typeof roleResources>[number]): Static<typeof RoleResource> {
  return { resource: buildResourceSummary(resource), section, source_id: sourceId }
}

export function buildResources (rows: ResourceRow[], links: ReturnType<typeof resourceRoleLinksFor>): Resource[] {
  return rows.map((row) => ({
    ...buildResourceSummary(row),
    roles: links.filter((link) => link.resourceId === row.id)
      .map(({ role, section, sourceId }) => ({ role, section, source_id: sourceId })),
    version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt
  }))
}
