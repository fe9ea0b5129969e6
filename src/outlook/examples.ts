import type { Static } from 'typebox'
import { exampleRoleRefs } from '../http/examples.js'
import type { OutlookStatement, RoleOutlook } from './schemas.js'

const market = 'Job Market and Opportunities for Therapeutic Services Assistant in California'
const source003 = '003_22ade88f96834ac8'

export const outlookStatementExample: OutlookStatement = {
  id: 'out_6c1e0b7a2d9f4e35',
  kind: 'growth',
  label: 'Growth Potential',
  text: 'The Bureau of Labor Statistics projects a steady growth rate for positions in this field. With more emphasis on holistic and patient-centered care, employers are seeking more Therapeutic Services Assistants to enhance patient outcomes.',
  attribution: 'Bureau of Labor Statistics',
  place: null,
  region: { country: 'US', subdivision: 'US-CA' },
  section: market,
  source_id: source003
}

export const hotspotExample: OutlookStatement = {
  id: 'out_0f5a3c8e1b7d2a46',
  kind: 'hotspot',
  label: 'Sacramento',
  text: 'As the state capital, Sacramento is witnessing growth in various healthcare sectors, providing ample opportunities for employment in therapeutic services.',
  attribution: null,
  place: 'Sacramento',
  region: { country: 'US', subdivision: 'US-CA' },
  section: `${market} › Geographical Hotspots`,
  source_id: source003
}

export const roleOutlookExample: Static<typeof RoleOutlook> = {
  role: exampleRoleRefs.therapeuticServicesAssistant,
  data: [outlookStatementExample, hotspotExample]
}
