import { sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'

// The search index holds one row per role, skill, certification, school and resource. `title` carries the
// names people type (titles, alternate titles, aliases, abbreviations) and is weighted over
// `body`, which carries the descriptive text. A name two documents state is indexed once.
const indexRoles = sql`
  INSERT INTO search_index (entity_type, entity_id, title, body)
  SELECT 'role', r.id,
    r.title || ' ' || coalesce((SELECT group_concat(DISTINCT a.title) FROM role_alternate_titles a WHERE a.role_id = r.id), ''),
    concat_ws(' ',
      (SELECT group_concat(g.tag, ' ') FROM role_tags g WHERE g.role_id = r.id),
      (SELECT group_concat(d.text, ' ') FROM role_descriptions d WHERE d.role_id = r.id),
      (SELECT group_concat(s.name, ' ') FROM role_skills rs JOIN skills s ON s.id = rs.skill_id WHERE rs.role_id = r.id),
      (SELECT group_concat(p.text, ' ') FROM responsibilities p WHERE p.role_id = r.id))
  FROM roles r`

const indexSkills = sql`
  INSERT INTO search_index (entity_type, entity_id, title, body)
  SELECT 'skill', s.id,
    s.name || ' ' || coalesce((SELECT group_concat(DISTINCT a.alias) FROM skill_aliases a WHERE a.skill_id = s.id), ''),
    concat_ws(' ', s.category, s.description)
  FROM skills s`

const indexCertifications = sql`
  INSERT INTO search_index (entity_type, entity_id, title, body)
  SELECT 'certification', c.id,
    concat_ws(' ', c.name, (SELECT group_concat(DISTINCT n.name) FROM certification_names n WHERE n.certification_id = c.id)),
    concat_ws(' ', c.description, c.issuing_body)
  FROM certifications c`

// Not the heading a school is listed under: 003's names California, where most of its schools are not.
const indexSchools = sql`
  INSERT INTO search_index (entity_type, entity_id, title, body)
  SELECT 'school', s.id, s.name, concat_ws(' ', s.city, s.state)
  FROM schools s`

const indexResources = sql`
  INSERT INTO search_index (entity_type, entity_id, title, body)
  SELECT 'resource', r.id, concat_ws(' ', r.name, r.abbreviation), concat_ws(' ', r.description, r.website)
  FROM resources r`

/** Rebuilds the whole index; run inside the transaction that changed the catalogue. */
export function rebuildSearchIndex (db: Db): void {
  db.run(sql`DELETE FROM search_index`)
  db.run(indexRoles)
  db.run(indexSkills)
  db.run(indexCertifications)
  db.run(indexSchools)
  db.run(indexResources)
}
