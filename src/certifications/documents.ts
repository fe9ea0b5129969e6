import type { Static } from 'typebox'
import type { CertificationRow } from '../db/schema.js'
import type { CertificationNames, certificationRoleLinksFor, roleCertifications } from './queries.js'
import type { Certification, RoleCertification } from './schemas.js'

export function buildRoleCertification ({ link, certification }: ReturnType<typeof roleCertifications>[number]): Static<typeof RoleCertification> {
  return {
    id: link.id,
    certification,
    importance: link.importance,
    alternative_group: link.alternativeGroup,
    wording: link.wording,
    section: link.section,
    source_id: link.sourceId
  }
}

export function buildCertifications (
  rows: CertificationRow[], links: ReturnType<typeof certificationRoleLinksFor>, names: CertificationNames
): Certification[] {
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    issuing_body: row.issuingBody,
    description: row.description,
    names: names.get(row.id)!,
    roles: links.filter((link) => link.certificationId === row.id).map((link) => ({
      role: link.role,
      importance: link.importance,
      alternative_group: link.alternativeGroup,
      wording: link.wording,
      source_id: link.sourceId
    })),
    version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt
  }))
}
