// Undo the migrations after 0002 on a migrated database, as if an earlier release had written it.
// Each removes its own record from __drizzle_migrations (the latest), so the next start applies it again.

const forgetLatestMigration = 'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations);'

/** 0003: sources without the bases of their publisher and date. */
export const undoSourceBases = `
  ALTER TABLE sources DROP COLUMN published_on_basis;
  ALTER TABLE sources DROP COLUMN publisher_basis;
  ${forgetLatestMigration}`
