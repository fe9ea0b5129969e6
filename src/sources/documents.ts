import type { SourceRow } from '../db/schema.js'
import type { sourceRolesFor } from './queries.js'
import type { Source } from './schemas.js'

export function buildSources (rows: SourceRow[], roles: ReturnType<typeof sourceRolesFor>): Source[] {
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publisher_basis: row.publisherBasis,
    author: row.author,
    published_on: row.publishedOn,
    published_on_basis: row.publishedOnBasis,
    description: row.description,
    roles: roles.filter((link) => link.sourceId === row.id).map(({ role, coverage }) => ({ role, coverage })),
    version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt
  }))
}
