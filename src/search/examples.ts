import type { Static } from 'typebox'
import type { SearchResults } from './schemas.js'

export const searchResultsExample: Static<typeof SearchResults> = {
  query: 'crisis',
  data: [
    { type: 'skill', id: 'crisis-intervention', name: 'Crisis Intervention', kind: 'hard', score: 6.03 },
    { type: 'certification', id: 'cpi', name: 'CPI Crisis Management Certification', names: [{ name: 'CPI', kind: 'abbreviation', source_id: '000_4694b98c1c2a5003' }], kind: 'certification', score: 5.79 },
    { type: 'role', id: 'therapeutic-support-staff', title: 'Therapeutic Support Staff', detail: 'full', summary: 'Therapeutic Support Staff are vital members of a mental health team, providing direct care to individuals with behavioral or emotional disorders.', score: 2.1 }
  ]
}
