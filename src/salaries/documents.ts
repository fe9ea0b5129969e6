import type { SalaryRow } from '../db/schema.js'
import type { Salary } from './schemas.js'

export function buildSalary (row: SalaryRow): Salary {
  return {
    id: row.id,
    kind: row.kind,
    currency: row.currency,
    period: row.period,
    min: row.min,
    max: row.max,
    median: row.median,
    average: row.average,
    p10: row.p10,
    p25: row.p25,
    p75: row.p75,
    p90: row.p90,
    location: row.country === null ? null : { country: row.country, subdivision: row.subdivision },
    reference_year: row.referenceYear,
    publisher: row.publisher,
    quote: row.quote,
    notes: row.notes,
    source_id: row.sourceId
  }
}
