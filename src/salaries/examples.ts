import { exampleRoleRefs } from '../http/examples.js'
import type { RoleSalaryList, Salary } from './schemas.js'
import type { Static } from 'typebox'

export const salaryExample: Salary = {
  id: 'sal_075a27125224981e',
  kind: 'median',
  currency: 'USD',
  period: 'year',
  min: null,
  max: null,
  median: 35130,
  average: null,
  p10: null,
  p25: null,
  p75: null,
  p90: null,
  location: { country: 'US', subdivision: 'US-CA' },
  reference_year: null,
  publisher: 'BLS Occupational Employment and Wage Statistics via CareerOneStop',
  quote: 'Annual Median: $35,130',
  notes: 'Data sourced from Career One Stop, provided by the BLS Occupational Employment and Wage Statistics wage estimates.',
  source_id: '003_22ade88f96834ac8'
}

export const roleSalaryListExample: Static<typeof RoleSalaryList> = {
  role: exampleRoleRefs.therapeuticServicesAssistant,
  data: [salaryExample]
}
