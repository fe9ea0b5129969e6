import type { ChangeSet } from '../changes/change-set.js'
import type { Db } from '../db/connection.js'
import { findRole } from '../roles/queries.js'
import { compress, contentHash } from '../http/representation.js'
import {
  allRoleIds, deleteStoredDocument, dependentRoles, replaceDependencies, rolesWithoutDocuments, saveFingerprint,
  saveStoredDocument, storedFingerprint, storedHashes
} from './queries.js'
import {
  buildRoleRepresentations, documentDependencies, loadRoleDocument, type BuiltRepresentation, type ReadModelSettings
} from './role-representations.js'

// Bump when a document builder changes its output, so that databases built by an earlier
// version rebuild their documents at start-up.
const DOCUMENT_FORMAT_VERSION = 4

function fingerprintOf (settings: ReadModelSettings): string {
  return JSON.stringify({ format: DOCUMENT_FORMAT_VERSION, publicBaseUrl: settings.publicBaseUrl })
}

const now = (): string => new Date().toISOString()

/**
 * Rebuilds every stored representation of one role and writes those whose bytes changed, with a
 * new Last-Modified; unchanged ones keep their ETag and date. Returns how many were written.
 */
function refreshRole (db: Db, roleId: string, settings: ReadModelSettings): number {
  const row = findRole(db, roleId)
  // A deleted role's documents went with it (ON DELETE CASCADE).
  if (row === undefined) return 0
  const document = loadRoleDocument(db, row)
  const stored = storedHashes(db, roleId)
  let written = 0
  for (const built of buildRoleRepresentations(document, settings)) {
    const hash = contentHash(built.identity)
    const previous = stored.get(built.variant)
    stored.delete(built.variant)
    if (previous?.hash === hash) continue
    saveStoredDocumentRow(db, roleId, built, hash)
    written++
  }
  // Variants no longer produced, such as a place whose last salary figure was removed.
  for (const variant of stored.keys()) deleteStoredDocument(db, roleId, variant)
  replaceDependencies(db, roleId, documentDependencies(document))
  return written
}

function saveStoredDocumentRow (db: Db, roleId: string, built: BuiltRepresentation, hash: string): void {
  saveStoredDocument(db, {
    roleId,
    variant: built.variant,
    mediaType: built.mediaType,
    hash,
    lastModified: now(),
    identity: built.identity,
    gzip: compress(built.identity, 'gzip'),
    br: compress(built.identity, 'br'),
    parts: built.parts
  })
}

/** The roles whose documents a change set can affect: the changed roles and every document that embeds a changed entity. */
export function affectedRoles (db: Db, changes: ChangeSet): Set<string> {
  const roles = new Set(changes.roles)
  for (const [kind, ids] of changes.embedded) {
    for (const roleId of dependentRoles(db, kind, [...ids])) roles.add(roleId)
  }
  return roles
}

/** Brings the stored documents up to date with a change set; runs inside the write's transaction. */
export function refreshRoleDocuments (db: Db, changes: ChangeSet, settings: ReadModelSettings): number {
  let written = 0
  for (const roleId of affectedRoles(db, changes)) written += refreshRole(db, roleId, settings)
  return written
}

/**
 * At start-up: builds the documents of roles that have none, or every document when they were
 * built by another format version or with other settings. Returns how many roles were rebuilt.
 */
export function ensureRoleDocuments (db: Db, settings: ReadModelSettings): number {
  const fingerprint = fingerprintOf(settings)
  const stale = storedFingerprint(db) !== fingerprint
  const roleIds = stale ? allRoleIds(db) : rolesWithoutDocuments(db)
  if (roleIds.length === 0 && !stale) return 0
  db.transaction((tx) => {
    for (const roleId of roleIds) refreshRole(tx, roleId, settings)
    saveFingerprint(tx, fingerprint)
  })
  return roleIds.length
}
