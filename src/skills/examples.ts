import type { Static } from 'typebox'
import { exampleRoleRefs, exampleTimestamps } from '../http/examples.js'
import type { RoleSkill, RoleSkillList, Skill, SkillList } from './schemas.js'

export const roleSkillExample: Static<typeof RoleSkill> = {
  id: 'rsk_1da4dba9218e7f97',
  skill: { id: 'crisis-intervention', name: 'Crisis Intervention', kind: 'hard', category: null },
  importance: 'required',
  wording: 'Crisis Prevention & Intervention: Certified and proficient in a recognized crisis management system (e.g., CPI, MANDT).',
  section: 'Required Skills & Competencies › Hard Skills (Technical)',
  source_id: '000_4694b98c1c2a5003'
}

export const skillExample: Skill = {
  id: 'crisis-intervention',
  name: 'Crisis Intervention',
  kind: 'hard',
  category: null,
  description: 'Preventing, managing and stabilising crises so that clients and staff stay safe.',
  names: [
    { name: 'Crisis Intervention & De-escalation', kind: 'alias', source_id: '004_ceb25adb4d5f0a29' },
    { name: 'Crisis Prevention & Intervention', kind: 'alias', source_id: '000_4694b98c1c2a5003' }
  ],
  roles: [{
    role: exampleRoleRefs.therapySpecialist,
    importance: 'required',
    wording: 'Crisis Intervention & De-escalation: Ability to effectively manage and stabilize acute psychological or emotional crises.',
    source_id: '004_ceb25adb4d5f0a29'
  }],
  ...exampleTimestamps
}

export const skillListExample: Static<typeof SkillList> = {
  data: [skillExample],
  next: 'http://localhost:3000/v1/skills?limit=1&cursor=WyJuYW1lIiwiQ3Jpc2lzIEludGVydmVudGlvbiIsImNyaXNpcy1pbnRlcnZlbnRpb24iXQ'
}

export const roleSkillListExample: Static<typeof RoleSkillList> = {
  role: exampleRoleRefs.therapeuticAssistant,
  data: [roleSkillExample]
}
