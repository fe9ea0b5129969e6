import type { Static } from 'typebox'
import { exampleRoleRefs } from '../http/examples.js'
import type { EducationRequirement, RoleEducationList } from './schemas.js'

export const educationRequirementExample: EducationRequirement = {
  id: 'edu_98969c518a7851b8',
  minimum_level: 'high_school',
  minimum_text: 'High School Diploma or GED equivalent.',
  preferred_levels: ['associate', 'bachelor'],
  preferred_text: 'Associate\'s or Bachelor\'s degree from an accredited institution.',
  fields_of_study: [{ id: 'psychology', name: 'Psychology' }, { id: 'social-work', name: 'Social Work' }],
  related_fields: null,
  training_programs: [],
  notes: null,
  source_id: '000_4694b98c1c2a5003'
}

export const roleEducationListExample: Static<typeof RoleEducationList> = {
  role: exampleRoleRefs.therapeuticAssistant,
  data: [educationRequirementExample]
}
