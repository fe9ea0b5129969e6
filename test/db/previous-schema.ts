// Undo migration 0004 and those after it on a migrated database, as if the release before 0004 had
// written it; their records leave __drizzle_migrations, so the next start applies them again.

const forgetMigrationsFrom0004 = 'DELETE FROM __drizzle_migrations WHERE created_at >= (SELECT created_at FROM __drizzle_migrations ORDER BY created_at LIMIT 1 OFFSET 4);'

/**
 * 0005: no outlook, schools or resources. 0004: names without sources, a certification abbreviation
 * column, and sources without the bases of their publisher and date.
 */
export const undoSourcedNames = `
  DROP TABLE outlook_statements; DROP TABLE role_schools; DROP TABLE role_resources; DROP TABLE schools; DROP TABLE resources;
  ALTER TABLE sources DROP COLUMN published_on_basis;
  ALTER TABLE sources DROP COLUMN publisher_basis;
  DROP TABLE certification_names;
  ALTER TABLE certifications ADD abbreviation text;
  DROP TABLE skill_aliases;
  CREATE TABLE skill_aliases (
    skill_id text NOT NULL REFERENCES skills(id) ON DELETE cascade,
    alias text NOT NULL,
    PRIMARY KEY (skill_id, alias)
  );
  CREATE TABLE old_role_alternate_titles (
    role_id text NOT NULL REFERENCES roles(id) ON DELETE cascade,
    title text NOT NULL,
    source_id text REFERENCES sources(id),
    PRIMARY KEY (role_id, title)
  );
  INSERT INTO old_role_alternate_titles SELECT role_id, title, source_id FROM role_alternate_titles;
  DROP TABLE role_alternate_titles;
  ALTER TABLE old_role_alternate_titles RENAME TO role_alternate_titles;
  ${forgetMigrationsFrom0004}`
