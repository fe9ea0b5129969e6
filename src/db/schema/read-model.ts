import { blob, index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { roles } from './roles.js'

// The read model: every representation of every role document, built in the transaction
// that changed the data and served as stored bytes. It lives in the database (not only in a
// process's memory) so that every process sharing the database serves the same bytes.
export const roleDocuments = sqliteTable('role_documents', {
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  // `json` (every part embedded), `ld` (schema.org JSON-LD), `ld:<location>` (JSON-LD with one
  // place's salary figures) and `ld:other` (JSON-LD for a place with no figures).
  variant: text('variant').notNull(),
  mediaType: text('media_type').notNull(),
  // A hash of the identity bytes; each content coding's ETag derives from it.
  hash: text('hash').notNull(),
  // When these bytes last changed (not when they were last rebuilt).
  lastModified: text('last_modified').notNull(),
  identity: blob('identity', { mode: 'buffer' }).$type<Buffer>().notNull(),
  gzip: blob('gzip', { mode: 'buffer' }).$type<Buffer>().notNull(),
  br: blob('br', { mode: 'buffer' }).$type<Buffer>().notNull(),
  // Byte ranges of the optional parts in `identity`, so that any `include` set is a splice.
  parts: text('parts', { mode: 'json' }).$type<Record<string, [number, number]> | null>()
}, (t) => [primaryKey({ columns: [t.roleId, t.variant] })])

export const dependencyKinds = ['role', 'skill', 'certification', 'source', 'work_setting', 'field_of_study', 'training_program', 'school', 'resource'] as const
export type DependencyKind = typeof dependencyKinds[number]

// What each role document embeds from other entities (a skill's name, a related role's title),
// so that a change to one of them rebuilds exactly the documents that show it.
export const roleDocumentDependencies = sqliteTable('role_document_dependencies', {
  entityType: text('entity_type', { enum: dependencyKinds }).notNull(),
  entityId: text('entity_id').notNull(),
  roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' })
}, (t) => [
  primaryKey({ columns: [t.entityType, t.entityId, t.roleId] }),
  index('role_document_dependencies_role_id_idx').on(t.roleId)
])

// Settings the stored documents were built with (format version, public base URL): when they
// differ from the running code's, every document is rebuilt at start-up.
export const readModelState = sqliteTable('read_model_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})
