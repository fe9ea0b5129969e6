import type { Static } from 'typebox'
import type { CertificationRow, RoleCertificationRow } from '../db/schema.js'
import type { CertificationDetails, roleCertifications } from './queries.js'
import type { Certification, RoleCertification } from './schemas.js'

type LinkColumns = Pick<RoleCertificationRow, 'importance' | 'qualifier' | 'alternativeGroup' | 'alternatives' | 'alternativesLabel' | 'basis'>

function linkProperties (link: LinkColumns) {
  return {
    importance: link.importance,
    qualifier: link.qualifier,
    alternative_group: link.alternativeGroup,
    alternatives: link.alternatives,
    alternatives_label: link.alternativesLabel,
    basis: link.basis
  }
}

export function buildRoleCertification ({ link, certification }: ReturnType<typeof roleCertifications>[number]): Static<typeof RoleCertification> {
  return {
    id: link.id,
    certification,
    ...linkProperties(link),
    wording: link.wording,
    section: link.section,
    source_id: link.sourceId
  }
}

export function buildCertifications (rows: CertificationRow[], { links, related, names }: CertificationDetails): Certification[] {
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    issuing_body: row.issuingBody,
    description: row.description,
    names: names.get(row.id)!,
    roles: links.filter((link) => link.certificationId === row.id).map((link) => ({
      role: link.role,
      ...linkProperties(link),
      wording: link.wording,
      source_id: link.sourceId
    })),
    related: related.filter((relation) => relation.of === row.id)
      .map(({ certification, relation }) => ({ certification: { ...certification, names: names.get(certification.id)! }, relation })),
    version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt
  }))
}
