import type { SearchRow } from './queries.js'
import type { SearchHit } from './schemas.js'

export function buildSearchHit (row: SearchRow): SearchHit {
  switch (row.type) {
    case 'role':
      return { type: 'role', id: row.id, title: row.title, detail: row.detail, summary: row.summary, score: row.score }
    case 'skill':
      return { type: 'skill', id: row.id, name: row.title, kind: row.kind, score: row.score }
    case 'certification':
      return { type: 'certification', id: row.id, name: row.title, names: JSON.parse(row.names), kind: row.kind, score: row.score }
    case 'school':
      return { type: 'school', id: row.id, name: row.title, city: row.city, state: row.state, score: row.score }
    case 'resource':
      return { type: 'resource', id: row.id, name: row.title, abbreviation: row.abbreviation, kind: row.kind, score: row.score }
  }
}
