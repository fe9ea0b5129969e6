import { sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import type { CertificationRow, ResourceRow, RoleRow, SkillRow } from '../db/schema.js'

/**
 * Turns free text into an FTS5 query: each word becomes a quoted prefix term, so punctuation
 * and FTS5 operators in the input are matched as text, never parsed as syntax.
 */
export function toMatchExpression (text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)
  if (words === null) return null
  return words.map((word) => `"${word}"*`).join(' ')
}

export type SearchEntityType = 'role' | 'skill' | 'certification' | 'school' | 'resource'

interface SearchRowBase {
  id: string
  title: string
  score: number
}

/** One hit as the query returns it: the columns that do not apply to its type are null. */
export type SearchRow =
  | SearchRowBase & { type: 'role', detail: RoleRow['detail'], summary: string | null, kind: null, names: null, abbreviation: null, city: null, state: null }
  | SearchRowBase & { type: 'skill', kind: SkillRow['kind'], detail: null, summary: null, names: null, abbreviation: null, city: null, state: null }
  // names: a JSON array of the certification's names, each with its source.
  | SearchRowBase & { type: 'certification', kind: CertificationRow['kind'], names: string, abbreviation: null, detail: null, summary: null, city: null, state: null }
  | SearchRowBase & { type: 'school', city: string | null, state: string | null, kind: null, names: null, abbreviation: null, detail: null, summary: null }
  | SearchRowBase & { type: 'resource', kind: ResourceRow['kind'], abbreviation: string | null, names: null, detail: null, summary: null, city: null, state: null }

/** Ranked hits across roles, skills, certifications, schools and resources: bm25 with titles weighted ten to one. */
export function searchCatalogue (db: Db, text: string, types: SearchEntityType[], limit: number): SearchRow[] {
  const match = toMatchExpression(text)
  if (match === null) return []
  return db.all<SearchRow>(sql`
    WITH hits AS (
      SELECT entity_type, entity_id, -bm25(search_index, 0, 0, 10.0, 1.0) AS score
      FROM search_index
      WHERE search_index MATCH ${match} AND entity_type IN (${sql.join(types.map((type) => sql`${type}`), sql`, `)})
      ORDER BY bm25(search_index, 0, 0, 10.0, 1.0)
      LIMIT ${limit}
    )
    SELECT h.entity_type AS type, h.entity_id AS id, h.score AS score,
      coalesce(r.title, s.name, c.name, sc.name, rs.name) AS title,
      r.detail AS detail,
      (SELECT d.text FROM role_descriptions d WHERE d.role_id = r.id ORDER BY d.source_id LIMIT 1) AS summary,
      coalesce(s.kind, c.kind, rs.kind) AS kind,
      CASE WHEN c.id IS NOT NULL THEN (
        SELECT json_group_array(json_object('name', n.name, 'kind', n.kind, 'source_id', n.source_id))
        FROM (SELECT * FROM certification_names n WHERE n.certification_id = c.id ORDER BY n.name, n.source_id) n
      ) END AS names,
      rs.abbreviation AS abbreviation,
      sc.city AS city,
      sc.state AS state
    FROM hits h
    LEFT JOIN roles r ON h.entity_type = 'role' AND r.id = h.entity_id
    LEFT JOIN skills s ON h.entity_type = 'skill' AND s.id = h.entity_id
    LEFT JOIN certifications c ON h.entity_type = 'certification' AND c.id = h.entity_id
    LEFT JOIN schools sc ON h.entity_type = 'school' AND sc.id = h.entity_id
    LEFT JOIN resources rs ON h.entity_type = 'resource' AND rs.id = h.entity_id
    ORDER BY h.score DESC, h.entity_type, h.entity_id`)
}
