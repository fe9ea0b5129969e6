import type { Static } from 'typebox'
import { exampleRoleRefs, exampleTimestamps } from '../http/examples.js'
import type { Resource, ResourceList, ResourceSummary, RoleResourceList } from './schemas.js'

const section = 'Additional Resources To Help You Become a Therapeutic Services Assistant in California'
const source003 = '003_22ade88f96834ac8'

export const resourceSummaryExample: Static<typeof ResourceSummary> = {
  id: 'cdph',
  name: 'California Department of Public Health',
  abbreviation: 'CDPH',
  kind: 'agency',
  website: 'cdph.ca.gov',
  description: 'Information on health regulations and policies that impact therapeutic services.',
  section,
  source_id: source003
}

export const resourceExample: Resource = {
  ...resourceSummaryExample,
  roles: [{ role: exampleRoleRefs.therapeuticServicesAssistant, section, source_id: source003 }],
  ...exampleTimestamps
}

export const resourceListExample: Static<typeof ResourceList> = { data: [resourceExample], next: null }

export const roleResourceListExample: Static<typeof RoleResourceList> = {
  role: exampleRoleRefs.therapeuticServicesAssistant,
  data: [{ resource: resourceSummaryExample, section, source_id: source003 }]
}
