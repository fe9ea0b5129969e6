import type { Static } from 'typebox'
import { exampleRoleRefs, exampleTimestamps } from '../http/examples.js'
import type { Certification, CertificationList, RoleCertification, RoleCertificationList } from './schemas.js'

export const roleCertificationExample: Static<typeof RoleCertification> = {
  id: 'rce_29dea4c51443f95f',
  certification: {
    id: 'cpi',
    name: 'CPI Crisis Management Certification',
    kind: 'certification',
    issuing_body: null,
    names: [{ name: 'CPI', kind: 'abbreviation', source_id: '000_4694b98c1c2a5003' }]
  },
  importance: 'required',
  qualifier: 'none',
  alternative_group: 'crisis-management-system',
  alternatives: 'open',
  alternatives_label: 'a recognized crisis management system',
  basis: 'stated',
  wording: 'Crisis Prevention & Intervention: Certified and proficient in a recognized crisis management system (e.g., CPI, MANDT).',
  section: 'Required Skills & Competencies › Hard Skills (Technical)',
  source_id: '000_4694b98c1c2a5003'
}

export const certificationExample: Certification = {
  id: 'lcsw',
  name: 'Licensed Clinical Social Worker',
  kind: 'license',
  issuing_body: null,
  description: 'State licensure as a clinical social worker.',
  names: [{ name: 'LCSW', kind: 'abbreviation', source_id: '004_ceb25adb4d5f0a29' }],
  roles: [{
    role: exampleRoleRefs.therapySpecialist,
    importance: 'required',
    qualifier: 'none',
    alternative_group: 'clinical-license',
    alternatives: 'closed',
    alternatives_label: null,
    basis: 'stated',
    wording: 'Current and unrestricted state licensure as a Licensed Clinical Social Worker (LCSW), Licensed Professional Counselor (LPC), or Licensed Marriage and Family Therapist (LMFT) is required.',
    source_id: '004_ceb25adb4d5f0a29'
  }],
  related: [],
  ...exampleTimestamps
}

export const certificationListExample: Static<typeof CertificationList> = { data: [certificationExample], next: null }

export const roleCertificationListExample: Static<typeof RoleCertificationList> = {
  role: exampleRoleRefs.therapeuticAssistant,
  data: [roleCertificationExample]
}
