import type { Static } from 'typebox'
import { exampleTimestamps } from '../http/examples.js'
import type { Source, SourceList } from './schemas.js'

export const sourceExample: Source = {
  id: '002_c01dfacc0499c815',
  title: 'The Essential Role of Therapeutic Support Staff',
  publisher: 'PsyWellPath',
  publisher_basis: 'inferred_from_author_bio',
  author: 'Dr. Neeshu Rathore',
  published_on: '2025-05-04',
  published_on_basis: 'last_updated',
  description: 'An explainer article on therapeutic support staff in mental health.',
  roles: [{ role: { id: 'mental-health-technician', title: 'Mental Health Technician', detail: 'brief' }, coverage: 'describes' }],
  ...exampleTimestamps
}

export const sourceListExample: Static<typeof SourceList> = { data: [sourceExample], next: null }
