import type { Static } from 'typebox'
import { exampleRoleRefs, exampleTimestamps } from '../http/examples.js'
import type { RoleSchoolList, School, SchoolList, SchoolSummary } from './schemas.js'

const section = 'Best Schools to become a Therapeutic Services Assistant in California 2024'
const source003 = '003_22ade88f96834ac8'

export const schoolSummaryExample: Static<typeof SchoolSummary> = {
  id: 'ivy-tech-community-college',
  name: 'Ivy Tech Community College',
  city: 'Indianapolis',
  state: 'IN',
  tuition_currency: 'USD',
  in_state_tuition: 4487,
  out_of_state_tuition: 8777,
  admission_rate_percent: null,
  graduation_rate_percent: 31,
  enrollment: 89705,
  section,
  source_id: source003
}

export const schoolExample: School = {
  ...schoolSummaryExample,
  roles: [{ role: exampleRoleRefs.therapeuticServicesAssistant, section, source_id: source003 }],
  ...exampleTimestamps
}

export const schoolListExample: Static<typeof SchoolList> = { data: [schoolExample], next: null }

export const roleSchoolListExample: Static<typeof RoleSchoolList> = {
  role: exampleRoleRefs.therapeuticServicesAssistant,
  data: [{ school: schoolSummaryExample, section, source_id: source003 }]
}
