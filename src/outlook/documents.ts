import type { OutlookStatementRow } from '../db/schema.js'
import type { OutlookStatement } from './schemas.js'

export function buildOutlookStatement (row: OutlookStatementRow): OutlookStatement {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    text: row.text,
    attribution: row.attribution,
    place: row.place,
    region: row.country === null ? null : { country: row.country, subdivision: row.subdivision },
    section: row.section,
    source_id: row.sourceId
  }
}

/** Whether a statement is about a place: a country matches its subdivisions too. */
export function isAbout (statement: OutlookStatement, location: string): boolean {
  return statement.region !== null && (statement.region.country === location || statement.region.subdivision === location)
}
