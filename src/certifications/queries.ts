import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { afterPosition, orderBy } from '../db/keyset.js'
import { inJsonArray, preparedFor } from '../db/prepared.js'

export function listCertifications (db: Db, kind: t.CertificationRow['kind'] | undefined, limit: number, after?: { value: string, id: string }): t.CertificationRow[] {
  const conditions: SQL[] = []
  if (kind !== undefined) conditions.push(eq(t.certifications.kind, kind))
  if (after !== undefined) conditions.push(afterPosition(t.certifications.name, t.certifications.id, 'asc', after.value, after.id))
  return db.select().from(t.certifications).where(and(...conditions))
    .orderBy(...orderBy(t.certifications.name, t.certifications.id, 'asc')).limit(limit + 1).all()
}

const certificationById = preparedFor((db) => db.select().from(t.certifications)
  .where(eq(t.certifications.id, sql.placeholder('id'))).prepare())

export function findCertification (db: Db, id: string): t.CertificationRow | undefined {
  return certificationById(db).get({ id })
}

const roleLinksOfCertifications = preparedFor((db) => db.select({
    certificationId: t.roleCertifications.certificationId,
    importance: t.roleCertifications.importance,
    qualifier: t.roleCertifications.qualifier,
    alternativeGroup: t.roleCertifications.alternativeGroup,
    alternatives: t.roleCertifications.alternatives,
    alternativesLabel: t.roleCertifications.alternativesLabel,
    basis: t.roleCertifications.basis,
    wording: t.roleCertifications.wording,
    sourceId: t.roleCertifications.sourceId,
    role: { id: t.roles.id, title: t.roles.title, detail: t.roles.detail }
  }).from(t.roleCertifications).innerJoin(t.roles, eq(t.roles.id, t.roleCertifications.roleId))
    .where(inJsonArray(t.roleCertifications.certificationId, 'ids'))
    .orderBy(asc(t.roles.title), asc(t.roleCertifications.sourceId), asc(t.roleCertifications.position)).prepare())

function certificationRoleLinksFor (db: Db, certificationIds: string[]) {
  return roleLinksOfCertifications(db).all({ ids: JSON.stringify(certificationIds) })
}

const namesOfCertifications = preparedFor((db) => db.select().from(t.certificationNames)
  .where(inJsonArray(t.certificationNames.certificationId, 'ids'))
  .orderBy(asc(t.certificationNames.name), asc(t.certificationNames.sourceId)).prepare())

export type CertificationNames = Map<string, Array<{ name: string, kind: t.NameKind, source_id: string }>>

/** Each certification's abbreviations and other names, with the document that states each. */
export function certificationNamesFor (db: Db, certificationIds: string[]): CertificationNames {
  const names: CertificationNames = new Map(certificationIds.map((id) => [id, []]))
  for (const row of namesOfCertifications(db).all({ ids: JSON.stringify(certificationIds) })) {
    names.get(row.certificationId)!.push({ name: row.name, kind: row.kind, source_id: row.sourceId })
  }
  return names
}

const certificationRef = {
  id: t.certifications.id,
  name: t.certifications.name,
  kind: t.certifications.kind,
  issuing_body: t.certifications.issuingBody
}

// A relation is stored once and holds both ways: read from each end.
type RelationEnd = typeof t.certificationRelations.certificationId | typeof t.certificationRelations.relatedCertificationId

function relationsFrom (db: Db, own: RelationEnd, other: RelationEnd) {
  return db.select({ of: own, relation: t.certificationRelations.relation, certification: certificationRef })
    .from(t.certificationRelations).innerJoin(t.certifications, eq(t.certifications.id, other))
    .where(inJsonArray(own, 'ids')).orderBy(asc(t.certifications.name)).prepare()
}

const relationsOfCertifications = preparedFor((db) => ({
  forward: relationsFrom(db, t.certificationRelations.certificationId, t.certificationRelations.relatedCertificationId),
  backward: relationsFrom(db, t.certificationRelations.relatedCertificationId, t.certificationRelations.certificationId)
}))

function relatedCertificationsFor (db: Db, certificationIds: string[]) {
  const queries = relationsOfCertifications(db)
  const params = { ids: JSON.stringify(certificationIds) }
  return [...queries.forward.all(params), ...queries.backward.all(params)]
}

/**
 * What a certification's own representation shows besides its row: the role links, the related
 * credentials, and the names of both (one names query for the page and what it relates to).
 */
export function certificationDetailsFor (db: Db, certificationIds: string[]) {
  const related = relatedCertificationsFor(db, certificationIds)
  return {
    links: certificationRoleLinksFor(db, certificationIds),
    related,
    names: certificationNamesFor(db, [...certificationIds, ...related.map(({ certification }) => certification.id)])
  }
}
export type CertificationDetails = ReturnType<typeof certificationDetailsFor>

const certificationsOfRole = preparedFor((db) => db.select({
    link: t.roleCertifications,
    certification: certificationRef
  }).from(t.roleCertifications).innerJoin(t.certifications, eq(t.certifications.id, t.roleCertifications.certificationId))
    .where(eq(t.roleCertifications.roleId, sql.placeholder('roleId')))
    .orderBy(asc(t.roleCertifications.sourceId), asc(t.roleCertifications.position)).prepare())

/** The certifications and licenses one role requires or prefers, in source order. */
export function roleCertifications (db: Db, roleId: string) {
  const rows = certificationsOfRole(db).all({ roleId })
  const names = certificationNamesFor(db, rows.map(({ certification }) => certification.id))
  return rows.map(({ link, certification }) => ({ link, certification: { ...certification, names: names.get(certification.id)! } }))
}
