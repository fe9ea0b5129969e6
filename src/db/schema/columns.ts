import { sql } from 'drizzle-orm'
import { integer, text } from 'drizzle-orm/sqlite-core'

// Every table with its own `id` is an entity: it carries a version and timestamps so that
// writes can be made conditional (If-Match) and synced incrementally (updated_since).
// Timestamps are ISO-8601 UTC strings with milliseconds, so they sort as text.
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

export const entity = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now)
}
