import { and, eq, inArray, notExists, sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { preparedFor } from '../db/prepared.js'
import type { Coding } from '../http/representation.js'
import { JSON_VARIANT } from './role-representations.js'

// SQL over the read model's tables: the stored role documents, what they depend on, and the
// settings they were built with.

const roleId = sql.placeholder('roleId')
const variant = sql.placeholder('variant')

/** One coding of one stored document, for the hot path: the bytes and what the headers need. */
export interface StoredBody {
  hash: string
  lastModified: string
  mediaType: string
  body: Buffer
  parts: t.RoleDocumentRow['parts']
}

const bodyQueries = preparedFor((db) => {
  const select = (coding: Coding) => db.select({
    hash: t.roleDocuments.hash,
    lastModified: t.roleDocuments.lastModified,
    mediaType: t.roleDocuments.mediaType,
    body: t.roleDocuments[coding],
    parts: t.roleDocuments.parts
  }).from(t.roleDocuments)
    .where(and(eq(t.roleDocuments.roleId, roleId), eq(t.roleDocuments.variant, variant))).prepare()
  return { identity: select('identity'), gzip: select('gzip'), br: select('br') }
})

export function findStoredBody (db: Db, id: string, variantName: string, coding: Coding): StoredBody | undefined {
  return bodyQueries(db)[coding].get({ roleId: id, variant: variantName })
}

const hashQuery = preparedFor((db) => db.select({ hash: t.roleDocuments.hash }).from(t.roleDocuments)
  .where(and(eq(t.roleDocuments.roleId, roleId), eq(t.roleDocuments.variant, variant))).prepare())

/** The hash of a stored document, without its bytes: enough to tell whether a cached copy is current. */
export function findStoredHash (db: Db, id: string, variantName: string): string | undefined {
  return hashQuery(db).get({ roleId: id, variant: variantName })?.hash
}

export function storedHashes (db: Db, id: string): Map<string, { hash: string, lastModified: string }> {
  const rows = db.select({ variant: t.roleDocuments.variant, hash: t.roleDocuments.hash, lastModified: t.roleDocuments.lastModified })
    .from(t.roleDocuments).where(eq(t.roleDocuments.roleId, id)).all()
  return new Map(rows.map(({ variant, ...stored }) => [variant, stored]))
}

export function saveStoredDocument (db: Db, row: t.RoleDocumentRow): void {
  const { roleId: _roleId, variant: _variant, ...changed } = row
  db.insert(t.roleDocuments).values(row)
    .onConflictDoUpdate({ target: [t.roleDocuments.roleId, t.roleDocuments.variant], set: changed }).run()
}

export function deleteStoredDocument (db: Db, id: string, variantName: string): void {
  db.delete(t.roleDocuments).where(and(eq(t.roleDocuments.roleId, id), eq(t.roleDocuments.variant, variantName))).run()
}

export function replaceDependencies (db: Db, id: string, dependencies: Array<{ kind: t.DependencyKind, id: string }>): void {
  db.delete(t.roleDocumentDependencies).where(eq(t.roleDocumentDependencies.roleId, id)).run()
  for (const dependency of dependencies) {
    db.insert(t.roleDocumentDependencies).values({ entityType: dependency.kind, entityId: dependency.id, roleId: id }).run()
  }
}

/** The roles whose documents show something of these entities. */
export function dependentRoles (db: Db, kind: t.DependencyKind, ids: string[]): string[] {
  return db.selectDistinct({ roleId: t.roleDocumentDependencies.roleId }).from(t.roleDocumentDependencies)
    .where(and(eq(t.roleDocumentDependencies.entityType, kind), inArray(t.roleDocumentDependencies.entityId, ids)))
    .all().map((row) => row.roleId)
}

/** Roles that have no stored document yet (a database from before the read model, or a new role). */
export function rolesWithoutDocuments (db: Db): string[] {
  return db.select({ id: t.roles.id }).from(t.roles)
    .where(notExists(db.select({ one: sql`1` }).from(t.roleDocuments)
      .where(and(eq(t.roleDocuments.roleId, t.roles.id), eq(t.roleDocuments.variant, JSON_VARIANT)))))
    .all().map((row) => row.id)
}

export function allRoleIds (db: Db): string[] {
  return db.select({ id: t.roles.id }).from(t.roles).all().map((row) => row.id)
}

const FINGERPRINT_KEY = 'fingerprint'

export function storedFingerprint (db: Db): string | undefined {
  return db.select({ value: t.readModelState.value }).from(t.readModelState).where(eq(t.readModelState.key, FINGERPRINT_KEY)).get()?.value
}

export function saveFingerprint (db: Db, fingerprint: string): void {
  db.insert(t.readModelState).values({ key: FINGERPRINT_KEY, value: fingerprint })
    .onConflictDoUpdate({ target: t.readModelState.key, set: { value: fingerprint } }).run()
}
