import type { Static } from 'typebox'
import { exampleTimestamps } from '../http/examples.js'
import { roleSkillExample } from '../skills/examples.js'
import { roleCertificationExample } from '../certifications/examples.js'
import { educationRequirementExample } from '../education/examples.js'
import { salaryExample } from '../salaries/examples.js'
import { progressionExample } from '../progression/examples.js'
import type { Role, RoleList, RoleSummary } from './schemas.js'

const source000 = '000_4694b98c1c2a5003'

export const roleSummaryExample: RoleSummary = {
  id: 'therapeutic-assistant',
  title: 'Therapeutic Assistant',
  detail: 'full',
  kind: 'occupation',
  summary: 'A Therapeutic Assistant is a compassionate and vigilant direct-care professional who serves as a vital member of a multidisciplinary clinical team.',
  alternate_titles: [],
  tags: [{ name: 'Behavioral Health', source_id: source000 }, { name: 'Mental Health', source_id: source000 }],
  broader: null,
  ...exampleTimestamps
}

export const roleListExample: Static<typeof RoleList> = {
  data: [roleSummaryExample],
  next: 'http://localhost:3000/v1/roles?limit=1&cursor=WyJ0aXRsZSIsIlRoZXJhcGV1dGljIEFzc2lzdGFudCIsInRoZXJhcGV1dGljLWFzc2lzdGFudCJd'
}

export const roleExample: Role = {
  ...roleSummaryExample,
  narrower: [],
  descriptions: [{ id: 'dsc_5b0e3c1a9f2d4e67', text: roleSummaryExample.summary!, source_id: source000 }],
  responsibilities: {
    primary: [{
      id: 'rsp_0c4f8a2e6b1d3f59',
      text: 'Co-facilitate therapeutic and psycho-educational groups under the supervision of a licensed clinician, covering topics such as coping skills, emotional regulation, and social skills.',
      section: 'Core Responsibilities › Primary Functions',
      source_id: source000
    }],
    secondary: [{
      id: 'rsp_7e1a9c3b5d2f4a68',
      text: 'Maintain a clean, organized, and welcoming therapeutic environment, including common areas and group rooms.',
      section: 'Core Responsibilities › Secondary Functions',
      source_id: source000
    }]
  },
  work_settings: [{ id: 'residential-treatment-centers', name: 'Residential treatment centers', source_ids: [source000] }],
  employment_types: [],
  reports_to: [],
  experience: [{
    id: 'exp_4a2c6e8b0d1f3a57',
    label: null,
    min_years: 1,
    min_years_exclusive: false,
    max_years: 3,
    text: '1-3 years of experience in a direct care role within a behavioral health, mental health, or human services setting.',
    preferred_populations: [],
    preferred_settings: [],
    source_id: source000
  }],
  benefits: [],
  other_requirements: [],
  codes: [],
  sources: [{ id: source000, title: 'Key Responsibilities and Required Skills for a Therapeutic Assistant', publisher: null, publisher_basis: null, coverage: 'describes' }],
  skills: [roleSkillExample],
  certifications: [roleCertificationExample],
  education: [educationRequirementExample],
  salaries: [{ ...salaryExample, kind: 'range', median: null, min: 35000, max: 55000, location: null, publisher: null, quote: '$35,000 - $55,000', notes: null, source_id: source000 }],
  progression: progressionExample,
  // Document 000 says nothing of the job market, schools or resources.
  outlook: [],
  schools: [],
  resources: []
}
